"""The status line above the footer: section, progress, search counter."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


class StatusBar(Widget):
    """Shows "§ 3/6 Section title" on the left and "search 2/9 · 42%" on the right."""

    section_label: reactive[str] = reactive("")
    search_label: reactive[str] = reactive("")
    percent: reactive[float] = reactive(0.0)
    notice: reactive[str] = reactive("")
    activity: reactive[str] = reactive("")
    """Background work in progress, e.g. "Loading 40%"."""

    def render(self) -> Text:
        right = Text()
        if self.activity:
            right.append(self.activity + "  ", style="dim italic")
        if self.notice:
            right.append(self.notice + "  ", style="italic")
        if self.search_label:
            right.append(self.search_label + "  ", style="bold")
        right.append(f"{self.percent:3.0f}%")
        width = self.size.width
        left = Text(self.section_label, no_wrap=True, overflow="ellipsis")
        left.truncate(max(width - right.cell_len - 2, 0), overflow="ellipsis")
        gap = max(width - left.cell_len - right.cell_len, 1)
        return Text.assemble(left, " " * gap, right)
