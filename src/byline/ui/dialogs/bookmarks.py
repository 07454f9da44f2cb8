"""The bookmarks list opened by `'`: Enter jumps, `x` deletes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from byline.core.reading import Bookmark, progress_label
from byline.ui.widgets.key_bar import KeyBar


@dataclass(frozen=True)
class BookmarkChoice:
    """What the reader picked in the list: a bookmark to jump to, or to delete."""

    bookmark: Bookmark
    delete: bool = False


class BookmarksScreen(ModalScreen[BookmarkChoice | None]):
    """Pick a bookmark to jump to (or delete)."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close", id="close-bookmarks"),
        Binding("x,delete", "delete", "Delete bookmark", id="delete-bookmark"),
    ]

    def __init__(self, bookmarks: tuple[Bookmark, ...]) -> None:
        super().__init__()
        self.bookmarks = bookmarks

    def compose(self) -> ComposeResult:
        with Vertical(id="bookmarks-dialog"):
            yield Static("Bookmarks", id="bookmarks-title")
            yield OptionList(
                *(
                    Option(Text(f"{progress_label(b.position.percent):>4}  {b.label}"), id=str(n))
                    for n, b in enumerate(self.bookmarks)
                ),
                id="bookmark-list",
            )
            yield Static("Enter jumps · x deletes · Esc closes", id="bookmarks-hint")
        yield KeyBar()  # over the reader's: the keys that work here

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(BookmarkChoice(self.bookmarks[event.option_index]))

    def action_delete(self) -> None:
        index = self.query_one(OptionList).highlighted
        if index is not None:
            self.dismiss(BookmarkChoice(self.bookmarks[index], delete=True))

    def action_close(self) -> None:
        self.dismiss(None)
