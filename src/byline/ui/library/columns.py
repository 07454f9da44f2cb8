"""The library list's columns, and how they share the width: the title takes what is left.

The rule, for any width: every column takes its natural width (its widest cell, up to its
`Column.width`); the title should keep at least `title_room` (a share of the line, or all its
longest title needs when that is less). While it would not, the optional columns give way,
the least useful first (`Column.drop`): one that may be cut (`Column.least`) is cut when
that is enough, else it is dropped, and the next one gives way.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

GAP = 2
"""Blank cells after each column."""

TITLE_SHARE = 1 / 3
"""The title's share of the line that other columns give way to (cut, then dropped)."""

TITLE_MIN = 24
"""The title's room is never asked to be less than this (on a narrow line, its share is)."""

TITLE_FLOOR = 8
"""The title never gets less, even when nothing is left to drop."""


@dataclass(frozen=True)
class Column:
    """One column of the library list."""

    name: str
    """The header."""
    width: int
    """The most cells it takes; 0 marks the flexible column (the title)."""
    drop: int = 0
    """When the screen is narrow, columns are dropped from ``drop=1`` up; 0: never dropped."""
    least: int = 0
    """The fewest cells it may be cut to (with an ellipsis) when its turn to give way comes
    (`Column.drop`), rather than be dropped; 0: never cut."""


def title_room(width: int, title_natural: int = 0) -> int:
    """The cells the title should keep on a line of `width`: its share (`TITLE_SHARE`, at
    least `TITLE_MIN`), or `title_natural` (its longest title) when that is less and known."""
    room = max(TITLE_MIN, math.ceil(width * TITLE_SHARE))
    return min(room, title_natural) if title_natural > 0 else room


def fit(columns: Sequence[Column], natural: Sequence[int], width: int) -> list[int]:
    """Each column's width on a line of `width` cells; 0 hides a column (and its gap).

    Args:
        columns: The columns, in order; exactly one has ``width == 0``.
        natural: The widest cell of each column over every row (the header counts once a
            column has any content; 0 for a column with nothing in it). For the title, its
            longest title, or 0 when unknown.
        width: The line's width.

    A column takes its natural width up to its `Column.width`, and nothing when it is
    empty; the title takes the rest. While that rest is under `title_room`, the optional
    columns give way in `Column.drop` order: cut (not below `Column.least`) when that is
    enough, else dropped.
    """
    flexible = next(i for i, column in enumerate(columns) if column.width == 0)
    wanted: list[int] = []
    for column, cells in zip(columns, natural, strict=True):
        if column.width == 0 or cells <= 0:
            wanted.append(0)
        else:
            wanted.append(min(column.width, max(cells, len(column.name))))
    room = title_room(width, natural[flexible])

    def rest(widths: list[int]) -> int:
        return width - sum(w + GAP for i, w in enumerate(widths) if w and i != flexible) - GAP

    widths = wanted
    for _, index in sorted((c.drop, i) for i, c in enumerate(columns) if c.drop):
        short = room - rest(widths)
        if short <= 0:
            break
        least = columns[index].least
        if least and widths[index] - short >= least:
            widths[index] -= short  # cut: enough, and it stays
            break
        widths[index] = 0
    widths[flexible] = max(rest(widths), TITLE_FLOOR)
    return widths
