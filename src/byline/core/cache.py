"""Disposable caches in the user's cache directory: JSON files named by a content hash.

Losing the cache loses nothing: every entry can be computed again. Reads never raise; a
damaged entry is a miss. Writes are atomic and failures are silent (it is only a cache).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from byline.core.paths import cache_dir
from byline.core.storage import write_atomically


class JsonCache:
    """A directory of ``<key>.json`` files."""

    def __init__(self, directory: Path | None = None, name: str = "analysis") -> None:
        self.directory = (directory or cache_dir()) / name

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def contains(self, key: str) -> bool:
        """Is there an entry for `key` (without reading it)?"""
        return self._path(key).is_file()

    def get(self, key: str) -> Any | None:
        try:
            return json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return None

    def put(self, key: str, value: Any) -> bool:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            write_atomically(self._path(key), json.dumps(value, ensure_ascii=False))
        except OSError:
            return False
        return True
