"""Pilot tests for the key bar: what it lists, clicks, narrow terminals, other screens."""

from __future__ import annotations

from textual.pilot import Pilot

from byline.ui.app import BylineApp
from byline.ui.reader.sections_sidebar import SectionsSidebar
from byline.ui.widgets.key_bar import KeyBar

from .conftest import AppFactory


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.pause()


def bar_text(app: BylineApp) -> str:
    return app.screen.query_one(KeyBar).render().plain


def column_of(app: BylineApp, label: str) -> int:
    text = bar_text(app)
    assert label in text, text
    return text.index(label)


async def test_lists_the_shown_keys_of_the_screen_and_the_palette_at_the_right(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        text = bar_text(app)
        assert text.startswith(" ] Next §  [ Prev §  t Sidebar  / Search ")
        assert "q Quit" in text
        assert "Section 1" not in text  # digit keys are not shown
        assert "Next match" not in text
        assert text.rstrip().endswith("▏^p palette")
        assert len(text) == 140


async def test_clicking_a_key_presses_it(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        sidebar = app.screen.query_one(SectionsSidebar)
        assert sidebar.display
        await pilot.click(KeyBar, offset=(column_of(app, "t Sidebar") + 2, 0))
        await settle(pilot)
        assert not sidebar.display
        await pilot.click(KeyBar, offset=(column_of(app, "f1 Help") + 1, 0))
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpScreen"


async def test_a_click_between_keys_or_on_padding_does_nothing(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        palette = column_of(app, "▏")
        await pilot.click(KeyBar, offset=(palette - 2, 0))  # the padding before the palette
        await settle(pilot)
        assert app.screen is screen
        assert app.screen.query_one(SectionsSidebar).display


async def test_narrow_terminal_cuts_the_keys_with_an_ellipsis_and_keeps_the_palette(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=(26, 20)) as pilot:  # too narrow even for help and quit
        await settle(pilot)
        text = bar_text(app)
        assert len(text) == 26
        assert "…▏^p palette" in text
        assert "q Quit" not in text
        # A key cut by the ellipsis can not be clicked.
        await pilot.click(KeyBar, offset=(column_of(app, "…"), 0))
        await settle(pilot)
        assert type(app.screen).__name__ == "ReaderScreen"


async def test_follows_the_screen_and_focus(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        await pilot.press("E")  # the entity panel: its own keys
        await settle(pilot)
        assert "esc Back to article" in bar_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert "esc Back to article" not in bar_text(app)
        await pilot.press("f1")  # a dialog covers the reader's keys with its own
        await settle(pilot)
        assert bar_text(app).startswith(" esc Close") and "Next §" not in bar_text(app)
        await pilot.press("escape", "L")  # the library screen has a key bar of its own
        await settle(pilot)
        assert "Back to the article" in bar_text(app)


async def test_too_narrow_for_any_key_shows_the_palette_key_alone(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(10, 12)) as pilot:
        await settle(pilot)
        assert bar_text(app) == "▏^p palette "
        await pilot.click(KeyBar, offset=(4, 0))
        await settle(pilot)
        assert type(app.screen).__name__ == "CommandPalette"


async def test_a_remapped_key_keeps_its_place(make_app: AppFactory) -> None:
    app = make_app()
    app.set_keymap({"next-section": "J"})
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        assert bar_text(app).startswith(" J Next §  [ Prev §  t Sidebar ")
