"""Reading one article file for the library: parse it, and analyse it when asked.

`read_file` is what the worker processes of `read_files` run: its arguments and its result
are plain data, so it runs the same in this process or in another. Few files are read here;
many are spread over the cores (a process pool), which is what makes adding an archive take
seconds.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from byline.core.article.model import Article
from byline.core.errors import ArticleError
from byline.core.quotes.search import normalise
from byline.store.library.records import QuoteRecord, content_hash
from byline.store.sources import load_article

POOL_THRESHOLD = 12
"""From this many files to read, they are read in a process pool."""

CHUNK = 8
"""Files handed to a worker process at a time."""

PARENT_POLL_SECONDS = 0.5


def leave_with_parent(parent: int) -> None:
    """A pool worker's initializer: end the worker once the process that started it is gone.

    A process killed with SIGKILL cannot stop its pool, and a worker of
    `concurrent.futures` would otherwise finish its chunk and then wait for work for ever,
    holding the dead process's stdout open (a ``byline add | ...`` pipeline would never end).
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="leave-with-parent", daemon=True).start()


@dataclass(frozen=True)
class FileTask:
    """A file to read: where it is, its stat, and whether to analyse it."""

    path: str
    dir_index: int
    bundled: bool
    mtime_ns: int
    size: int
    analyse: bool
    config_directory: str
    cache_path: str | None = None
    """The library database, to find analyses already made (None: do not look)."""


@dataclass
class FileRead:
    """What reading a file found (plain data, to cross process boundaries)."""

    task: FileTask
    error: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    quotes: list[tuple[Any, ...]] | None = None
    """``(text, speaker, start, end, section, norm, plain, flat, speaker_flat)`` rows."""
    people: list[tuple[str, int, str]] | None = None
    """``(name, count, variants as JSON)`` rows, most mentioned first."""
    analysis: tuple[str, str] | None = None
    """``(cache key, JSON)`` of an analysis made here, for the analysis cache."""
    warnings: list[str] = field(default_factory=list)


def article_meta(article: Article) -> dict[str, Any]:
    meta = article.meta
    return {
        "id": article.id,
        "title": meta.title,
        "source": meta.source,
        "author": meta.author,
        "date": meta.date,
        "words": article.word_count,
        "minutes": article.reading_minutes,
        "chars": len(article.text),
        "sections": len(article.sections),
        "hash": content_hash(article),
    }


def flat(text: str) -> str:
    """Normalised, with white space collapsed: what the search index holds."""
    return " ".join(normalise(text).split())


def read_file(task: FileTask) -> FileRead:
    """Parse (and analyse, if the task says so) one article file. Never raises for a bad
    file: the error is in the result."""
    result = FileRead(task)
    try:
        article = load_article(Path(task.path)).complete_article()
    except ArticleError as error:
        result.error = str(error)
        return result
    result.meta = article_meta(article)
    if task.analyse:
        analyse_into(result, article)
    return result


def analyse_into(result: FileRead, article: Article) -> None:
    """Add the article's quotations and people to `result` (through the analysis cache)."""
    from byline.store.analysis_cache import cached_analysis, corrections_for

    corrections, problems = corrections_for(article, Path(result.task.config_directory))
    result.warnings.extend(problems)
    cache = _LookUpAndRecord(result.task.cache_path)
    analysis = cached_analysis(article, corrections, cache)  # type: ignore[arg-type]
    result.analysis = cache.made
    result.quotes = []
    for quote in analysis.quotes:
        record = QuoteRecord.from_quote(quote, article)
        result.quotes.append(
            (
                record.text,
                record.speaker,
                record.start,
                record.end,
                record.section,
                record.norm,
                record.plain,
                " ".join(record.norm.split()),
                flat(record.speaker or ""),
                record.kind,
            )
        )
    result.people = [
        (entity.name, entity.count, json.dumps(list(entity.variants)))
        for entity in sorted(analysis.entities, key=lambda e: -e.count)
        if entity.label == "PERSON"
    ]


class _LookUpAndRecord:
    """Looks analyses up in the library database; a new one is kept in `made`, for the
    process that writes the database to store."""

    _connections: dict[str, sqlite3.Connection] = {}  # noqa: RUF012 - one per process

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.made: tuple[str, str] | None = None

    def put(self, key: str, value: Any) -> bool:
        self.made = (key, json.dumps(value, separators=(",", ":")))
        return True

    def get(self, key: str) -> Any | None:
        if self.path is None:
            return None
        try:
            connection = self._connections.get(self.path)
            if connection is None:
                connection = sqlite3.connect(self.path, timeout=5, check_same_thread=False)
                self._connections[self.path] = connection
            row = connection.execute(
                "SELECT value FROM analyses WHERE key = ?", (f"analysis:{key}",)
            ).fetchone()
            return None if row is None else json.loads(row[0])
        except (sqlite3.Error, ValueError, RecursionError):
            return None


def read_files(
    tasks: Sequence[FileTask], progress: Callable[[int, int], None] | None = None
) -> Iterator[FileRead]:
    """Read every task's file, in this process when they are few, else over the cores;
    results come in the tasks' order, `progress` called with ``(done, total)``."""
    total = len(tasks)
    workers = min(os.cpu_count() or 1, max(total // CHUNK, 1))
    if total < POOL_THRESHOLD or workers < 2:
        for done, task in enumerate(tasks, start=1):
            yield read_file(task)
            if progress is not None:
                progress(done, total)
        return
    with ProcessPoolExecutor(
        max_workers=workers, initializer=leave_with_parent, initargs=(os.getpid(),)
    ) as pool:
        for done, result in enumerate(pool.map(read_file, tasks, chunksize=CHUNK), start=1):
            yield result
            if progress is not None:
                progress(done, total)
