"""The library list's columns, and how they share the width: the title takes what is left."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

GAP = 2
"""Blank cells after each column."""

TITLE_MIN = 30
"""Below this, optional columns give up their room to the title (in their `drop` order)."""

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


def fit(columns: Sequence[Column], natural: Sequence[int], width: int) -> list[int]:
    """Each column's width on a line of `width` cells; 0 hides a column (and its gap).

    Args:
        columns: The columns, in order; exactly one has ``width == 0``.
        natural: The widest cell of each column over every row (the header counts once a
            column has any content; 0 for a column with nothing in it).
        width: The line's width.

    A column takes its natural width up to its `Column.width`, and nothing when it is
    empty; the flexible column takes the rest. When that rest is under `TITLE_MIN`, the
    optional columns are dropped in `Column.drop` order until it is not.
    """
    widths = []
    for column, cells in zip(columns, natural, strict=True):
        if column.width == 0 or cells <= 0:
            widths.append(0)
        else:
            widths.append(min(column.width, max(cells, len(column.name))))
    flexible = next(i for i, column in enumerate(columns) if column.width == 0)

    def rest() -> int:
        return width - sum(w + GAP for i, w in enumerate(widths) if w and i != flexible) - GAP

    optional = sorted((c.drop, i) for i, c in enumerate(columns) if c.drop and widths[i])
    for _, index in optional:
        if rest() >= TITLE_MIN:
            break
        widths[index] = 0
    widths[flexible] = max(rest(), TITLE_FLOOR)
    return widths
