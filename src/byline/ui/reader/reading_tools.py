"""The reader's tools beyond paging: the link list (`o`), the reading width (`+`, `-`, `=`),
copying paragraphs as Markdown with a citation (`Y`), and the article in `$EDITOR` (`v`), with
the text reloaded whenever its file changes on disk."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import SuspendNotSupported
from textual.screen import Screen

from byline.core.config import MAX_WIDTH, MIN_WIDTH
from byline.core.errors import BylineError
from byline.core.excerpt import paragraphs_markdown, source_line
from byline.core.links import article_links
from byline.core.reading import Position
from byline.store.sources import LoadedArticle, load_article
from byline.ui.reader.article_view import MAX_MEASURE, ArticleView
from byline.ui.reader.text_layout import build_layout
from byline.ui.reader.work import ArticleCompleted, meta_line

if TYPE_CHECKING:
    from byline.ui.app import BylineApp

WIDTH_STEP = 4
"""Cells the text column grows or shrinks by with `+` and `-`."""

RELOAD_POLL = 1.0
"""Seconds between looks at the article file's modification time and size."""


def editor_command(environ: dict[str, str], path: Path, line: int) -> list[str]:
    """The command that opens `path` at `line`: ``$VISUAL``, else ``$EDITOR``, else vi."""
    editor = environ.get("VISUAL") or environ.get("EDITOR") or "vi"
    return [*shlex.split(editor), f"+{line}", str(path)]


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


class ReadingTools(Screen[None]):
    """Links, width, copying and editing for the reader screen (which sets `loaded`)."""

    app: BylineApp
    loaded: LoadedArticle

    _file_stamp: tuple[int, int] | None = None

    def on_mount(self) -> None:
        view = self.query_one(ArticleView)
        width = self.app.store.preferences.reading_width
        if width is not None:
            view.set_measure(width)
        self._file_stamp = _stamp(self.loaded.path)
        self.set_interval(RELOAD_POLL, self.check_file)

    # -- links -----------------------------------------------------------------------------
    def action_links(self) -> None:
        links = article_links(self.query_one(ArticleView).article)
        if not links:
            self.notify("This article has no links.", timeout=3)
            return
        from byline.ui.dialogs.links import LinksScreen  # first use only: start-up

        self.app.push_screen(LinksScreen(links))

    # -- reading width ---------------------------------------------------------------------
    def action_wider(self) -> None:
        self._set_width(self.query_one(ArticleView).measure + WIDTH_STEP)

    def action_narrower(self) -> None:
        self._set_width(self.query_one(ArticleView).measure - WIDTH_STEP)

    def action_default_width(self) -> None:
        self._set_width(MAX_MEASURE)

    def _set_width(self, width: int) -> None:
        width = min(max(width, MIN_WIDTH), MAX_WIDTH)
        view = self.query_one(ArticleView)
        view.set_measure(width)
        self.app.store.set_preferences(reading_width=None if width == MAX_MEASURE else width)
        self.app.save_store()
        shown = view.text_width
        note = "" if shown == width else f" (the window allows {shown})"
        self.notify(f"Reading width {width}{note}", timeout=1.5)

    # -- copying ---------------------------------------------------------------------------
    def action_copy_paragraphs(self, count: int = 1) -> None:
        """Copy the paragraph at the top of the view (`count` from there) as Markdown with a
        citation."""
        view = self.query_one(ArticleView)
        text = paragraphs_markdown(view.article, view.top_offset(), count)
        self.app.copy_to_clipboard(text)
        what = "paragraph" if count == 1 else f"{count} paragraphs"
        self.notify(f"Copied the {what} with a citation", timeout=2)

    # -- editing and reloading -------------------------------------------------------------
    def action_edit(self) -> None:
        """Open the article file in the editor at the current position; reload after."""
        view = self.query_one(ArticleView)
        path = self.loaded.path
        try:
            source = path.read_text("utf-8", errors="replace")
        except OSError as error:
            self.notify(f"{path}: cannot be read ({error.strerror})", severity="error")
            return
        command = editor_command(
            dict(os.environ), path, source_line(source, view.article, view.top_offset())
        )
        try:
            with self.app.suspend():
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
        stamp = _stamp(self.loaded.path)
        if stamp is None or stamp == self._file_stamp:
            return
        self._file_stamp = stamp
        self.reload_article()

    def reload_article(self) -> None:
        """Read the article file again and show it, at the same section and offset."""
        view = self.query_one(ArticleView)
        position = Position.at(view.article, view.top_offset())
        try:
            loaded = load_article(self.loaded.path)
        except BylineError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        article = loaded.article
        self.loaded = loaded
        meta = meta_line(article)
        self.post_message(
            ArticleCompleted(article, meta, build_layout(article, view.text_width, meta))
        )
        offset = position.resolve(article)
        # After the message, and after the view's own restoring of its old offset.
        self.call_later(view.call_after_refresh, view.scroll_to_offset, offset)
        self.notify("Reloaded: the file changed on disk", timeout=2)
