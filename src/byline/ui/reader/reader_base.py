"""The reader's foundation: the article, its reading state, and the widgets' handles.

The reader screen is built in layers, each in its own module: this base, searching
(`reader_search`), entities and quotes (`reader_analysis`) and the screen itself (`reader`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import AwaitMount
from textual.worker import get_current_worker

from byline.core.reading import ArticleState
from byline.store.sources import LoadedArticle
from byline.ui.reader.article_view import ArticleView, Highlight
from byline.ui.reader.sections_sidebar import SectionsSidebar
from byline.ui.reader.status_bar import StatusBar

if TYPE_CHECKING:
    from byline.ui.app import BylineApp
    from byline.ui.reader.entity_panel import EntityPanel
    from byline.ui.reader.quote_panel import QuotePanel


FLASH_SECONDS = 1.2
"""How long a quote chosen in the panel stays flashed in the text."""

SAVE_DELAY = 1.0
"""Seconds of quiet after a move before the position is written (debounce)."""


class WorkCancelled(Exception):
    """Raised from a worker's progress callback once the worker is cancelled (on quit)."""


class ReaderBase(Screen[None]):
    """One article and its reading state; the layers above add searching and panels."""

    app: BylineApp

    def __init__(
        self,
        loaded: LoadedArticle,
        state: ArticleState,
        *,
        target: tuple[int, int] | None = None,
    ) -> None:
        super().__init__()
        self.loaded = loaded
        self.article = loaded.article
        self.target = target
        """A range to show on opening (a quote chosen elsewhere) instead of resuming."""
        self._state = state
        self._save_timer: Timer | None = None
        self._entity_panel: EntityPanel | None = None
        self._quote_panel: QuotePanel | None = None
        self._covered_activity: str | None = None

    @property
    def state(self) -> ArticleState:
        """This article's reading state; every change is handed to the store at once."""
        return self._state

    @state.setter
    def state(self, state: ArticleState) -> None:
        self._state = state
        self.app.store.set_article(self.article.id, state)

    # The side panels are made on first use and mounted after the first paint: neither they nor
    # their modules are needed to show the article.
    @property
    def entity_panel(self) -> EntityPanel:
        if self._entity_panel is None:
            from byline.ui.reader.entity_panel import EntityPanel

            self._entity_panel = EntityPanel(id="entity-panel", classes="side-panel")
        return self._entity_panel

    @property
    def quote_panel(self) -> QuotePanel:
        if self._quote_panel is None:
            from byline.ui.reader.quote_panel import QuotePanel

            self._quote_panel = QuotePanel(self.article, id="quote-panel", classes="side-panel")
        return self._quote_panel

    def mount_panels(self) -> AwaitMount:
        """Mount the side panels (hidden until asked for): when the analysis has been shown, or
        when one is asked for first. Not at start-up: they would compete with the first paint
        and the highlights. Nothing is mounted if they are already, or if the screen is going
        away (a reader can quit before then)."""
        panels = [panel for panel in (self.entity_panel, self.quote_panel) if not panel.parent]
        if not panels or not self.is_attached:
            return AwaitMount(self, [])
        if self.app.library is not None:
            self.quote_panel.library = self.app.library
        return self.mount_all(panels)

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def sidebar(self) -> SectionsSidebar:
        return self.query_one(SectionsSidebar)

    @property
    def status(self) -> StatusBar:
        return self.query_one(StatusBar)

    def show_activity(self, text: str) -> None:
        """Show background work's progress ("Loading 40%") in the status line, or nothing.

        While another screen covers this one (the command palette, help), the latest text
        waits until this one is shown again: under a translucent screen each change would
        redraw the whole screen beneath (see `reporter`).
        """
        if self.is_active:  # not `is_current`: true under a translucent screen too
            self._covered_activity = None
            self.status.activity = text
        else:
            self._covered_activity = text

    def on_screen_resume(self) -> None:
        if self._covered_activity is not None:
            self.show_activity(self._covered_activity)

    def _schedule_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.save_state)

    def save_state(self) -> None:
        """Write the reading state now."""
        self.app.save_store()

    def reporter(self, message: Callable[[float], Message]) -> Callable[[float], None]:
        """A progress callback for a thread worker: posts `message(fraction)` while this
        screen is the one shown, and is where a cancelled worker (on quit) stops, by raising
        `WorkCancelled`.

        Not while another screen is over this one: a screen under a translucent one (the
        command palette) repaints itself whole after each message it handles, and the palette
        redraws all of it, dimmed, each time (~7 ms; Textual's `Screen._compositor_refresh`).
        The analysis of a 10 MB article reports several times a second, for 13 s.
        """

        def report(fraction: float) -> None:
            if get_current_worker().is_cancelled:
                raise WorkCancelled
            if self.is_active:
                self.post_message(message(fraction))

        return report

    def show_target(self, start: int, end: int) -> None:
        """Show the range `start`-`end` (e.g. a quote), flashing it."""
        self.target = None
        self._reveal(start)
        self._flash(start, end)

    def _reveal(self, offset: int) -> None:
        """Scroll `offset` into view with two lines of context, unless it is on screen."""
        view = self.article_view
        if not (view.top_offset() <= offset < view.bottom_offset()):
            view.scroll_to(y=max(view.text_layout.line_at(offset) - 2, 0), animate=False)

    def _flash(self, start: int, end: int) -> None:
        view = self.article_view
        view.set_highlights("flash", [Highlight(start, end, "flash")])
        self.set_timer(FLASH_SECONDS, lambda: view.set_highlights("flash", ()))
