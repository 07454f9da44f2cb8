"""The reader's background analysis: what it takes from the process started before the first
paint (`byline.ui.early_work`), and the place and name tables built elsewhere for a big
article."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from byline.core import analysis
from byline.store import analysis_cache
from byline.store.analysis_cache import JsonCache
from byline.store.library.opening import ArticleChoice
from byline.store.sources import LoadedArticle, load_article
from byline.ui import background
from byline.ui.early_work import EarlyWork, Task, is_small


def _no_analysis_here(*_args: object, **_kwargs: object) -> analysis.Analysis:
    raise AssertionError("the reader should not have analysed the article itself")


def _opened(article: Path, config: Path) -> tuple[EarlyWork, LoadedArticle]:
    """The early process started on `article`, and what it opened."""
    early = EarlyWork.start(Task(ArticleChoice(named=str(article)), config))
    assert early is not None
    loaded = early.loaded_article()
    assert loaded is not None
    return early, loaded


def test_the_analysis_is_the_early_process_s(
    bundled_article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    early, loaded = _opened(bundled_article, tmp_path)
    monkeypatch.setattr(analysis, "analyse", _no_analysis_here)
    found, warnings = background.analyse_article(loaded.article, tmp_path, JsonCache(), early=early)
    assert "Sergey Lavrov" in found.people
    assert warnings == []


def test_when_the_early_process_failed_the_reader_analyses(
    bundled_article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_python: Path
) -> None:
    monkeypatch.setattr("byline.ui.early_work.sys.executable", str(failing_python))
    early = EarlyWork.start(Task(ArticleChoice(named=str(bundled_article)), tmp_path))
    assert early is not None and early.loaded_article() is None
    article = load_article(bundled_article).article
    found, _ = background.analyse_article(article, tmp_path, JsonCache(), early=early)
    assert "Sergey Lavrov" in found.people


def test_quitting_stops_the_wait_for_the_early_process(
    bundled_article: Path, tmp_path: Path
) -> None:
    early, loaded = _opened(bundled_article, tmp_path)
    early.stop()
    with pytest.raises(background.BackgroundStopped):
        background.analyse_article(loaded.article, tmp_path, JsonCache(), early=early)


def test_a_big_article_is_analysed_and_cached_by_another_process(
    bundled_article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(background, "is_small", lambda _article: False)
    article = load_article(bundled_article).article
    reported: list[float] = []
    cache = JsonCache(tmp_path / "cache")
    found, _ = background.analyse_article(article, tmp_path, cache, progress=reported.append)
    assert found == analysis.analyse(article)
    assert reported and reported[-1] == 1.0 and reported == sorted(reported)
    monkeypatch.setattr(analysis, "analyse", _no_analysis_here)
    assert (
        analysis_cache.stored_analysis(article, analysis.article_corrections(article), cache)
        == found
    )
    assert not background._running


def test_quitting_stops_the_analysis_process(
    bundled_article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(background, "is_small", lambda _article: False)
    article = load_article(bundled_article).article

    def quit_now(_fraction: float) -> None:
        background.stop_background_work()

    with pytest.raises(background.BackgroundStopped):
        background.analyse_article(article, tmp_path, JsonCache(), progress=quit_now)
    assert not background._running


def test_when_the_analysis_process_fails_the_reader_analyses(
    bundled_article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_python: Path
) -> None:
    monkeypatch.setattr(background, "is_small", lambda _article: False)
    monkeypatch.setattr("byline.ui.background.sys.executable", str(failing_python))
    article = load_article(bundled_article).article
    found, _ = background.analyse_article(article, tmp_path, JsonCache(tmp_path / "cache"))
    assert "Sergey Lavrov" in found.people
    assert not background._running


def test_an_analysis_process_killed_by_a_signal_counts_as_stopped(
    bundled_article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A closed terminal sends SIGHUP to the reader and its processes alike: the reader must
    # not start the analysis again itself while it quits.
    monkeypatch.setattr(analysis, "analyse", _no_analysis_here)
    # Big enough for several ranges: the process is still at work after the first progress.
    text = bundled_article.read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]
    big = tmp_path / "big.md"
    big.write_text(text + body * (3 * analysis.ANALYSIS_RANGE_CHARS // len(body)), "utf-8")
    article = load_article(big).article
    assert not is_small(article)

    def hang_up(_fraction: float) -> None:
        for work in list(background._running):
            os.kill(work._process.pid, signal.SIGHUP)  # type: ignore[attr-defined]

    with pytest.raises(background.BackgroundStopped):
        background.analyse_article(article, tmp_path, JsonCache(), progress=hang_up)
