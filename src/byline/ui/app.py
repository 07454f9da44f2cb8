"""The Byline application: wiring only. Screens and widgets do the work."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from byline.core.article.model import Article
from byline.core.errors import BylineError
from byline.store.sources import LoadedArticle, load_article
from byline.store.state import StateStore
from byline.ui.messages import LibraryReady, OpenArticle
from byline.ui.reader.screen import ReaderScreen
from byline.ui.settings import apply_settings
from byline.ui.widgets.blend import drawn_by, readable_text

if TYPE_CHECKING:
    from textual.command import Provider

    from byline.core.analysis import Analysis
    from byline.store.library.index import LibraryIndex
    from byline.ui.analysis import Analyser


TERMINATE_GRACE = 3.0
"""Seconds the reader is given to leave after SIGTERM or SIGHUP, its state saved."""


class BylineApp(App[None]):
    """A terminal reader for one article at a time, remembering where you were."""

    CSS_PATH = "app.tcss"
    TITLE = "Byline"
    COMMANDS = App.COMMANDS | {lambda: _reader_commands()}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("ctrl+z", "suspend_process", "Suspend", show=False, id="suspend"),
        Binding(
            "L",
            "library",
            "Library",
            tooltip="Every article, with your progress; open another",
            id="library",
        ),
        Binding(
            "W",
            "speakers",
            "Who said what",
            show=False,
            tooltip="Speakers across the library and their quotes",
            id="speakers",
        ),
    ]

    def __init__(
        self,
        loaded: LoadedArticle,
        store: StateStore,
        *,
        show_library: bool = False,
    ) -> None:
        super().__init__()
        self.loaded = loaded
        self.store = store
        self.show_library = show_library
        self.library: LibraryIndex | None = None
        """The library index, once `load_library` has read it."""
        self._warned: set[str] = set()
        self._analyser: Analyser | None = None
        self._analyser_lock = threading.Lock()
        self._analyser_shut = False
        self.settings_warnings = apply_settings(self)
        """What was wrong in ``config.toml`` (shown once the app is up)."""

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables, with text colours that read on it in every theme
        (`$readable-text`, `$readable-quiet`: see `blend.readable_text`)."""
        variables = super().get_css_variables()
        return {**variables, **readable_text(variables, drawn=drawn_by(self))}

    def get_default_screen(self) -> Screen[None]:
        return self._reader_for(self.loaded)

    def _reader_for(
        self, loaded: LoadedArticle, target: tuple[int, int] | None = None
    ) -> ReaderScreen:
        # The reader records the article as opened once it is shown (`ArticleScreen`): under
        # the library (`--library`) it may never be.
        return ReaderScreen(loaded, self.store.article(loaded.article.id), target=target)

    def on_mount(self) -> None:
        self.sub_title = self.loaded.article.meta.title
        theme = self.store.preferences.theme
        if theme and theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        # Back from ctrl+z (`fg`), Textual restores the terminal's screen empty and draws
        # nothing until something changes: draw it all again, as its own `suspend()` does.
        self.app_resume_signal.subscribe(self, lambda _: self.refresh(layout=True))
        loop = asyncio.get_running_loop()
        # SIGHUP does not exist on Windows (nor do loop signal handlers: suppressed below).
        hangup = getattr(signal, "SIGHUP", None)
        for signum in (signal.SIGTERM, *([hangup] if hangup is not None else [])):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self._terminate)
        for warning in (*self.loaded.warnings, *self.store.warnings, *self.settings_warnings):
            self.warn(warning)
        self.call_after_refresh(self.save_store_in_background)
        if self.show_library:
            self.action_library()

    def _theme_changed(self, _theme: object) -> None:
        if self.store.preferences.theme != self.theme:
            self.store.set_preferences(theme=self.theme)
            self.save_store_in_background()

    @property
    def analyser(self) -> Analyser:
        """Finds the entities and quotes of the articles read (`analyse`). Made, and its
        modules imported, when the first analysis starts: the first frame does not wait for
        them."""
        with self._analyser_lock:
            if self._analyser is None:
                from byline.ui.analysis import Analyser

                self._analyser = Analyser(self.store.directory)
                if self._analyser_shut:  # made while quitting: it analyses nothing
                    self._analyser.shutdown()
            return self._analyser

    def analyse(
        self,
        article: Article,
        *,
        progress: Callable[[float], None],
        around: int = 0,
        partial: Callable[[Analysis], None] | None = None,
    ) -> tuple[Analysis, list[str]]:
        """Entities and quotes of `article` (cached by content), and warnings; blocking, for a
        screen's thread worker. The range around offset `around` goes first, to `partial`
        (see `byline.ui.analysis.Analyser.analyse`)."""
        return self.analyser.analyse(article, progress=progress, around=around, partial=partial)

    # -- the library -----------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="library")
    def load_library(self) -> None:
        """Load (or bring up to date) the library index off the main thread."""
        from byline.store.library.index import LibraryIndex

        index = LibraryIndex.load_or_build(config_directory=self.store.directory)
        self.post_message(LibraryReady(index))

    @on(LibraryReady)
    def _library_ready(self, event: LibraryReady) -> None:
        if event.copy_for_screens:
            return
        self.library = event.index
        for warning in event.index.warnings:
            self.warn(warning)
        for screen in self.screen_stack:
            screen.post_message(LibraryReady(event.index, copy_for_screens=True))

    def action_library(self) -> None:
        """Open the library screen (it asks for an article with `OpenArticle`)."""
        from byline.ui.library.screen import LibraryScreen

        reader = self.screen if isinstance(self.screen, ReaderScreen) else None
        self.push_screen(LibraryScreen(reader.article.id if reader else None))

    def action_speakers(self) -> None:
        """Who said what, across the library."""
        from byline.ui.library.speakers import SpeakersScreen

        self.push_screen(SpeakersScreen())

    @on(OpenArticle)
    async def _open_requested(self, request: OpenArticle) -> None:
        """Read the article asked for (from the library, a panel, who said what): the reader
        chosen is the one recorded as opened, not one uncovered on the way to it."""
        loaded = self._load(request.path)
        if loaded is None:  # the error is shown over the screen that asked
            return
        readers = [screen for screen in self.screen_stack if isinstance(screen, ReaderScreen)]
        if readers and readers[-1].article.id != loaded.article.id:
            # Uncovered on the way to the reader chosen: it is not being read.
            readers[-1].passed_over = True
        while len(self.screen_stack) > 1 and not isinstance(self.screen, ReaderScreen):
            await self.pop_screen()
        self.show_article(loaded, request.target)

    def _load(self, path: Path) -> LoadedArticle | None:
        """The article at `path` (a big one's preview), or None with the error shown."""
        try:
            return load_article(path, preview=True)
        except BylineError as error:
            self.notify(str(error), severity="error", markup=False)
            return None

    def show_article(self, loaded: LoadedArticle, target: tuple[int, int] | None = None) -> None:
        """Show `loaded` in place of the current reader, at `target` if given."""
        self.save_store()
        current = self.screen
        if isinstance(current, ReaderScreen) and current.article.id == loaded.article.id:
            if target is not None:
                current.show_target(*target)
            return
        self.loaded = loaded
        self.sub_title = loaded.article.meta.title
        for warning in loaded.warnings:
            self.warn(warning)
        reader = self._reader_for(loaded, target)
        if isinstance(current, ReaderScreen) and len(self.screen_stack) > 1:
            self.switch_screen(reader)
        else:
            # Textual cannot switch away from the first (default) screen: the next reader goes
            # on top of it, and replaces the one on top from then on.
            self.push_screen(reader)

    def warn(self, warning: str) -> None:
        """Show a warning, once per session."""
        if warning not in self._warned:
            self._warned.add(warning)
            self.notify(warning, severity="warning", timeout=8, markup=False)

    def save_store(self) -> None:
        """Write reading state now; problems become a single warning, never a crash."""
        self.store.save()
        self._store_warnings()

    @work(thread=True, group="save")
    def save_store_in_background(self) -> None:
        """Write reading state from a thread: the saves made as the reader moves never hold
        up a key. (Quitting saves with `save_store`, at once.)"""
        self.store.save()
        self.call_from_thread(self._store_warnings)

    def _store_warnings(self) -> None:
        for warning in self.store.warnings:
            self.warn(warning)

    def _terminate(self) -> None:
        """SIGTERM or SIGHUP (terminal closed): save the position first, then leave."""
        self.save_store()
        self._shut_analyser()
        # Textual's shutdown restores the terminal through its output thread; when the
        # terminal is gone, that thread can die on the failed write and the shutdown then
        # waits for it for good. Everything is saved by now, so the process ends regardless.
        backstop = threading.Timer(TERMINATE_GRACE, os._exit, args=(0,))
        backstop.daemon = True
        backstop.start()
        self.exit(return_code=0)

    async def action_quit(self) -> None:
        self.save_store()
        self._shut_analyser()
        self.exit()

    def on_unmount(self) -> None:
        self.save_store()
        self._shut_analyser()

    def _shut_analyser(self) -> None:
        with self._analyser_lock:
            self._analyser_shut = True
            if self._analyser is not None:
                self._analyser.shutdown()


def _reader_commands() -> type[Provider]:
    """The command palette's provider, imported when the palette first opens."""
    from byline.ui.commands import ReaderCommands

    return ReaderCommands
