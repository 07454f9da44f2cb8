"""The process that analyses a big article for the reader: its entities and quotes, whole.

Everything happens there: recognition, grouping the names, quotes, and writing the analysis
cache. The reader (`byline.ui.background`) only sends the article and receives the result, so
that its own threads hold the interpreter lock as little as possible while keys are typed.

Run as ``python -m byline.ui.analysis_worker``, the process reads an `AnalysisTask`, pickled,
from its standard input, and writes pickled messages to its standard output: a float (0-1) for
each step of progress, then the `Analysis`, pickled (as `bytes`). It runs at a lower priority:
on a machine with few cores it shares them with the reader and the terminal, and only takes
what they leave. On any failure it exits with a non-zero status and the reader does the work
itself.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from byline.core.article.model import Article
from byline.core.entities.types import EntityCorrections

PRIORITY = 10
"""The process's niceness."""


@dataclass(frozen=True)
class AnalysisTask:
    """What the process is asked to analyse, and where it caches the result."""

    article: Article
    corrections: EntityCorrections
    cache_directory: Path
    """The analysis cache's directory (`byline.store.analysis_cache.JsonCache.directory`)."""


def run(requests: IO[bytes], output: IO[bytes]) -> None:
    """Read the task from `requests`; write the progress and the analysis to `output`."""
    task: AnalysisTask = pickle.load(requests)  # written by the reader that started us
    requests.close()
    nice = getattr(os, "nice", None)
    if nice is not None:
        with contextlib.suppress(OSError):
            nice(PRIORITY)
    from byline.store.analysis_cache import JsonCache, cached_analysis

    def report(fraction: float) -> None:
        pickle.dump(fraction, output)
        output.flush()

    store = JsonCache(task.cache_directory.parent, task.cache_directory.name)
    analysis = cached_analysis(task.article, task.corrections, store, report)
    # As bytes, which the reader unpickles with its cyclic collector paused (see there).
    pickle.dump(pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL), output)
    output.flush()


def main() -> int:
    run(sys.stdin.buffer, sys.stdout.buffer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
