"""Pilot tests for keys typed while the text re-wraps (`t`, `+`, `-`, `=`, a resize): a move
typed with what re-wraps the text, or as the text takes its new width, is kept, never undone
by the re-wrap going back to the reading position."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from textual import events
from textual.geometry import Size

from byline.ui.app import BylineApp
from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.screen import ReaderScreen

from .conftest import AppFactory, TypeWhen, type_at_once, wait_until

SIZE = (100, 30)
"""The text is narrower than the widest measure here beside the sidebar, and at it without."""


@dataclass(frozen=True)
class Rewrap:
    keys: str
    """What re-wraps the text, typed in one burst with the move after it."""
    first: str = ""
    """Typed first, before going to § 4."""
    resize: bool = False
    """Whether the terminal is resized (first, in the same burst)."""
    later: bool = False
    """Whether the move is typed once the text is re-wrapped (its number of lines changed),
    before what the re-wrap may have left queued."""


RESIZED = Size(80, SIZE[1])

REWRAPS = {
    "sidebar": Rewrap("t"),
    "sidebar-then": Rewrap("t", later=True),
    "measure": Rewrap("-", first="t"),
    "resize": Rewrap("", resize=True),
    "resize-then": Rewrap("", resize=True, later=True),
}

MOVES = {"digit": "2s", "bracket": "]", "end": "G"}


def reader(app: BylineApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


CASES = [
    # Every move against the two ways a key can meet a re-wrap; each re-wrap with one move.
    *((rewrap, move) for rewrap in ("sidebar-then", "measure") for move in MOVES),
    ("sidebar", "end"),
    ("resize", "end"),
    ("resize-then", "digit"),
]


@pytest.mark.parametrize(("rewrap", "move"), CASES)
async def test_a_move_typed_with_a_re_wrap_is_kept(
    make_app: AppFactory, rewrap: str, move: str
) -> None:
    case, key = REWRAPS[rewrap], MOVES[move]
    app = make_app()
    hook = TypeWhen()
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        screen = reader(app)
        view = screen.query_one(ArticleView)
        sections = screen.article.sections
        await pilot.press(*case.first, "4", "s")  # in § 4: where a re-wrap goes back to
        await wait_until(pilot, lambda: view.top_offset() == sections[3].start)
        width = view.text_width
        if case.resize:  # as the terminal reports it
            app.post_message(events.Resize(RESIZED, RESIZED))
        if case.later:
            lines = view.virtual_size.height
            hook.arm(app, lambda: view.virtual_size.height != lines, key)
            type_at_once(app, case.keys)
        else:
            type_at_once(app, case.keys + key)
        await wait_until(pilot, lambda: view.text_layout.width == view.text_width != width)
        await wait_until(pilot, lambda: not hook.keys)
        for _ in range(3):  # what the re-wrap left queued, if anything
            await pilot.pause()
        if move == "end":
            assert view.at_end
            assert screen.current_section == len(sections) - 1
        else:
            index = 1 if move == "digit" else 4
            assert view.top_offset() == sections[index].start
            assert screen.current_section == index
