"""The table of contents: one entry a section, following the scroll."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from byline.core.article import Section

CURRENT_MARK = "▶"
DEFAULT_WIDTH = 32
READ_MARK = "✓"


class SectionsSidebar(OptionList):
    """Sections of the article; the one being read is marked, and read ones ticked."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next entry", show=False, id="sidebar-down"),
        Binding("k", "cursor_up", "Previous entry", show=False, id="sidebar-up"),
    ]

    @dataclass
    class SectionSelected(Message):
        """The reader chose a section (Enter or click)."""

        sidebar: SectionsSidebar
        index: int

        @property
        def control(self) -> SectionsSidebar:
            return self.sidebar

    def __init__(self, sections: tuple[Section, ...], *, id: str | None = None) -> None:  # noqa: A002
        self.sections = sections
        self.current = 0
        self.read: frozenset[str] = frozenset()
        self._width = DEFAULT_WIDTH
        super().__init__(*self._build_options(), id=id)

    def _prompt(self, section: Section) -> Text:
        mark = CURRENT_MARK if section.index == self.current else " "
        tick = READ_MARK if section.id in self.read else " "
        indent = "  " * max(section.level - 2, 0) if section.index else ""
        lead = f"{mark}{tick} {section.number:>{len(str(len(self.sections)))}}. {indent}"
        width = max(self._width - len(lead) - 1, 8)
        hanging = "\n" + " " * len(lead)
        # Wrapped by hand for a hanging indent; appended as plain text, never parsed as markup.
        prompt = Text(lead)
        prompt.append(hanging.join(textwrap.wrap(section.title, width)) or " ")
        if section.index == self.current:
            prompt.stylize("bold")
        if section.id in self.read and section.index != self.current:
            prompt.stylize("dim")
        return prompt

    def _build_options(self) -> list[Option]:
        return [Option(self._prompt(s), id=f"section-{s.index}") for s in self.sections]

    def on_resize(self) -> None:
        self._width = self.scrollable_content_region.width or DEFAULT_WIDTH
        for section in self.sections:
            self.replace_option_prompt_at_index(section.index, self._prompt(section))

    def show_state(self, current: int, read: frozenset[str]) -> None:
        """Mark the section being read and the sections read; redraw only what changed."""
        if current == self.current and read == self.read:
            return
        changed = {self.current, current} | {
            s.index for s in self.sections if (s.id in read) != (s.id in self.read)
        }
        self.current, self.read = current, read
        for index in sorted(changed):
            if 0 <= index < len(self.sections):
                self.replace_option_prompt_at_index(index, self._prompt(self.sections[index]))
        if not self.has_focus:
            self.highlighted = current

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.SectionSelected(self, event.option_index))
