"""The table of contents: one entry a section, following the scroll.

Drawn with the line API, like the article: an article with thousands of sections costs no
more than one with six, because only the visible entries are drawn and moving the "current"
mark redraws two lines, not the list.
"""

from __future__ import annotations

from array import array
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from byline.core.article.model import Section
from byline.ui.reader.text_layout import wrap
from byline.ui.widgets.line_view import LineView
from byline.ui.widgets.panel_list import SCREEN_TAKES_ENTER

CURRENT_MARK = "▶"
READ_MARK = "✓"


class SectionsSidebar(LineView, can_focus=True, inherit_bindings=False):
    """Sections of the article; the one being read is marked, and read ones ticked."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Next entry", show=False, id="sidebar-down"),
        Binding("up,k", "cursor_up", "Previous entry", show=False, id="sidebar-up"),
        Binding("pagedown", "cursor_page(1)", "Page down", show=False, id="sidebar-page-down"),
        Binding("pageup", "cursor_page(-1)", "Page up", show=False, id="sidebar-page-up"),
        Binding("home", "cursor_to(0)", "First", show=False, id="sidebar-first"),
        Binding("end", "cursor_to(-1)", "Last", show=False, id="sidebar-last"),
        Binding("enter", "select", "Go to section", show=False, id="sidebar-select"),
    ]

    READABLE = True
    COMPONENT_PREFIX = "sections-sidebar--"
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "sections-sidebar--current",
        "sections-sidebar--read",
        "sections-sidebar--cursor",
        "sections-sidebar--mark",
    }

    cursor: reactive[int] = reactive(0, init=False)
    """The entry the keyboard is on (shown while the sidebar has focus)."""

    class SectionSelected(Message):
        """The reader chose a section (Enter or click)."""

        def __init__(self, sidebar: SectionsSidebar, index: int) -> None:
            super().__init__()
            self.sidebar = sidebar
            self.index = index

        @property
        def control(self) -> SectionsSidebar:
            return self.sidebar

    def __init__(self, sections: tuple[Section, ...], *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.sections = sections
        self.current = 0
        self.read: frozenset[str] = frozenset()
        self._width = 0
        self._line_section = array("l")
        """For each screen line, the index of its section."""
        self._line_span = array("l")
        """For each screen line, start and end offsets into the section title (pairs)."""
        self._first_line = array("l")
        """For each section, its first screen line."""

    # -- layout ----------------------------------------------------------------------------
    def _lead(self, section: Section) -> str:
        digits = len(str(len(self.sections)))
        indent = "  " * max(section.level - 2, 0) if section.index else ""
        return f"   {section.number:>{digits}}. {indent}"

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width
        self._width = width
        self._line_section = array("l")
        self._line_span = array("l")
        self._first_line = array("l")
        if not width:
            # Not laid out (or hidden): wrapped at the first frame with a width (`render_line`).
            # Wrapping for no width made every title a column of words, asked for a scrollbar
            # the real width does not need, and cost the first start three more layouts.
            return
        for section in self.sections:
            self._first_line.append(len(self._line_section))
            available = max(width - len(self._lead(section)) - 1, 8)
            for start, end in wrap(section.title, 0, available):
                self._line_section.append(section.index)
                self._line_span.extend((start, end))
        self.virtual_size = Size(width, len(self._line_section))
        self.refresh()

    def set_sections(self, sections: tuple[Section, ...]) -> None:
        """Replace the entries (when the rest of a big article has been parsed)."""
        self.sections = sections
        self.cursor = min(self.cursor, max(len(sections) - 1, 0))
        self._relayout()

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._width:
            self._relayout()

    def on_mount(self) -> None:
        self._relayout()

    # -- state -----------------------------------------------------------------------------
    def show_state(self, current: int, read: frozenset[str]) -> None:
        """Mark the section being read and the sections read; keep the current one in view."""
        if current == self.current and read == self.read:
            return
        self.current, self.read = current, read
        if not self.has_focus:
            self.cursor = current
        self.refresh()

    def _section_lines(self, index: int) -> tuple[int, int]:
        first = self._first_line[index]
        last = (
            self._first_line[index + 1]
            if index + 1 < len(self._first_line)
            else len(self._line_section)
        )
        return first, last

    def watch_cursor(self, cursor: int) -> None:
        if not len(self._first_line) or not 0 <= cursor < len(self.sections):
            return
        first, last = self._section_lines(cursor)
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        if first < top:
            self.scroll_to(y=first, animate=False)
        elif last > top + height:
            self.scroll_to(y=max(last - height, 0), animate=False)
        self.refresh()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.cursor = self.current
        self.refresh()

    # -- actions ---------------------------------------------------------------------------
    def action_cursor_down(self, count: int = 1) -> None:
        self.cursor = max(min(self.cursor + count, len(self.sections) - 1), 0)

    def action_cursor_up(self, count: int = 1) -> None:
        self.cursor = max(self.cursor - count, 0)

    def action_cursor_page(self, direction: int) -> None:
        top = round(self.scroll_y) + direction * self.scrollable_content_region.height
        line = max(0, min(top, len(self._line_section) - 1))
        if len(self._line_section):
            self.cursor = self._line_section[line]

    def action_cursor_to(self, index: int) -> None:
        self.cursor = index % len(self.sections) if self.sections else 0

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Enter gives way to the reader's while a number waits (`5 Enter`: section 5)."""
        if action == "select" and self.screen.has_class(SCREEN_TAKES_ENTER):
            return False
        return super().check_action(action, parameters)

    def action_select(self) -> None:
        if self.sections:
            self.post_message(self.SectionSelected(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        line = round(self.scroll_y) + event.y
        if 0 <= line < len(self._line_section):
            self.cursor = self._line_section[line]
            self.post_message(self.SectionSelected(self, self.cursor))

    # -- drawing ---------------------------------------------------------------------------
    def entry_text(self, index: int) -> str:
        """The entry of section `index` as drawn, lines joined with newlines (for tests)."""
        first, last = self._section_lines(index)
        return "\n".join(self.render_line_text(line) for line in range(first, last))

    def render_line_text(self, line: int) -> str:
        return self._render_entry(line).text

    def render_line(self, y: int) -> Strip:
        if self.scrollable_content_region.width != self._width:
            # The first frame can come before the first Resize: wrap for the real width.
            self._relayout()
        line = round(self.scroll_y) + y
        return self._render_entry(line)

    def _render_entry(self, line: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.base_style
        if not 0 <= line < len(self._line_section):
            return Strip.blank(width, base)
        index = self._line_section[line]
        section = self.sections[index]
        start, end = self._line_span[2 * line], self._line_span[2 * line + 1]
        first = self._first_line[index] == line
        style = base
        if section.id in self.read and index != self.current:
            style += self.component("read")
        if index == self.current:
            style += self.component("current")
        if index == self.cursor and self.has_focus:
            style += self.component("cursor")
        lead = self._lead(section)
        if first:
            mark = CURRENT_MARK if index == self.current else " "
            tick = READ_MARK if section.id in self.read else " "
            mark_style = style + self.component("mark")
            segments = [Segment(f"{mark}{tick}", mark_style), Segment(lead[2:], style)]
        else:
            segments = [Segment(" " * len(lead), style)]
        # The title is appended as a plain segment: never parsed as markup.
        segments.append(Segment(section.title[start:end], style))
        fill = style if index == self.cursor and self.has_focus else base
        return Strip(segments).adjust_cell_length(width, fill or Style())
