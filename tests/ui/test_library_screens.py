"""Pilot tests for the library: the library screen, quotes across articles, who said what."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import OptionList, Static

from byline.store.paths import user_articles_dir
from byline.ui.app import BylineApp
from byline.ui.library.columns import GAP, TITLE_MIN
from byline.ui.library.library_list import LibraryList
from byline.ui.library.screen import COLUMNS, LibraryScreen, ago, progress_bar
from byline.ui.library.speakers import SpeakersScreen
from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.entity_panel import EntityPanel
from byline.ui.reader.quote_panel import QuotePanel
from byline.ui.reader.screen import ReaderScreen

from .conftest import AppFactory, wait_until

SIZE = (120, 36)

HARBOUR = """---
title: Harbour plan approved after long debate
id: harbour-plan
source: The Coast Gazette
date: 2024-03-02
---

The council approved the harbour plan on Tuesday after a debate that lasted nine hours.

"This is the best day for the town in twenty years," said Mayor Alice Brennan.

Opponents were less pleased. "The plan ignores the fishermen entirely," said Tom Okafor,
who leads the harbour users' association.

Brennan said work would begin in the spring.
"""

FESTIVAL = """---
title: Festival returns with a record crowd
id: festival-returns
source: The Coast Gazette
---

More than forty thousand people came to the summer festival this weekend.

"We did not expect so many, and the harbour looked wonderful," said Alice Brennan, who opened
the festival on Friday.
"""


@pytest.fixture
def library_articles() -> Path:
    """Two articles of the reader's own, in the data directory."""
    directory = user_articles_dir()
    directory.mkdir(parents=True)
    (directory / "harbour.md").write_text(HARBOUR, encoding="utf-8")
    (directory / "festival.md").write_text(FESTIVAL, encoding="utf-8")
    return directory


async def settled(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def reader(app: BylineApp) -> ReaderScreen:
    assert isinstance(app.screen, ReaderScreen)
    return app.screen


def test_progress_bar_and_ago() -> None:
    assert progress_bar(50).plain == "█████░░░░░  50%"
    assert progress_bar(50, 8).plain == "██░  50%"  # a narrow list shortens the bar
    assert progress_bar(100, 8).plain == "███ 100%"
    assert ago(None) == "never"
    assert ago("2026-01-01T10:00:00+00:00", now=__import__("datetime").datetime(
        2026, 1, 1, 13, 0, tzinfo=__import__("datetime").UTC)) == "3 h ago"  # fmt: skip


async def test_library_lists_filters_sorts_and_opens(
    make_app: AppFactory, library_articles: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("L")
        await settled(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        titles = [entry.title for entry in library._shown]
        assert len(titles) == 3
        assert titles[0].startswith("Turkish weapons")  # read most recently
        await pilot.press("ctrl+s")  # sort by title
        assert library._shown[0].title == "Festival returns with a record crowd"
        await pilot.press(*"harbour")
        await pilot.pause()
        assert [e.id for e in library._shown] == ["harbour-plan"]
        await pilot.press("enter")
        await settled(pilot)
        assert reader(app).article.id == "harbour-plan"
        await pilot.press("L")
        await settled(pilot)
        await pilot.press("escape")
        assert reader(app).article.id == "harbour-plan"


async def test_library_flag_opens_on_the_library(
    make_app: AppFactory, config_dir: Path, library_articles: Path
) -> None:
    from byline.store.library.files import default_article_path
    from byline.store.sources import load_article
    from byline.store.state import StateStore

    app = BylineApp(load_article(default_article_path()), StateStore(config_dir), show_library=True)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert isinstance(app.screen, LibraryScreen)


async def test_quote_search_across_articles_opens_the_other_article(
    make_app: AppFactory, library_articles: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("quotation_mark")
        panel = app.screen.query_one(QuotePanel)
        await pilot.press("slash", "tab", "enter")  # the filter, then the "All articles" switch
        await settled(pilot)
        assert panel.all_articles
        speakers = {item.speaker for item in panel._shown}
        assert {"Sergey Lavrov", "Alice Brennan", "Tom Okafor"} <= speakers
        await pilot.press("shift+tab")
        await pilot.press(*"speaker:brennan wonderful")
        await pilot.pause()
        assert [item.article_id for item in panel._shown] == ["festival-returns"]
        await pilot.press("enter")
        await settled(pilot)
        screen = reader(app)
        assert screen.article.id == "festival-returns"
        view = screen.query_one(ArticleView)
        start = screen.article.text.index("We did not expect")
        assert view.top_offset() <= start < view.bottom_offset()


async def test_entity_panel_lists_other_articles_mentioning_a_person(
    make_app: AppFactory, library_articles: Path
) -> None:
    app = make_app(library_articles / "harbour.md")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("E", *"brennan", "enter")
        await settled(pilot)
        panel = app.screen.query_one(EntityPanel)
        assert panel._elsewhere == [library_articles / "festival.md"]


async def test_who_said_what(make_app: AppFactory, library_articles: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_speakers_screen(pilot)
        counts = {s.name: s.quote_count for s in screen.speakers}
        assert counts["Sergey Lavrov"] == 4
        assert counts["Alice Brennan"] == 2
        speakers = screen.query_one("#speaker-list", OptionList)
        await pilot.press("enter", "j", "j", "k")  # the list moves with j and k too
        await wait_until(pilot, lambda: speakers.highlighted == 1)
        await pilot.press("shift+tab", *"okafor", "enter")  # back to the filter, to the list
        await pilot.pause()
        await pilot.press("enter")  # to Tom Okafor's quotes
        # As the quote panel shows it: without the comma that ends the words in the marks.
        quotes = screen.query_one("#speaker-quotes", OptionList)
        prompt = quotes.get_option_at_index(0).prompt
        assert isinstance(prompt, Text)
        assert prompt.plain.endswith("“The plan ignores the fishermen entirely”\n")
        await pilot.pause()
        await pilot.press("enter")  # open the first one
        await settled(pilot)
        assert reader(app).article.id == "harbour-plan"


def test_library_screen_snapshot(
    snap_compare: Callable[..., bool], make_app: AppFactory, library_articles: Path
) -> None:
    async def open_library(pilot: Pilot[None]) -> None:
        await settled(pilot)
        await pilot.press("L")
        await settled(pilot)

    assert snap_compare(make_app(), run_before=open_library, terminal_size=SIZE)


async def test_library_list_keys_and_click(make_app: AppFactory, library_articles: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("L")
        await settled(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await pilot.press("ctrl+s")  # by title: Festival, Harbour, Turkish
        await pilot.press("down", "j", "k", "j")  # into the list, then down, up, down
        second = library._shown[1]
        await pilot.press("enter")
        await settled(pilot)
        assert reader(app).article.id == second.id


def add_from_another_process(tmp_path: Path, title: str) -> None:
    """Add a plain-text article as `byline add` in another terminal would (same database)."""
    from byline.store.library.files import add_articles

    story = tmp_path / "late.txt"
    story.write_text(f"{title}\n\nA story added by another process.\n", encoding="utf-8")
    assert add_articles([story]).added


def titles_on_screen(library: LibraryScreen) -> list[str]:
    return [entry.title for entry in library.entries]


async def opened(pilot: Pilot[None], key: str) -> Screen[object]:
    """The screen `key` opens, once the app has settled before and after."""
    await settled(pilot)
    await pilot.press(key)
    await settled(pilot)
    return pilot.app.screen


async def open_library_screen(pilot: Pilot[None]) -> LibraryScreen:
    library = await opened(pilot, "L")
    assert isinstance(library, LibraryScreen)
    return library


async def open_speakers_screen(pilot: Pilot[None]) -> SpeakersScreen:
    screen = await opened(pilot, "W")
    assert isinstance(screen, SpeakersScreen)
    return screen


async def test_library_screen_shows_articles_added_while_it_was_covered(
    make_app: AppFactory, library_articles: Path, tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        library = await open_library_screen(pilot)
        assert len(library.entries) == 3
        await pilot.press("ctrl+p")  # the command palette covers the library ...
        await wait_until(pilot, lambda: app.screen is not library)
        add_from_another_process(tmp_path, "Late news arrives")
        await pilot.press("escape")  # ... and the library comes back
        await wait_until(pilot, lambda: "Late news arrives" in titles_on_screen(library))
        assert app.screen is library
        table = library.query_one(LibraryList)
        rows = [table.render_line(y).text for y in range(table.row_count)]
        assert any("Late news arrives" in row for row in rows)


async def test_library_screen_shows_articles_added_while_the_terminal_was_elsewhere(
    make_app: AppFactory, library_articles: Path, tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        library = await open_library_screen(pilot)
        await pilot.press("ctrl+s", "down", "down")  # by title; the cursor on Harbour
        table = library.query_one(LibraryList)
        assert library._shown[table.cursor].id == "harbour-plan"
        app.post_message(events.AppBlur())  # the reader goes to another window ...
        await wait_until(pilot, lambda: not app.app_focus)
        add_from_another_process(tmp_path, "A late story")
        app.post_message(events.AppFocus())  # ... runs `byline add` there, and comes back
        await wait_until(pilot, lambda: "A late story" in titles_on_screen(library))
        rows = [table.render_line(y).text for y in range(table.row_count)]
        assert any("A late story" in row for row in rows)
        assert library._shown[table.cursor].id == "harbour-plan"  # the cursor stayed


def test_an_unchanged_library_is_not_loaded_again_on_focus() -> None:
    from byline.store.library import LibraryIndex

    index = LibraryIndex.load_or_build(analyse=False)
    assert not index.is_stale()


LONG_TITLES = [
    "Council approves the long-awaited harbour regeneration plan after a nine-hour debate",
    "Festival organisers report a record crowd despite the rain on the final weekend",
]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_titles_take_the_room_empty_columns_leave(
    make_app: AppFactory, tmp_path: Path, size: tuple[int, int]
) -> None:
    from byline.store.library.files import add_articles

    files = []
    for number, title in enumerate(LONG_TITLES):
        path = tmp_path / f"story-{number}.txt"
        path.write_text(f"{title}\n\nStory {number}, with no source and no date.\n", "utf-8")
        files.append(path)
    assert len(add_articles(files).added) == 2
    app = make_app(tmp_path / "story-0.txt")
    async with app.run_test(size=size) as pilot:
        library = await open_library_screen(pilot)
        header = str(library.query_one("#library-columns", Static).render())
        assert "Title" in header and "Progress" in header
        assert "Date" not in header  # no article has a date: the column takes no room
        table = library.query_one(LibraryList)
        rows = [table.render_line(y).text for y in range(table.row_count)]
        widths = dict(zip((c.name for c in COLUMNS), table.column_widths(), strict=True))
        assert widths["Date"] == 0
        others = sum(w + GAP for name, w in widths.items() if w and name != "Title")
        assert widths["Title"] == table.scrollable_content_region.width - others - GAP
        assert widths["Title"] >= (45 if size[0] >= 120 else TITLE_MIN)
        shown = widths["Title"] - 1  # the rest is the ellipsis
        assert all(any(title[:shown] in row for row in rows) for title in LONG_TITLES), rows
        if size[0] >= 120:  # narrower, the least useful columns make room for the title
            assert "Source" in header and "Last read" in header
        assert all(cell_len(row) == table.scrollable_content_region.width for row in rows)


async def test_on_a_narrow_terminal_the_progress_bar_shortens_for_the_title(
    make_app: AppFactory, library_articles: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(52, 20)) as pilot:  # a list 48 cells wide
        library = await open_library_screen(pilot)
        header = str(library.query_one("#library-columns", Static).render())
        table = library.query_one(LibraryList)
        assert "Title" in header and "Progress" in header
        widths = dict(zip((c.name for c in COLUMNS), table.column_widths(), strict=True))
        assert widths["Title"] >= TITLE_MIN
        assert len("Progress") <= widths["Progress"] < 15
        rows = [table.render_line(y).text.rstrip() for y in range(table.row_count)]
        assert all(row.endswith("%") for row in rows), rows  # the figure stays whole


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_narrow_terminals_keep_what_matters(
    make_app: AppFactory, library_articles: Path, size: tuple[int, int]
) -> None:
    """The library keeps its Source and gives the title a third of the width; who said what
    gives the quotations about two thirds."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        library = await open_library_screen(pilot)
        header = str(library.query_one("#library-columns", Static).render())
        assert "Title" in header and "Source" in header and "Progress" in header
        table = library.query_one(LibraryList)
        rows = [table.render_line(y).text for y in range(table.row_count)]
        assert any("The Coast Gazette" in row for row in rows), rows  # whole, not cut
        widths = dict(zip((c.name for c in COLUMNS), table.column_widths(), strict=True))
        assert widths["Title"] >= table.scrollable_content_region.width // 3
        await pilot.press("escape")
        screen = await open_speakers_screen(pilot)
        names = screen.query_one("#speakers-column").size.width
        quotes = screen.query_one("#speaker-quotes-column").size.width
        assert quotes >= 2 * names - 2
        assert names >= len("  4  Sergey Lavrov  ")  # a name and its count still fit


async def test_a_filter_matching_nothing_says_so(
    make_app: AppFactory, library_articles: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        library = await open_library_screen(pilot)
        await pilot.press(*"zzz")
        table = library.query_one(LibraryList)
        await wait_until(pilot, lambda: table.row_count == 0)
        assert "No article matches “zzz”." in table.render_line(0).text
