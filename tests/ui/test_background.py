"""The reader's background processes: the first start's gazetteer build."""

from __future__ import annotations

import multiprocessing

import pytest

from byline.core import gazetteer
from byline.ui import background


def test_the_first_start_builds_the_gazetteer_in_a_process_that_ends() -> None:
    assert not gazetteer.is_cached()
    background._build_gazetteer_elsewhere()
    assert gazetteer.is_cached()
    written = gazetteer._store().get(gazetteer._data_version())
    assert isinstance(written, dict)
    assert gazetteer._from_json(written).gpe["France"] == "France"
    assert not multiprocessing.active_children()


def test_with_the_gazetteer_cached_no_process_is_started(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gazetteer.build_into_cache()

    def no_process() -> None:
        raise AssertionError("no process should be started")

    monkeypatch.setattr(background, "_PoolExecutor", no_process)
    background._build_gazetteer_elsewhere()


def test_without_a_process_the_analysis_builds_the_tables_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unavailable() -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(background, "_PoolExecutor", unavailable)
    background._build_gazetteer_elsewhere()  # gives up quietly
    assert not gazetteer.is_cached()
