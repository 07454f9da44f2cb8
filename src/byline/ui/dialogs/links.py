"""The link list opened by `o`: Enter opens the link in the browser, `y` copies its address."""

from __future__ import annotations

import webbrowser
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from byline.core.links import Link
from byline.ui.widgets.key_bar import KeyBar
from byline.ui.widgets.suspended import suspended


class LinksScreen(ModalScreen[None]):
    """The article's links: open one in the browser or copy its address."""

    CSS_PATH = "links.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,o", "close", "Close", id="close-links"),
        Binding("y", "copy_link", "Copy address", id="copy-link"),
    ]

    def __init__(self, links: list[Link]) -> None:
        super().__init__()
        self.links = links

    def compose(self) -> ComposeResult:
        with Vertical(id="links-dialog"):
            yield Static(f"Links ({len(self.links)})", id="links-title")
            yield OptionList(
                *(
                    Option(Text(link.text or link.url, style="bold") + Text("\n" + link.url))
                    for link in self.links
                ),
                id="link-list",
            )
            yield Static("Enter opens in the browser · y copies the address · Esc closes")
        yield KeyBar()  # over the reader's: the keys that work here

    def _highlighted(self) -> Link | None:
        index = self.query_one(OptionList).highlighted
        return self.links[index] if index is not None else None

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        url = self.links[event.option_index].url
        try:
            browser = webbrowser.get()
        except webbrowser.Error:
            self.notify(f"No browser to open {url}", severity="warning", markup=False)
            return
        if waited_for(browser):
            self._open_in_terminal(browser, url)
        else:
            self.open_in_browser(browser, url)
            self.notify(f"Opening {url}", timeout=3, markup=False)

    def _open_in_terminal(self, browser: webbrowser.BaseBrowser, url: str) -> None:
        """Run a browser Python waits for with the reader suspended: a text browser (w3m,
        lynx) draws in this terminal and reads its keys."""
        try:
            with suspended(self.app):
                opened = browser.open(url)
        except SuspendNotSupported:
            self.notify(
                "The browser cannot run in this terminal: y copies the address.",
                severity="warning",
            )
            return
        if not opened:
            self.notify(f"The browser could not open {url}", severity="warning", markup=False)

    @work(thread=True, group="browser")
    def open_in_browser(self, browser: webbrowser.BaseBrowser, url: str) -> None:
        """Hand `url` to a browser with a window of its own, off the main thread (starting one
        can take a while)."""
        if not browser.open(url):
            self.app.call_from_thread(
                self.notify, f"No browser to open {url}", severity="warning", markup=False
            )

    def action_copy_link(self) -> None:
        link = self._highlighted()
        if link is not None:
            self.app.copy_to_clipboard(link.url)
            self.notify(f"Copied {link.url}", timeout=3, markup=False)

    def action_close(self) -> None:
        self.dismiss(None)


def waited_for(browser: webbrowser.BaseBrowser) -> bool:
    """Whether Python runs `browser` and waits for it to end (a text browser such as w3m,
    lynx or ``www-browser``, or any command in ``$BROWSER``) rather than starting it in the
    background: such a program may draw in this terminal and read its keys, so it runs with
    the reader suspended. A graphical one that blocks only keeps the reader waiting."""
    if isinstance(browser, webbrowser.UnixBrowser):
        return not browser.background
    return isinstance(browser, webbrowser.GenericBrowser) and not isinstance(
        browser, webbrowser.BackgroundBrowser
    )
