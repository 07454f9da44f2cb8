"""The library database: ``library.db`` in the cache directory, rebuilt from the article files
whenever it is missing, damaged, foreign, of another schema, or made by other core code.

Tables:

- ``articles``: one row per article file (its path, ``(mtime_ns, size)``, the time it was read,
  the article's metadata and sizes, its content hash, or the error that kept it out). A row is
  ``listed`` when it is the first, in library order, with its id and with its text: partial
  UNIQUE indexes on those enforce one listed article per id and per text across processes.
- ``quotes`` (with ``quotes_fts``, an FTS5 trigram index of their normalised text and speaker)
  and ``people``: what the analysis found, for articles whose ``analysed`` is set.
- ``analyses``: the analysis cache (`byline.store.analysis_cache.JsonCache`).
- ``meta``: the core code's fingerprint and the user's entity corrections' fingerprint.

Everything here can be computed again from the files: deleting the database loses nothing.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from byline.store.database import (
    connect,
    is_damage,
    memory_database,
    remove_database,
    table_names,
    transaction,
    user_version,
)
from byline.store.paths import cache_dir

LIBRARY_DB = "library.db"
SCHEMA_VERSION = 2

_TABLES = (
    """CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        dir_index INTEGER NOT NULL,
        sort_key TEXT NOT NULL,
        bundled INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        size INTEGER NOT NULL,
        read_ns INTEGER NOT NULL,
        error TEXT,
        id TEXT, title TEXT, source TEXT, author TEXT, date TEXT,
        words INTEGER, minutes INTEGER, chars INTEGER, sections INTEGER,
        hash TEXT,
        analysed INTEGER NOT NULL DEFAULT 0,
        listed INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE UNIQUE INDEX listed_id ON articles (id) WHERE listed",
    "CREATE UNIQUE INDEX listed_hash ON articles (hash) WHERE listed",
    """CREATE TABLE quotes (
        qid INTEGER PRIMARY KEY,
        article INTEGER NOT NULL,
        ord INTEGER NOT NULL,
        text TEXT NOT NULL, speaker TEXT,
        start INTEGER NOT NULL, end INTEGER NOT NULL, section INTEGER NOT NULL,
        norm TEXT NOT NULL, plain INTEGER NOT NULL,
        flat TEXT NOT NULL, speaker_flat TEXT NOT NULL,
        kind TEXT NOT NULL
    )""",
    "CREATE INDEX quotes_article ON quotes (article, ord)",
    """CREATE TABLE people (
        article INTEGER NOT NULL, ord INTEGER NOT NULL,
        name TEXT NOT NULL, count INTEGER NOT NULL, variants TEXT NOT NULL,
        PRIMARY KEY (article, ord)
    ) WITHOUT ROWID""",
    "CREATE TABLE analyses (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
)
_FTS = (
    "CREATE VIRTUAL TABLE quotes_fts USING fts5("
    "flat, speaker_flat, tokenize = 'trigram case_sensitive 1')"
)
_EXPECTED = {"articles", "quotes", "people", "analyses", "meta"}


def library_path(cache_directory: Path | None = None) -> Path:
    return (cache_directory or cache_dir()) / LIBRARY_DB


def has_fts(connection: sqlite3.Connection) -> bool:
    """True when quote search can use the FTS5 index (SQLite built with FTS5 and trigram);
    without it, search reads the normalised column of every quotation."""
    return "quotes_fts" in table_names(connection)


def _create(connection: sqlite3.Connection) -> None:
    for statement in _TABLES:
        connection.execute(statement)
    with contextlib.suppress(sqlite3.OperationalError):  # no FTS5 (or no trigram) in this build
        connection.execute(_FTS)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _drop_all(connection: sqlite3.Connection) -> None:
    rows = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for kind, name in rows:
        with contextlib.suppress(sqlite3.OperationalError):  # an FTS shadow table already gone
            connection.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')


def _prepare(connection: sqlite3.Connection, code: str) -> None:
    """Make the schema current and the data made by this core code, rebuilding if not."""
    if _usable(connection, code):
        return
    with transaction(connection):
        if user_version(connection) != SCHEMA_VERSION or not table_names(connection) >= _EXPECTED:
            _drop_all(connection)
            _create(connection)
        if read_meta(connection, "code") != code:
            for table in ("articles", "quotes", "people", "analyses", "meta"):
                connection.execute(f"DELETE FROM {table}")
            if has_fts(connection):
                connection.execute("DELETE FROM quotes_fts")
            write_meta(connection, "code", code)


def _usable(connection: sqlite3.Connection, code: str) -> bool:
    return (
        user_version(connection) == SCHEMA_VERSION
        and table_names(connection) >= _EXPECTED
        and read_meta(connection, "code") == code
    )


def open_library(path: Path, code: str) -> tuple[sqlite3.Connection, bool]:
    """The library database at `path`, ready for use: ``(connection, on_disk)``.

    A damaged file is deleted and made again; a foreign one, or one of another schema or
    code, is emptied. When nothing can be written there, a private in-memory database stands
    in (``on_disk`` False): everything works, and is rebuilt next time.
    """
    for _attempt in range(2):
        connection: sqlite3.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = connect(path)
            _prepare(connection, code)
            # A quick look at every table: damage often shows only when pages are read.
            for table in _EXPECTED:
                connection.execute(f"SELECT count(*) FROM {table}").fetchone()
            return connection, True
        except sqlite3.Error as error:
            if connection is not None:
                with contextlib.suppress(sqlite3.Error):
                    connection.close()
            if not is_damage(error):
                break
            remove_database(path)
        except OSError:
            break
    memory = memory_database()
    _prepare(memory, code)
    return memory, False


def read_meta(connection: sqlite3.Connection, key: str) -> str | None:
    try:
        row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row and isinstance(row[0], str) else None


def write_meta(connection: sqlite3.Connection, key: str, value: str) -> None:
    connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def change_counter(connection: sqlite3.Connection) -> tuple[int, int]:
    """A cheap mark of the library's content: it differs after any article is added,
    removed, or read again (the library screen compares it to decide to reload)."""
    row = connection.execute("SELECT count(*), coalesce(max(read_ns), 0) FROM articles").fetchone()
    return int(row[0]), int(row[1])
