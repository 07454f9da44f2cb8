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

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.binding import ActiveBinding

    from byline.core.article.model import Section
    from byline.ui.reader.article_view import ArticleView, Place
    from byline.ui.reader.status_bar import StatusBar

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


class CountPrefix:
    """The count typed before a key: the reader screen hands it the digits (`digit`), `s` and
    Enter (`go_to_section`), and every key while a count waits (`use_or_drop`)."""

    def __init__(
        self,
        view: ArticleView,
        status: StatusBar,
        go_to_section: Callable[[Section], None],
    ) -> None:
        self.view = view
        self.status = status
        """Shows the waiting count (its `count`)."""
        self.go_to = go_to_section
        self.value: int | None = None
        """The count waiting for its key, if any."""
        self.origin: Place | None = None
        """Where the view was before the count's first digit (a motion starts from there): a
        place in the text (its offset), not a line, so that a re-wrap between the digit and
        the motion (a resize) keeps it."""

    def _set(self, value: int | None) -> None:
        self.value = self.status.count = value

    def digit(self, digit: int) -> None:
        """Add `digit` to the count (a count does not start with 0) and show the section the
        count numbers; a number past the last section shows where the digits began."""
        view = self.view
        if self.value is None and digit == 0:
            view.app.bell()
            return
        if self.value is None:
            self.origin = view.place()
        self._set(count := min((self.value or 0) * 10 + digit, MAX_COUNT))
        sections = view.article.sections
        if count <= len(sections):
            self.go_to(sections[count - 1])
        else:
            self.back_to_origin()

    def back_to_origin(self) -> None:
        """Put the view back where it was before the digits, the jump that had put it there
        included (near the end, section 5 and the end are one scroll apart)."""
        if self.origin is not None:
            self.view.go_to(self.origin)

    def go_to_section(self) -> None:
        """Go to the section the count numbers (`5s`); the bell without a count or with no
        such section."""
        count = self.value
        self._set(None)
        sections = self.view.article.sections
        if count is None or count > len(sections):
            self.view.app.bell()
        else:
            self.go_to(sections[count - 1])

    async def use_or_drop(self, active: ActiveBinding | None) -> bool:
        """Before the key bound to `active` (None: a key bound to nothing) runs: use the
        waiting count with it, or drop it. True when the key is done with here."""
        count, action = self.value, active.binding.action if active is not None else ""
        if count is None or action.startswith("count_"):
            return False
        self._set(None)
        view = self.view
        # A count, not a section: move from where the digits began.
        if action in MOTIONS or action in REPEATED:
            self.back_to_origin()
        if active is not None and action in MOTIONS:
            await view.app.run_action(f"{action}({count})", active.node)
            return True
        if action in TO_LINE:  # the binding would go to the top or the end
            view.drop_anchor()
            view.jump_to_line(count - 1)
            return True
        if active is not None and action in REPEATED:
            # The binding itself does the last one.
            for _ in range(count - 1):
                # The place on top, not the scroll: near the end a jump may not scroll.
                before = view.top_offset()
                await view.app.run_action(action, active.node)
                if view.top_offset() == before and action not in STEPPING:
                    return True  # at the end (or the top): nothing more to do
        return False
