"""The status line above the footer: section, progress, search counter, background work."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget

from byline.core.article.model import Section
from byline.core.navigation import MatchCursor, MentionCursor
from byline.core.reading import progress_label

MESSAGE_SECONDS = 2.0
"""How long the status line shows what a key just changed (`StatusBar.say`)."""


class StatusBar(Widget):
    """Shows "§ 3/6 Section title" on the left and "search 2/9 · 42%" on the right."""

    section_label: reactive[str] = reactive("")
    search_label: reactive[str] = reactive("")
    percent: reactive[float] = reactive(0.0)
    notice: reactive[str] = reactive("")
    count: reactive[int | None] = reactive(None)
    """A count typed and waiting for its key (`5` before `j`), shown as in vim."""
    count_hint: reactive[str] = reactive("")
    """What Enter does with the waiting count ("Enter: § 5/6")."""
    activity: reactive[str] = reactive("")
    """Background work in progress, e.g. "Loading 40%"."""

    message: reactive[str] = reactive("")
    """What a key just changed ("Reading width 82"), shown for `MESSAGE_SECONDS`."""

    _covered_activity: str | None = None
    """The latest activity reported while another screen covered this one."""
    _message_timer: Timer | None = None

    def say(self, message: str) -> None:
        """Show what a key just changed for a moment, in place of the last such message: a
        setting changed again and again (`+` `+` `+`) updates one message, as a pager's
        bottom line does, where notifications would pile up."""
        self.message = message
        if self._message_timer is not None:
            self._message_timer.stop()
        self._message_timer = self.set_timer(MESSAGE_SECONDS, self._clear_message)

    def _clear_message(self) -> None:
        self.message = ""

    def show_section(self, section: Section, count: int) -> None:
        self.section_label = f"§ {section.number}/{count}  {section.title}"

    def show_count(self, count: int | None, section: Section | None, sections: int) -> None:
        """Show the waiting count, and the section it numbers (None: no such section)."""
        self.count = count
        self.count_hint = "" if section is None else f"Enter: § {section.number}/{sections}"

    def show_search(self, search: MatchCursor | None) -> None:
        if search is None:
            self.search_label = ""
        elif search.index is None:
            self.search_label = f"/{search.query}: no match"
        else:
            more = "+" if search.result.capped else ""  # only the first matches are kept
            self.search_label = f"/{search.query}  {search.index + 1}/{len(search)}{more}"

    def show_mention(self, mention: MentionCursor | None) -> None:
        if mention is None:
            self.notice = ""
        else:
            self.notice = f"{mention.entity.name} {mention.index + 1}/{mention.entity.count}"

    def show_activity(self, text: str) -> None:
        """Show background work's progress; while another screen covers this one, the latest
        text waits until `show_covered_activity` (a screen under a translucent one, such as the
        command palette, repaints whole for each change)."""
        if self.screen.is_active:
            self._covered_activity = None
            self.activity = text
        else:
            self._covered_activity = text

    def show_covered_activity(self) -> None:
        """Show the activity reported while the screen was covered, once it is shown again."""
        if self._covered_activity is not None:
            self.show_activity(self._covered_activity)

    def render(self) -> Text:
        right = Text()
        if self.count is not None:
            right.append(f"{self.count}", style="bold reverse")
            right.append("  ")
            if self.count_hint:
                right.append(self.count_hint + "  ", style="dim")
        if self.message:
            right.append(self.message + "  ", style="italic")
        if self.activity:
            right.append(self.activity + "  ", style="dim italic")
        if self.notice:
            right.append(self.notice + "  ", style="italic")
        if self.search_label:
            right.append(self.search_label + "  ", style="bold")
        right.append(progress_label(self.percent))
        width = self.size.width
        left = Text(self.section_label, no_wrap=True, overflow="ellipsis")
        left.truncate(max(width - right.cell_len - 2, 0), overflow="ellipsis")
        gap = max(width - left.cell_len - right.cell_len, 1)
        return Text.assemble(left, " " * gap, right)
