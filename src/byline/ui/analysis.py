"""Where the reader's analyses run: the one place that finds an article's entities and quotes.

A small article is analysed in the calling thread (a screen's thread worker). A big one is
analysed range by range in one background process (a `ProcessPoolExecutor` of one worker), so
that the reader's own threads never hold the interpreter lock for long and keys stay quick;
only text ranges go there and only each range's findings come back, and the process ends
when the analysis is done. Either way the range on screen goes first
(`byline.core.analysis.analyse`), and results are kept in the analysis cache, so a second open
is read from there.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from byline.core.analysis import Analysis, analyse
from byline.core.article.model import Article
from byline.store.analysis_cache import JsonCache, cache_key, corrections_for, stored_analysis
from byline.ui.messages import WorkCancelled

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

SMALL_ARTICLE_CHARS = 512 * 1024
"""Articles of up to this many characters are analysed in the calling thread."""

POOL_NICENESS = 19
"""The background process's niceness, the lowest priority: it computes only while the reader,
the terminal and everything else leave a processor free, so keys never wait for it."""

_LOWER_PRIORITY = functools.partial(os.nice, POOL_NICENESS) if hasattr(os, "nice") else None
"""The background process's initializer. A function of `os`, not of this module: the
process imports what its initializer and steps come from, and this module imports Textual
(a process of twice the memory)."""

_T = TypeVar("_T")


class _PoolFailed(Exception):
    """A step failed in the background process, or the process died."""


class Analyser:
    """Analyses articles for the reader, cached by content; `shutdown` on quit."""

    def __init__(self, config_directory: Path, cache: JsonCache | None = None) -> None:
        self.config_directory = config_directory
        self.cache = cache or JsonCache()
        self.small_article_chars = SMALL_ARTICLE_CHARS
        self._pool: ProcessPoolExecutor | None = None
        self._closed = False
        self._lock = threading.Lock()

    def analyse(
        self,
        article: Article,
        *,
        progress: Callable[[float], None],
        around: int = 0,
        partial: Callable[[Analysis], None] | None = None,
    ) -> tuple[Analysis, list[str]]:
        """Entities and quotes of `article`, and warnings; blocking (call it from a thread).

        The range holding offset `around` is analysed first and handed to `partial` when the
        article has more. `progress` (0-1) may raise to stop the work.

        Raises:
            WorkCancelled: The analyser was shut down (the reader is quitting).
        """
        corrections, warnings = corrections_for(article, self.config_directory)
        if (cached := stored_analysis(article, corrections, self.cache)) is not None:
            return cached, warnings
        # A preview (the beginning of a big article, shown while the rest is parsed) is small:
        # analysed here, silently (the status line reports the parse meanwhile), so that no
        # background process holds its tables through the parse, the reader's busiest time.
        big = len(article.text) > self.small_article_chars
        try:
            analysis = analyse(
                article,
                corrections,
                progress if article.complete else None,
                around=around,
                partial=partial,
                run=self._in_pool if big else _here,
            )
        except _PoolFailed as failed:
            if self._closed:
                raise WorkCancelled from failed
            self._discard_pool()
            return Analysis((), ()), [*warnings, f"People and quotes not found: {failed}"]
        if big:
            self._end_pool()
        # Grouping the mentions read place names here (and a small article was recognised
        # here): the reader need not hold the tables while it is read; decoding them is quick.
        from byline.core.entities.gazetteer import release_tables

        release_tables()
        if article.complete:
            self.cache.put(cache_key(article, corrections), analysis.to_json())
        return analysis, warnings

    def _in_pool(self, step: Callable[..., _T], /, *args: Any) -> _T:
        with self._lock:
            if self._closed:
                raise WorkCancelled
            if self._pool is None:
                self._pool = _start_pool()
            try:
                future = self._pool.submit(step, *args)
            except RuntimeError as error:  # shut down meanwhile
                raise WorkCancelled from error
        try:
            return future.result()
        except CancelledError as error:  # dropped by `shutdown`
            raise WorkCancelled from error
        except Exception as error:  # the process died, or the step failed there
            raise _PoolFailed(str(error) or type(error).__name__) from error

    def _end_pool(self) -> None:
        """End the background process once an analysis is done: it holds the recogniser's
        tables, as much memory as a big article's analysis, and sits idle until the next one
        (for a preview, until the rest of the article is parsed, the reader's busiest time
        for memory). The next analysis starts a new one. A step it is running for another
        caller is finished first."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)

    def _discard_pool(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def shutdown(self) -> None:
        """Stop analysing (the reader is quitting): queued steps are dropped, and the
        background process ends once its present range is done."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def _start_pool() -> ProcessPoolExecutor:
    """The background process pool: one worker, started when a big article needs it."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if os.name == "posix":
        # The pool's queues need Python's resource tracker process, which is handed
        # `sys.stderr`'s file descriptor. While the app runs that is Textual's print capture,
        # which has none (-1), so the tracker is given the process's own stderr instead.
        from multiprocessing import resource_tracker

        with contextlib.redirect_stderr(sys.__stderr__):
            resource_tracker.ensure_running()
    return ProcessPoolExecutor(
        max_workers=1,
        # Not fork: the reader has threads, and a fork copies their locks.
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_LOWER_PRIORITY,
    )


def _here(step: Callable[..., _T], /, *args: Any) -> _T:
    return step(*args)
