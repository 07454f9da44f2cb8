"""The library's article list, drawn with the line API: a thousand rows cost what ten do."""

from __future__ import annotations

from collections.abc import Sequence
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

from byline.ui.widgets.line_view import LineView

Row = tuple[Text | str, ...]
"""One article's cells, in column order."""


class LibraryList(LineView, can_focus=True, inherit_bindings=False):
    """Rows of fixed-width columns; the flexible column takes the rest of the width."""

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
        widths: Sequence[int],
        *,
        id: str | None = None,  # noqa: A002
    ) -> None:
        super().__init__(id=id)
        self.widths = tuple(widths)
        """Column widths; 0 marks the one flexible column."""
        self.rows: list[Row] = []

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def column_widths(self) -> list[int]:
        """The widths at the current size (the flexible column gets what is left)."""
        fixed = sum(self.widths) + 2 * len(self.widths)
        flexible = max(self.scrollable_content_region.width - fixed, 12)
        return [width or flexible for width in self.widths]

    def show(self, rows: list[Row]) -> None:
        """Replace the rows (the cursor goes back to the first)."""
        self.rows = rows
        self.virtual_size = Size(self.scrollable_content_region.width, len(rows))
        self.cursor = 0
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
            return Strip.blank(width, base)
        style = base
        if index % 2:
            style += self.component("odd")
        if index == self.cursor:
            style += self.component("cursor")
        segments: list[Segment] = []
        for cell, cell_width in zip(self.rows[index], self.column_widths(), strict=False):
            segments.extend(_cell(cell, cell_width, style))
            segments.append(Segment("  ", style))
        return Strip(segments).adjust_cell_length(width, style)


def _cell(cell: Text | str, width: int, style: Style) -> list[Segment]:
    """A cell cut or padded to `width` cells (text is data: never markup)."""
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
