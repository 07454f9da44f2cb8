"""Opening an address in the reader's browser from the app, as `webbrowser.open` would: the
first browser Python finds, then, when that one fails to start, the others in turn.

A browser Python waits for (a text one: w3m, lynx, or a command in ``$BROWSER``) runs with
the app suspended (`suspended`), so it never draws over the app; one with a window of its
own starts in a worker thread. Every failure ends in a toast; the terminal is always handed
back.
"""

from __future__ import annotations

import webbrowser
from functools import partial
from typing import Any

from textual.app import App, SuspendNotSupported

from byline.ui.widgets.suspended import suspended

__all__ = ["open_url", "waited_for"]

CANNOT_SUSPEND = "The browser cannot run in this terminal: y copies the address."


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


def open_url(app: App[Any], url: str) -> None:
    """Open `url` in a browser; say so, or say why not, in a toast."""
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        app.notify(f"No browser to open {url}", severity="warning", markup=False)
        return
    if waited_for(browser):
        _open_suspended(app, url, browser)
    else:
        app.run_worker(partial(_open_in_background, app, browser, url), thread=True)
        app.notify(f"Opening {url}", timeout=3, markup=False)


def _open_suspended(app: App[Any], url: str, first: webbrowser.BaseBrowser | None) -> None:
    """With the app suspended: `first`, then, if it fails, every browser `webbrowser.open`
    tries (which may be text ones, hence the terminal handed over for them too)."""
    try:
        with suspended(app):
            opened = (first is not None and first.open(url)) or webbrowser.open(url)
    except SuspendNotSupported:
        app.notify(CANNOT_SUSPEND, severity="warning")
        return
    if not opened:
        app.notify(
            f"No browser could open {url}: y copies the address",
            severity="warning",
            markup=False,
        )


def _open_in_background(app: App[Any], browser: webbrowser.BaseBrowser, url: str) -> None:
    """In a worker thread (starting a browser can take a while): `browser`, and when it
    fails, the others, back on the app's thread."""
    if not browser.open(url):
        app.call_from_thread(_open_suspended, app, url, None)
