"""Digits: one key to a section, and count prefixes as in less and vim (`5j`, `3]`, `10G`).

A digit goes to the section its number names at once (`5`: section 5; `1` `2`: section 12),
and the number waits, shown in the status line, as a count for the next key. When that key
is a motion (`5j` five lines, `3]` three sections on, `2n` two matches on), the view first
returns to where it was before the digits, then moves: the count means what less and vim make
of it. `10G` (or `10g`) goes to line 10 of the text as shown, counting from the title's first
line. Any other key drops the count and leaves the view at the section. Nothing waits on a
timer: what the digits mean is what is typed, key by key.
"""

from __future__ import annotations

from textual import events
from textual.reactive import var
from textual.screen import Screen

from byline.core.article.model import Section
from byline.ui.reader.article_view import ArticleView

MAX_COUNT = 9999
"""Counts stop growing here: no article is longer, in lines or sections, than a reader types."""

MOTIONS = frozenset(
    {
        "scroll_down",
        "scroll_up",
        "page_down",
        "page_up",
        "half_page_down",
        "half_page_up",
        "copy_paragraphs",
    }
)
"""Actions that take the count as their parameter: the article view's motions, and `Y`."""

REPEATED = frozenset(
    {
        "next_section",
        "previous_section",
        "next_match",
        "previous_match",
        "next_mention",
        "previous_mention",
    }
)
"""Actions a count repeats."""

STEPPING = frozenset({"next_match", "previous_match", "next_mention", "previous_mention"})
"""Repeated actions that may step without scrolling (to a match on the same screen)."""

TO_LINE = frozenset({"scroll_home", "scroll_end"})
"""Actions that go to line N with a count N (`g` and `G`)."""


SECTION = "count_section"
"""The action that goes to the section numbered by the count (`s`, Enter)."""


class CountKeys(Screen[None]):
    """A screen whose digit keys type a count for the next key."""

    pending_count: var[int | None] = var(None)
    """The count waiting for its key, if any."""
    count_origin: float | None = None
    """Where the view was before the count's first digit (a motion starts from there)."""

    def go_to_section(self, section: Section) -> None:
        """Scroll to `section` (the reader screen's)."""
        raise NotImplementedError

    def show_count(self, count: int | None) -> None:
        """Show the waiting count, or none (the reader screen's status line)."""
        raise NotImplementedError

    def watch_pending_count(self, count: int | None) -> None:
        self.show_count(count)

    def action_count_digit(self, digit: int) -> None:
        """A digit: add it to the count (a count does not start with 0) and show the section
        the count numbers; a number past the last section shows where the digits began."""
        count = self.pending_count
        if count is None and digit == 0:
            self.app.bell()
            return
        view = self.query_one(ArticleView)
        if count is None:
            self.count_origin = view.scroll_y
        count = self.pending_count = min((count or 0) * 10 + digit, MAX_COUNT)
        sections = view.article.sections
        if count <= len(sections):
            self.go_to_section(sections[count - 1])
        elif self.count_origin is not None:
            view.scroll_to(y=self.count_origin, animate=False, immediate=True)

    def action_count_section(self) -> None:
        """Go to the section the count numbers (`5s`); the bell without a count or with no
        such section."""
        count, self.pending_count = self.pending_count, None
        sections = self.query_one(ArticleView).article.sections
        if count is None or count > len(sections):
            self.app.bell()
        else:
            self.go_to_section(sections[count - 1])

    async def on_key(self, event: events.Key) -> None:
        """Before the key's own binding runs: use or drop the waiting count."""
        count = self.pending_count
        if count is None:
            return
        active = self.active_bindings.get(event.key)
        action = active.binding.action if active is not None and active.enabled else ""
        if action.startswith("count_"):
            return
        self.pending_count = None
        view = self.query_one(ArticleView)
        # A count, not a section: move from where the digits began.
        if (action in MOTIONS or action in REPEATED) and self.count_origin is not None:
            view.scroll_to(y=self.count_origin, animate=False, immediate=True)
        if action in MOTIONS and active is not None:
            event.stop()  # done here, with the count
            await self.app.run_action(f"{action}({count})", active.node)
        elif action in TO_LINE:
            event.stop()  # done here: the binding would go to the top or the end
            view.scroll_to(y=min(count - 1, view.max_scroll_y), animate=False)
        elif action in REPEATED and active is not None:
            # The binding itself does the last one.
            for _ in range(count - 1):
                before = view.scroll_y
                await self.app.run_action(action, active.node)
                if view.scroll_y == before and action not in STEPPING:
                    event.stop()  # at the end (or the top): nothing more to do
                    break
