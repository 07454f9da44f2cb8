"""The library index: what Byline knows about every article, read from the library database.

For each article file (bundled and the reader's own) the database (`byline.store.library.
database`) holds its id, title, source, date, sizes, word count, content hash, the file's
``(mtime_ns, size)``, and, once analysed, its quotations and the people it mentions. Loading
brings the database up to date first (`byline.store.library.sync`): only new or changed files
are read. A missing, damaged or outdated database is rebuilt silently; deleting it loses
nothing.

Two levels, so that listing the library never waits for the recognisers: with
``analyse=False`` (``byline list``, opening an article by id) changed files are only parsed;
with ``analyse=True`` (the default: quote search, speakers, people) they are also analysed.
``byline add`` analyses as it adds, so that an archive is analysed once, over the cores.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from byline.store.fingerprint import code_fingerprint, corrections_fingerprint
from byline.store.library.database import change_counter, library_path, open_library
from byline.store.library.records import LibraryEntry, PersonRecord, QuoteRecord
from byline.store.library.sync import BuildStats, sync
from byline.store.paths import bundled_articles_dir, config_dir, user_articles_dir

__all__ = [
    "BuildStats",
    "LibraryIndex",
    "corrections_fingerprint",
    "library_directories",
    "open_synced",
]


def library_directories() -> list[tuple[Path, bool]]:
    """The article directories, bundled first: ``(directory, bundled)``."""
    return [(bundled_articles_dir(), True), (user_articles_dir(), False)]


def open_synced(
    *,
    analyse: bool,
    config_directory: Path | None = None,
    cache_directory: Path | None = None,
    directories: Sequence[tuple[Path, bool]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[sqlite3.Connection, BuildStats]:
    """The library database, up to date with the files: ``(connection, stats)``."""
    path = library_path(cache_directory)
    connection, on_disk = open_library(path, code_fingerprint())
    try:
        stats = sync(
            connection,
            analyse=analyse,
            config_directory=config_directory or config_dir(),
            directories=directories or library_directories(),
            cache_path=path if on_disk else None,
            progress=progress,
        )
    except BaseException:
        connection.close()
        raise
    stats.written = stats.written and on_disk
    return connection, stats


_ENTRY_COLUMNS = (
    "rowid, path, bundled, error, id, title, source, author, date, words, minutes, chars, "
    "sections, size, mtime_ns, hash, analysed, listed"
)


class LibraryIndex:
    """The library: its entries (bundled first) and what was found in them.

    Build it with `load_or_build`; the object is then plain data, safe to use from any
    thread, and never touches the disk again.
    """

    def __init__(
        self,
        entries: list[LibraryEntry],
        warnings: list[str],
        *,
        all_entries: list[LibraryEntry] | None = None,
        path: Path | None = None,
        stats: BuildStats | None = None,
    ) -> None:
        self.entries = entries
        """Every article, bundled first then the reader's own, each directory by file name;
        a file whose id or text is already taken is left out (with a warning)."""
        self.warnings = warnings
        """Files that could not be read or parsed, ids or texts taken twice."""
        self.all_entries = all_entries if all_entries is not None else list(entries)
        """Every readable file, including those left out."""
        self.path = path
        self.stats = stats or BuildStats()
        self._by_id = {entry.id: entry for entry in entries}
        self.counter: tuple[int, int] | None = None
        """The database's `change_counter` when this index was read."""

    @classmethod
    def load_or_build(
        cls,
        *,
        analyse: bool = True,
        config_directory: Path | None = None,
        cache_directory: Path | None = None,
        directories: Sequence[tuple[Path, bool]] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> LibraryIndex:
        """The library, after bringing the database up to date with the article files.

        Args:
            analyse: Also find quotes and people in files not analysed yet. False only
                parses new files: fast, for listing and opening by id.
            config_directory: Where the user's entity corrections are (default: `config_dir`).
            cache_directory: Where the database is kept (default: `cache_dir`).
            directories: ``(directory, bundled)`` pairs (default: `library_directories`).
            progress: Called with ``(done, total)`` as changed files are read.

        Never raises for I/O trouble: unreadable files become warnings, and a database that
        cannot be written is replaced by one in memory.
        """
        connection, stats = open_synced(
            analyse=analyse,
            config_directory=config_directory,
            cache_directory=cache_directory,
            directories=directories,
            progress=progress,
        )
        try:
            return cls.read(
                connection, analyse=analyse, stats=stats, path=library_path(cache_directory)
            )
        finally:
            with contextlib.suppress(sqlite3.Error):
                connection.close()

    @classmethod
    def read(
        cls,
        connection: sqlite3.Connection,
        *,
        analyse: bool,
        stats: BuildStats | None = None,
        path: Path | None = None,
    ) -> LibraryIndex:
        """The index as the database holds it (with quotations and people if `analyse`)."""
        quotes, people = _findings(connection) if analyse else ({}, {})
        entries: list[LibraryEntry] = []
        all_entries: list[LibraryEntry] = []
        warnings: list[str] = []
        owners: dict[str, str] = {}
        listed_ids: set[str] = set()
        for row in connection.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM articles ORDER BY dir_index, sort_key"
        ):
            rowid, file, bundled, error, article_id, *rest = row
            if error is not None:
                warnings.append(str(error))
                continue
            title, source, author, date, words, minutes, chars, sections = rest[:8]
            size, mtime_ns, digest, analysed, listed = rest[8:]
            analysed = analyse and analysed
            entry = LibraryEntry(
                id=article_id,
                title=title,
                source=source,
                path=Path(file),
                bundled=bool(bundled),
                author=author,
                date=date,
                words=words,
                reading_minutes=minutes,
                chars=chars,
                sections=sections,
                size=size,
                mtime_ns=mtime_ns,
                content_hash=digest,
                quotes=tuple(quotes.get(rowid, ())) if analysed else None,
                people=tuple(people.get(rowid, ())) if analysed else None,
            )
            all_entries.append(entry)
            if listed:
                entries.append(entry)
                listed_ids.add(article_id)
                owners.setdefault(digest, article_id)
            elif article_id in listed_ids:
                warnings.append(f"{file}: id '{article_id}' is already taken; skipped")
            else:
                warnings.append(f"{file}: the same text as '{owners.get(digest, '?')}'; skipped")
        index = cls(entries, warnings, all_entries=all_entries, path=path, stats=stats)
        index.counter = change_counter(connection)
        return index

    def is_stale(self, cache_directory: Path | None = None) -> bool:
        """True when the database changed since this index was read (another process added
        or removed articles): cheap, for a screen to decide whether to load it again."""
        try:
            connection, _ = open_library(library_path(cache_directory), code_fingerprint())
        except sqlite3.Error:
            return False
        try:
            return change_counter(connection) != self.counter
        except sqlite3.Error:
            return False
        finally:
            connection.close()

    # -- looking up ------------------------------------------------------------------------
    def entry(self, article_id: str) -> LibraryEntry | None:
        """The entry with exactly this id."""
        return self._by_id.get(article_id)

    def find(self, reference: str) -> list[LibraryEntry]:
        """The entry with this id, else every entry whose id starts with it."""
        exact = self._by_id.get(reference)
        if exact is not None:
            return [exact]
        return [entry for entry in self.entries if entry.id.startswith(reference)]

    def with_content_hash(self, digest: str) -> LibraryEntry | None:
        """An article (readable file, listed or not) whose text has this `content_hash`."""
        for entry in self.all_entries:
            if entry.content_hash == digest:
                return entry
        return None

    @property
    def analysed(self) -> bool:
        """True when every entry's quotes and people are known."""
        return all(entry.analysed for entry in self.entries)


def _findings(
    connection: sqlite3.Connection,
) -> tuple[dict[int, list[QuoteRecord]], dict[int, list[PersonRecord]]]:
    """Every analysed article's quotations and people, by the article's row id, in order."""
    quotes: dict[int, list[QuoteRecord]] = {}
    people: dict[int, list[PersonRecord]] = {}
    for article, *fields in connection.execute(
        "SELECT article, text, speaker, start, end, section, norm, plain, kind "
        "FROM quotes ORDER BY article, ord"
    ):
        text, speaker, start, end, section, norm, plain, kind = fields
        quotes.setdefault(article, []).append(
            QuoteRecord(text, speaker, start, end, section, norm, bool(plain), kind)
        )
    for article, name, count, variants in connection.execute(
        "SELECT article, name, count, variants FROM people ORDER BY article, ord"
    ):
        people.setdefault(article, []).append(
            PersonRecord(name, count, tuple(json.loads(variants)))
        )
    return quotes, people
