"""The reading-state database's tables, their versions, and the 0.1 ``state.json`` they replace.

One row per thing that changes on its own, so that two instances writing at once merge row by
row instead of overwriting each other:

- ``articles``: one row per article id (position, last opened, where from, title);
- ``read_sections``: one row per (article, section) read;
- ``bookmarks``: one row per (article, position), in the order they were made;
- ``preferences``: one row per preference, its value as JSON;
- ``meta``: ``last_article``.

The schema version is ``PRAGMA user_version``; `MIGRATIONS` brings an older database forward.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from byline.core.reading import ArticleState, Bookmark, Preferences

SCHEMA_VERSION = 1
STATE_DB = "state.db"
LEGACY_FILE = "state.json"
"""The reading state of Byline 0.1, migrated into the database on first start."""
LEGACY_BACKUP_SUFFIX = ".migrated-0.1"

MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1: the first schema.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        section_id TEXT,
        offset INTEGER,
        percent REAL,
        last_opened TEXT,
        path TEXT,
        title TEXT
    );
    CREATE TABLE read_sections (
        article_id TEXT NOT NULL,
        section_id TEXT NOT NULL,
        PRIMARY KEY (article_id, section_id)
    ) WITHOUT ROWID;
    CREATE TABLE bookmarks (
        seq INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        section_id TEXT NOT NULL,
        offset INTEGER NOT NULL,
        percent REAL NOT NULL,
        label TEXT NOT NULL,
        created TEXT NOT NULL,
        UNIQUE (article_id, section_id, offset, percent)
    );
    CREATE TABLE preferences (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    """,
)
"""``MIGRATIONS[n]`` brings a database at version n to version n + 1."""


class NewerSchema(Exception):
    """The database was written by a newer Byline."""


@dataclass
class StoredState:
    """Everything the reading state holds."""

    preferences: Preferences = field(default_factory=Preferences)
    articles: dict[str, ArticleState] = field(default_factory=dict)
    last_article: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "version": SCHEMA_VERSION,
            "preferences": self.preferences.to_json(),
            "last_article": self.last_article,
            "articles": {key: value.to_json() for key, value in self.articles.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StoredState:
        articles = data.get("articles")
        last = data.get("last_article")
        return cls(
            preferences=Preferences.from_json(data.get("preferences")),
            articles={str(key): ArticleState.from_json(value) for key, value in articles.items()}
            if isinstance(articles, dict)
            else {},
            last_article=last if isinstance(last, str) else None,
        )


def migrate(connection: sqlite3.Connection) -> None:
    """Bring the schema to `SCHEMA_VERSION`, one transaction per step.

    Raises:
        NewerSchema: The database is from a newer Byline (it is left as it is).
    """
    from byline.store.database import transaction, user_version

    version = user_version(connection)
    if version > SCHEMA_VERSION:
        raise NewerSchema(str(version))
    while version < SCHEMA_VERSION:
        with transaction(connection):
            if user_version(connection) == version:  # not done meanwhile by another process
                for statement in MIGRATIONS[version].split(";"):
                    if statement.strip():
                        connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {version + 1}")
        version = user_version(connection)


# -- reading -------------------------------------------------------------------------------------
_ARTICLE_COLUMNS = "id, section_id, offset, percent, last_opened, path, title"


def _article_json(row: tuple[Any, ...]) -> dict[str, Any]:
    _, section_id, offset, percent, last_opened, path, title = row
    position = (
        None
        if section_id is None
        else {"section_id": section_id, "offset": offset, "percent": percent}
    )
    return {
        "position": position,
        "read_sections": [],
        "bookmarks": [],
        "last_opened": last_opened,
        "path": path,
        "title": title,
    }


def _bookmark_json(row: tuple[Any, ...]) -> dict[str, Any]:
    section_id, offset, percent, label, created = row
    return {
        "section_id": section_id,
        "offset": offset,
        "percent": percent,
        "label": label,
        "created": created,
    }


def read_article(connection: sqlite3.Connection, article_id: str) -> ArticleState:
    """One article's state (defaults when there is none), read tolerantly."""
    row = connection.execute(
        f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    data: dict[str, Any] = _article_json(row) if row else {"position": None}
    data["read_sections"] = [
        section
        for (section,) in connection.execute(
            "SELECT section_id FROM read_sections WHERE article_id = ?", (article_id,)
        )
    ]
    data["bookmarks"] = [
        _bookmark_json(found)
        for found in connection.execute(
            "SELECT section_id, offset, percent, label, created FROM bookmarks "
            "WHERE article_id = ? ORDER BY seq",
            (article_id,),
        )
    ]
    return ArticleState.from_json(data)


def read_all_articles(connection: sqlite3.Connection) -> dict[str, ArticleState]:
    """Every article's state, read tolerantly."""
    data: dict[str, dict[str, Any]] = {}
    for row in connection.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles"):
        data[str(row[0])] = _article_json(row)
    empty: dict[str, Any] = {"position": None, "read_sections": [], "bookmarks": []}
    for article_id, section in connection.execute(
        "SELECT article_id, section_id FROM read_sections"
    ):
        data.setdefault(str(article_id), json.loads(json.dumps(empty)))["read_sections"].append(
            section
        )
    for article_id, *rest in connection.execute(
        "SELECT article_id, section_id, offset, percent, label, created FROM bookmarks ORDER BY seq"
    ):
        data.setdefault(str(article_id), json.loads(json.dumps(empty)))["bookmarks"].append(
            _bookmark_json(tuple(rest))
        )
    return {key: ArticleState.from_json(value) for key, value in data.items()}


def read_preferences(connection: sqlite3.Connection) -> Preferences:
    values: dict[str, Any] = {}
    for key, value in connection.execute("SELECT key, value FROM preferences"):
        try:
            values[str(key)] = json.loads(value)
        except (TypeError, ValueError, RecursionError):
            continue
    return Preferences.from_json(values)


def read_meta(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row and isinstance(row[0], str) else None


# -- writing -------------------------------------------------------------------------------------
def write_article(
    connection: sqlite3.Connection,
    article_id: str,
    before: ArticleState,
    after: ArticleState | None,
) -> None:
    """Write what changed from `before` to `after` (None: forget the article), row by row:
    what another instance wrote to the other rows stays."""
    if after is None:
        for table, column in (
            ("articles", "id"),
            ("read_sections", "article_id"),
            ("bookmarks", "article_id"),
        ):
            connection.execute(f"DELETE FROM {table} WHERE {column} = ?", (article_id,))
        return
    connection.execute("INSERT OR IGNORE INTO articles (id) VALUES (?)", (article_id,))
    changes: dict[str, Any] = {}
    if after.position != before.position:
        where = after.position
        changes.update(
            section_id=where.section_id if where else None,
            offset=where.offset if where else None,
            percent=where.percent if where else None,
        )
    for name in ("last_opened", "path", "title"):
        if getattr(after, name) != getattr(before, name):
            changes[name] = getattr(after, name)
    if changes:
        assignments = ", ".join(f"{name} = ?" for name in changes)
        connection.execute(
            f"UPDATE articles SET {assignments} WHERE id = ?", (*changes.values(), article_id)
        )
    for section in after.read_sections - before.read_sections:
        connection.execute(
            "INSERT OR IGNORE INTO read_sections VALUES (?, ?)", (article_id, section)
        )
    for section in before.read_sections - after.read_sections:
        connection.execute(
            "DELETE FROM read_sections WHERE article_id = ? AND section_id = ?",
            (article_id, section),
        )
    kept = set(after.bookmarks)
    for bookmark in before.bookmarks:
        if bookmark not in kept:
            _delete_bookmark(connection, article_id, bookmark)
    known = set(before.bookmarks)
    for bookmark in after.bookmarks:
        if bookmark not in known:
            _insert_bookmark(connection, article_id, bookmark)


def _delete_bookmark(connection: sqlite3.Connection, article_id: str, bookmark: Bookmark) -> None:
    where = bookmark.position
    connection.execute(
        "DELETE FROM bookmarks WHERE article_id = ? AND section_id = ? AND offset = ? "
        "AND percent = ?",
        (article_id, where.section_id, where.offset, where.percent),
    )


def _insert_bookmark(connection: sqlite3.Connection, article_id: str, bookmark: Bookmark) -> None:
    where = bookmark.position
    connection.execute(
        "INSERT OR REPLACE INTO bookmarks "
        "(article_id, section_id, offset, percent, label, created) VALUES (?, ?, ?, ?, ?, ?)",
        (
            article_id,
            where.section_id,
            where.offset,
            where.percent,
            bookmark.label,
            bookmark.created,
        ),
    )


def write_preferences(
    connection: sqlite3.Connection, before: Preferences | None, after: Preferences
) -> None:
    """Write the preferences that changed (all of them when `before` is None), one row each."""
    old, new = ({} if before is None else before.to_json()), after.to_json()
    for key, value in new.items():
        if key not in old or old[key] != value:
            connection.execute(
                "INSERT OR REPLACE INTO preferences VALUES (?, ?)", (key, json.dumps(value))
            )


def write_meta(connection: sqlite3.Connection, key: str, value: str | None) -> None:
    connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


# -- the 0.1 file --------------------------------------------------------------------------------
class LegacyUnusable(Exception):
    """The 0.1 file exists but cannot be read; the message says why."""


def read_legacy(path: Path) -> StoredState | None:
    """The 0.1 state file's contents; None when there is none.

    Raises:
        LegacyUnusable: It cannot be read or is not a state file.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise LegacyUnusable(f"cannot be read ({error.strerror or error})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise LegacyUnusable("is not valid JSON") from None
    if not isinstance(data, dict):
        raise LegacyUnusable("does not hold a state object")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise LegacyUnusable("has no schema version")
    if version < 1:
        raise LegacyUnusable(f"has an unknown schema version {version}")
    return StoredState.from_json(data)


def import_state(connection: sqlite3.Connection, state: StoredState) -> None:
    """Write a whole state (a 0.1 file, or an export) into the database, in one transaction."""
    from byline.store.database import transaction

    with transaction(connection):
        for article_id, article in state.articles.items():
            write_article(connection, article_id, ArticleState(), article)
        write_preferences(connection, None, state.preferences)
        if state.last_article is not None:
            write_meta(connection, "last_article", state.last_article)
