"""Snapshots of the main screen states (review the report before `--snapshot-update`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from .conftest import AppFactory

SnapCompare = Callable[..., bool]
SIZE = (100, 30)


def test_reader_opens_on_the_title_block(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE)


def test_section_three_with_search_matches(
    snap_compare: SnapCompare, make_app: AppFactory
) -> None:
    async def search(pilot: Pilot[Any]) -> None:
        await pilot.press("3", "slash", *"turk", "enter")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=search, terminal_size=SIZE)


def test_help_screen(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), press=["question_mark"], terminal_size=SIZE)


def test_light_theme_without_sidebar(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    async def light(pilot: Pilot[Any]) -> None:
        pilot.app.theme = "textual-light"
        await pilot.press("t", "2")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=light, terminal_size=SIZE)
