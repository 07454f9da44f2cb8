"""Where Byline keeps things. Computing a path never creates a directory: whoever writes
there creates it (`StateStore.save`, the caches, `add_articles`).

The platform's directories (platformdirs) can be overridden from the environment:

- ``BYLINE_CONFIG_DIR``: reading state (``state.db``) and entity corrections
  (``entities.yaml``); the ``--config-dir`` option overrides it in turn.
- ``BYLINE_DATA_DIR``: the reader's own articles, in its ``articles/`` folder.
- ``BYLINE_CACHE_DIR``: disposable caches (analyses, the library index).

The size limit for an article file, ``BYLINE_MAX_ARTICLE_MB``, is read by
`byline.store.sources.max_article_bytes`.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "byline"


def config_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The config directory: `override`, else ``BYLINE_CONFIG_DIR``, else the platform's."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get("BYLINE_CONFIG_DIR")
    if env:
        return Path(env).expanduser()
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """The data directory for the reader's own articles (``BYLINE_DATA_DIR`` overrides)."""
    env = os.environ.get("BYLINE_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def user_articles_dir() -> Path:
    """Where the reader's own Markdown articles live."""
    return data_dir() / "articles"


def cache_dir() -> Path:
    """Disposable caches (``BYLINE_CACHE_DIR`` overrides)."""
    env = os.environ.get("BYLINE_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def bundled_articles_dir() -> Path:
    """The articles shipped inside the package (``articles/`` in a source checkout)."""
    # Beside this module rather than through importlib.resources, which the reader would
    # otherwise import before its first paint for this path alone.
    package = Path(__file__).resolve().parents[1]
    packaged = package / "articles"
    if packaged.is_dir():
        return packaged
    # Editable install or source tree: the top-level articles/ folder of the checkout.
    return package.parents[1] / "articles"
