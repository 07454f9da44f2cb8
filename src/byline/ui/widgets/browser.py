"""Opening an address in the reader's browser from the app: the first browser that can
start, in the order Python's `webbrowser` knows them (each command in ``$BROWSER``, else the
system's), and that one only.

A browser that ran is not run again and no other is started after it, even when it exited
with an error or was left with ctrl+c: the next one is tried only when a program cannot start
(``$BROWSER`` names a missing one). When none in ``$BROWSER`` can, `webbrowser.open` tries
the system's browsers in Python's order.

A browser Python waits for (a text one: w3m, lynx, or a command in ``$BROWSER``) runs with
the app suspended (`suspended`), so it never draws over the app; one with a window of its
own starts in a worker thread. Every failure ends in a toast; the terminal is always handed
back.
"""

from __future__ import annotations

import enum
import os
import shutil
import webbrowser
from collections.abc import Sequence
from functools import partial
from itertools import takewhile
from typing import Any

from textual.app import App, SuspendNotSupported

from byline.ui.widgets.suspended import suspended

__all__ = ["browsers", "open_url", "waited_for"]

CANNOT_SUSPEND = "The browser cannot run in this terminal: y copies the address."


class Outcome(enum.Enum):
    """What came of asking one browser to open an address."""

    OPENED = "opened"
    FAILED = "failed"
    """It ran, and ended with an error (or, started in the background, ended at once)."""
    MISSING = "missing"
    """Its program cannot start."""


def waited_for(browser: webbrowser.BaseBrowser) -> bool:
    """Whether Python runs `browser` and waits for it to end (a text browser such as w3m,
    lynx or ``www-browser``, or any command in ``$BROWSER``) rather than starting it in the
    background: such a program may draw in this terminal and read its keys, so it runs with
    the app suspended. A graphical one that blocks only keeps the app waiting."""
    if isinstance(browser, webbrowser.UnixBrowser):
        return not browser.background
    return isinstance(browser, webbrowser.GenericBrowser) and not isinstance(
        browser, webbrowser.BackgroundBrowser
    )


def browsers() -> list[webbrowser.BaseBrowser]:
    """The browsers to try, in Python's order: each command in ``$BROWSER`` (split as
    `webbrowser` splits it), else the system's first.

    Raises:
        webbrowser.Error: ``$BROWSER`` is unset and the system has no browser.
    """
    commands = [entry for entry in os.environ.get("BROWSER", "").split(os.pathsep) if entry]
    if not commands:
        return [webbrowser.get()]
    found: list[webbrowser.BaseBrowser] = []
    for command in commands:
        try:
            found.append(webbrowser.get(command))
        except webbrowser.Error:  # a command Python does not know is run as it is
            found.append(webbrowser.GenericBrowser(command))
    return found


def can_start(browser: webbrowser.BaseBrowser) -> bool:
    """Whether the program `browser` runs is there to start (Python registers the system's
    browsers only when it finds them; a command in ``$BROWSER`` may name anything)."""
    if isinstance(browser, webbrowser.GenericBrowser | webbrowser.UnixBrowser):
        return shutil.which(browser.name) is not None
    return True


def _try(browser: webbrowser.BaseBrowser, url: str) -> Outcome:
    """`browser` asked to open `url`: Python's answer is only whether it succeeded, so a
    failure is told from a program that could not start by looking for the program."""
    try:
        if browser.open(url):
            return Outcome.OPENED
    except OSError:  # a remote-control browser does not catch a failed start
        return Outcome.MISSING
    return Outcome.FAILED if can_start(browser) else Outcome.MISSING


def _name(browser: webbrowser.BaseBrowser) -> str:
    return os.path.basename(browser.name) if browser.name else "The browser"


def open_url(app: App[Any], url: str) -> None:
    """Open `url` in a browser; say so, or say why not, in a toast."""
    try:
        candidates = browsers()
    except webbrowser.Error:
        app.notify(f"No browser to open {url}", severity="warning", markup=False)
        return
    _open_first(app, url, candidates)


def _first_that_starts(
    candidates: Sequence[webbrowser.BaseBrowser], url: str
) -> tuple[webbrowser.BaseBrowser, Outcome] | None:
    """The first of `candidates` whose program started, and what came of it."""
    for browser in candidates:
        if (outcome := _try(browser, url)) is not Outcome.MISSING:
            return browser, outcome
    return None


def _open_first(app: App[Any], url: str, candidates: Sequence[webbrowser.BaseBrowser]) -> None:
    """On the app's thread: the first of `candidates` that can start; when none can, the
    system's browsers as `webbrowser.open` tries them. The text browsers at the head of the
    list, and Python's, run in one hand-over of the terminal."""
    waited = list(takewhile(waited_for, candidates))
    rest = candidates[len(waited) :]
    ran: tuple[webbrowser.BaseBrowser, Outcome] | None = None
    python_opened = True
    if waited or not rest:
        try:
            with suspended(app):
                ran = _first_that_starts(waited, url)
                if ran is None and not rest:
                    python_opened = webbrowser.open(url)
        except SuspendNotSupported:
            app.notify(CANNOT_SUSPEND, severity="warning")
            return
    if ran is not None:
        browser, outcome = ran
        if outcome is Outcome.FAILED:
            _warn(app, f"{_name(browser)} could not open {url} (it ended with an error)")
    elif rest:
        background = partial(_open_in_background, app, url, rest[0], rest[1:])
        app.run_worker(background, thread=True)
        app.notify(f"Opening {url}", timeout=3, markup=False)
    elif not python_opened:
        _warn(app, f"No browser could open {url}")


def _warn(app: App[Any], message: str) -> None:
    app.notify(f"{message}: y copies the address", severity="warning", markup=False)


def _open_in_background(
    app: App[Any],
    url: str,
    browser: webbrowser.BaseBrowser,
    rest: Sequence[webbrowser.BaseBrowser],
) -> None:
    """In a worker thread (starting a browser can take a while): `browser`, and when its
    program cannot start, the rest, back on the app's thread. Python counts a program
    started in the background that has already ended as a failure, yet a launcher
    (xdg-open) ends as soon as it has handed the address on: such a browser ran, and the
    address is not opened again."""
    if _try(browser, url) is Outcome.MISSING:
        app.call_from_thread(_open_first, app, url, rest)
