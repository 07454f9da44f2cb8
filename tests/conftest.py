"""Shared fixtures: every test runs with Byline's directories under its own tmp_path."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
"""The checkout's top-level directory."""

TEST_DATA = Path(__file__).resolve().parent / "data"
"""Markdown articles written for the tests."""


_SESSION_HOME = Path(tempfile.mkdtemp(prefix="byline-tests-"))


def pytest_configure(config: pytest.Config) -> None:
    """The platform's directories point under a temporary directory for the whole run: a
    test that lets go of `byline_dirs` (a ``monkeypatch.undo()``, a child process started
    without the test's environment) still never reads or writes the real home."""
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = str(_SESSION_HOME / variable.lower())


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """Two workers per processor for ``-n auto`` (the default in pyproject), four more at
    most on a machine with many.

    The reader's tests spend much of their time asleep in Textual's Pilot, which waits for
    the app to go idle after every key and pause (`textual._wait.wait_for_idle` sleeps in
    short steps); with one worker per processor those sleeps leave the processors idle.
    ``PYTEST_XDIST_AUTO_NUM_WORKERS`` still sets the number (xdist's own hook reads it).
    """
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    processors = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    count = processors or os.cpu_count() or 1
    return min(2 * count, count + 4)


@dataclass(frozen=True)
class BylineDirs:
    """The directories Byline was pointed at for one test."""

    config: Path
    data: Path
    cache: Path


@pytest.fixture(autouse=True)
def byline_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> BylineDirs:
    """Point config, data and cache at tmp_path subdirectories: never the real home."""
    dirs = BylineDirs(tmp_path / "config", tmp_path / "data", tmp_path / "cache")
    monkeypatch.setenv("BYLINE_CONFIG_DIR", str(dirs.config))
    monkeypatch.setenv("BYLINE_DATA_DIR", str(dirs.data))
    monkeypatch.setenv("BYLINE_CACHE_DIR", str(dirs.cache))
    monkeypatch.delenv("BYLINE_MAX_ARTICLE_MB", raising=False)
    return dirs


BUNDLED_NAME = "turkish-weapons-are-being-used-to-kill-russian-soldiers"
"""Id (and file stem) of the article shipped in ``articles/``."""


@pytest.fixture
def bundled_article() -> Path:
    """The article shipped in ``articles/`` (imported from the Turkish Minute seed)."""
    path = REPO_ROOT / "articles" / f"{BUNDLED_NAME}.md"
    assert path.is_file(), path
    return path


@pytest.fixture
def failing_python(tmp_path: Path) -> Path:
    """A stand-in for Python (for processes Byline starts) that takes its task and fails,
    writing nothing."""
    script = tmp_path / "failing-python"
    script.write_text("#!/bin/sh\nhead -c 1 > /dev/null\nexit 3\n", encoding="utf-8")
    script.chmod(0o755)
    return script
