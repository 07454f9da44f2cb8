"""The status line above the footer: section, progress, search counter, background work."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget

from byline.core.article.model import Section
from byline.core.navigation import MatchCursor, MentionCursor
from byline.core.reading import progress_label

MIN_PART = 8
"""The fewest cells a shortened part of the status line keeps (else it is left out)."""

GIVE_WAY = (
    "count_hint",
    "activity",
    "notice",
    "search_label",
    "short_message",
    "note",
    "message",
    "count",
)
"""The parts of the status line's right side, in the order they give way when the bar is too
narrow (after the section title); the percentage never does. What a key just changed (the
message) outlasts the mention and search parts, which come back when it goes: first it takes
its short form ("Width 78"), then its note goes, then it goes whole."""

WHOLE = frozenset({"message", "note"})
"""Parts never cut short: a cut message can lose what it says ("Entity highlightin…")."""

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
    note: reactive[str] = reactive("")
    """Said with the message, after it ("(the window allows 47)")."""
    short_message: str = ""
    """The message in fewer words ("Width 82"), shown when the whole one does not fit."""

    _covered_activity: str | None = None
    """The latest activity reported while another screen covered this one."""
    _message_timer: Timer | None = None

    def say(self, message: str, note: str = "", short: str = "") -> None:
        """Show what a key just changed for a moment, in place of the last such message: a
        setting changed again and again (`+` `+` `+`) updates one message, as a pager's
        bottom line does, where notifications would pile up. On a narrow bar it outlasts
        the other parts: it takes its `short` form, then its `note` (shown after it) goes."""
        self.short_message = short
        self.message, self.note = message, note
        if self._message_timer is not None:
            self._message_timer.stop()
        self._message_timer = self.set_timer(MESSAGE_SECONDS, self._clear_message)

    def _clear_message(self) -> None:
        self.message = self.note = ""

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
        """The section on the left, the rest on the right; when the bar is too narrow for
        both, the section title gives way first, then the right side's parts, least useful
        first (`right_side`): the percentage always stays."""
        width = self.size.width
        right = self.right_side(width)
        room = width - right.cell_len - 2
        left = Text(self.section_label, no_wrap=True, overflow="ellipsis")
        if room < MIN_PART:
            left = Text()
        elif left.cell_len > room:
            left.truncate(room, overflow="ellipsis")
        gap = max(width - left.cell_len - right.cell_len, 0 if not left else 1)
        return Text.assemble(left, " " * gap, right)

    def right_side(self, width: int) -> Text:
        """The count, message, activity, mention, search counter and percentage, in at most
        `width` cells: parts that do not fit are shortened, or left out (`GIVE_WAY`)."""
        parts: dict[str, tuple[str, str]] = {}
        if self.count is not None:
            parts["count"] = (f"{self.count}", "bold reverse")
            if self.count_hint:
                parts["count_hint"] = (self.count_hint, "dim")
        for name, style in (
            ("message", "italic"),
            ("note", "italic"),
            ("activity", "dim italic"),
            ("notice", "italic"),
            ("search_label", "bold"),
        ):
            if getattr(self, name):
                parts[name] = (getattr(self, name), style)
        percent = progress_label(self.percent)
        for name in GIVE_WAY:
            excess = sum(cell_len(text) + 2 for text, _ in parts.values()) + len(percent) - width
            if excess <= 0:
                break
            self._give_way(parts, name, excess)
        right = Text(no_wrap=True)
        for name, (text, style) in parts.items():
            gap = " " if name == "message" and "note" in parts else "  "
            if name == "count":  # the number alone reversed
                right.append(text, style=style)
                right.append(gap)
            else:
                right.append(text + gap, style=style)
        right.append(percent)
        return right

    def _give_way(self, parts: dict[str, tuple[str, str]], name: str, excess: int) -> None:
        """Make the part `name` `excess` cells shorter: cut with an ellipsis, or (too short
        then, or a part kept `WHOLE`) left out; `short_message` shortens the message."""
        if name == "short_message":
            if "message" in parts and self.short_message:
                parts["message"] = (self.short_message, parts["message"][1])
            return
        if name not in parts:
            return
        text, style = parts[name]
        if name not in WHOLE and cell_len(text) - excess >= MIN_PART:
            parts[name] = (set_cell_size(text, cell_len(text) - excess - 1) + "…", style)
        else:
            del parts[name]
