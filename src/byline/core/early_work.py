"""What the reader hands to a second process before its first paint.

Starting the reader is ~200 ms of importing Textual and building the screen, all on one core.
A process started first uses another core meanwhile:

1. it opens the article (reads, imports plain text, parses the Markdown: markdown-it alone
   takes ~15 ms to import) and hands it back, by the time the screen is ready to show it;
2. once the reader has painted (it says so: `EarlyWork.after_first_paint`), it analyses a
   small article into the analysis cache (`byline.core.cache`), building the place and name
   tables first on the first start ever (~0.3 s), so that the reader finds the entities and
   quotes there instead of computing them on the core that draws. A big article is only
   opened (as a preview): `byline.ui.background` analyses it in pieces once it is parsed,
   with the tables built by this same process, started then with no article.

On a machine with one core none of this is started before the first paint: the process would
take the core the paint needs. If the process cannot be started or fails, the reader does the
work itself, as it would without it.

Run as ``python -m byline.core.early_work``, the process reads its `Task`, pickled, from its
standard input, writes the opened article (or the error) to its standard output, and waits
for a line on its standard input before it analyses.
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

from byline.core.article import Article
from byline.core.errors import ArticleError
from byline.core.opening import ArticleChoice
from byline.core.sources import LoadedArticle

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
            stdin.write(pickle.dumps(task, protocol=pickle.HIGHEST_PROTOCOL))
            stdin.flush()
            if task.choice is None:  # nothing to wait for
                stdin.close()
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
            return None
        finally:
            stdout.close()
        match outcome:
            case LoadedArticle():
                return outcome
            case ArticleError():
                raise outcome
        return None

    def after_first_paint(self) -> None:
        """The reader has painted: the process may go on from opening to analysing.

        Until then it waits, so that its work does not slow the paint down (two cores may
        share more than memory); if the reader goes away instead, it ends.
        """
        stdin = self._process.stdin
        if stdin is not None and not stdin.closed:
            with contextlib.suppress(OSError):
                stdin.write(_GO)
                stdin.close()

    def wait(self) -> bool:
        """Wait until the process has ended; did it do all it had to?"""
        return self._process.wait() == 0 and not self.stopped

    def stop(self) -> None:
        """End the process now (the reader is quitting); cache writes are atomic."""
        self.stopped = True
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()


_GO = b"\n"
"""What the reader writes to the process once it has painted."""


def _write(stream: IO[bytes], data: bytes) -> None:
    stream.write(data)
    stream.close()


def _lower_priority() -> None:
    nice = getattr(os, "nice", None)
    if nice is not None:
        with contextlib.suppress(OSError):
            nice(10)


def run(task: Task, requests: IO[bytes], output: IO[bytes]) -> None:
    """What the process does (see the module's docstring); `requests` is where the task came
    from, `output` where the opened article goes."""
    article: Article | None = None
    if task.choice is not None:
        from byline.core.opening import open_choice

        try:
            loaded = open_choice(task.choice, preview=True)
        except ArticleError as error:
            _write(output, pickle.dumps(error, protocol=pickle.HIGHEST_PROTOCOL))
            return
        _write(output, pickle.dumps(loaded, protocol=pickle.HIGHEST_PROTOCOL))
        if not is_small(loaded.article):
            # Analysed in pieces once the reader has parsed it all, after the tables are built
            # (`byline.ui.background`). Building them here, while the reader parses, put the
            # analysis earlier, over the first keys: the 10 MB palette took 2.3 s, not 0.4 s.
            return
        article = loaded.article
        if requests.read(len(_GO)) != _GO:
            return  # the reader went away before its first paint
        # The reader's keys and the terminal still come first.
        _lower_priority()
    if article is None:
        from byline.core.gazetteer import build_into_cache, is_cached

        if not is_cached():
            build_into_cache()
        return
    from byline.core.analysis import cached_analysis
    from byline.core.cache import JsonCache
    from byline.core.corrections import corrections_for

    corrections, _warnings = corrections_for(article, task.config_directory)  # shown by the UI
    cached_analysis(article, corrections, JsonCache())


def main() -> int:
    task = pickle.load(sys.stdin.buffer)  # written by our parent
    run(task, sys.stdin.buffer, sys.stdout.buffer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
