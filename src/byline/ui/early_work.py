"""What the reader hands to a second process before its first paint.

Starting the reader is ~200 ms of importing Textual and building the screen, all on one core.
A process started first uses another core meanwhile:

1. it opens the article (reads, imports plain text, parses the Markdown: markdown-it alone
   takes ~15 ms to import) and hands it back, by the time the screen is ready to show it;
2. then, at the lowest priority, it analyses a small article into the analysis cache
   (`byline.store.analysis_cache`), building the place and name tables first on the first start ever
   (~0.3 s), and says so: the reader finds the entities and quotes there, usually before it
   has painted, instead of computing them on the core that draws. Tables it built are
   written to their cache after that. A big article is only opened (as a preview):
   `byline.ui.background` analyses it once it is parsed, with the tables built by this same
   process, started then with no article.

On a machine with one core none of this is started before the first paint: the process would
take the core the paint needs. If the process cannot be started or fails, the reader does the
work itself, as it would without it.

Run as ``python -m byline.ui.early_work``, the process reads its `Task`, pickled, from its
standard input, and writes to its standard output the opened article (or the error), pickled,
then `ANALYSED` once the analysis is in the cache.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from byline.core.article.model import Article
from byline.core.errors import ArticleError
from byline.store.library.opening import ArticleChoice
from byline.store.sources import LoadedArticle

SMALL_ARTICLE_CHARS = 512 * 1024
"""Articles of up to this many characters are analysed in one go, not in a pool process."""


def is_small(article: Article) -> bool:
    """Is `article` whole and small enough to be analysed in one go?"""
    return article.complete and len(article.text) <= SMALL_ARTICLE_CHARS


def usable_cores() -> int:
    """How many cores this process may run on."""
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        return len(affinity(0))
    return os.cpu_count() or 1


@dataclass(frozen=True)
class Task:
    """What the process is asked to do."""

    choice: ArticleChoice | None
    """The article to open (a preview of a big one) and hand back; None: only build the place
    and name tables."""
    config_directory: Path
    """Where the user's entity corrections are."""


class EarlyWork:
    """The running (or finished) process: its article, then `wait` for the rest, or `stop` it."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process = process
        self.stopped = False

    @classmethod
    def start(cls, task: Task) -> EarlyWork | None:
        """Start the process on `task`; None when no process could be started."""
        try:
            process = subprocess.Popen(  # our own module, by our own Python
                [sys.executable, "-m", __name__],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE if task.choice is not None else subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,  # never onto the reader's screen
            )
        except (OSError, ValueError):
            return None
        work = cls(process)
        stdin = process.stdin
        assert stdin is not None
        try:
            with stdin:
                stdin.write(pickle.dumps(task, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:  # gone already
            work.stop()
            return None
        return work

    @classmethod
    def before_first_paint(cls, choice: ArticleChoice, config_directory: Path) -> EarlyWork | None:
        """Start the process for the reader's first article, if there is a core to spare."""
        if usable_cores() < 2:
            return None
        return cls.start(Task(choice, config_directory))

    def loaded_article(self) -> LoadedArticle | None:
        """The article the process opened (waiting for it); None if the process failed.

        Raises:
            ArticleError: The article could not be opened (the message says why).
        """
        stdout = self._process.stdout
        if stdout is None:
            return None
        try:
            outcome = pickle.load(stdout)  # written by the process we started
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            outcome = None
        match outcome:
            case LoadedArticle():
                return outcome
            case ArticleError():
                stdout.close()
                raise outcome
        stdout.close()
        return None

    def analysed(self) -> bool:
        """Wait until the process has cached the article's analysis (True), or has ended
        without doing so, or was stopped (False)."""
        stdout = self._process.stdout
        if stdout is None or stdout.closed:
            return self.wait()
        try:
            said = stdout.read(len(ANALYSED))
        except (OSError, ValueError):  # stopped meanwhile
            said = b""
        finally:
            with contextlib.suppress(OSError, ValueError):
                stdout.close()
        return said == ANALYSED and not self.stopped

    def wait(self) -> bool:
        """Wait until the process has ended; did it do all it had to?"""
        return self._process.wait() == 0 and not self.stopped

    def stop(self) -> None:
        """End the process now (the reader is quitting); cache writes are atomic."""
        self.stopped = True
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()


ANALYSED = b"\n"
"""What the process writes once the article's analysis is in the cache."""

LOWEST_PRIORITY = 19
"""The process's niceness once the article is handed back: the reader's start-up, its keys
and the terminal come first; the analysis takes what they leave."""


def _lower_priority() -> None:
    nice = getattr(os, "nice", None)
    if nice is not None:
        with contextlib.suppress(OSError):
            nice(LOWEST_PRIORITY)


def run(task: Task, output: IO[bytes]) -> None:
    """What the process does (see the module's docstring); `output` is where the opened
    article goes, then `ANALYSED`."""
    if task.choice is None:
        return
    from byline.store.library.opening import open_choice

    try:
        loaded = open_choice(task.choice, preview=True)
    except ArticleError as error:
        _send(output, pickle.dumps(error, protocol=pickle.HIGHEST_PROTOCOL))
        return
    _send(output, pickle.dumps(loaded, protocol=pickle.HIGHEST_PROTOCOL))
    if not is_small(loaded.article):
        # Analysed once the reader has parsed it all, after the tables are built
        # (`byline.ui.background`). Building them here, while the reader parses, put the
        # analysis earlier, over the first keys: the 10 MB palette took 2.3 s, not 0.4 s.
        return
    _lower_priority()
    from byline.store.analysis_cache import JsonCache, cached_analysis, corrections_for

    article = loaded.article
    corrections, _warnings = corrections_for(article, task.config_directory)  # shown by the UI
    cached_analysis(article, corrections, JsonCache())
    _send(output, ANALYSED)


def _send(output: IO[bytes], data: bytes) -> None:
    with contextlib.suppress(OSError):  # the reader went away: the work goes on for the cache
        output.write(data)
        output.flush()


def main() -> int:
    task = pickle.load(sys.stdin.buffer)  # written by our parent
    sys.stdin.close()
    run(task, sys.stdout.buffer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
