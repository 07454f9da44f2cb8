"""Pilot tests for which sections count as read (`✓` in the sidebar, and the saved state):
those scrolled through to their end, never those a jump skips over."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot

from byline.core.article.model import Article
from byline.store.state import StateStore
from byline.ui.app import BylineApp
from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.screen import ReaderScreen
from byline.ui.reader.sections_sidebar import READ_MARK, SectionsSidebar

from .conftest import AppFactory, wait_until

SIZE = (100, 30)

JUMPS = {
    # Each lands on section 5 or after, from the top: sections 2 to 4 are skipped over. (The
    # palette and the sidebar go to a section as a digit does.)
    "digit": ("5", "enter"),
    "brackets": ("right_square_bracket",) * 4,
    "end": ("G",),
    "search": ("slash", *"sanction", "enter"),  # its first match is in section 5
    "mention": ("E", *"lavrov", "enter", "escape", "escape", "comma"),  # the last: § 5
}


def reader(app: BylineApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def indexes(article: Article, read: frozenset[str]) -> set[int]:
    return {s.index for s in article.sections if s.id in read}


async def settled(pilot: Pilot[None]) -> None:
    for _ in range(3):
        await pilot.pause()


@pytest.mark.parametrize("jump", JUMPS)
async def test_a_jump_does_not_read_the_sections_it_skips(
    make_app: AppFactory, config_dir: Path, jump: str
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        article = screen.article
        if jump == "mention":
            await app.workers.wait_for_complete()
            await wait_until(pilot, lambda: screen.analysis is not None)
        view = screen.query_one(ArticleView)
        await pilot.press(*JUMPS[jump])
        await wait_until(pilot, lambda: view.bottom_offset() > article.sections[4].start)
        # Skipped over: the sections above the screen jumped to.
        skipped = {s.index for s in article.sections if s.end <= view.top_offset()}
        assert {1, 2} <= skipped
        await pilot.press("j")  # scrolling on from there does not read them either
        await settled(pilot)
        sidebar = screen.query_one(SectionsSidebar)
        assert not indexes(article, screen.state.read_sections) & skipped
        assert not any(READ_MARK in sidebar.entry_text(index) for index in skipped)
        await pilot.press("q")
    stored = StateStore(config_dir)
    assert stored.state.last_article is not None
    assert not indexes(article, stored.article(stored.state.last_article).read_sections) & skipped


@pytest.mark.parametrize("scroll", ["keys", "wheel"])
async def test_scrolling_reads_the_sections_it_passes_through(
    make_app: AppFactory, scroll: str
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await pilot.press("2", "s")  # a jump over the lead
        await wait_until(pilot, lambda: screen.current_section == 1)
        view = screen.query_one(ArticleView)
        for _ in range(100):  # then page by page or with the wheel, through sections 2 and 3
            if scroll == "keys":
                await pilot.press("space")
            else:
                view.post_message(events.MouseScrollDown(view, 5, 5, 0, 1, 0, False, False, False))
                await pilot.pause()
            if screen.current_section >= 3:
                break
        await settled(pilot)
        read = indexes(screen.article, screen.state.read_sections)
        assert {1, 2} <= read
        assert 0 not in read
