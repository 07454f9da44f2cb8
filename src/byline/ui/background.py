"""Heavy work the reader does in the background: entity recognition and quote extraction."""

from __future__ import annotations

import contextlib
import multiprocessing
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import resource_tracker
from pathlib import Path
from typing import TYPE_CHECKING

from byline.core.article import Article
from byline.core.cache import JsonCache

if TYPE_CHECKING:
    from byline.core.analysis import Analysis


def analyse_article(
    article: Article,
    config_directory: Path,
    cache: JsonCache,
    progress: Callable[[float], None] | None = None,
) -> tuple[Analysis, list[str]]:
    """Entities and quotes of `article`, cached by content; call it from a worker thread.

    A big article is analysed in a second process, so that this one's threads never hold the
    interpreter lock for long and keys stay instant. `progress` may raise to stop the work.
    """
    # Imported here, in the worker: the recognisers are not needed for the first paint.
    from byline.core.analysis import ANALYSIS_RANGE_CHARS, cached_analysis
    from byline.core.corrections import corrections_for

    corrections, warnings = corrections_for(article, config_directory)
    if len(article.text) <= 2 * ANALYSIS_RANGE_CHARS:
        return cached_analysis(article, corrections, cache, progress), warnings
    context = multiprocessing.get_context("spawn")  # never fork a process that runs threads
    try:
        # multiprocessing's resource tracker hands on sys.stderr's descriptor, and Textual
        # has replaced sys.stderr with a capture that has none: give it the real one.
        with contextlib.redirect_stderr(sys.__stderr__):
            resource_tracker.ensure_running()
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as executor:
            analysis = cached_analysis(article, corrections, cache, progress, executor)
    except (BrokenProcessPool, OSError, ValueError):
        # No second process to be had: do it here (keys may lag while it runs).
        analysis = cached_analysis(article, corrections, cache, progress)
    return analysis, warnings
