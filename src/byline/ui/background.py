"""Heavy work the reader does in the background: entity recognition and quote extraction.

A big article is analysed in a second process, so that this one's threads never hold the
interpreter lock for long and keys stay instant. That process can be stopped at once
(`stop_background_work`, called on quit, SIGTERM and SIGHUP): a closed terminal must not leave
anything running.
"""

from __future__ import annotations

import contextlib
import gc
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from byline.core.article.model import Article
from byline.store.analysis_cache import JsonCache
from byline.ui.early_work import EarlyWork, Task, is_small
from byline.ui.messages import WorkCancelled

if TYPE_CHECKING:
    from byline.core.analysis import Analysis
    from byline.core.entities.types import EntityCorrections


class BackgroundStopped(WorkCancelled):
    """The background process was stopped (the reader is quitting)."""


class _AnalysisFailed(Exception):
    """The analysis process failed (not stopped): the reader does the work itself."""


class _AnalysisProcess:
    """The process that analyses a big article, whole (`byline.ui.analysis_worker`), which
    can be stopped at once.

    All of the analysis runs there, the cache write too; this process only sends the article
    and receives the result. Stopping kills it, and the thread waiting for it wakes up.
    """

    def __init__(self) -> None:
        self._process = subprocess.Popen(  # our own module, by our own Python
            [sys.executable, "-m", "byline.ui.analysis_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # never onto the reader's screen
        )
        self.stopped = False

    def analyse(
        self,
        article: Article,
        corrections: EntityCorrections,
        cache: JsonCache,
        progress: Callable[[float], None] | None,
    ) -> Analysis:
        """The analysis, made there; `progress` is called here, and may raise to stop it.

        Raises:
            BackgroundStopped: `stop` was called, or the process was killed by a signal.
            _AnalysisFailed: The process failed for another reason.
        """
        from byline.ui.analysis_worker import AnalysisTask

        stdin, stdout = self._process.stdin, self._process.stdout
        assert stdin is not None and stdout is not None
        task = AnalysisTask(article, corrections, cache.directory)
        try:
            with stdin:
                pickle.dump(task, stdin, protocol=pickle.HIGHEST_PROTOCOL)
            while True:
                message = pickle.load(stdout)  # written by the process we started
                if isinstance(message, bytes):
                    return _unpickle_unwalked(message)
                if progress is not None and isinstance(message, float):
                    progress(message)
        except (OSError, EOFError, pickle.UnpicklingError) as error:
            # Killed by a signal (a closed terminal sends SIGHUP to both of us) is a stop.
            if self.stopped or self._process.wait() < 0:
                raise BackgroundStopped() from error
            raise _AnalysisFailed() from error

    def stop(self) -> None:
        """End the process now (the reader is quitting or done); cache writes are atomic."""
        self.stopped = True
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()


def _unpickle_unwalked(data: bytes) -> Analysis:
    """A big analysis, unpickled with the cyclic collector paused, then frozen (`gc.freeze`).

    A 10 MB article's analysis is ~500,000 objects: made with the collector on, they set off
    seven full collections, each walking all of them so far again (up to 65 ms of the event
    loop each), and loading took twice as long. They live as long as the reader.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        analysis: Analysis = pickle.loads(data)
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    return analysis


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

    `early` is the process started before the first paint (`byline.ui.early_work`): it
    analyses the first article if it is small, so it is waited for rather than doing its
    work twice. `progress` may raise to stop the
    work; so does `stop_background_work` (as `BackgroundStopped`).
    """
    # Imported here, in the worker: the recognisers are not needed for the first paint.
    from byline.store.analysis_cache import cached_analysis, corrections_for, stored_analysis

    corrections, warnings = corrections_for(article, config_directory)
    if (cached := stored_analysis(article, corrections, cache)) is not None:
        return cached, warnings
    if early is not None:
        early.analysed()
        if early.stopped:
            raise BackgroundStopped()
        if (cached := stored_analysis(article, corrections, cache)) is not None:
            return cached, warnings
    if is_small(article):
        return cached_analysis(article, corrections, cache, progress), warnings
    _build_tables_elsewhere(config_directory)
    try:
        worker = _AnalysisProcess()
    except (OSError, ValueError):
        worker = None
    if worker is not None:
        with _stoppable(worker):
            try:
                return worker.analyse(article, corrections, cache, progress), warnings
            except _AnalysisFailed:
                pass
            finally:
                worker.stop()
    # No second process to be had, or it failed: do it here (keys may lag while it runs).
    return cached_analysis(article, corrections, cache, progress), warnings


def _build_tables_elsewhere(config_directory: Path) -> None:
    """Before a big article's analysis process starts, have the place and name tables built
    (if they are not yet) by a process that ends first.

    Building them loads the data packages (Faker's 70 locales, pycountry's databases, a 17 MB
    city file): ~30 MB that would otherwise stay in the analysis process while it works
    through the article (a 1.4 MB article's first start peaked at 164 MB, and ~140 MB so).
    If they are built already, the process only says so; if it fails, the analysis builds
    them itself.
    """
    return  # the tables ship with the package
    builder = EarlyWork.start(Task(None, config_directory))
    if builder is None:
        return
    with _stoppable(builder):
        builder.wait()
        if builder.stopped:
            raise BackgroundStopped()
