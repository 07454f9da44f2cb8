"""The find-in-text prompt opened by `/`: it searches the article's text as you type, and
keeps the search and its current match (`n` and `N` step through the matches)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from textual import events, on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input

from byline.core.navigation import MatchCursor
from byline.core.search import TextSearch


class SearchBar(Input):
    """A one-line prompt that searches `text` as you type; Enter keeps it, Esc cancels.

    The reader opens the prompt with `open`, watches `search`, steps through the matches
    with `step`, and has the whole text searched once a big article is parsed (`search_text`).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel search", id="cancel-search"),
    ]

    search: var[MatchCursor | None] = var(None, init=False)
    """The search and its current match (None for an empty query, or once cleared)."""

    @dataclass
    class QueryChanged(Message):
        """The query was edited: `search` holds its matches, the first at or after `origin`
        current, for the reader to show."""

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

    _leaving = False
    """Enter or Esc was pressed and the prompt is on its way out. Keys reach the prompt until
    the reader has moved the focus away, and those typed at once (or pasted) after Enter are
    not text for it: they go on up to the reader's keys (`n`, `]`, a digit...)."""

    def __init__(self, text: str, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(placeholder="Search the article (Enter to keep, Esc to cancel)", id=id)
        self.text = text
        """The text searched."""
        self.origin = 0
        """Where the reader was when the prompt opened: matches count from there, and Esc
        goes back there."""
        self._search: TextSearch | None = None
        self.backward = False
        """A search opened with `?` (as in less and vim): the current match is the one
        before `origin`, and `n` goes up, `N` down."""

    def open(self, origin: int, *, backward: bool = False) -> None:
        """Start a search from offset `origin` (upward when `backward`), the prompt holding
        the last query."""
        self.origin = origin
        self.backward = backward
        where = "backward" if backward else "the article"
        self.placeholder = f"Search {where} (Enter to keep, Esc to cancel)"
        self.value = self.search.query if self.search is not None else ""

    def step(self, *, forward: bool, count: int = 1) -> None:
        """Make the match `count` on (or back) current, wrapping around, in one move however
        big the count (`9999n`); the bell when there is none."""
        search = self.search
        if search is None or search.index is None:
            self.app.bell()
        else:
            step = count if forward != self.backward else -count
            self.search = replace(search, index=(search.index + step) % len(search))

    def search_text(self, text: str, around: int) -> None:
        """Search `text` from now on (the whole article once a big one is parsed), and the
        current query again, without moving: the current match stays current (offsets in the
        beginning are the same); with none, the first at or after offset `around` is."""
        self.text = text
        if self.search is not None:
            current = self.search.current
            kept = current[0] if current is not None else around
            self.search = self.find(self.search.query, kept, backward=current is None)

    def find(self, query: str, around: int, *, backward: bool = True) -> MatchCursor | None:
        """The matches of `query` in `text`, the first at or after offset `around` current
        (the last before it for a backward search, unless `backward` is False)."""
        if not query.strip():
            return None
        if self._search is None or self._search.text is not self.text:
            self._search = TextSearch(self.text)
        cursor = MatchCursor.from_offset(self._search.find_all(query), around)
        return cursor.previous() if backward and self.backward else cursor

    def on_focus(self) -> None:
        self._leaving = False

    def on_key(self, event: events.Key) -> None:
        # Marked here, as the key arrives: its binding (submit, cancel) only runs once the key
        # has bubbled up to the app, after the keys queued behind it have reached the prompt.
        if self._leaving:
            event.prevent_default()  # skips the Input typing it; it bubbles up to the bindings
        elif event.key in ("enter", "escape"):
            self._leaving = True

    def check_consume_key(self, key: str, character: str | None) -> bool:
        # Leaving, printable keys are not text: the reader's bindings for them apply again.
        return not self._leaving and super().check_consume_key(key, character)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Leaving, the Input's other keys (arrows, Home, End, Backspace...) are the reader's.
        if self._leaving and action not in ("submit", "cancel"):
            return False
        return super().check_action(action, parameters)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        if event.value == self.value:  # else typed over already: the next edit searches
            self.search = self.find(event.value, self.origin)
            self.post_message(self.QueryChanged(self, event.value))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.search is not None and not self.search.matches:
            self.notify(f"Pattern not found: {event.value}", severity="warning", markup=False)
        self.post_message(self.Closed(self, event.value, cancelled=False))

    def action_cancel(self) -> None:
        self._leaving = True
        self.search = None
        self.post_message(self.Closed(self, self.value, cancelled=True))
