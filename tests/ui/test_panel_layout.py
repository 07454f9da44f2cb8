"""Pilot tests for how the side panels share the screen, and for their keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from byline.ui.app import BylineApp
from byline.ui.dialogs.help import HelpScreen
from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.entity_panel import EntityList, EntityPanel
from byline.ui.reader.quote_panel import QuoteList, QuotePanel
from byline.ui.reader.screen import ReaderScreen
from byline.ui.reader.search_bar import SearchBar
from byline.ui.reader.sections_sidebar import SectionsSidebar
from byline.ui.reader.status_bar import StatusBar
from byline.ui.widgets.key_bar import KeyBar

from .conftest import AppFactory, wait_until

READABLE = 40
"""The narrowest the article may get beside a panel, in columns."""


async def analysed(pilot: Pilot[None]) -> ReaderScreen:
    await pilot.app.workers.wait_for_complete()
    await wait_until(pilot, lambda: getattr(pilot.app.screen, "analysis", None) is not None)
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def article_width(app: BylineApp) -> int:
    view = app.screen.query_one(ArticleView)
    return view.size.width if view.display else 0


@pytest.mark.parametrize("key", ["E", "quotation_mark"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_panel_leaves_the_article_a_readable_width(
    make_app: AppFactory, key: str, size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await analysed(pilot)
        sidebar = app.screen.query_one(SectionsSidebar)
        assert sidebar.display
        await pilot.press(key)
        await pilot.pause()
        assert article_width(app) >= READABLE
        assert app.screen.query_one(ArticleView).text_width >= READABLE - 2
        assert not sidebar.display  # gives way to the panel
        await pilot.press("escape", key)  # leave, close: the sidebar is back
        await pilot.pause()
        assert sidebar.display


async def test_wide_screens_keep_the_sidebar_beside_a_panel(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("E")
        await pilot.pause()
        assert app.screen.query_one(SectionsSidebar).display
        assert article_width(app) >= 60


async def test_on_a_very_narrow_screen_a_panel_covers_the_article_until_left(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=(60, 24)) as pilot:
        screen = await analysed(pilot)
        await pilot.press("quotation_mark")
        await pilot.pause()
        panel = app.screen.query_one(QuotePanel)
        assert panel.size.width == 60
        assert article_width(app) == 0
        await pilot.press("down", "enter")  # jump to the quote: the article again
        await pilot.pause()
        assert not screen.show_quotes
        assert article_width(app) >= READABLE
        assert app.screen.query_one(ArticleView).has_focus


async def test_quote_panel_keys_do_what_the_bar_says(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    copied: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        bar = app.screen.query_one(KeyBar)
        await pilot.press("quotation_mark")
        await pilot.pause()
        panel = app.screen.query_one(QuotePanel)
        quote_filter = panel.query_one(Input)
        assert panel.query_one(QuoteList).has_focus  # the panel opens on its list
        assert "Copy quote" in str(bar.render())
        await pilot.press("y")
        assert len(copied) == 1
        assert quote_filter.value == ""
        await pilot.press("slash")  # `/`: into the filter, where `y` is typed
        await pilot.pause()
        assert quote_filter.has_focus
        assert "Copy quote" not in str(bar.render())
        await pilot.press("y")
        await pilot.pause()
        assert quote_filter.value == "y" and len(copied) == 1
        await pilot.press("backspace", "down")  # from the filter back into the list
        await pilot.pause()
        assert panel.query_one(QuoteList).has_focus
        assert copied[0].startswith("“") and ",”" not in copied[0]
        await pilot.press("enter")  # jumps and gives the article the keys
        await pilot.pause()
        assert app.screen.query_one(ArticleView).has_focus
        quote = panel.focused_quote
        assert quote is not None
        view = app.screen.query_one(ArticleView)
        assert view.top_offset() <= quote.start < view.bottom_offset()
        await pilot.press("quotation_mark")  # from the article: closes the panel
        await pilot.pause()
        assert not screen.show_quotes
        await pilot.press("quotation_mark", "down", "quotation_mark")  # from the list too
        await pilot.pause()
        assert not screen.show_quotes


async def test_the_entity_panel_counts_what_the_filter_shows(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("E", *"lavrov")
        await pilot.pause()
        entity_list = app.screen.query_one(EntityPanel).query_one(EntityList)
        headers = [
            str(entity_list.get_option_at_index(n).prompt)
            for n in range(entity_list.option_count)
            if entity_list.get_option_at_index(n).disabled
        ]
        assert headers == ["PERSON · people (1)"]


async def test_keys_typed_right_after_esc_are_the_reader_s(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        await pilot.press("E", "escape", "quotation_mark")
        await pilot.pause()
        assert app.screen.query_one(EntityPanel).query_one(Input).value == ""
        assert screen.show_quotes and not screen.show_entities
        assert app.screen.query_one(QuotePanel).query_one(QuoteList).has_focus


@pytest.mark.parametrize("width", [60, 80])
async def test_a_narrow_key_bar_keeps_help_and_quit(make_app: AppFactory, width: int) -> None:
    app = make_app()
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        text = str(app.screen.query_one(KeyBar).render())
        assert "f1 Help" in text and "q Quit" in text and "/ Search" in text
        assert "…" not in text
        await pilot.press("E")  # its filter: `q` is typed there
        await pilot.pause()
        text = str(app.screen.query_one(KeyBar).render())
        assert "f1 Help" in text and "…" not in text
        await pilot.press("escape", "quotation_mark")  # the quote list and its keys
        await pilot.pause()
        text = str(app.screen.query_one(KeyBar).render())
        assert "f1 Help" in text and "q Quit" in text and "y Copy quote" in text
        assert "…" not in text


async def test_notifications_leave_the_status_line_and_key_bar_visible(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("m")
        await wait_until(pilot, lambda: bool(app.screen.query("Toast")))
        await pilot.pause()
        status = app.screen.query_one(StatusBar).region
        bar = app.screen.query_one(KeyBar).region
        for toast in app.screen.query("Toast"):
            assert not toast.region.overlaps(status) and not toast.region.overlaps(bar)


async def test_the_help_scrolls_with_j_k_g_and_G(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        table = app.screen.query_one(DataTable)
        await pilot.pause()
        assert table.max_scroll_y > 0  # more keys than room
        await pilot.press("G")
        await pilot.pause()
        assert table.cursor_row == table.row_count - 1
        assert table.scroll_y == table.max_scroll_y
        await pilot.press("g", "j", "j", "k")
        await pilot.pause()
        assert table.cursor_row == 1
        assert table.scroll_y == 0


async def test_the_search_prompt_starts_with_a_slash(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"turk")
        await pilot.pause()
        mark = app.screen.query_one("#search-mark", Static)
        search_bar = app.screen.query_one(SearchBar)
        assert mark.display and str(mark.render()) == "/"
        assert mark.region.y == search_bar.region.y and mark.region.x == 0
        assert search_bar.content_region.x == 1  # "/turk"
        await pilot.press("enter")
        await pilot.pause()
        assert not mark.display


async def test_an_article_of_one_section_has_no_sidebar(
    make_app: AppFactory, tmp_path: Path
) -> None:
    path = tmp_path / "one.md"
    path.write_text('# One\n\nJust a paragraph. "A quote," she said.\n', encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        assert not app.screen.query_one(SectionsSidebar).display
        assert article_width(app) == 120
        keys = str(app.screen.query_one(KeyBar).render())
        assert "Next §" not in keys and "Prev §" not in keys and "Sidebar" not in keys
        await pilot.press("t")  # nothing to show or hide: the saved preference stays
        await pilot.pause()
        assert app.store.preferences.sidebar
        await pilot.press("quotation_mark")
        await pilot.pause()
        quote_list = app.screen.query_one(QuoteList)
        assert "§" not in str(quote_list.get_option_at_index(0).prompt)
        assert "A quote\n" in str(quote_list.get_option_at_index(0).prompt) + "\n"
