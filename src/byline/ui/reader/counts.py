"""Digits: counts as in less and vim (`5j`, `3]`, `10G`), and section N with `5` Enter.

Digits make a number that waits, shown in the status line with the section it names, for the
next key; nothing moves while it is typed. A motion repeats by it (`5j` five lines, `3]`
three sections on, `2n` two matches on); `s` or Enter goes to the section it numbers (`5s`);
`10G` (or `10g`) goes to line 10 of the text as shown, counting from the title's first line.
Any other key drops the number. So what a key does never depends on a move it undoes, nor on
the time between keys.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from byline.ui.widgets.panel_list import SCREEN_TAKES_ENTER

if TYPE_CHECKING:
    from textual.binding import ActiveBinding

    from byline.core.article.model import Section
    from byline.ui.reader.article_view import ArticleView
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
        "next_match",
        "previous_match",
        "next_mention",
        "previous_mention",
        "cursor_down",
        "cursor_up",
    }
)
"""Actions that take the count as their parameter: the article view's motions, `Y`, the
steps through matches and mentions (one move, however big the count: `9999n`), and the
sidebar's and the panel lists' `j`/`k` (`3j`: three entries on)."""

REPEATED = frozenset({"next_section", "previous_section"})
"""Actions a count repeats (until the end, or the top, stops them)."""

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
        """Shows the waiting count and the section it names (`show_count`)."""
        self.go_to = go_to_section
        self.value: int | None = None
        """The count waiting for its key, if any."""

    def _set(self, value: int | None) -> None:
        self.value = value
        # While a number waits, Enter is the screen's, from the sidebar or a list too.
        self.view.screen.set_class(value is not None, SCREEN_TAKES_ENTER)
        sections = self.view.article.sections
        named = sections[value - 1] if value is not None and value <= len(sections) else None
        self.status.show_count(value, named, len(sections))

    def digit(self, digit: int) -> None:
        """Add `digit` to the count (a count does not start with 0: the bell)."""
        if self.value is None and digit == 0:
            self.view.app.bell()
            return
        self._set(min((self.value or 0) * 10 + digit, MAX_COUNT))

    def drop(self) -> None:
        """Forget the waiting count (a key that takes none, handled before `use_or_drop`)."""
        self._set(None)

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
                if view.top_offset() == before:
                    return True  # at the end (or the top): nothing more to do
        return False
