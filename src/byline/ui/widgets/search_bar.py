"""The find-in-text prompt opened by `/`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """A one-line prompt; searching happens as you type, Enter keeps it, Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel search", id="cancel-search"),
    ]

    @dataclass
    class QueryChanged(Message):
        """The query was edited (incremental search)."""

        search_bar: SearchBar
        query: str

        @property
        def control(self) -> SearchBar:
            return self.search_bar

    @dataclass
    class Closed(Message):
        """The prompt closed: kept (Enter) or cancelled (Esc)."""

        search_bar: SearchBar
        query: str
        cancelled: bool

        @property
        def control(self) -> SearchBar:
            return self.search_bar

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(placeholder="Search the article (Enter to keep, Esc to cancel)", id=id)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.QueryChanged(self, event.value))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Closed(self, event.value, cancelled=False))

    def action_cancel(self) -> None:
        self.post_message(self.Closed(self, self.value, cancelled=True))
