"""What the reader shows of an article's analysis: the first screen's highlights before the
rest is done, a cached analysis on the next open, a warning when the analysis fails, and no
process left behind on quit."""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

import byline.ui.analysis
from byline.core import analysis
from byline.core.analysis import Analysis
from byline.core.article.model import Article
from byline.core.entities.types import EntityCorrections, Mentions
from byline.store.sources import LoadedArticle, load_article
from byline.store.state import StateStore
from byline.ui.app import BylineApp
from byline.ui.reader.article_view import ArticleView

from .conftest import AppFactory

SIZE = (120, 36)
RANGE_CHARS = 4096
"""The analysis range size in these tests: a big article's behaviour on a small one."""
DEADLINE = 60.0
"""The longest a condition below may take to come true before the test fails."""


@pytest.fixture
def big_article(bundled_article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled article with its body repeated: many analysis ranges."""
    monkeypatch.setattr(analysis, "ANALYSIS_RANGE_CHARS", RANGE_CHARS)
    text = bundled_article.read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]
    path = tmp_path / "big.md"
    path.write_text(text + body * 12, encoding="utf-8")
    return path


async def until(pilot: Pilot[None], condition: Callable[[], bool]) -> None:
    """Let the app run until `condition` holds."""
    limit = time.monotonic() + DEADLINE
    while not condition():
        assert time.monotonic() < limit, "condition never came true"
        await pilot.pause(0.01)


def entity_spans(app: BylineApp) -> list[tuple[int, int]]:
    view = app.screen.query_one(ArticleView)
    return [(h.start, h.end) for h in view.highlights("entities")]


def wait_until(condition: Callable[[], bool]) -> None:
    limit = time.monotonic() + DEADLINE
    while not condition():
        assert time.monotonic() < limit, "condition never came true"
        time.sleep(0.01)


async def test_the_first_screen_is_highlighted_before_the_rest_is_analysed(
    make_app: AppFactory, big_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = analysis.find_range_mentions
    rest = threading.Event()

    def held_back(text: str, start: int, corrections: EntityCorrections) -> Mentions:
        if start > 0:  # beyond the range on screen: only once the test says so
            assert rest.wait(DEADLINE)
        return real(text, start, corrections)

    monkeypatch.setattr(analysis, "find_range_mentions", held_back)
    app = make_app(big_article)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: bool(entity_spans(app)))
        first_range_end = analysis.text_ranges(app.screen.article, RANGE_CHARS)[0][1]  # type: ignore[attr-defined]
        text = app.screen.article.text  # type: ignore[attr-defined]
        shown = {text[start:end] for start, end in entity_spans(app)}
        assert "Sergey Lavrov" in shown  # on the first screen
        assert all(end <= first_range_end for _start, end in entity_spans(app))
        rest.set()
        await app.workers.wait_for_complete()
        await until(pilot, lambda: any(s > first_range_end for s, _ in entity_spans(app)))


async def test_a_second_open_is_read_from_the_analysis_cache(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: bool(entity_spans(app)))
        first = entity_spans(app)

    def no_analysis(*_args: object, **_kwargs: object) -> analysis.Analysis:
        raise AssertionError("analysed again")

    monkeypatch.setattr(byline.ui.analysis, "analyse", no_analysis)
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: bool(entity_spans(again)))
        assert entity_spans(again) == first


def failing_step(text: str, start: int, corrections: EntityCorrections) -> Mentions:
    """A recogniser that fails (in the background process)."""
    raise ValueError("the recogniser broke")


async def test_an_analysis_failing_in_the_background_process_is_a_warning(
    make_app: AppFactory, big_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(analysis, "find_range_mentions", failing_step)
    app = make_app(big_article)
    app.analyser.small_article_chars = 0
    warnings: list[str] = []
    monkeypatch.setattr(app, "warn", warnings.append)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: bool(warnings))
        assert "People and quotes not found" in warnings[0]
        await pilot.press("]")  # still reading
        assert app.is_running


async def test_quitting_during_a_big_analysis_leaves_no_process(
    make_app: AppFactory, big_article: Path
) -> None:
    app = make_app(big_article)
    app.analyser.small_article_chars = 0
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: bool(multiprocessing.active_children()))
        await pilot.press("q")
    wait_until(lambda: not multiprocessing.active_children())


async def test_the_background_process_ends_once_a_big_article_is_analysed(
    make_app: AppFactory, big_article: Path
) -> None:
    app = make_app(big_article)
    app.analyser.small_article_chars = 0
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: bool(multiprocessing.active_children()))
        await until(pilot, lambda: app.screen.analysis is not None)  # type: ignore[attr-defined]
        await app.workers.wait_for_complete()
        wait_until(lambda: not multiprocessing.active_children())
        last = analysis.text_ranges(app.screen.article, RANGE_CHARS)[-1][0]  # type: ignore[attr-defined]
        await until(pilot, lambda: any(start >= last for start, _ in entity_spans(app)))
        assert app.is_running


async def test_a_preview_s_highlights_are_kept_when_the_rest_is_parsed_first(
    big_article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole article's analysis waits for its preview's, whose highlights come first."""
    real = byline.ui.analysis.Analyser.analyse
    real_complete = LoadedArticle.complete_article
    preview_started = threading.Event()
    rest_parsed = threading.Event()
    preview_done = threading.Event()
    started: list[tuple[bool, bool]] = []
    """(whole article?, preview's analysis done by then?) for each analysis started."""

    def analyse(
        self: byline.ui.analysis.Analyser, article: Article, **kwargs: Any
    ) -> tuple[Analysis, list[str]]:
        started.append((article.complete, preview_done.is_set()))
        if article.complete:
            return real(self, article, **kwargs)
        preview_started.set()
        assert rest_parsed.wait(DEADLINE)  # the rest is parsed while the preview is analysed
        try:
            return real(self, article, **kwargs)
        finally:
            preview_done.set()

    def complete_article(self: LoadedArticle, **kwargs: Any) -> Article:
        assert preview_started.wait(DEADLINE)  # parsed once the preview's analysis is under way
        return real_complete(self, **kwargs)

    monkeypatch.setattr(byline.ui.analysis.Analyser, "analyse", analyse)
    monkeypatch.setattr(LoadedArticle, "complete_article", complete_article)
    loaded = load_article(big_article, preview=True)  # as the reader opens it
    assert not loaded.article.complete
    app = BylineApp(loaded, StateStore(tmp_path / "config"))
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.screen.article.complete)  # type: ignore[attr-defined]
        rest_parsed.set()
        await until(pilot, lambda: bool(entity_spans(app)))
        await until(pilot, lambda: len(started) == 2)
        await app.workers.wait_for_complete()
        assert started == [(False, False), (True, True)]
        assert entity_spans(app)
