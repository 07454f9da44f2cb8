"""The link list opened by `o`: Enter opens the link in the browser, `y` copies its address."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from byline.core.links import Link
from byline.ui.widgets.browser import open_url
from byline.ui.widgets.key_bar import KeyBar


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
        open_url(self.app, self.links[event.option_index].url)

    def action_copy_link(self) -> None:
        link = self._highlighted()
        if link is not None:
            self.app.copy_to_clipboard(link.url)
            self.notify(f"Copied {link.url}", timeout=3, markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
