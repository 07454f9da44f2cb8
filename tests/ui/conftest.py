"""Fixtures for Pilot and snapshot tests: an app on the bundled article with its own state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from byline.store.library.files import default_article_path
from byline.store.sources import load_article
from byline.store.state import StateStore
from byline.ui.app import BylineApp

AppFactory = Callable[..., BylineApp]


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def make_app(config_dir: Path) -> AppFactory:
    """Build an app on an article (the bundled one by default), sharing one config dir."""

    def factory(path: Path | None = None) -> BylineApp:
        loaded = load_article(path or default_article_path())
        return BylineApp(loaded, StateStore(config_dir))

    return factory
