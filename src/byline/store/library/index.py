"""The library index: what Byline knows about every article, kept in one disposable JSON file.

For each article file (bundled and the reader's own) the index holds a record
(`byline.store.library.records`): its id, title, source, date, sizes, word count, a content
hash, the file's ``(mtime_ns, size)``, and, once analysed, its quotations and the people it
mentions. It lives in the cache directory (``library-index.json``, with a schema ``version``),
is written atomically, and is rebuilt incrementally: only files whose ``(mtime_ns, size)``
changed are read and analysed again, files that are gone drop out, and a missing, corrupt or
outdated index, or a damaged record, is rebuilt silently. Deleting it loses nothing.

Two levels, so that listing the library never waits for the recognisers: with
``analyse=False`` (``byline list``, opening an article by id) changed files are only parsed;
with ``analyse=True`` (the default: quote search, speakers, people) they are also analysed,
through the per-article analysis cache of `byline.store.analysis_cache`.

The whole index is invalidated when Byline's core code changes (a hash of its source), and the
analyses when the user's entity corrections file changes. The questions asked of a built index
(quote search, speakers, people) are in `byline.store.library.queries`.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from byline.core.article.model import Article
from byline.core.errors import ArticleError
from byline.store.analysis_cache import USER_CORRECTIONS_FILE, JsonCache, code_fingerprint
from byline.store.files import write_atomically
from byline.store.library.records import (
    LibraryEntry,
    entry_from_record,
    file_record,
    with_analysis,
)
from byline.store.paths import bundled_articles_dir, cache_dir, config_dir, user_articles_dir
from byline.store.sources import article_files, load_article

__all__ = [
    "INDEX_FILE",
    "INDEX_VERSION",
    "BuildStats",
    "LibraryIndex",
    "corrections_fingerprint",
    "index_path",
    "library_directories",
]

INDEX_VERSION = 2
"""Schema version of the index file; any other version is rebuilt."""

INDEX_FILE = "library-index.json"

RACY_NS = 1_000_000_000
"""A file modified this close to (or after) the scan that indexed it is read again next time:
an edit in the same timestamp tick, keeping the size, would otherwise go unnoticed."""


def library_directories() -> list[tuple[Path, bool]]:
    """The article directories, bundled first: ``(directory, bundled)``."""
    return [(bundled_articles_dir(), True), (user_articles_dir(), False)]


def index_path(cache_directory: Path | None = None) -> Path:
    """Where the index file lives."""
    return (cache_directory or cache_dir()) / INDEX_FILE


def corrections_fingerprint(config_directory: Path) -> str:
    """A hash of the user's entity corrections file (analyses depend on it)."""
    try:
        data = (config_directory / USER_CORRECTIONS_FILE).read_bytes()
    except FileNotFoundError:
        return "none"
    except OSError as error:
        return f"unreadable:{error.errno}"
    return hashlib.sha256(data).hexdigest()[:20]


@dataclass
class BuildStats:
    """What the last `load_or_build` did (for benchmarks, tests and progress reports)."""

    files: int = 0
    reread: int = 0
    """Files read (and parsed, and analysed when asked) because they were new or changed."""
    reused: int = 0
    dropped: int = 0
    written: bool = False


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
        a file whose id is already taken is left out (with a warning)."""
        self.warnings = warnings
        """Files that could not be read or parsed, ids taken twice, bad corrections."""
        self.all_entries = all_entries if all_entries is not None else list(entries)
        """Every readable file, including those left out for a taken id."""
        self.path = path
        self.stats = stats or BuildStats()
        self._by_id = {entry.id: entry for entry in entries}

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
        """Load the index from the cache, bringing it up to date with the article files.

        Args:
            analyse: Also find quotes and people in new or changed files (and in files only
                listed so far). False only parses them: fast, for listing and opening by id.
            config_directory: Where the user's entity corrections are (default: `config_dir`).
            cache_directory: Where the index and the analyses are kept (default: `cache_dir`).
            directories: ``(directory, bundled)`` pairs (default: `library_directories`).
            progress: Called with ``(done, total)`` as changed files are read.

        Never raises for I/O trouble: unreadable files become warnings, and an index that
        cannot be saved is simply rebuilt next time.
        """
        scan_started = time.time_ns()
        config_directory = config_directory or config_dir()
        path = index_path(cache_directory)
        stored = _read_index(path)
        corrections = stored.get("corrections")
        if analyse:
            corrections = corrections_fingerprint(config_directory)
        build = _Build(
            old_records=stored.get("files", {}),
            racy_before=stored.get("scanned_ns", 0) - RACY_NS,
            analyse=analyse,
            analyses_valid=corrections == stored.get("corrections"),
        )
        for directory, bundled in directories or library_directories():
            build.scan(directory, bundled)
        if build.stale:
            cache = JsonCache(cache_directory) if analyse else None
            build.read_stale(config_directory, cache, progress)

        stats = build.stats()
        if build.stale or stats.dropped or not stored or corrections != stored.get("corrections"):
            stats.written = _write_index(
                path,
                {
                    "version": INDEX_VERSION,
                    "code": code_fingerprint(),
                    "corrections": corrections,
                    "scanned_ns": scan_started,
                    "files": build.records,
                },
            )
        entries, all_entries = build.entries()
        return cls(
            entries,
            list(dict.fromkeys(build.warnings)),
            all_entries=all_entries,
            path=path,
            stats=stats,
        )

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


@dataclass
class _Build:
    """One `LibraryIndex.load_or_build`: which records still hold, and the files read again."""

    old_records: dict[str, Any]
    racy_before: int
    """A record of a file modified after this time (ns) is not trusted (see `RACY_NS`)."""
    analyse: bool
    analyses_valid: bool
    """The stored analyses were made with the current entity corrections."""
    listed: list[tuple[Path, str]] = field(default_factory=list)
    """Every article file, in library order, with its key (its path as text)."""
    records: dict[str, Any] = field(default_factory=dict)
    """The records to store, by key; an unreadable file's holds its ``error``."""
    built: dict[str, LibraryEntry | None] = field(default_factory=dict)
    """The entry of each key (None for an unreadable file)."""
    stale: list[tuple[Path, str, bool, os.stat_result]] = field(default_factory=list)
    """Files to read again: ``(file, key, bundled, stat)``."""
    warnings: list[str] = field(default_factory=list)

    def scan(self, directory: Path, bundled: bool) -> None:
        """List a directory's article files, keeping the records that still hold."""
        for file in article_files(directory):
            try:
                info = file.stat()
            except OSError:
                continue
            key = str(file)
            self.listed.append((file, key))
            old = self.old_records.get(key)
            if isinstance(old, dict) and self._still_holds(old, info, bundled):
                try:
                    self.built[key] = None if "error" in old else entry_from_record(file, old)
                except ValueError:
                    pass  # a damaged record: read the file again
                else:
                    self.records[key] = old
                    continue
            self.stale.append((file, key, bundled, info))

    def _still_holds(self, old: dict[str, Any], info: os.stat_result, bundled: bool) -> bool:
        if (old.get("mtime_ns"), old.get("size"), old.get("bundled")) != (
            info.st_mtime_ns,
            info.st_size,
            bundled,
        ) or info.st_mtime_ns >= self.racy_before:
            return False
        if "error" in old or not self.analyse:
            return True
        return self.analyses_valid and old.get("quotes") is not None

    def read_stale(
        self,
        config_directory: Path,
        cache: JsonCache | None,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        """Read (and analyse, given a `cache`) the new and changed files."""
        for done, (file, key, bundled, info) in enumerate(self.stale, start=1):
            try:
                loaded = load_article(file)
            except ArticleError as error:
                self.records[key] = {
                    "mtime_ns": info.st_mtime_ns,
                    "size": info.st_size,
                    "bundled": bundled,
                    "error": str(error),
                }
                self.built[key] = None
            else:
                record = file_record(loaded.article, info.st_mtime_ns, info.st_size, bundled)
                if cache is not None:
                    self._analyse(record, loaded.article, config_directory, cache)
                self.records[key] = record
                self.built[key] = entry_from_record(file, record)
            if progress is not None:
                progress(done, len(self.stale))

    def _analyse(
        self, record: dict[str, Any], article: Article, config_directory: Path, cache: JsonCache
    ) -> None:
        # Imported here: listing the library never loads the recognisers.
        from byline.store.analysis_cache import cached_analysis, corrections_for

        corrections, problems = corrections_for(article, config_directory)
        self.warnings.extend(problems)
        with_analysis(record, article, cached_analysis(article, corrections, cache))

    def stats(self) -> BuildStats:
        return BuildStats(
            files=len(self.listed),
            reread=len(self.stale),
            reused=len(self.listed) - len(self.stale),
            dropped=len(set(self.old_records) - set(self.records)),
        )

    def entries(self) -> tuple[list[LibraryEntry], list[LibraryEntry]]:
        """``(entries, all_entries)`` of the index; warnings for unreadable files and ids
        taken twice."""
        entries: list[LibraryEntry] = []
        all_entries: list[LibraryEntry] = []
        seen: set[str] = set()
        for file, key in self.listed:
            entry = self.built[key]
            if entry is None:
                self.warnings.append(str(self.records[key]["error"]))
                continue
            all_entries.append(entry)
            if entry.id in seen:
                self.warnings.append(f"{file}: id '{entry.id}' is already taken; skipped")
                continue
            seen.add(entry.id)
            entries.append(entry)
        return entries, all_entries


def _read_index(path: Path) -> dict[str, Any]:
    """The stored index, or an empty one when it is missing, damaged or of another version."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("version") != INDEX_VERSION:
        return {}
    scanned = data.get("scanned_ns")
    if isinstance(scanned, bool) or not isinstance(scanned, int):
        return {}
    if data.get("code") != code_fingerprint() or not isinstance(data.get("files"), dict):
        return {}
    return data


def _write_index(path: Path, data: dict[str, Any]) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    except OSError:
        return False  # only a cache: rebuilt next time
    return True
