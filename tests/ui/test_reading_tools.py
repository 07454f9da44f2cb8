"""Pilot tests for links (`o`), the reading width (`+ - =`), `Y`, the editor (`v`) and
reloading a changed file."""

from __future__ import annotations

import contextlib
import re
import subprocess
import webbrowser
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from byline.ui.dialogs.links import LinksScreen
from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.screen import ReaderScreen
from byline.ui.reader.status_bar import StatusBar
from byline.ui.widgets.browser import waited_for

from .conftest import AppFactory, notices, notified, wait_until

SIZE = (100, 30)

ARTICLE = """---
title: Bridge opens
author: Jane Doe
source: The Courier
date: 2024-01-02
---

The council [approved](https://example.org/vote) the new bridge.

## Costs

See [the budget](https://example.org/budget) for what it cost.

## Opening

It opens in May.
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _reader(app: Any) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


async def test_links_open_in_the_browser_and_copy_without_the_mouse(
    make_app: AppFactory, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    class WindowedBrowser(webbrowser.BackgroundBrowser):
        def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
            opened.append(url)
            return True

    monkeypatch.setattr(webbrowser, "get", lambda: WindowedBrowser("firefox"))
    app = make_app(article)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, LinksScreen))
        await pilot.press("down", "y")
        await wait_until(pilot, lambda: app.clipboard == "https://example.org/budget")
        await pilot.press("enter")
        await wait_until(pilot, lambda: opened == ["https://example.org/budget"])
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen))


async def test_a_text_browser_never_draws_over_the_reader(
    make_app: AppFactory, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A browser Python waits for (a text one: w3m, lynx) runs only with the reader
    suspended, display or not; where the terminal cannot be handed over it is not run."""
    opened: list[str] = []

    class TextBrowser(webbrowser.GenericBrowser):
        def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
            opened.append(url)
            return True

    monkeypatch.setattr(webbrowser, "get", lambda: TextBrowser("w3m"))
    monkeypatch.setenv("DISPLAY", ":0")  # a display says nothing of the browser found
    app = make_app(article)
    async with app.run_test(size=SIZE) as pilot:  # a test's terminal cannot be handed over
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, LinksScreen))
        await pilot.press("enter")
        await wait_until(pilot, lambda: notified(app, "cannot run in this terminal: y copies"))
        assert opened == []


async def test_the_reading_width_changes_and_is_remembered(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        view = app.screen.query_one(ArticleView)
        assert view.text_width == 78
        await pilot.press("minus", "minus")
        await wait_until(pilot, lambda: view.text_width == 70)
        assert max(len(view.render_line(y).text.rstrip()) for y in range(28)) <= 70 + 21
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        view = app.screen.query_one(ArticleView)
        await wait_until(pilot, lambda: view.text_width == 70)
        await pilot.press("equals_sign")
        await wait_until(pilot, lambda: view.text_width == 78)
        await pilot.press("plus")
        await wait_until(pilot, lambda: view.text_width == 82)


async def test_a_setting_changed_again_and_again_updates_one_message(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        status = app.screen.query_one(StatusBar)
        await pilot.press("plus", "plus", "plus")
        # One message in the status line, the last width, and no pile of notifications.
        await wait_until(pilot, lambda: "Reading width 90 " in str(status.render()))
        assert str(status.render()).count("Reading width") == 1
        await pilot.press("e", "e")
        await wait_until(pilot, lambda: "Entity highlighting on " in str(status.render()))
        assert "Reading width" not in str(status.render())
        assert not notices(app)


async def test_shift_y_copies_paragraphs_as_markdown_with_a_citation(
    make_app: AppFactory, article: Path
) -> None:
    app = make_app(article)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "s", "Y")
        await wait_until(pilot, lambda: app.clipboard.startswith("## Costs\n\n— Jane Doe"))
        await pilot.press("2", "Y")
        await wait_until(pilot, lambda: "[the budget](https://example.org/budget)" in app.clipboard)
        assert app.clipboard.endswith("— Jane Doe, “Bridge opens”, The Courier, 2024-01-02\n")


async def test_the_editor_opens_at_the_current_place_and_the_text_reloads(
    make_app: AppFactory, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[list[str]] = []

    def editor(command: list[str], check: bool) -> None:
        ran.append(command)
        article.write_text(ARTICLE.replace("in May", "in June, at last"), encoding="utf-8")

    monkeypatch.setenv("EDITOR", "myeditor")
    monkeypatch.setattr(subprocess, "run", editor)
    app = make_app(article)

    @contextlib.contextmanager
    def suspended() -> Iterator[None]:
        yield

    monkeypatch.setattr(app, "suspend", suspended)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "s", "v")
        await wait_until(pilot, lambda: "June" in _reader(app).article.text)
        assert ran == [["myeditor", "+14", str(article)]]
        sections = _reader(app).article.sections
        view = app.screen.query_one(ArticleView)
        await wait_until(pilot, lambda: view.top_offset() == sections[2].start)


async def test_the_bundled_article_is_not_edited_in_the_installation(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[list[str]] = []
    monkeypatch.setenv("EDITOR", "myeditor")
    monkeypatch.setattr(subprocess, "run", lambda command, check: ran.append(command))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        await wait_until(
            pilot, lambda: notified(app, "bundled article is part of Byline's installation")
        )
        assert ran == []


async def test_a_file_changed_on_disk_reloads_keeping_the_place(
    make_app: AppFactory, article: Path
) -> None:
    app = make_app(article)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "s")
        await wait_until(pilot, lambda: _reader(app).current_section == 2)
        article.write_text(
            ARTICLE.replace("the new bridge.", "the new bridge.\n\nA long debate came first."),
            encoding="utf-8",
        )
        _reader(app).check_file()
        await wait_until(pilot, lambda: "debate" in _reader(app).article.text)
        view = app.screen.query_one(ArticleView)
        start = _reader(app).article.sections[2].start
        await wait_until(pilot, lambda: view.top_offset() == start)
        assert _reader(app).current_section == 2


async def test_dragging_the_mouse_selects_article_text_and_ctrl_c_copies_it(
    make_app: AppFactory, article: Path
) -> None:
    app = make_app(article)
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ArticleView)
        await wait_until(pilot, lambda: view.text_layout.line(4).start == 0)
        left = view.margin_left
        # Row 4 is the first paragraph ("The council approved ..."), row 8 "See the budget ...".
        await pilot.mouse_down(ArticleView, offset=(left + 4, 4))
        await pilot.hover(ArticleView, offset=(left + 2, 8))
        await pilot.mouse_up(ArticleView, offset=(left + 2, 8))
        expected = "council approved the new bridge.\n\nCosts\n\nSee"
        await wait_until(pilot, lambda: app.screen.get_selected_text() == expected)
        selected = view.render_line(4)
        style = app.screen.get_component_rich_style("screen--selection")
        assert any(
            seg.text.startswith("council") and seg.style and seg.style.bgcolor == style.bgcolor
            for seg in selected
        )
        await pilot.press("ctrl+c")
        await wait_until(pilot, lambda: app.clipboard == expected)


async def test_an_article_that_fits_on_the_screen_opens_on_its_first_section(
    make_app: AppFactory, article: Path
) -> None:
    app = make_app(article)
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ArticleView)
        await wait_until(pilot, lambda: view.at_end)
        await pilot.pause()
        assert _reader(app).current_section == 0
        await pilot.press("right_square_bracket")  # the next section is a jump away
        await wait_until(pilot, lambda: _reader(app).current_section == 1)


@pytest.mark.parametrize(
    ("browser", "waited"),
    [
        (webbrowser.GenericBrowser("w3m"), True),
        (webbrowser.GenericBrowser(["lynx", "%s"]), True),
        (webbrowser.Elinks("elinks"), True),
        (webbrowser.BackgroundBrowser("xdg-open"), False),
        (webbrowser.Mozilla("firefox"), False),
    ],
)
def test_a_browser_python_waits_for_runs_with_the_reader_suspended(
    browser: webbrowser.BaseBrowser, waited: bool
) -> None:
    assert waited_for(browser) is waited


async def test_a_narrow_status_line_keeps_its_right_side(make_app: AppFactory) -> None:
    """At 40 columns the section title gives way first: the percentage and what a key just
    changed stay in view (before the search counter, which is back once the message goes)."""
    app = make_app()
    async with app.run_test(size=(40, 20)) as pilot:
        status = app.screen.query_one(StatusBar)
        await pilot.press("slash", *"turkey", "enter", "plus")
        await wait_until(pilot, lambda: "Width" in str(status.render()))
        shown = str(status.render())
        assert len(shown) <= 40 and "…" not in shown
        assert re.search(r"Width \d+ .*\d+%$", shown)
        status.message = ""  # its time is up
        await wait_until(pilot, lambda: "/turkey  1/" in str(status.render()))
        await pilot.press("G", "5")
        await wait_until(pilot, lambda: status.count == 5)
        shown = str(status.render())
        assert len(shown) <= 40 and shown.endswith(" 100%") and " 5 " in f" {shown}"


@pytest.mark.parametrize("width", [80, 60, 40])
async def test_a_key_just_pressed_outlasts_the_mention_and_search_parts(
    make_app: AppFactory, width: int
) -> None:
    """`e` says on or off whole, however narrow, while a search and a mention are shown."""
    app = make_app()
    async with app.run_test(size=(width, 24)) as pilot:
        status = app.screen.query_one(StatusBar)
        await pilot.press("slash", *"turkey", "enter")
        await wait_until(pilot, lambda: bool(status.search_label))
        status.notice = "Sergey Lavrov 5/9"  # as the entity panel's `.` shows a mention
        await pilot.press("e")
        await wait_until(pilot, lambda: bool(status.message))
        shown = str(status.render())
        assert re.search(r"Entity highlighting (on|off)  ", shown), shown
        assert re.search(r"  \d+%$", shown) and len(shown) <= width


def test_a_message_takes_its_short_form_then_drops_its_note() -> None:
    status = StatusBar()
    status.notice, status.search_label = "Sergey Lavrov 5/9", "/turkey  8/24"
    status.short_message = "Width 78"
    status.message, status.note = "Reading width 78", "(the window allows 45)"
    shown = {width: str(status.right_side(width)) for width in (80, 44, 36, 20, 8)}
    assert shown[80] == (
        "Reading width 78 (the window allows 45)  Sergey Lavrov 5/9  /turkey  8/24  0%"
    )
    assert shown[44] == "Reading width 78 (the window allows 45)  0%"
    assert shown[36] == "Width 78 (the window allows 45)  0%"
    assert shown[20] == "Width 78  0%"
    assert shown[8] == "0%"
