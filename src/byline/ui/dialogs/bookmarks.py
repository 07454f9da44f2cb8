"""The bookmarks list opened by `'`: Enter jumps, `x` removes one and the list stays open."""

from __future__ import annotations

from collections.abc import Callable
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


class BookmarksScreen(ModalScreen[Bookmark | None]):
    """Pick a bookmark to jump to (the result), or remove some (through `forget`)."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close", id="close-bookmarks"),
        Binding("x,delete", "delete", "Delete bookmark", id="delete-bookmark"),
        Binding("j", "move(1)", "Down", show=False, id="bookmarks-down"),
        Binding("k", "move(-1)", "Up", show=False, id="bookmarks-up"),
    ]

    def __init__(self, bookmarks: tuple[Bookmark, ...], forget: Callable[[Bookmark], None]) -> None:
        """`bookmarks` in the order listed; `forget` removes one the reader deletes."""
        super().__init__()
        self.bookmarks = list(bookmarks)
        self.forget = forget

    def compose(self) -> ComposeResult:
        with Vertical(id="bookmarks-dialog"):
            yield Static("Bookmarks", id="bookmarks-title")
            yield OptionList(
                *(
                    Option(Text(f"{progress_label(b.position.percent):>4}  {b.label}"))
                    for b in self.bookmarks
                ),
                id="bookmark-list",
            )
            yield Static("j/k move · Enter jumps · x deletes · Esc closes", id="bookmarks-hint")
        yield KeyBar()  # over the reader's: the keys that work here

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.bookmarks[event.option_index])

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_delete(self) -> None:
        """Remove the highlighted bookmark; the cursor moves to the next one (the list
        closes when none is left)."""
        options = self.query_one(OptionList)
        index = options.highlighted
        if index is None:
            return
        self.forget(self.bookmarks.pop(index))
        self.notify("Bookmark removed", timeout=2)
        if not self.bookmarks:
            self.dismiss(None)
            return
        options.remove_option_at_index(index)
        options.highlighted = min(index, len(self.bookmarks) - 1)

    def action_close(self) -> None:
        self.dismiss(None)
