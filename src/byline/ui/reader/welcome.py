"""The notice that says where the reader went back to ("Welcome back")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from byline.core.reading import progress_label

if TYPE_CHECKING:
    from textual.screen import Screen

    from byline.core.article.model import Section
    from byline.ui.reader.article_view import ArticleView

WELCOME_SECONDS = 4
"""How long the notice stays."""


class WelcomeBack:
    """Says where the reader resumed once the view shows it, in the status line's own terms:
    the section and the percentage depend on the window (near the end, the last sections share
    one screen), so they are taken from the view as laid out, not from what was saved.

    A reader laid out under another screen (the library, with `--library`) says it when it is
    shown (`shown`); one that moves elsewhere before the view gets there says nothing."""

    def __init__(self, screen: Screen[None]) -> None:
        self.screen = screen
        self.offset: int | None = None
        """Where the reader resumes, until the view has shown it (or gone elsewhere)."""
        self.waiting: str | None = None
        """The notice, ready while another screen covers this one."""

    def expect(self, offset: int) -> None:
        """The view is going back to `offset`: say so when it is there."""
        self.offset = offset

    def scrolled(self, event: ArticleView.Scrolled, section: Section, sections: int) -> None:
        """The view moved to `section` of `sections` (as the status line shows): if it is at
        the place resumed, say so; if it is elsewhere, the reader went there first."""
        if self.offset is None:
            return
        view = event.article_view
        if not (view.anchored and view.top_offset() == self.offset):
            self.offset = None  # the reader went elsewhere before the view got there
            return
        if not event.anchored:  # posted on the way: the jump's own message follows
            return
        self.offset = None
        self.waiting = (
            f"Resumed at section {section.number}/{sections}: {section.title} "
            f"({progress_label(event.percent)})"
        )
        if self.screen.is_active:
            self.shown()

    def shown(self) -> None:
        """The screen is shown: say where the reader resumed, if that is waiting."""
        if self.waiting is not None:
            message, self.waiting = self.waiting, None
            self.screen.notify(message, title="Welcome back", timeout=WELCOME_SECONDS, markup=False)
