"""Where Byline keeps things: the environment overrides, and no directory made by asking."""

from __future__ import annotations

from pathlib import Path

import pytest

from byline.store import paths
from tests.conftest import BUNDLED_NAME, BylineDirs


def test_the_environment_chooses_the_directories(byline_dirs: BylineDirs) -> None:
    assert paths.config_dir() == byline_dirs.config
    assert paths.data_dir() == byline_dirs.data
    assert paths.user_articles_dir() == byline_dirs.data / "articles"
    assert paths.cache_dir() == byline_dirs.cache


def test_an_explicit_config_directory_wins_over_the_environment(tmp_path: Path) -> None:
    assert paths.config_dir(tmp_path / "chosen") == tmp_path / "chosen"


def test_a_leading_tilde_means_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("BYLINE_CACHE_DIR", "~/byline-cache")
    assert paths.cache_dir() == tmp_path / "byline-cache"


def test_without_overrides_the_platform_directories_are_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("BYLINE_CONFIG_DIR", "BYLINE_DATA_DIR", "BYLINE_CACHE_DIR"):
        monkeypatch.setenv(name, "")  # empty counts as unset
    for directory in (paths.config_dir(), paths.data_dir(), paths.cache_dir()):
        assert "byline" in directory.parts


def test_computing_a_path_creates_no_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("BYLINE_CONFIG_DIR", "BYLINE_DATA_DIR", "BYLINE_CACHE_DIR"):
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    asked = [
        paths.config_dir(),
        paths.data_dir(),
        paths.user_articles_dir(),
        paths.cache_dir(),
        paths.bundled_articles_dir(),
    ]
    assert all(isinstance(path, Path) for path in asked)
    assert list(tmp_path.iterdir()) == []


def test_the_bundled_articles_are_found() -> None:
    assert (paths.bundled_articles_dir() / f"{BUNDLED_NAME}.md").is_file()
