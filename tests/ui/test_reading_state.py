"""Pilot tests for what the reader remembers: only articles the reader has looked at, and
bookmarks that another Byline saved on the same article."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import OptionList

from byline.core.reading import Bookmark, now_iso
from byline.store.library.files import default_article_path
from byline.store.paths import user_articles_dir
from byline.store.sources import load_article
from byline.store.state import StateStore
from byline.ui.app import BylineApp
from byline.ui.dialogs.bookmarks import BookmarksScreen
from byline.ui.library.library_list import LibraryList
from byline.ui.library.screen import LibraryScreen
from byline.ui.reader.screen import ReaderScreen

from .conftest import wait_until

SIZE = (100, 30)


def reader(app: BylineApp) -> ReaderScreen:
    assert isinstance(app.screen, ReaderScreen)
    return app.screen


async def settled(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def on_the_library(pilot: Pilot[None]) -> None:
    """Wait for an app started with ``show_library`` to show the library, its work done."""
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, LibraryScreen))
    await settled(pilot)


async def test_opening_on_the_library_records_no_reading(config_dir: Path) -> None:
    loaded = load_article(default_article_path())
    app = BylineApp(loaded, StateStore(config_dir), show_library=True)
    async with app.run_test(size=SIZE) as pilot:
        await on_the_library(pilot)
        # The library lists the bundled article as new: the reader under it was never seen.
        table = app.screen.query_one(LibraryList)
        await wait_until(pilot, lambda: table.row_count == 1)
        row = table.render_line(0).text
        assert "○ new" in row and "never" in row
        await pilot.press("q")
    stored = StateStore(config_dir)
    assert stored.state.articles == {}
    assert stored.last_article is None


async def test_leaving_the_library_for_the_reader_records_the_article(config_dir: Path) -> None:
    loaded = load_article(default_article_path())
    app = BylineApp(loaded, StateStore(config_dir), show_library=True)
    async with app.run_test(size=SIZE) as pilot:
        await on_the_library(pilot)
        await pilot.press("escape")  # back to the reader: now it is being read
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        await settled(pilot)
        await pilot.press("q")
    stored = StateStore(config_dir)
    assert stored.last_article == loaded.article.id
    assert stored.article(loaded.article.id).last_opened is not None


def bookmarks_listed(app: BylineApp) -> list[str]:
    options = app.screen.query_one("#bookmark-list", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_the_bookmark_list_shows_what_another_reader_of_the_article_saved(
    config_dir: Path,
) -> None:
    loaded = load_article(default_article_path())
    article = loaded.article
    app = BylineApp(loaded, StateStore(config_dir))
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("2", "s", "m")  # a bookmark of this reader's, in section 2
        await wait_until(pilot, lambda: len(reader(app).state.bookmarks) == 1)
        # Another Byline on the same article (its own store handle) marks section 5.
        other = StateStore(config_dir)
        theirs = Bookmark.at(article, article.sections[4].start, now_iso())
        other.set_article(article.id, other.article(article.id).with_bookmark(theirs))
        assert other.save()
        await pilot.press("apostrophe")
        await wait_until(pilot, lambda: isinstance(app.screen, BookmarksScreen))
        listed = bookmarks_listed(app)
        assert [label.split()[1] for label in listed] == ["§2", "§5"]
        await pilot.press("down", "x")  # this reader deletes the other's bookmark
        await wait_until(pilot, lambda: len(bookmarks_listed(app)) == 1)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        await pilot.press("q")
    kept = StateStore(config_dir).article(article.id).bookmarks
    assert [b.label[:2] for b in kept] == ["§2"]


async def test_the_bookmark_list_keeps_the_sections_another_reader_read(
    config_dir: Path,
) -> None:
    """`'` reads the article's stored state again: what another Byline saved of it stays
    stored after this reader moves, and after it deletes one of its own bookmarks."""
    loaded = load_article(default_article_path())
    article = loaded.article
    app = BylineApp(loaded, StateStore(config_dir))
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("m")  # a bookmark of this reader's, to delete below
        await wait_until(pilot, lambda: len(reader(app).state.bookmarks) == 1)
        other = StateStore(config_dir)
        last = article.sections[-1].id
        state = other.article(article.id)
        other.set_article(article.id, replace(state, read_sections=state.read_sections | {last}))
        assert other.save()
        await pilot.press("apostrophe")
        await wait_until(pilot, lambda: isinstance(app.screen, BookmarksScreen))
        await pilot.press("escape", "j")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        app.save_store()
        assert last in StateStore(config_dir).article(article.id).read_sections
        await pilot.press("apostrophe")
        await wait_until(pilot, lambda: isinstance(app.screen, BookmarksScreen))
        await pilot.press("x")  # this reader deletes its own bookmark
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        await pilot.press("j", "q")
    stored = StateStore(config_dir).article(article.id)
    assert last in stored.read_sections
    assert stored.bookmarks == ()


OTHER = """---
title: Harbour plan approved
id: harbour-plan
---

The council approved the harbour plan on Tuesday.
"""


async def test_opening_another_article_from_the_library_records_only_that_one(
    config_dir: Path,
) -> None:
    """`--library`, Enter on another article: the bundled one, under the library, was never
    read, and is not recorded on the way to the one chosen."""
    directory = user_articles_dir()
    directory.mkdir(parents=True)
    (directory / "harbour.md").write_text(OTHER, encoding="utf-8")
    loaded = load_article(default_article_path())
    app = BylineApp(loaded, StateStore(config_dir), show_library=True)
    async with app.run_test(size=SIZE) as pilot:
        await on_the_library(pilot)
        table = app.screen.query_one(LibraryList)
        await wait_until(pilot, lambda: table.row_count == 2)
        await pilot.press(*"harbour")
        await wait_until(pilot, lambda: table.row_count == 1)
        await pilot.press("enter")
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, ReaderScreen) and app.screen.article.id != loaded.article.id
            ),
        )
        await settled(pilot)
        assert reader(app).article.id == "harbour-plan"
        await pilot.press("q")
    stored = StateStore(config_dir)
    assert set(stored.state.articles) == {"harbour-plan"}
    assert stored.last_article == "harbour-plan"
