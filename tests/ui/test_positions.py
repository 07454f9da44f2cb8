"""Pilot tests for where the reader says it is: one progress figure everywhere, and section
jumps that land on the section asked for, even near the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from byline.core.reading import progress_label
from byline.store.state import StateStore
from byline.ui.app import BylineApp
from byline.ui.dialogs.bookmarks import BookmarksScreen
from byline.ui.library.screen import LibraryScreen
from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.screen import ReaderScreen
from byline.ui.reader.sections_sidebar import SectionsSidebar
from byline.ui.reader.status_bar import StatusBar

from .conftest import AppFactory, TypeWhen, notices, notified, wait_until

TALL = (120, 40)
"""At this size the last two sections of the bundled article fit on the last screen."""


def reader(app: BylineApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.pause()


def status_text(app: BylineApp) -> str:
    return str(app.screen.query_one(StatusBar).render())


async def test_one_progress_figure_in_the_status_line_bookmarks_and_resume_notice(
    make_app: AppFactory, config_dir: Path
) -> None:
    app = make_app()
    async with app.run_test(size=TALL) as pilot:
        await settle(pilot)
        await pilot.press("3", "s", "m")
        await settle(pilot)
        screen = reader(app)
        figure = progress_label(screen.state.percent)
        assert status_text(app).rstrip().endswith(f"  {figure}")
        await pilot.press("apostrophe")
        await wait_until(pilot, lambda: isinstance(app.screen, BookmarksScreen))
        bookmark_list = app.screen.query_one("#bookmark-list", OptionList)
        listed = str(bookmark_list.get_option_at_index(0).prompt)
        assert listed.startswith(f"{figure:>4}  §3 ")
        # The heading is said once: the excerpt starts after it.
        assert listed.count("Turkey’s role in US-Ukraine defense cooperation") == 1
        await pilot.press("escape", "q")
    app = make_app()
    async with app.run_test(size=(90, 30)) as pilot:
        await settle(pilot)
        assert notified(app, f"({figure})")
    assert StateStore(config_dir).article(screen.article.id).percent == screen.state.percent


async def test_the_end_is_100_percent_and_the_start_0(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=TALL) as pilot:
        await settle(pilot)
        assert status_text(app).rstrip().endswith(" 0%")
        await pilot.press("G")
        await settle(pilot)
        assert status_text(app).rstrip().endswith(" 100%")
        assert reader(app).state.percent == 100


async def test_section_keys_land_on_a_section_whose_heading_cannot_reach_the_top(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=TALL) as pilot:
        await settle(pilot)
        screen = reader(app)
        sidebar = app.screen.query_one(SectionsSidebar)
        article_view = app.screen.query_one(ArticleView)
        await pilot.press("5", "s")
        await settle(pilot)
        assert article_view.at_end  # the heading of § 5 cannot reach the top here
        assert screen.current_section == 4 == sidebar.current
        assert status_text(app).startswith("§ 5/6")
        await pilot.press("4", "enter", "right_square_bracket")
        await settle(pilot)
        assert screen.current_section == 4
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert screen.current_section == 5
        assert status_text(app).startswith("§ 6/6")
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert screen.current_section == 4
        await pilot.press("G", "left_square_bracket")
        await settle(pilot)
        assert screen.current_section == 4  # from the end (§ 6), the one before
        # Scrolling by hand at the end: the end is the last section again.
        await pilot.press("k", "j")
        await settle(pilot)
        assert screen.current_section == 5


async def test_the_palette_lands_on_section_5(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=TALL) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"section 5", "enter")
        await wait_until(pilot, lambda: reader(app).current_section == 4)
        assert status_text(app).startswith("§ 5/6")


def welcome_notice(app: BylineApp) -> str:
    found = notices(app, title="Welcome back")
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(("first", "then"), [(TALL, (80, 24)), ((80, 24), TALL)])
async def test_the_welcome_back_notice_agrees_with_the_status_line(
    make_app: AppFactory, first: tuple[int, int], then: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=first) as pilot:
        await settle(pilot)
        await pilot.press("4", "s", "d")  # in § 4, which the end shares a screen with at 120x40
        await settle(pilot)
        await pilot.press("q")
    app = make_app()
    async with app.run_test(size=then) as pilot:
        await wait_until(pilot, lambda: notices(app, title="Welcome back"))
        status = status_text(app).split()
        section, percent = status[1], status[-1]
        # The notice names what the status line shows: "§ 4/6 … 69%" and "section 4/6 … (69%)".
        assert f"section {section}:" in welcome_notice(app)
        assert welcome_notice(app).endswith(f"({percent})")


async def test_the_welcome_back_notice_waits_until_the_reader_is_shown(
    make_app: AppFactory, config_dir: Path
) -> None:
    """`--library` after reading: no notice over the library; back to the reader, it comes."""
    app = make_app()
    async with app.run_test(size=TALL) as pilot:
        await settle(pilot)
        await pilot.press("4", "s", "j")
        await settle(pilot)
        await pilot.press("q")
    app = BylineApp(app.loaded, StateStore(config_dir), show_library=True)
    async with app.run_test(size=TALL) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert not notified(app, "Resumed at", title="Welcome back")
        await pilot.press("escape")
        await wait_until(pilot, lambda: notified(app, "Resumed at section 4/6"))
        assert status_text(app).startswith("§ 4/6")


async def test_a_key_typed_before_the_first_frame_keeps_the_welcome_back_notice(
    make_app: AppFactory,
) -> None:
    """A key that does not move (`e`) typed while the reader is laid out: the view still goes
    back to where the reader was, and says so."""
    app = make_app()
    async with app.run_test(size=TALL) as pilot:
        await settle(pilot)
        await pilot.press("3", "s")
        await settle(pilot)
        await pilot.press("q")
    app = make_app()
    hook = TypeWhen()
    hook.arm(app, lambda: any(isinstance(s, ReaderScreen) for s in app.screen_stack), "e")
    async with app.run_test(size=TALL, message_hook=hook) as pilot:
        await wait_until(pilot, lambda: not hook.keys)  # typed
        await wait_until(pilot, lambda: notified(app, "Resumed at section 3/6"))
        assert status_text(app).startswith("§ 3/6")
