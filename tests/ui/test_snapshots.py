"""Snapshots of the main screen states (review the report before `--snapshot-update`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from byline.ui.reader.entity_panel import EntityPanel
from byline.ui.reader.search_bar import SearchBar

from .conftest import AppFactory, wait_until

SnapCompare = Callable[..., bool]
SIZE = (100, 30)


async def _analysed(pilot: Pilot[Any]) -> None:
    """Wait until the analysis is shown, so that highlights are always in the picture."""
    await pilot.app.workers.wait_for_complete()
    await wait_until(pilot, lambda: getattr(pilot.app.screen, "analysis", None) is not None)
    await pilot.pause()


def test_reader_opens_on_the_title_block_with_entities_highlighted(
    snap_compare: SnapCompare, make_app: AppFactory
) -> None:
    assert snap_compare(make_app(), run_before=_analysed, terminal_size=SIZE)


def test_section_three_with_search_matches(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    async def search(pilot: Pilot[Any]) -> None:
        await _analysed(pilot)
        await pilot.press("3", "s", "slash", *"turk", "enter")
        await wait_until(pilot, lambda: not pilot.app.screen.query_one(SearchBar).has_focus)
        await pilot.pause()

    assert snap_compare(make_app(), run_before=search, terminal_size=SIZE)


def test_help_lists_the_keys(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    async def help_screen(pilot: Pilot[Any]) -> None:
        await _analysed(pilot)
        await pilot.press("f1")

    assert snap_compare(make_app(), run_before=help_screen, terminal_size=SIZE)


def test_light_theme_without_sidebar(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    async def light(pilot: Pilot[Any]) -> None:
        pilot.app.theme = "textual-light"
        await _analysed(pilot)
        await pilot.press("t", "2", "s")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=light, terminal_size=SIZE)


def test_light_theme_highlights_entities_in_its_colours(
    snap_compare: SnapCompare, make_app: AppFactory
) -> None:
    async def light(pilot: Pilot[Any]) -> None:
        pilot.app.theme = "textual-light"
        await _analysed(pilot)

    assert snap_compare(make_app(), run_before=light, terminal_size=SIZE)


async def _quote_panel(pilot: Pilot[Any]) -> None:
    await _analysed(pilot)
    await pilot.press("3", "s", "quotation_mark")
    await pilot.pause()


def test_quote_panel_at_80x24(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    """The sidebar gives way to the panel; the text keeps a readable width."""
    assert snap_compare(make_app(), run_before=_quote_panel, terminal_size=(80, 24))


def test_quote_panel_at_120x40_in_a_light_theme(
    snap_compare: SnapCompare, make_app: AppFactory
) -> None:
    async def light(pilot: Pilot[Any]) -> None:
        pilot.app.theme = "textual-light"
        await _quote_panel(pilot)

    assert snap_compare(make_app(), run_before=light, terminal_size=(120, 40))


async def _entity_chosen(pilot: Pilot[Any]) -> None:
    await _analysed(pilot)
    await pilot.press("E", *"lav", "enter")
    panel = pilot.app.screen.query_one(EntityPanel)
    await wait_until(pilot, lambda: panel.mention is not None)
    await pilot.pause()


def test_entity_panel_at_120x40(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), run_before=_entity_chosen, terminal_size=(120, 40))


def test_entity_panel_at_80x24_in_a_light_theme(
    snap_compare: SnapCompare, make_app: AppFactory
) -> None:
    async def light(pilot: Pilot[Any]) -> None:
        pilot.app.theme = "textual-light"
        await _entity_chosen(pilot)

    assert snap_compare(make_app(), run_before=light, terminal_size=(80, 24))
