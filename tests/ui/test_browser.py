"""Opening a link (`byline.ui.widgets.browser.open_url`): when a browser cannot start, the
next is tried, with the terminal handed over, and a toast says what happened; a browser that
ran is the only one."""

from __future__ import annotations

import contextlib
import shlex
import subprocess
import webbrowser
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from byline.ui.dialogs.links import LinksScreen
from byline.ui.widgets import browser as browser_module

from .conftest import AppFactory, notified, wait_until

URL = "https://example.org/vote"
ARTICLE = f"---\ntitle: Bridge opens\n---\n\nThe council [approved]({URL}) the bridge.\n"


class MissingBrowser(webbrowser.GenericBrowser):
    """What ``BROWSER=nosuch`` gives: a command that cannot start."""

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        return False


class MissingWindowedBrowser(webbrowser.BackgroundBrowser):
    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        return False


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def handed_over(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A terminal that can be handed over (a test's cannot): records each hand-over."""
    log: list[str] = []

    @contextmanager
    def suspended(app: Any) -> Iterator[None]:
        log.append("suspended")
        yield
        log.append("resumed")

    monkeypatch.setattr(browser_module, "suspended", suspended)
    return log


async def open_the_first_link(pilot: Pilot[None]) -> None:
    """`o`, then Enter on the first link of the list."""
    await pilot.press("o")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, LinksScreen))
    await pilot.press("enter")


@pytest.mark.parametrize("first", [MissingBrowser("nosuch"), MissingWindowedBrowser("nosuch")])
async def test_when_the_first_browser_fails_the_others_are_tried_with_the_terminal_handed_over(
    make_app: AppFactory,
    article: Path,
    monkeypatch: pytest.MonkeyPatch,
    handed_over: list[str],
    first: webbrowser.BaseBrowser,
) -> None:
    tried: list[str] = []

    def others(url: str, new: int = 0, autoraise: bool = True) -> bool:
        tried.append(url)
        handed_over.append("others")
        return True

    monkeypatch.setattr(webbrowser, "get", lambda: first)
    monkeypatch.setattr(webbrowser, "open", others)
    app = make_app(article)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_the_first_link(pilot)
        await wait_until(pilot, lambda: tried == [URL])
        await app.workers.wait_for_complete()
        assert handed_over[-3:] == ["suspended", "others", "resumed"]
        assert not notified(app, "could not open")


async def test_when_no_browser_starts_a_toast_says_so_and_the_terminal_is_handed_back(
    make_app: AppFactory,
    article: Path,
    monkeypatch: pytest.MonkeyPatch,
    handed_over: list[str],
) -> None:
    monkeypatch.setattr(webbrowser, "get", lambda: MissingBrowser("nosuch"))
    monkeypatch.setattr(webbrowser, "open", lambda url, new=0, autoraise=True: False)
    app = make_app(article)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_the_first_link(pilot)
        await wait_until(pilot, lambda: notified(app, f"No browser could open {URL}"))
        assert handed_over == ["suspended", "resumed"]
        assert isinstance(app.screen, LinksScreen)  # y still copies the address


def _script(path: Path, body: str) -> str:
    """A fake browser: a shell script that logs its name, then runs `body`."""
    path.write_text(f'#!/bin/sh\necho {path.name} >> "{path.parent}/log"\n{body}\n')
    path.chmod(0o755)
    return path.name


def _log(directory: Path) -> list[str]:
    log = directory / "log"
    return log.read_text().split() if log.exists() else []


@pytest.fixture
def browsers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory for fake browser scripts, with ``$BROWSER`` read afresh (Python reads it
    once, at its first look for a browser) and the system's browsers never run."""
    monkeypatch.delenv("BROWSER", raising=False)
    with contextlib.suppress(webbrowser.Error):
        webbrowser.get()  # Python's own list, made before the test's $BROWSER is set
    monkeypatch.setattr(webbrowser, "open", lambda url, new=0, autoraise=True: _ran("system"))
    directory = tmp_path / "browsers"
    directory.mkdir()

    def _ran(name: str) -> bool:
        with (directory / "log").open("a") as log:
            log.write(f"{name}\n")
        return True

    return directory


@pytest.mark.parametrize("ending", ["kill -INT $$", "exit 3"])
async def test_a_browser_that_ran_is_neither_run_again_nor_followed_by_another(
    make_app: AppFactory,
    article: Path,
    monkeypatch: pytest.MonkeyPatch,
    handed_over: list[str],
    browsers: Path,
    ending: str,
) -> None:
    """Leaving a text browser with ctrl+c, or one that exits with an error, ends the
    opening: the next browser in ``$BROWSER`` is for when the first cannot start."""
    first = browsers / _script(browsers / "b1", ending)
    second = browsers / _script(browsers / "b2", "")
    monkeypatch.setenv("BROWSER", f"{shlex.quote(str(first))} %s:{shlex.quote(str(second))} %s")
    app = make_app(article)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_the_first_link(pilot)
        await wait_until(pilot, lambda: notified(app, f"b1 could not open {URL}"))
        await app.workers.wait_for_complete()
        assert _log(browsers) == ["b1"]
        assert handed_over == ["suspended", "resumed"]


async def test_a_browser_that_cannot_start_gives_way_to_the_next(
    make_app: AppFactory,
    article: Path,
    monkeypatch: pytest.MonkeyPatch,
    handed_over: list[str],
    browsers: Path,
) -> None:
    second = browsers / _script(browsers / "b2", "")
    missing = browsers / "nosuch"
    monkeypatch.setenv("BROWSER", f"{missing}:{shlex.quote(str(second))} %s")
    app = make_app(article)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_the_first_link(pilot)
        await wait_until(pilot, lambda: _log(browsers) == ["b2"])
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert _log(browsers) == ["b2"]
        assert not notified(app, "could not open")


async def test_a_launcher_that_ends_at_once_opens_the_link_once(
    make_app: AppFactory,
    article: Path,
    monkeypatch: pytest.MonkeyPatch,
    handed_over: list[str],
    browsers: Path,
) -> None:
    """A launcher (xdg-open) that hands the address on and exits before Python looks is not
    taken for one that failed."""
    launcher = browsers / _script(browsers / "launcher", "exit 0")

    class QuickLauncher(webbrowser.BackgroundBrowser):
        def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
            subprocess.run([self.name, url], check=False)
            return False  # what BackgroundBrowser says of a program that has already ended

    monkeypatch.setattr(webbrowser, "get", lambda using=None: QuickLauncher(str(launcher)))
    app = make_app(article)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_the_first_link(pilot)
        await wait_until(pilot, lambda: _log(browsers) == ["launcher"])
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert _log(browsers) == ["launcher"]
        assert handed_over == []
        assert not notified(app, "could not open")
