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
    one screen), so they are taken from the view as laid out, not from what was saved."""

    def __init__(self, screen: Screen[None]) -> None:
        self.screen = screen
        self.offset: int | None = None
        """Where the reader resumes, until the view has shown it (or a key came first)."""

    def expect(self, offset: int) -> None:
        """The view is going back to `offset`: say so when it is there."""
        self.offset = offset

    def cancel(self) -> None:
        """A key came before the view was laid out: the reader has moved on."""
        self.offset = None

    def scrolled(self, event: ArticleView.Scrolled, section: Section, sections: int) -> None:
        """The view moved to `section` of `sections` (as the status line shows): if this is
        the place resumed, show the notice."""
        if self.offset is None or not event.anchored or event.top_offset != self.offset:
            return
        self.offset = None
        self.screen.notify(
            f"Resumed at section {section.number}/{sections}: {section.title} "
            f"({progress_label(event.percent)})",
            title="Welcome back",
            timeout=WELCOME_SECONDS,
            markup=False,
        )
