"""The reading-state file: load tolerantly, save atomically, merge with other instances.

One JSON file, ``state.json`` in the config directory, with a schema ``version``. Saving takes
an exclusive lock on ``state.json.lock``, re-reads the file, applies only what this instance
changed (per article, per preference) and replaces the file atomically (temporary file in the
same directory, ``fsync``, ``os.replace``). So two instances never lose each other's positions
and a crash mid-save leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from byline.core.reading import ArticleState, Preferences
from byline.store.files import write_atomically

try:  # POSIX advisory locks; on other platforms saves are still atomic, just not merged.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

SCHEMA_VERSION = 1
STATE_FILE = "state.json"
STALE_TEMP_SECONDS = 60
"""A temporary ``.state.json.*`` file older than this is left over from a writer that was
killed mid-save (no save takes that long): the next load removes it."""


@dataclass
class StoredState:
    """The contents of the state file."""

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


class _Unusable(Exception):
    """The file exists but cannot be used; the message says why."""


class StateStore:
    """Reading state of every article, persisted in one JSON file.

    Changes go through `set_article`, `set_last_article`, `set_preferences` and `forget`, which
    change the state in memory and mark what changed; only `save` writes, merging what it
    marked into the file. Loading writes in two cases only, to repair: a file that cannot be
    used is moved aside, and temporary files left by killed saves are removed.

    Never raises for I/O problems: they become `warnings` (shown once by the UI), and the
    store keeps working in memory.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / STATE_FILE
        self.warnings: list[str] = []
        """Things the reader should be told (corrupt file moved aside, cannot save ...)."""
        self.read_only = False
        """True when the file is from a newer Byline: it is then never overwritten."""
        self._dirty_articles: set[str] = set()
        self._dirty_preferences = False
        self._dirty_last = False
        self._save_failed = False
        self._state = self._load()
        self._remove_stale_temporaries()

    @property
    def state(self) -> StoredState:
        """Everything in the state file, as this instance sees it (read only: change it
        through the methods below, so that `save` knows what to write)."""
        return self._state

    # -- loading ---------------------------------------------------------------------------
    def _read(self) -> StoredState | None:
        """Read the file; None when it does not exist. Raises `_Unusable` when bad."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except IsADirectoryError:
            raise _Unusable("is a directory") from None
        except OSError as error:
            raise _Unusable(f"cannot be read ({error.strerror or error})") from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            raise _Unusable("is not valid JSON") from None
        if not isinstance(data, dict):
            raise _Unusable("does not hold a state object")
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int):
            raise _Unusable("has no schema version")
        if version > SCHEMA_VERSION:
            self.read_only = True
            self.warnings.append(
                f"{self.path} was written by a newer Byline (schema {version}); "
                "reading positions will not be saved"
            )
        elif version < 1:
            raise _Unusable(f"has an unknown schema version {version}")
        return StoredState.from_json(data)

    def _load(self) -> StoredState:
        try:
            return self._read() or StoredState()
        except _Unusable as problem:
            moved = self._move_aside()
            where = f"; moved to {moved.name}" if moved else ""
            self.warnings.append(f"state file {self.path} {problem}{where}; starting afresh")
            return StoredState()

    def _remove_stale_temporaries(self) -> None:
        """Delete temporary files of saves that were killed before their `os.replace`.

        Only old ones: a young one may belong to another instance saving right now.
        """
        cutoff = dt.datetime.now().timestamp() - STALE_TEMP_SECONDS
        try:
            candidates = list(self.directory.glob(f".{STATE_FILE}.*"))
        except OSError:
            return
        for candidate in candidates:
            with contextlib.suppress(OSError):
                if candidate.is_file() and candidate.stat().st_mtime < cutoff:
                    candidate.unlink()

    def _move_aside(self) -> Path | None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        for attempt in range(1, 1000):
            suffix = "" if attempt == 1 else f"-{attempt}"
            target = self.path.with_name(f"{STATE_FILE}.corrupt-{stamp}{suffix}")
            try:
                # A hard link never replaces an existing backup; then drop the original name.
                os.link(self.path, target)
            except FileExistsError:
                continue
            except OSError:
                break
            try:
                os.unlink(self.path)
            except OSError:
                return None
            return target
        try:  # file systems without hard links: a rename to a name that is still free
            target = self.path.with_name(f"{STATE_FILE}.corrupt-{stamp}-{os.getpid()}")
            os.replace(self.path, target)
        except OSError:
            return None
        return target

    # -- reading and changing --------------------------------------------------------------
    @property
    def preferences(self) -> Preferences:
        return self._state.preferences

    def article(self, article_id: str) -> ArticleState:
        """The stored state of an article (defaults when it was never opened)."""
        return self._state.articles.get(article_id, ArticleState())

    def set_article(self, article_id: str, article_state: ArticleState) -> None:
        """Replace an article's state (written by the next `save`)."""
        self._state.articles[article_id] = article_state
        self._dirty_articles.add(article_id)

    def set_last_article(self, article_id: str) -> None:
        """Remember the article last opened (written by the next `save`)."""
        self._state.last_article = article_id
        self._dirty_last = True

    def set_preferences(self, **changes: Any) -> None:
        """Change some preferences (`Preferences` fields; written by the next `save`)."""
        self._state.preferences = replace(self._state.preferences, **changes)
        self._dirty_preferences = True

    def forget(self, article_id: str) -> None:
        """Drop an article's state (its entry is removed by the next `save`)."""
        self._state.articles.pop(article_id, None)
        self._dirty_articles.add(article_id)

    @property
    def dirty(self) -> bool:
        """True when something changed since the last `save`."""
        return bool(self._dirty_articles or self._dirty_preferences or self._dirty_last)

    # -- saving ----------------------------------------------------------------------------
    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        if fcntl is None:
            yield
            return
        with open(self.path.with_name(STATE_FILE + ".lock"), "a+b") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _merged(self, on_disk: StoredState) -> StoredState:
        """What is on disk, with this instance's changes applied on top."""
        for article_id in self._dirty_articles:
            mine = self._state.articles.get(article_id)
            if mine is None:
                on_disk.articles.pop(article_id, None)
            else:
                on_disk.articles[article_id] = mine
        if self._dirty_preferences:
            on_disk.preferences = self._state.preferences
        if self._dirty_last:
            on_disk.last_article = self._state.last_article
        return on_disk

    def save(self) -> bool:
        """Write the changes marked since the last save, merged with what other instances
        saved meanwhile: under the lock, re-read the file, apply this instance's changes,
        replace the file atomically (`write_atomically`).

        Returns:
            True when the state is on disk (or there was nothing to save).
        """
        if not self.dirty:
            return True
        if self.read_only:
            return False
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            with self._locked():
                try:
                    on_disk = self._read() or StoredState()
                except _Unusable as problem:
                    # It went bad after we loaded it: keep it for the reader (never overwrite
                    # it silently) and write everything this instance knows.
                    moved = self._move_aside()
                    where = f"; moved to {moved.name}" if moved else ""
                    self.warnings.append(f"state file {self.path} {problem}{where}")
                    on_disk = StoredState(
                        replace(self._state.preferences),
                        dict(self._state.articles),
                        self._state.last_article,
                    )
                merged = self._merged(on_disk)
                if self.read_only:  # a newer Byline wrote the file since we loaded it
                    return False
                write_atomically(self.path, json.dumps(merged.to_json(), indent=1) + "\n")
        except OSError as error:
            if not self._save_failed:
                self.warnings.append(
                    f"cannot save reading state to {self.path}: {error.strerror or error}"
                )
            self._save_failed = True
            return False
        self._state = merged
        self._dirty_articles.clear()
        self._dirty_preferences = self._dirty_last = False
        self._save_failed = False
        return True
