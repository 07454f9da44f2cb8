"""The library's article list, drawn with the line API: a thousand rows cost what ten do."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from byline.ui.library.columns import GAP, Column, fit
from byline.ui.widgets.line_view import LineView

Cell = Text | str | Callable[[int], Text]
"""A cell's text, or what draws it for the width its column gets (a cut column's shorter
form, e.g. a shorter progress bar)."""
Row = tuple[Cell, ...]
"""One article's cells, in column order."""


class LibraryList(LineView, can_focus=True, inherit_bindings=False):
    """Rows of columns (`byline.ui.library.columns`): each as wide as its widest cell up to its
    limit, none for an empty one, and the title takes the rest of the width."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor(1)", "Next", show=False, id="library-down"),
        Binding("up,k", "cursor(-1)", "Previous", show=False, id="library-up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="library-page-down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="library-page-up"),
        Binding("home", "jump(0)", "First", show=False, id="library-first"),
        Binding("end", "jump(-1)", "Last", show=False, id="library-last"),
        Binding("enter", "choose", "Open", show=False, id="library-open"),
    ]

    COMPONENT_PREFIX = "library-list--"
    READABLE = True  # the rows' text reads on the cursor and the stripes in every theme
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "library-list--cursor",
        "library-list--odd",
    }

    cursor: reactive[int] = reactive(0, init=False)

    @dataclass
    class Chosen(Message):
        """The reader chose the row `index` (Enter or click)."""

        library_list: LibraryList
        index: int

        @property
        def control(self) -> LibraryList:
            return self.library_list

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        id: str | None = None,  # noqa: A002
    ) -> None:
        super().__init__(id=id)
        self.columns = tuple(columns)
        self.natural = [column.width for column in self.columns]
        """The widest cell of each column (`fit`), as `show` was told."""
        self.rows: list[Row] = []
        self.placeholder = ""
        """Shown, dimmed, when there are no rows."""
        self._widths: tuple[int, list[int]] | None = None

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def column_widths(self) -> list[int]:
        """Each column's width at the current size; 0 for a hidden column."""
        width = self.scrollable_content_region.width
        if self._widths is None or self._widths[0] != width:
            self._widths = (width, fit(self.columns, self.natural, width))
        return self._widths[1]

    def show(
        self,
        rows: list[Row],
        *,
        natural: Sequence[int] | None = None,
        cursor: int = 0,
        placeholder: str = "",
    ) -> None:
        """Replace the rows and put the cursor on row `cursor`.

        Args:
            rows: Each row's cells, in column order.
            natural: The widest cell of each column over every row that may be shown (so
                that the layout does not move as a filter narrows the rows); default: each
                column's full width.
            cursor: The row to select (clamped to the rows).
            placeholder: What to say when there are no rows.
        """
        self.rows = rows
        self.natural = list(natural) if natural is not None else [c.width for c in self.columns]
        self.placeholder = placeholder
        self._widths = None
        self.virtual_size = Size(self.scrollable_content_region.width, len(rows))
        self.cursor = max(0, min(cursor, len(rows) - 1))
        if self.cursor == 0:
            self.scroll_to(y=0, animate=False)
        self.refresh()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.rows))

    # -- keys and mouse --------------------------------------------------------------------
    def watch_cursor(self, cursor: int) -> None:
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        if cursor < top:
            self.scroll_to(y=cursor, animate=False)
        elif cursor >= top + height:
            self.scroll_to(y=cursor - height + 1, animate=False)
        self.refresh()

    def action_cursor(self, step: int) -> None:
        if self.rows:
            self.cursor = max(0, min(self.cursor + step, len(self.rows) - 1))

    def action_page(self, direction: int) -> None:
        self.action_cursor(direction * max(self.scrollable_content_region.height - 1, 1))

    def action_jump(self, index: int) -> None:
        if self.rows:
            self.cursor = index % len(self.rows)

    def action_choose(self) -> None:
        if self.rows:
            self.post_message(self.Chosen(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        index = round(self.scroll_y) + event.y
        if 0 <= index < len(self.rows):
            self.cursor = index
            self.post_message(self.Chosen(self, index))

    # -- drawing ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        base = self.base_style
        if not 0 <= index < len(self.rows):
            if index == 0 and self.placeholder:
                text = Text(self.placeholder, style="dim")  # text is data: never markup
                return Strip(_cell(text, width, base))
            return Strip.blank(width, base)
        style = base
        if index % 2:
            style += self.component("odd")
        if index == self.cursor:
            style += self.component("cursor")
        segments: list[Segment] = []
        for cell, cell_width in zip(self.rows[index], self.column_widths(), strict=False):
            if cell_width:
                segments.extend(_cell(cell, cell_width, style))
                segments.append(Segment(" " * GAP, style))
        return Strip(segments).adjust_cell_length(width, style)


def _cell(cell: Cell, width: int, style: Style) -> list[Segment]:
    """A cell drawn for, cut or padded to `width` cells (text is data: never markup)."""
    if callable(cell):
        cell = cell(width)
    text = Text(cell) if isinstance(cell, str) else cell.copy()
    text.truncate(width, overflow="ellipsis", pad=True)
    plain = text.plain
    base = style + _as_style(text.style)
    cuts = sorted({0, len(plain), *(s.start for s in text.spans), *(s.end for s in text.spans)})
    segments: list[Segment] = []
    for left, right in pairwise(cuts):
        piece = base
        for span in text.spans:
            if span.start <= left and span.end >= right:
                piece += _as_style(span.style)
        segments.append(Segment(plain[left:right], piece))
    return segments


def _as_style(style: str | Style) -> Style:
    return Style.parse(style) if isinstance(style, str) else style
