"""The Byline application: wiring only. Screens and widgets do the work."""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import signal
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import resource_tracker
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from byline.core.article import Article
from byline.core.cache import JsonCache
from byline.core.sources import LoadedArticle
from byline.core.storage import StateStore
from byline.ui.commands import ReaderCommands
from byline.ui.screens.reader import ReaderScreen

if TYPE_CHECKING:
    from byline.core.analysis import Analysis


class BylineApp(App[None]):
    """A terminal reader for one article at a time, remembering where you were."""

    CSS_PATH = "app.tcss"
    TITLE = "Byline"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", priority=True, id="quit"),
    ]

    def __init__(self, loaded: LoadedArticle, store: StateStore) -> None:
        super().__init__()
        self.loaded = loaded
        self.store = store
        self._warned: set[str] = set()
        self.analysis_cache = JsonCache()

    def get_default_screen(self) -> Screen[None]:
        article = self.loaded.article
        state = self.store.article(article.id).opened(str(self.loaded.path), article.meta.title)
        self.store.set_article(article.id, state)
        self.store.set_last_article(article.id)
        return ReaderScreen(self.loaded, state)

    def on_mount(self) -> None:
        self.sub_title = self.loaded.article.meta.title
        theme = self.store.preferences.theme
        if theme and theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGHUP):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self._terminate)
        for warning in (*self.loaded.warnings, *self.store.warnings):
            self.warn(warning)
        self.save_store()

    def _theme_changed(self, _theme: object) -> None:
        if self.store.preferences.theme != self.theme:
            self.store.set_preferences(theme=self.theme)
            self.save_store()

    def analyse(
        self, article: Article, progress: Callable[[float], None] | None = None
    ) -> tuple[Analysis, list[str]]:
        """Entities and quotes of `article` (cached by content); safe to call from a thread."""
        # Imported here, in the worker: the recognisers are not needed for the first paint.
        from byline.core.analysis import ANALYSIS_RANGE_CHARS, cached_analysis
        from byline.core.corrections import corrections_for

        corrections, warnings = corrections_for(article, self.store.directory)
        if len(article.text) <= 2 * ANALYSIS_RANGE_CHARS:
            analysis = cached_analysis(article, corrections, self.analysis_cache, progress)
            return analysis, warnings
        # A big article: analyse it in another process, so that this one's threads never
        # hold the interpreter lock for long and keys stay instant ("spawn": no fork of a
        # process that runs threads).
        context = multiprocessing.get_context("spawn")
        try:
            # multiprocessing's resource tracker hands on sys.stderr's descriptor, and
            # Textual has replaced sys.stderr with a capture that has none: use the real one.
            with contextlib.redirect_stderr(sys.__stderr__):
                resource_tracker.ensure_running()
            with ProcessPoolExecutor(max_workers=1, mp_context=context) as executor:
                analysis = cached_analysis(
                    article, corrections, self.analysis_cache, progress, executor
                )
        except (BrokenProcessPool, OSError, ValueError):
            # No second process to be had: do it here (keys may then lag while it runs).
            analysis = cached_analysis(article, corrections, self.analysis_cache, progress)
        return analysis, warnings

    def warn(self, warning: str) -> None:
        """Show a warning, once per session."""
        if warning not in self._warned:
            self._warned.add(warning)
            self.notify(warning, severity="warning", timeout=8, markup=False)

    def save_store(self) -> None:
        """Write reading state; problems become a single warning, never a crash."""
        self.store.save()
        for warning in self.store.warnings:
            self.warn(warning)

    def _terminate(self) -> None:
        """SIGTERM or SIGHUP (terminal closed): save the position first, then leave."""
        self.save_store()
        self.exit(return_code=0)

    async def action_quit(self) -> None:
        self.save_store()
        self.exit()

    def on_unmount(self) -> None:
        self.save_store()
