"""Analyses kept between runs, and the entity corrections they depend on.

An analysis is a pure function of the article's text, the entity corrections and the analysers'
code, so it is cached under a hash of all three (`cache_key`), as a JSON file in the user's cache
directory. Losing the cache loses nothing: every entry can be computed again. Reads never raise
(a damaged entry is a miss); writes are atomic and failures are silent.

Corrections come from the article's front matter (``entities:``) and from the user's
``entities.yaml`` in the config directory, with the same keys; the article's win.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from byline.core.analysis import Analysis, analyse, article_corrections
from byline.core.article.model import Article
from byline.core.entities.types import EntityCorrections
from byline.store.files import write_atomically
from byline.store.paths import cache_dir

USER_CORRECTIONS_FILE = "entities.yaml"
"""The user's entity corrections, in the config directory."""


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
            # ASCII (non-ASCII as escapes): one byte a character in memory as well as on disk.
            write_atomically(self._path(key), json.dumps(value, separators=(",", ":")))
        except OSError:
            return False
        return True


def _python_sources(folder: Traversable, prefix: str = "") -> list[tuple[str, Traversable]]:
    found: list[tuple[str, Traversable]] = []
    for item in folder.iterdir():
        if item.is_dir() and item.name != "__pycache__":
            found.extend(_python_sources(item, f"{prefix}{item.name}/"))
        elif item.name.endswith(".py") and item.is_file():
            found.append((prefix + item.name, item))
    return found


@cache
def code_fingerprint() -> str:
    """A hash of the core's source: what was computed by other code is computed again."""
    digest = hashlib.sha256()
    for name, resource in sorted(_python_sources(files("byline.core")), key=lambda x: x[0]):
        digest.update(name.encode())
        digest.update(resource.read_bytes())
    return digest.hexdigest()[:20]


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
