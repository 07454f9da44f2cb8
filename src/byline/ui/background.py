"""Heavy work the reader does in the background: entity recognition and quote extraction.

A big article is analysed in a second process, so that this one's threads never hold the
interpreter lock for long and keys stay instant. That process can be stopped at once
(`stop_background_work`, called on quit, SIGTERM and SIGHUP): a closed terminal must not leave
anything running.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from byline.core.article import Article
from byline.core.cache import JsonCache
from byline.core.early_work import EarlyWork, Task, is_small
from byline.ui.screens.reader_base import WorkCancelled

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from byline.core.analysis import Analysis

_T = TypeVar("_T")


class BackgroundStopped(WorkCancelled):
    """The background process was stopped (the reader is quitting)."""


class _PoolExecutor(Executor):
    """An `Executor` over a one-process `multiprocessing` pool that can be stopped at once.

    Unlike `ProcessPoolExecutor`, stopping kills the worker (a daemon process) and fails the
    futures being waited for, so no thread stays blocked on them.
    """

    def __init__(self) -> None:
        # multiprocessing is imported only here: small articles (and cached ones) never need it.
        import multiprocessing
        from multiprocessing import resource_tracker

        context = multiprocessing.get_context("spawn")  # never fork a process running threads
        # multiprocessing's resource tracker hands on sys.stderr's descriptor, and Textual has
        # replaced sys.stderr with a capture that has none: give it the real one.
        with contextlib.redirect_stderr(sys.__stderr__):
            resource_tracker.ensure_running()
        # The worker runs at a lower priority: on a machine with few cores it shares them with
        # the reader and the terminal, and only takes what they leave. (`os.nice` itself is
        # the initializer: a function of this module would make the worker import Textual.)
        nice = getattr(os, "nice", None)
        self._pool: Pool = context.Pool(
            processes=1, initializer=nice, initargs=(10,) if nice else ()
        )
        self._pending: set[Future[Any]] = set()
        self._lock = threading.Lock()
        self._stopped = False

    def submit(self, fn: Callable[..., _T], /, *args: Any, **kwargs: Any) -> Future[_T]:
        future: Future[_T] = Future()
        with self._lock:
            if self._stopped:
                future.set_exception(BackgroundStopped())
                return future
            self._pending.add(future)

        def settle(outcome: Callable[[], None]) -> None:
            with self._lock:
                if future in self._pending:
                    self._pending.discard(future)
                    outcome()

        self._pool.apply_async(
            fn,
            args,
            kwargs,
            callback=lambda result: settle(lambda: future.set_result(result)),
            error_callback=lambda error: settle(lambda: future.set_exception(error)),
        )
        return future

    def stop(self) -> None:
        """Fail whatever is being waited for, and kill the worker process.

        The pool is terminated in a thread of its own: `Pool.terminate` waits for the pool's
        result queue, and a worker killed while writing to it (SIGHUP reaches the whole
        process group) leaves that queue locked for good.
        """
        with self._lock:
            self._stopped = True
            pending, self._pending = self._pending, set()
        for future in pending:
            future.set_exception(BackgroundStopped())
        threading.Thread(target=self._pool.terminate, name="stop-analysis", daemon=True).start()

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._pool.close()
        if wait:
            self._pool.join()


class _Stoppable(Protocol):
    def stop(self) -> None: ...


_S = TypeVar("_S", bound=_Stoppable)

_running: set[_Stoppable] = set()
_running_lock = threading.Lock()


@contextlib.contextmanager
def _stoppable(work: _S) -> Iterator[_S]:
    """While inside, `stop_background_work` stops `work` (on quit and signals)."""
    with _running_lock:
        _running.add(work)
    try:
        yield work
    finally:
        with _running_lock:
            _running.discard(work)


def stop_background_work() -> None:
    """Stop every background analysis process now (on quit and on signals)."""
    with _running_lock:
        running = list(_running)
    for work in running:
        work.stop()


def analyse_article(
    article: Article,
    config_directory: Path,
    cache: JsonCache,
    progress: Callable[[float], None] | None = None,
    early: EarlyWork | None = None,
) -> tuple[Analysis, list[str]]:
    """Entities and quotes of `article`, cached by content; call it from a worker thread.

    `early` is the process started before the first paint (`byline.core.early_work`): it
    analyses the first article if it is small, so it is waited for rather than doing its
    work twice. `progress` may raise to stop the
    work; so does `stop_background_work` (as `BackgroundStopped`).
    """
    # Imported here, in the worker: the recognisers are not needed for the first paint.
    from byline.core.analysis import cached_analysis, stored_analysis
    from byline.core.corrections import corrections_for

    corrections, warnings = corrections_for(article, config_directory)
    if (cached := stored_analysis(article, corrections, cache)) is not None:
        return cached, warnings
    if early is not None:
        early.wait()
        if early.stopped:
            raise BackgroundStopped()
        if (cached := stored_analysis(article, corrections, cache)) is not None:
            return cached, warnings
    if is_small(article):
        return cached_analysis(article, corrections, cache, progress), warnings
    _build_tables_elsewhere(config_directory)
    try:
        executor = _PoolExecutor()
    except (OSError, ValueError):
        # No second process to be had: do it here (keys may lag while it runs).
        return cached_analysis(article, corrections, cache, progress), warnings
    with _stoppable(executor):
        try:
            analysis = cached_analysis(article, corrections, cache, progress, executor)
        finally:
            executor.stop()
    return analysis, warnings


def _build_tables_elsewhere(config_directory: Path) -> None:
    """Before a big article's analysis process starts, have the place and name tables built
    (if they are not yet) by a process that ends first.

    Building them loads the data packages (Faker's 70 locales, pycountry's databases, a 17 MB
    city file): ~30 MB that would otherwise stay in the analysis process while it works
    through the article (a 1.4 MB article's first start peaked at 164 MB, and ~140 MB so).
    If they are built already, the process only says so; if it fails, the analysis builds
    them itself.
    """
    from byline.core.gazetteer import is_cached

    if is_cached():  # the usual case: no process to start
        return
    builder = EarlyWork.start(Task(None, config_directory))
    if builder is None:
        return
    with _stoppable(builder):
        builder.wait()
        if builder.stopped:
            raise BackgroundStopped()
