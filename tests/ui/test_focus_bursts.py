"""Pilot tests for keys typed right after a key that moves the focus: they reach the widget
that has the focus after it (the panel's filter or list, the prompt, the text), even when they
arrive before the screen is next drawn."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from byline.ui.app import BylineApp
from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.entity_panel import EntityPanel
from byline.ui.reader.quote_panel import QuoteList, QuotePanel
from byline.ui.reader.screen import ReaderScreen
from byline.ui.reader.sections_sidebar import SectionsSidebar

from .conftest import AppFactory, TypeWhen, wait_until

WIDE = (120, 40)
"""Wide enough for a panel beside the text: the panel stays open when the text has the keys."""


def reader(app: BylineApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


async def test_keys_typed_after_the_panel_and_search_keys_reach_what_they_open(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    copied: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=WIDE) as pilot:
        screen = reader(app)
        await app.workers.wait_for_complete()
        await wait_until(pilot, lambda: screen.analysis is not None)
        await pilot.press("E", *"lav")
        assert screen.query_one(EntityPanel).query_one(Input).value == "lav"
        await pilot.press("escape", "escape", "quotation_mark", "y")
        assert len(copied) == 1
        assert screen.query_one(QuotePanel).query_one(Input).value == ""
        await pilot.press("escape", "slash", *"turkey", "enter")
        assert screen.search_bar.search is not None
        assert screen.search_bar.search.query == "turkey"


@pytest.mark.parametrize("leave", ["sidebar", "quote-panel", "search", "entity-panel"])
async def test_a_key_typed_as_the_focus_goes_back_to_the_text_is_the_text_s(
    make_app: AppFactory, leave: str
) -> None:
    """The key comes right after the one that gives the text the focus back, before the next
    frame: the sidebar hidden by `t`, the quote panel closed by `"` from its list, a search
    ended by Enter, Esc from the entity panel. `j` then scrolls the text, it does not move a
    cursor elsewhere."""
    app = make_app()
    hook = TypeWhen()
    async with app.run_test(size=WIDE, message_hook=hook) as pilot:
        screen = reader(app)
        view = screen.query_one(ArticleView)
        sidebar = screen.query_one(SectionsSidebar)
        if leave == "sidebar":
            await pilot.press("tab")
            await wait_until(pilot, lambda: sidebar.has_focus)
            hook.arm(app, lambda: not screen.show_sidebar, "j")
            start = view.scroll_y
            await pilot.press("t")
        elif leave == "quote-panel":
            await pilot.press("quotation_mark")
            await wait_until(pilot, lambda: isinstance(app.focused, QuoteList))
            hook.arm(app, lambda: not screen.show_quotes, "j")
            start = view.scroll_y
            await pilot.press("quotation_mark")
        elif leave == "entity-panel":
            await pilot.press("E")
            await wait_until(pilot, lambda: isinstance(app.focused, Input))
            hook.arm(app, lambda: app.focused is None, "j")
            start = view.scroll_y
            await pilot.press("escape")
        else:
            await pilot.press("slash", *"turkey")
            await wait_until(pilot, lambda: screen.search_bar.search is not None)
            hook.arm(app, lambda: not screen.searching, "j")
            start = view.scroll_y
            await pilot.press("enter")
        await wait_until(pilot, lambda: not hook.keys)
        await wait_until(pilot, lambda: view.has_focus and view.scroll_y == start + 1)
