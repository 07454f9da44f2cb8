"""Analyses kept between runs, and the entity corrections they depend on.

An analysis is a pure function of the article's text, the entity corrections and the analysers'
code, so it is cached under a hash of all three (`cache_key`), as JSON in the library database
in the user's cache directory. Losing the cache loses nothing: every entry can be computed
again. Reads never raise (a damaged entry is a miss); failed writes are silent.

Corrections come from the article's front matter (``entities:``) and from the user's
``entities.yaml`` in the config directory, with the same keys; the article's win.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from byline.core.analysis import Analysis, analyse, article_corrections
from byline.core.article.model import Article
from byline.core.entities.types import EntityCorrections
from byline.store.fingerprint import USER_CORRECTIONS_FILE, code_fingerprint
from byline.store.paths import cache_dir


class JsonCache:
    """JSON values by key, in the ``analyses`` table of the library database
    (`byline.store.library.database`), shared by every Byline process.

    The connection is opened on first use; when the database cannot be opened at all, the
    cache is a private in-memory one. Safe to use from several threads.
    """

    def __init__(self, directory: Path | None = None, name: str = "analysis") -> None:
        self.directory = directory or cache_dir()
        self.name = name
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            from byline.store.library.database import library_path, open_library

            self._connection, _ = open_library(library_path(self.directory), code_fingerprint())
        return self._connection

    def _key(self, key: str) -> str:
        return f"{self.name}:{key}"

    def contains(self, key: str) -> bool:
        """Is there an entry for `key` (without decoding it)?"""
        with self._lock:
            try:
                row = (
                    self._db()
                    .execute("SELECT 1 FROM analyses WHERE key = ?", (self._key(key),))
                    .fetchone()
                )
            except sqlite3.Error:
                return False
        return row is not None

    def get(self, key: str) -> Any | None:
        with self._lock:
            try:
                row = (
                    self._db()
                    .execute("SELECT value FROM analyses WHERE key = ?", (self._key(key),))
                    .fetchone()
                )
            except sqlite3.Error:
                return None
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except (TypeError, ValueError, RecursionError):
            return None

    def put(self, key: str, value: Any) -> bool:
        text = json.dumps(value, separators=(",", ":"))
        with self._lock:
            try:
                self._db().execute(
                    "INSERT OR REPLACE INTO analyses VALUES (?, ?)", (self._key(key), text)
                )
            except sqlite3.Error:
                return False
        return True

    def put_many(self, connection: sqlite3.Connection, items: list[tuple[str, str]]) -> None:
        """Store ``(key, JSON text)`` pairs through `connection` (inside its transaction)."""
        connection.executemany(
            "INSERT OR REPLACE INTO analyses VALUES (?, ?)",
            [(self._key(key), text) for key, text in items],
        )


def cache_key(article: Article, corrections: EntityCorrections) -> str:
    """The cache key of an analysis: the text, the corrections and the analysers' code."""
    digest = hashlib.sha256()
    digest.update(code_fingerprint().encode())
    digest.update(
        json.dumps(
            [dict(corrections.add), dict(corrections.relabel), sorted(corrections.suppress)],
            sort_keys=True,
        ).encode()
    )
    digest.update(article.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def stored_analysis(
    article: Article, corrections: EntityCorrections, store: JsonCache | None
) -> Analysis | None:
    """The cached analysis of this text with these corrections and this code, if any."""
    if store is None:
        return None
    hit = store.get(cache_key(article, corrections))
    if isinstance(hit, dict):
        try:
            return Analysis.from_json(hit)
        except (KeyError, TypeError, ValueError):
            return None
    return None


def cached_analysis(
    article: Article,
    corrections: EntityCorrections,
    store: JsonCache | None,
    progress: Callable[[float], None] | None = None,
) -> Analysis:
    """`analyse`, served from `store` when this text, corrections and code were seen before."""
    cached = stored_analysis(article, corrections, store)
    if cached is not None:
        return cached
    analysis = analyse(article, corrections, progress)
    if store is not None:
        store.put(cache_key(article, corrections), analysis.to_json())
    return analysis


def user_corrections(config_directory: Path) -> tuple[EntityCorrections, list[str]]:
    """The user's corrections file, or none; with warnings for anything wrong with it."""
    path = config_directory / USER_CORRECTIONS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return EntityCorrections(), []
    except (OSError, UnicodeDecodeError) as error:
        return EntityCorrections(), [f"{path}: cannot be read ({error}); ignored"]
    import yaml  # only when there is a file: most readers have none

    try:
        return EntityCorrections.from_mapping(yaml.safe_load(text)), []
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        problem = str(error).splitlines()[0] if str(error) else "malformed"
        return EntityCorrections(), [f"{path}: {problem}; ignored"]


def corrections_for(
    article: Article, config_directory: Path
) -> tuple[EntityCorrections, list[str]]:
    """The user's corrections with the article's own on top, and warnings."""
    corrections, warnings = user_corrections(config_directory)
    try:
        corrections = corrections.merged(article_corrections(article))
    except ValueError as error:
        warnings.append(f"{article.meta.title}: front matter 'entities' ignored: {error}")
    return corrections, warnings
