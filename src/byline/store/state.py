"""Reading state in a SQLite database: one small transaction per save, merged row by row.

``state.db`` in the config directory (`byline.store.state_schema` holds its tables). Each
instance remembers what it last read or wrote of every article, and a save writes only the
difference: the position if it moved, the bookmarks added or deleted, the sections newly read,
the preferences changed. So two readers open at once never lose each other's bookmarks, and a
save costs the same with ten remembered articles or ten thousand.

A Byline 0.1 ``state.json`` is migrated on first start and renamed ``state.json.migrated-0.1``.
A database that is damaged is moved aside (``state.db.corrupt-STAMP``) with one warning; one
that cannot be opened or written leaves the reader working in memory, with one warning.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from byline.core.reading import ArticleState, Preferences
from byline.store import state_schema as schema
from byline.store.database import (
    connect,
    is_damage,
    move_aside,
    reason,
    transaction,
    user_version,
)
from byline.store.state_schema import SCHEMA_VERSION, STATE_DB, StoredState

__all__ = ["SCHEMA_VERSION", "STATE_DB", "StateStore", "StoredState"]


class StateStore:
    """Reading state of every article, kept in ``state.db``.

    Changes go through `set_article`, `set_last_article`, `set_preferences` and `forget`, which
    change the state in memory and mark what changed; only `save` writes. Articles are read
    from the database when first asked for (`article`), all of them only through `state`.

    Never raises for I/O or database problems: they become `warnings` (shown once by the UI),
    and the store keeps working in memory.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / STATE_DB
        self.legacy_path = directory / schema.LEGACY_FILE
        self.warnings: list[str] = []
        """Things the reader should be told (damaged database moved aside, cannot save ...)."""
        self.read_only = False
        """True when the database is from a newer Byline: it is then never written."""
        self._lock = threading.RLock()
        self._connection: sqlite3.Connection | None = None
        self._articles: dict[str, ArticleState] = {}
        self._all_loaded = False
        self._known: dict[str, ArticleState] = {}
        """What this instance last read or wrote of each article: a save writes the
        difference from it."""
        self._preferences = Preferences()
        self._known_preferences: Preferences | None = Preferences()
        """The preferences as last read or written (None: unknown, write them all)."""
        self._last_article: str | None = None
        self._dirty_articles: set[str] = set()
        self._dirty_preferences = False
        self._dirty_last = False
        self._save_failed = False
        self._data_version: int | None = None
        self._open_failed = False
        self._open()

    # -- opening ---------------------------------------------------------------------------
    def _open(self) -> None:
        try:
            if self.path.is_file():
                self._attach(connect(self.path))
            elif self.legacy_path.is_file():
                self._migrate_legacy()
        except schema.NewerSchema as newer:
            self.read_only = True
            self.warnings.append(
                f"{self.path} was written by a newer Byline (schema {newer}); "
                "reading positions will not be saved"
            )
        except (sqlite3.Error, OSError) as error:
            self._close()
            self._open_failed = True
            if isinstance(error, sqlite3.Error) and is_damage(error):
                self._set_aside(error)
            else:
                self.warnings.append(f"cannot open reading state {self.path}: {reason(error)}")

    def _attach(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        try:
            schema.migrate(connection)
        except schema.NewerSchema:
            self._load_small()  # read what can be read; never written
            raise
        self._load_small()

    def _load_small(self) -> None:
        connection = self._require()
        stored = schema.read_preferences(connection)
        self._known_preferences = stored
        if not self._dirty_preferences:
            self._preferences = stored
        if not self._dirty_last:
            self._last_article = schema.read_meta(connection, "last_article")
        self._data_version = self._version()

    def _migrate_legacy(self) -> None:
        try:
            legacy = schema.read_legacy(self.legacy_path)
        except schema.LegacyUnusable as problem:
            moved = move_aside(self.legacy_path)
            where = f"; moved to {moved.name}" if moved else ""
            self.warnings.append(f"state file {self.legacy_path} {problem}{where}; starting afresh")
            return
        if legacy is None:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        connection = connect(self.path)
        self._connection = connection
        schema.migrate(connection)
        schema.import_state(connection, legacy)
        backup = self.legacy_path.with_name(self.legacy_path.name + schema.LEGACY_BACKUP_SUFFIX)
        with contextlib.suppress(OSError):
            os.replace(self.legacy_path, backup)
        self._load_small()

    def _set_aside(self, error: BaseException) -> None:
        """The database is damaged: move it aside with one warning, start afresh."""
        self._close()
        moved = move_aside(self.path)
        where = f"; moved to {moved.name}" if moved else ""
        self.warnings.append(
            f"reading state {self.path} is damaged ({reason(error)}){where}; starting afresh"
        )

    def _close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
        self._connection = None

    def _require(self) -> sqlite3.Connection:
        if self._connection is None:
            raise sqlite3.OperationalError("no database")
        return self._connection

    def _version(self) -> int | None:
        if self._connection is None:
            return None
        row = self._connection.execute("PRAGMA data_version").fetchone()
        return int(row[0]) if row else None

    def _connect_late(self) -> None:
        """Open the database another instance created after this one started."""
        if self._connection is not None or self._open_failed or not self.path.is_file():
            return
        try:
            self._attach(connect(self.path))
        except (sqlite3.Error, OSError, schema.NewerSchema):
            self._close()
            self._open_failed = True

    def _reading(self, read: Any, default: Any) -> Any:
        """`read(connection)`, or `default` when there is no database or it fails (a
        damaged one is moved aside)."""
        with self._lock:
            self._connect_late()
            if self._connection is None:
                return default
            try:
                return read(self._connection)
            except sqlite3.Error as error:
                if is_damage(error):
                    self._set_aside(error)
                return default

    # -- reading ---------------------------------------------------------------------------
    @property
    def state(self) -> StoredState:
        """Everything stored, as this instance sees it (reads every article; change it
        through the methods below, so that `save` knows what to write)."""
        if not self._all_loaded:
            stored: dict[str, ArticleState] = self._reading(schema.read_all_articles, {})
            for article_id, article in stored.items():
                self._known.setdefault(article_id, article)
                if article_id not in self._dirty_articles:
                    self._articles[article_id] = article
            self._all_loaded = self._connection is not None
        # Articles only looked up are cached as defaults: they hold nothing to show.
        articles = {key: value for key, value in self._articles.items() if value != ArticleState()}
        return StoredState(self._preferences, articles, self._last_article)

    @property
    def preferences(self) -> Preferences:
        return self._preferences

    @property
    def last_article(self) -> str | None:
        """The id of the article read last."""
        return self._last_article

    def article(self, article_id: str) -> ArticleState:
        """The stored state of an article (defaults when it was never opened)."""
        found = self._articles.get(article_id)
        if found is not None:
            return found
        if article_id in self._dirty_articles or self._all_loaded:
            return ArticleState()
        stored: ArticleState = self._reading(
            lambda c: schema.read_article(c, article_id), ArticleState()
        )
        self._known.setdefault(article_id, stored)
        self._articles[article_id] = stored
        return stored

    def reread_article(self, article_id: str) -> ArticleState:
        """An article's state as stored now, with what other instances saved of it (their
        bookmarks, say). This instance's unsaved changes are saved first; if they cannot be,
        its own state is kept."""
        with self._lock:
            self.save()
            if article_id in self._dirty_articles:
                return self.article(article_id)
            stored: ArticleState | None = self._reading(
                lambda c: schema.read_article(c, article_id), None
            )
            if stored is None:
                return self.article(article_id)
            self._known[article_id] = self._articles[article_id] = stored
            return stored

    def refresh(self) -> bool:
        """Read again what other instances saved since this one last looked (cheap when
        nothing changed). What this instance changed and has not saved is kept.

        Returns:
            True when something had changed.
        """
        with self._lock:
            if self._connection is None:
                self._connect_late()
                self._data_version = None
            try:
                version = self._version()
            except sqlite3.Error:
                return False
            if version is None or version == self._data_version:
                return False
            self._data_version = version
            self._articles = {
                key: value for key, value in self._articles.items() if key in self._dirty_articles
            }
            self._all_loaded = False
            if not self._dirty_preferences:
                self._preferences = self._reading(schema.read_preferences, self._preferences)
            if not self._dirty_last:
                self._last_article = self._reading(
                    lambda c: schema.read_meta(c, "last_article"), self._last_article
                )
            return True

    # -- changing --------------------------------------------------------------------------
    # Changes take the lock a save holds, so that a save in another thread (the reader's)
    # writes each change whole and marks saved only what it wrote.
    def set_article(self, article_id: str, article_state: ArticleState) -> None:
        """Replace an article's state (written by the next `save`)."""
        with self._lock:
            self.article(article_id)  # what it was: the next save writes the difference
            self._articles[article_id] = article_state
            self._dirty_articles.add(article_id)

    def set_last_article(self, article_id: str) -> None:
        """Remember the article last opened (written by the next `save`)."""
        with self._lock:
            self._last_article = article_id
            self._dirty_last = True

    def set_preferences(self, **changes: Any) -> None:
        """Change some preferences (`Preferences` fields; written by the next `save`)."""
        with self._lock:
            self._preferences = replace(self._preferences, **changes)
            self._dirty_preferences = True

    def forget(self, article_id: str) -> None:
        """Drop an article's state (its rows are deleted by the next `save`)."""
        with self._lock:
            self.article(article_id)
            self._articles.pop(article_id, None)
            self._dirty_articles.add(article_id)

    @property
    def dirty(self) -> bool:
        """True when something changed since the last `save`."""
        return bool(self._dirty_articles or self._dirty_preferences or self._dirty_last)

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the changes marked since the last save, in one transaction: only what this
        instance changed, row by row, so what other instances saved meanwhile stays.

        Safe to call from another thread than the one making the changes.

        Returns:
            True when the state is on disk (or there was nothing to save).
        """
        if not self.dirty:
            return True
        if self.read_only:
            return False
        with self._lock:
            try:
                self._write()
            except schema.NewerSchema as newer:
                self.read_only = True
                self.warnings.append(
                    f"{self.path} was written by a newer Byline (schema {newer}); "
                    "reading positions will not be saved"
                )
                return False
            except (sqlite3.Error, OSError) as error:
                if isinstance(error, sqlite3.Error) and is_damage(error):
                    return self._save_after_damage(error)
                if not self._save_failed:
                    self.warnings.append(
                        f"cannot save reading state to {self.path}: {reason(error)}"
                    )
                self._save_failed = True
                return False
            self._saved()
        return True

    def _write(self) -> None:
        if self._connection is None:
            self.directory.mkdir(parents=True, exist_ok=True)
            try:
                self._attach(connect(self.path))
            except BaseException:
                self._close()
                raise
        connection = self._require()
        with transaction(connection):
            if user_version(connection) > SCHEMA_VERSION:
                raise schema.NewerSchema(str(user_version(connection)))
            for article_id in self._dirty_articles:
                before = self._known.get(article_id, ArticleState())
                schema.write_article(connection, article_id, before, self._articles.get(article_id))
            if self._dirty_preferences:
                schema.write_preferences(connection, self._known_preferences, self._preferences)
            if self._dirty_last:
                schema.write_meta(connection, "last_article", self._last_article)

    def _saved(self) -> None:
        for article_id in self._dirty_articles:
            article = self._articles.get(article_id)
            if article is None:
                self._known.pop(article_id, None)
            else:
                self._known[article_id] = article
        self._known_preferences = self._preferences
        self._dirty_articles.clear()
        self._dirty_preferences = self._dirty_last = False
        self._save_failed = False
        with contextlib.suppress(sqlite3.Error):
            self._data_version = self._version()

    def _save_after_damage(self, error: BaseException) -> bool:
        """The database went bad after it was opened: move it aside and write everything
        this instance knows into a new one."""
        self._set_aside(error)
        self._dirty_articles.update(self._articles)
        self._known.clear()
        self._known_preferences = None
        self._dirty_preferences = self._dirty_last = True
        try:
            self._write()
        except (sqlite3.Error, OSError) as again:
            self.warnings.append(f"cannot save reading state to {self.path}: {reason(again)}")
            self._save_failed = True
            return False
        self._saved()
        return True

    def close(self) -> None:
        """Let the database go (a later save opens it again)."""
        with self._lock:
            self._close()
