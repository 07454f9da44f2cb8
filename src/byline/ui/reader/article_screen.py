"""The base of the reader screen: one article shown in an `ArticleView`, its reading state
and bookmarks, the rest of a big article parsed and the whole analysed in the background, and
what is done with the article beyond reading it: its links (`o`), paragraphs copied with a
citation (`Y`), its file opened in `$EDITOR` (`v`) and reloaded whenever it changes on disk.

`ArticleScreen` runs the workers and handles their messages; what the results look like on
screen is the reader's (`ReaderScreen` implements `show_whole_article`, `show_analysis` and
`resume`).
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import SuspendNotSupported
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import Worker, WorkerState

from byline.core.errors import BylineError
from byline.core.excerpt import paragraphs_markdown, source_line
from byline.core.links import article_links
from byline.core.reading import ArticleState, Bookmark, Position, now_iso
from byline.store.paths import bundled_articles_dir
from byline.store.sources import LoadedArticle, load_article
from byline.ui.reader.article_view import MAX_MEASURE, ArticleView
from byline.ui.reader.editor import RELOAD_POLL, editor_command, file_stamp
from byline.ui.reader.status_bar import StatusBar
from byline.ui.reader.text_layout import build_layout
from byline.ui.reader.work import (
    AnalysisReady,
    ArticleCompleted,
    LoadFailed,
    Progress,
    analyse_article,
    complete_article,
    meta_line,
    reporter,
)
from byline.ui.widgets.suspended import suspended

if TYPE_CHECKING:
    from byline.core.analysis import Analysis
    from byline.ui.app import BylineApp

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
        self.shown = False
        """Whether the reader has seen this screen: only then is the article recorded as
        opened and its reading state stored (a reader mounted under the library is not)."""
        self.passed_over = False
        """Set by the app when this screen is uncovered on the way to another reader (an
        article chosen in the library): it is then not shown to the reader, nor recorded."""
        self._save_timer: Timer | None = None
        self.resume_pending = False
        """True while a big article's preview may not hold where to resume (`resume`)."""
        self._analyse_when_done = False
        """True while the whole article waits for its preview's analysis to finish."""
        self._file_stamp = file_stamp(loaded.path)
        """The article file as read (`check_file`)."""

    # -- what the reader shows (implemented by `ReaderScreen`) ------------------------------
    def resume(self) -> None:
        """Show the target, or where the reader left off (sets `resume_pending`)."""
        raise NotImplementedError

    def uncovered(self) -> None:
        """The reader sees this screen, first or again (another screen covered it)."""

    def show_whole_article(self, event: ArticleCompleted) -> None:
        """Show the whole of a big article in place of its preview."""
        raise NotImplementedError

    def show_analysis(self, event: AnalysisReady) -> None:
        """Show the entities and quotes found (`analysis` is set)."""
        raise NotImplementedError

    # -- reading state ---------------------------------------------------------------------
    def save_state(self, state: ArticleState) -> None:
        """Make `state` this article's reading state: once the screen has been shown, hand it
        to the store, which is written once moves have paused."""
        self.state = state
        if self.shown:
            self.app.store.set_article(self.article.id, state)
            self.schedule_save()

    def record_opened(self) -> None:
        """The reader sees the article: store it as opened (and last read), with the
        reading state it has so far."""
        self.shown = True
        path, title = str(self.loaded.path), self.article.meta.title
        self.app.store.set_last_article(self.article.id)
        self.save_state(self.state.opened(path, title))

    def schedule_save(self) -> None:
        """Write the store once moves (or changes of preferences) have paused."""
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.app.save_store_in_background)

    @on(ArticleView.MeasureChanged)
    def _measure_changed(self, event: ArticleView.MeasureChanged) -> None:
        note = "" if event.shown == event.measure else f"(the window allows {event.shown})"
        status = self.query_one(StatusBar)
        status.say(f"Reading width {event.measure}", note, short=f"Width {event.measure}")
        width = None if event.measure == MAX_MEASURE else event.measure
        self.app.store.set_preferences(reading_width=width)
        self.schedule_save()

    # -- bookmarks -------------------------------------------------------------------------
    def action_add_bookmark(self) -> None:
        view = self.query_one(ArticleView)
        offset = view.top_offset()
        bookmark = Bookmark.at(self.article, offset, now_iso(), at_end=view.at_end)
        self.save_state(self.state.with_bookmark(bookmark))
        number = self.article.section_at(offset).number
        self.notify(f"Bookmark added in section {number}", timeout=2)

    def action_bookmarks(self) -> None:
        """List the bookmarks as stored: another Byline reading this article may have added
        or deleted some. The state stored is adopted whole, but for this reader's position:
        the next save then writes only what changes here, never undoing what the other saved
        (its read sections, say)."""
        if self.shown:
            stored = self.app.store.reread_article(self.article.id)
            self.state = replace(stored, position=self.state.position)
        if not self.state.bookmarks:
            self.notify("No bookmarks yet: press m to add one.", timeout=3)
            return

        def chosen(bookmark: Bookmark | None) -> None:
            if bookmark is not None:
                offset = bookmark.position.resolve(self.article)
                self.query_one(ArticleView).scroll_to_offset(offset)

        def remove(bookmark: Bookmark) -> None:
            self.save_state(self.state.without_bookmark(bookmark))

        from byline.ui.dialogs.bookmarks import BookmarksScreen  # first use only: start-up

        in_order = sorted(self.state.bookmarks, key=lambda b: b.position.resolve(self.article))
        self.app.push_screen(BookmarksScreen(tuple(in_order), remove), chosen)  # reading order

    # -- links and copying -----------------------------------------------------------------
    def action_links(self) -> None:
        links = article_links(self.article)
        if not links:
            self.notify("This article has no links.", timeout=3)
            return
        from byline.ui.dialogs.links import LinksScreen  # first use only: start-up

        self.app.push_screen(LinksScreen(links))

    def action_copy_paragraphs(self, count: int = 1) -> None:
        """Copy the paragraph at the top of the view (`count` from there) as Markdown with a
        citation."""
        offset = self.query_one(ArticleView).top_offset()
        self.app.copy_to_clipboard(paragraphs_markdown(self.article, offset, count))
        what = "paragraph" if count == 1 else f"{count} paragraphs"
        self.notify(f"Copied the {what} with a citation", timeout=2)

    # -- the article file: editing and reloading -------------------------------------------
    def action_edit(self) -> None:
        """Open the article file in the editor at the current position; reload after."""
        path = self.loaded.path
        if path.is_relative_to(bundled_articles_dir()):
            self.notify(
                f"The bundled article is part of Byline's installation: to edit it, copy "
                f"{path} and open the copy.",
                severity="warning",
                timeout=8,
                markup=False,
            )
            return
        try:
            source = path.read_text("utf-8", errors="replace")
        except OSError as error:
            self.notify(f"{path}: cannot be read ({error.strerror})", severity="error")
            return
        line = source_line(source, self.article, self.query_one(ArticleView).top_offset())
        command = editor_command(dict(os.environ), path, line)
        try:
            with suspended(self.app):
                subprocess.run(command, check=False)
        except SuspendNotSupported:
            self.notify("The editor cannot run in this terminal.", severity="error")
            return
        except OSError as error:
            self.notify(
                f"Cannot run {command[0]}: {error.strerror}", severity="error", markup=False
            )
            return
        self.check_file()

    def check_file(self) -> None:
        """Reload the article if its file changed on disk since it was read."""
        stamp = file_stamp(self.loaded.path)
        if stamp is None or stamp == self._file_stamp:
            return
        self._file_stamp = stamp
        self.reload_article()

    def reload_article(self) -> None:
        """Read the article file again and show it, at the same section and offset."""
        view = self.query_one(ArticleView)
        position = Position.at(self.article, view.top_offset())
        try:
            loaded = load_article(self.loaded.path)
        except BylineError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.loaded, article = loaded, loaded.article
        meta = meta_line(article)
        layout = build_layout(article, view.text_width, meta)
        self.post_message(ArticleCompleted(article, meta, layout))
        offset = position.resolve(article)
        # Once the message is handled: the new text is then shown, at the old offset.
        self.call_later(view.scroll_to_offset, offset)
        self.notify("Reloaded: the file changed on disk", timeout=2)

    # -- background work -------------------------------------------------------------------
    def start_work(self) -> None:
        """Analyse the article once the first frame is out, parse the rest of a preview, and
        look at the article file now and then (`check_file`).

        A preview is analysed too: its offsets are the whole article's, so its highlights
        stay right when the rest is swapped in."""
        self.call_later(self.analyse)
        self.set_interval(RELOAD_POLL, self.check_file)
        if not self.article.complete:
            self.query_one(StatusBar).show_activity("Loading…")
            self.load_rest()

    def on_screen_resume(self) -> None:
        if self.is_active and not self.passed_over:
            if not self.shown:
                self.record_opened()
            self.uncovered()
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
        # A cancelled analysis means the screen is going: nothing more to analyse.
        if (
            self._analyse_when_done
            and worker.group == "analysis"
            and worker.state is WorkerState.SUCCESS
        ):
            self._analyse_when_done = False
            self.analyse()

    def analyse(self) -> None:
        """Recognise entities and quotes, and make their highlights, off the main thread: the
        part of the article on screen first, then the whole."""
        self._analyse(self.query_one(ArticleView).top_offset())

    @work(thread=True, exclusive=True, group="analysis")
    def _analyse(self, around: int) -> None:
        """The analysis, in a thread: it reads nothing of the screen, which may be gone by
        the time it runs."""
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
