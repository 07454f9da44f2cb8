"""Bringing the library database up to date with the article files on disk.

Only files whose ``(mtime_ns, size)`` changed, or that were modified too close to the scan that
read them, are read again (over the cores when they are many); files that are gone drop out.
The files are read outside any transaction; what was found is written in one.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from byline.store.database import transaction
from byline.store.fingerprint import corrections_fingerprint
from byline.store.library.database import has_fts, read_meta, write_meta
from byline.store.sources import MARKDOWN_SUFFIXES

if TYPE_CHECKING:
    from byline.store.library.work import FileRead, FileTask

RACY_NS = 1_000_000_000
"""A file modified this close to (or after) the scan that read it is read again next time:
an edit in the same timestamp tick, keeping the size, would otherwise go unnoticed."""


@dataclass
class BuildStats:
    """What the last sync did (for benchmarks, tests and progress reports)."""

    files: int = 0
    reread: int = 0
    """Files read (and parsed, and analysed when asked) because they were new or changed."""
    reused: int = 0
    dropped: int = 0
    written: bool = False


@dataclass(frozen=True)
class ListedFile:
    path: str
    dir_index: int
    sort_key: str
    bundled: bool
    mtime_ns: int
    size: int


def scan(directories: Sequence[tuple[Path, bool]]) -> list[ListedFile]:
    """The article files of the directories, in library order (`article_files`' order)."""
    found: list[ListedFile] = []
    for dir_index, (directory, bundled) in enumerate(directories):
        try:
            paths = sorted(directory.iterdir(), key=lambda path: (path.stem, path.suffix))
        except OSError:
            continue
        for path in paths:
            if path.suffix.lower() not in MARKDOWN_SUFFIXES:
                continue
            try:
                info = path.stat()
            except OSError:
                continue
            if not path.is_file():
                continue
            key = f"{path.stem}\0{path.suffix}"
            found.append(
                ListedFile(str(path), dir_index, key, bundled, info.st_mtime_ns, info.st_size)
            )
    return found


def sync(
    connection: sqlite3.Connection,
    *,
    analyse: bool,
    config_directory: Path,
    directories: Sequence[tuple[Path, bool]],
    cache_path: Path | None,
    progress: Callable[[int, int], None] | None = None,
) -> BuildStats:
    """Bring `connection`'s library up to date with the files; what it did."""
    scan_started = time.time_ns()
    listed = scan(directories)
    rows = {
        str(row[0]): row[1:]
        for row in connection.execute(
            "SELECT path, mtime_ns, size, bundled, dir_index, read_ns, error, analysed "
            "FROM articles"
        )
    }
    corrections = corrections_fingerprint(config_directory)
    invalidate = analyse and corrections != read_meta(connection, "corrections")
    from byline.store.library.work import FileTask

    tasks: list[FileTask] = []
    for file in listed:
        row = rows.get(file.path)
        if row is not None:
            mtime, size, bundled, dir_index, read_ns, error, analysed = row
            fresh = (mtime, size, bool(bundled), dir_index) == (
                file.mtime_ns,
                file.size,
                file.bundled,
                file.dir_index,
            ) and file.mtime_ns < read_ns - RACY_NS
            if fresh and (not analyse or error is not None or (analysed and not invalidate)):
                continue
        tasks.append(
            FileTask(
                file.path,
                file.dir_index,
                file.bundled,
                file.mtime_ns,
                file.size,
                analyse,
                str(config_directory),
                str(cache_path) if cache_path is not None else None,
            )
        )
    paths = {file.path for file in listed}
    gone = [path for path in rows if path not in paths]
    stats = BuildStats(len(listed), len(tasks), len(listed) - len(tasks), len(gone))
    if not tasks and not gone and not invalidate:
        return stats
    from byline.store.library.work import read_files  # the parser: only when files changed

    results = list(read_files(tasks, progress))
    sort_keys = {file.path: file.sort_key for file in listed}
    with transaction(connection):
        if invalidate:
            forget_analyses(connection)
            write_meta(connection, "corrections", corrections)
        for path in gone:
            if not Path(path).exists():  # not created meanwhile by another process
                delete_file_row(connection, path)
        store_results(connection, results, scan_started, sort_keys)
        relist(connection)
    stats.written = True
    return stats


def forget_analyses(connection: sqlite3.Connection) -> None:
    connection.execute("DELETE FROM quotes")
    connection.execute("DELETE FROM people")
    if has_fts(connection):
        connection.execute("DELETE FROM quotes_fts")
    connection.execute("UPDATE articles SET analysed = 0")


def delete_file_row(connection: sqlite3.Connection, path: str) -> None:
    row = connection.execute("SELECT rowid FROM articles WHERE path = ?", (path,)).fetchone()
    if row is None:
        return
    delete_article_data(connection, int(row[0]))
    connection.execute("DELETE FROM articles WHERE rowid = ?", (row[0],))


def delete_article_data(connection: sqlite3.Connection, rowid: int) -> None:
    if has_fts(connection):
        connection.execute(
            "DELETE FROM quotes_fts WHERE rowid IN (SELECT qid FROM quotes WHERE article = ?)",
            (rowid,),
        )
    connection.execute("DELETE FROM quotes WHERE article = ?", (rowid,))
    connection.execute("DELETE FROM people WHERE article = ?", (rowid,))


_COLUMNS = (
    "path, dir_index, sort_key, bundled, mtime_ns, size, read_ns, error, id, title, source, "
    "author, date, words, minutes, chars, sections, hash, analysed, listed"
)


def insert_result(
    connection: sqlite3.Connection,
    result: FileRead,
    read_ns: int,
    sort_key: str,
    *,
    listed: bool = False,
) -> int:
    """Store what reading a file found (replacing the file's row); the new row's id."""
    task = result.task
    delete_file_row(connection, task.path)
    meta: dict[str, Any] = result.meta
    values = (
        task.path,
        task.dir_index,
        sort_key,
        int(task.bundled),
        task.mtime_ns,
        task.size,
        read_ns,
        result.error,
        *(meta.get(name) for name in ("id", "title", "source", "author", "date")),
        *(meta.get(name) for name in ("words", "minutes", "chars", "sections", "hash")),
        int(result.quotes is not None),
        int(listed),
    )
    cursor = connection.execute(
        f"INSERT INTO articles ({_COLUMNS}) VALUES ({', '.join('?' * len(values))})", values
    )
    rowid = int(cursor.lastrowid or 0)
    store_analysis(connection, rowid, result)
    return rowid


def store_analysis(connection: sqlite3.Connection, rowid: int, result: FileRead) -> None:
    fts = has_fts(connection)
    for ord_, quote in enumerate(result.quotes or ()):
        cursor = connection.execute(
            "INSERT INTO quotes (article, ord, text, speaker, start, end, section, norm, plain, "
            "flat, speaker_flat, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rowid, ord_, *quote),
        )
        if fts:
            connection.execute(
                "INSERT INTO quotes_fts (rowid, flat, speaker_flat) VALUES (?, ?, ?)",
                (cursor.lastrowid, quote[7], quote[8]),
            )
    connection.executemany(
        "INSERT INTO people (article, ord, name, count, variants) VALUES (?, ?, ?, ?, ?)",
        [(rowid, ord_, *person) for ord_, person in enumerate(result.people or ())],
    )
    if result.analysis is not None:
        key, text = result.analysis
        connection.execute(
            "INSERT OR REPLACE INTO analyses VALUES (?, ?)", (f"analysis:{key}", text)
        )


def store_results(
    connection: sqlite3.Connection,
    results: list[FileRead],
    read_ns: int,
    sort_keys: dict[str, str],
) -> None:
    for result in results:
        insert_result(connection, result, read_ns, sort_keys[result.task.path])


def relist(connection: sqlite3.Connection) -> None:
    """Mark as listed the first file, in library order, of each id and each text."""
    rows = connection.execute(
        "SELECT rowid, id, hash, listed FROM articles WHERE error IS NULL "
        "ORDER BY dir_index, sort_key"
    ).fetchall()
    ids: set[str] = set()
    hashes: set[str] = set()
    off: list[int] = []
    on: list[int] = []
    for rowid, article_id, digest, listed in rows:
        wanted = article_id not in ids and digest not in hashes
        if wanted:
            ids.add(article_id)
            hashes.add(digest)
        if wanted != bool(listed):
            (on if wanted else off).append(rowid)
    connection.executemany("UPDATE articles SET listed = 0 WHERE rowid = ?", [(r,) for r in off])
    connection.executemany("UPDATE articles SET listed = 1 WHERE rowid = ?", [(r,) for r in on])
