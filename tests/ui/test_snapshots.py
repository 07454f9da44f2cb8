"""Snapshots of the main screen states (review the report before `--snapshot-update`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from .conftest import AppFactory

SnapCompare = Callable[..., bool]
SIZE = (100, 30)


async def _analysed(pilot: Pilot[Any]) -> None:
    """Wait for entity recognition so that highlights are always in the picture."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_reader_opens_on_the_title_block(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), run_before=_analysed, terminal_size=SIZE)


def test_section_three_with_search_matches(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    async def search(pilot: Pilot[Any]) -> None:
        await _analysed(pilot)
        await pilot.press("3", "slash", *"turk", "enter")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=search, terminal_size=SIZE)


def test_help_screen(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    async def help_screen(pilot: Pilot[Any]) -> None:
        await _analysed(pilot)
        await pilot.press("question_mark")

    assert snap_compare(make_app(), run_before=help_screen, terminal_size=SIZE)


def test_light_theme_without_sidebar(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    async def light(pilot: Pilot[Any]) -> None:
        pilot.app.theme = "textual-light"
        await _analysed(pilot)
        await pilot.press("t", "2")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=light, terminal_size=SIZE)


def test_entities_highlighted_dark(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), run_before=_analysed, terminal_size=SIZE)


def test_entities_highlighted_light(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    async def light(pilot: Pilot[Any]) -> None:
        pilot.app.theme = "textual-light"
        await _analysed(pilot)

    assert snap_compare(make_app(), run_before=light, terminal_size=SIZE)


def test_quote_panel(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    async def quotes(pilot: Pilot[Any]) -> None:
        await _analysed(pilot)
        await pilot.press("quotation_mark")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=quotes, terminal_size=(120, 36))


def test_entity_panel(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    async def entities(pilot: Pilot[Any]) -> None:
        await _analysed(pilot)
        await pilot.press("E", *"lav", "enter")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=entities, terminal_size=(120, 36))
