"""Opening a link when the first browser fails (`byline.ui.widgets.browser.open_url`): the
others are tried as `webbrowser.open` tries them, with the terminal handed over, and a toast
says what happened."""

from __future__ import annotations

import webbrowser
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

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
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, LinksScreen))
        await pilot.press("enter")
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
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, LinksScreen))
        await pilot.press("enter")
        await wait_until(pilot, lambda: notified(app, f"No browser could open {URL}"))
        assert handed_over == ["suspended", "resumed"]
        assert isinstance(app.screen, LinksScreen)  # y still copies the address
