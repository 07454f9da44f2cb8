"""The base of the reader screen: one article shown in an `ArticleView`, its reading state
and bookmarks, and the rest of a big article parsed and the whole analysed in the background.

`ArticleScreen` runs the workers and handles their messages; what the results look like on
screen is the reader's (`ReaderScreen` implements `show_whole_article`, `show_analysis` and
`resume`).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual import on, work
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import Worker

from byline.core.reading import ArticleState, Bookmark, now_iso
from byline.store.sources import LoadedArticle
from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.status_bar import StatusBar
from byline.ui.reader.work import (
    AnalysisReady,
    ArticleCompleted,
    LoadFailed,
    Progress,
    analyse_article,
    complete_article,
    reporter,
)

if TYPE_CHECKING:
    from byline.core.analysis import Analysis
    from byline.ui.app import BylineApp
    from byline.ui.dialogs.bookmarks import BookmarkChoice

SAVE_DELAY = 1.0
"""Seconds of quiet after a move before the position is written (debounce)."""


class ArticleScreen(Screen[None]):
    """Holds one article and its reading state; parses and analyses it in the background."""

    app: BylineApp

    analysis: var[Analysis | None] = var(None, init=False)
    """Entities and quotes, once the background analysis has finished."""

    def __init__(
        self, loaded: LoadedArticle, state: ArticleState, *, target: tuple[int, int] | None = None
    ) -> None:
        super().__init__()
        self.loaded = loaded
        self.article = loaded.article
        self.target = target
        """A range to show on opening (a quote chosen elsewhere) instead of resuming."""
        self.state = state
        """This article's reading state (changed with `save_state`)."""
        self._save_timer: Timer | None = None
        self.resume_pending = False
        """True while a big article's preview may not hold where to resume (`resume`)."""
        self._analyse_when_done = False
        """True while the whole article waits for its preview's analysis to finish."""

    # -- what the reader shows (implemented by `ReaderScreen`) ------------------------------
    def resume(self) -> None:
        """Show the target, or where the reader left off (sets `resume_pending`)."""
        raise NotImplementedError

    def show_whole_article(self, event: ArticleCompleted) -> None:
        """Show the whole of a big article in place of its preview."""
        raise NotImplementedError

    def show_analysis(self, event: AnalysisReady) -> None:
        """Show the entities and quotes found (`analysis` is set)."""
        raise NotImplementedError

    # -- reading state ---------------------------------------------------------------------
    def save_state(self, state: ArticleState) -> None:
        """Make `state` this article's reading state: hand it to the store, which is written
        once moves have paused."""
        self.state = state
        self.app.store.set_article(self.article.id, state)
        self.schedule_save()

    def schedule_save(self) -> None:
        """Write the store once moves (or changes of preferences) have paused."""
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.app.save_store)

    # -- bookmarks -------------------------------------------------------------------------
    def action_add_bookmark(self) -> None:
        view = self.query_one(ArticleView)
        offset = view.top_offset()
        bookmark = Bookmark.at(self.article, offset, now_iso(), at_end=view.at_end)
        self.save_state(self.state.with_bookmark(bookmark))
        number = self.article.section_at(offset).number
        self.notify(f"Bookmark added in section {number}", timeout=2)

    def action_bookmarks(self) -> None:
        if not self.state.bookmarks:
            self.notify("No bookmarks yet: press m to add one.", timeout=3)
            return

        def chosen(choice: BookmarkChoice | None) -> None:
            if choice is not None and choice.delete:
                self.save_state(self.state.without_bookmark(choice.bookmark))
            elif choice is not None:
                position = choice.bookmark.position
                self.query_one(ArticleView).scroll_to_offset(position.resolve(self.article))

        from byline.ui.dialogs.bookmarks import BookmarksScreen  # first use only: start-up

        self.app.push_screen(BookmarksScreen(self.state.bookmarks), chosen)

    # -- background work -------------------------------------------------------------------
    def start_work(self) -> None:
        """Analyse the article once the first frame is out, and parse the rest of a preview.
        A preview is analysed too: its offsets are the whole article's, so its highlights
        stay right when the rest is swapped in."""
        self.call_later(self.analyse)
        if not self.article.complete:
            self.query_one(StatusBar).show_activity("Loading…")
            self.load_rest()

    def on_screen_resume(self) -> None:
        self.query_one(StatusBar).show_covered_activity()

    @on(Progress)
    def _progress(self, event: Progress) -> None:
        if event.fraction < 1:
            self.query_one(StatusBar).show_activity(f"{event.what} {event.fraction:.0%}")

    @work(thread=True, exclusive=True, group="load")
    def load_rest(self) -> None:
        """Parse the rest of a big article, and lay it out, off the main thread."""
        view = self.query_one(ArticleView)
        width = partial(self.app.call_from_thread, lambda: view.text_width)
        message = complete_article(self.loaded, reporter(self, "Loading"), width)
        if message is not None:
            self.post_message(message)

    @on(LoadFailed)
    def _load_failed(self, event: LoadFailed) -> None:
        self.query_one(StatusBar).show_activity("")
        self.notify(event.error, severity="error", markup=False)

    @on(ArticleCompleted)
    def _article_completed(self, event: ArticleCompleted) -> None:
        self.article = event.article
        self.query_one(StatusBar).show_activity("")
        self.show_whole_article(event)
        if self.resume_pending:
            self.resume()
        # The preview's analysis, if still running, finishes first: its highlights are the
        # ones on screen soonest (the whole article's begin with a new background process).
        if not any(w.group == "analysis" and w.is_running for w in self.workers):
            self.analyse()
        else:
            self._analyse_when_done = True

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if self._analyse_when_done and worker.group == "analysis" and worker.is_finished:
            self._analyse_when_done = False
            self.analyse()

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self) -> None:
        """Recognise entities and quotes, and make their highlights, off the main thread: the
        part of the article on screen first, then the whole."""
        around = self.app.call_from_thread(self.query_one(ArticleView).top_offset)
        store = self.app.store
        analyse_article(self, self.app.analyse, self.article, around, lambda: store.preferences)

    @on(AnalysisReady)
    def _analysis_ready(self, event: AnalysisReady) -> None:
        if self.article.complete:  # a preview's: the rest is still being parsed
            self.query_one(StatusBar).show_activity("")
        for warning in event.warnings:
            self.app.warn(warning)
        self.analysis = event.analysis
        self.show_analysis(event)
