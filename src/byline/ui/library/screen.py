"""The library screen: every article with its progress; filter, sort, open."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Input, Static

from byline.core.quotes.search import normalise
from byline.core.reading import ArticleState, progress_label
from byline.store.library import LibraryEntry
from byline.ui.library.columns import Column
from byline.ui.library.library_list import LibraryList, Row
from byline.ui.messages import LibraryReady, OpenArticle
from byline.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from byline.ui.app import BylineApp

SORTS = ("recent", "title", "progress")
COLUMNS = (
    Column("", 9),
    Column("Title", 0),  # the rest of the width
    Column("Source", 18, drop=4, least=10),
    Column("Date", 10, drop=2),
    Column("Length", 7, drop=1),
    Column("Progress", 15, drop=5, least=8),  # the bar shortens to 3 cells, then goes
    Column("Last read", 11, drop=3),
)
TITLE, SOURCE, DATE = 1, 2, 3
BAR_WIDTH = 10
LABEL_WIDTH = 5
"""The percentage after the bar, with its space (``" 100%"``)."""
FINISHED_PERCENT = 99.5


def progress_bar(percent: float, width: int = BAR_WIDTH + LABEL_WIDTH) -> Text:
    """A bar with the percentage after it, in `width` cells: ten for the bar, or fewer when
    the column is cut (`COLUMNS`)."""
    cells = max(min(width - LABEL_WIDTH, BAR_WIDTH), 0)
    filled = round(percent / 100 * cells)
    bar = Text("█" * filled, style="bold")
    bar.append("░" * (cells - filled), style="dim")
    bar.append(f" {progress_label(percent):>4}")
    return bar


def status_mark(state: ArticleState) -> Text:
    """Unread, in progress or finished, at a glance (and not by colour alone)."""
    if state.position is None:
        return Text("○ new", style="bold")
    if state.percent >= FINISHED_PERCENT:
        return Text("● done", style="dim")
    return Text("◐ reading")


def ago(timestamp: str | None, now: dt.datetime | None = None) -> str:
    """ "3 h ago", "yesterday", a date, or "never"."""
    if not timestamp:
        return "never"
    try:
        when = dt.datetime.fromisoformat(timestamp)
    except ValueError:
        return "?"
    now = now or dt.datetime.now(dt.UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h ago"
    if seconds < 2 * 86400:
        return "yesterday"
    return when.date().isoformat()


class LibraryScreen(Screen[None]):
    """Pick an article to read (posts `OpenArticle`); Esc goes back."""

    CSS_PATH = "library.tcss"

    app: BylineApp

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back to the article", id="library-back"),
        Binding("ctrl+s", "cycle_sort", "Sort", id="library-sort"),
        Binding("down", "to_table", "List", show=False, id="library-to-list"),
    ]

    def __init__(self, current_id: str | None = None) -> None:
        super().__init__()
        self.current_id = current_id
        self.sort = 0
        self.entries: list[LibraryEntry] = []
        self._haystacks: dict[str, str] = {}
        self._shown: list[LibraryEntry] = []
        self._natural: list[int] = [column.width for column in COLUMNS]

    def compose(self) -> ComposeResult:
        with Horizontal(id="library-header"):
            yield Static("Library", id="library-title")
            yield Static("", id="library-summary")
        yield Input(placeholder="Filter by title, source or author…", id="library-filter")
        yield Static("", id="library-columns")
        yield LibraryList(COLUMNS, id="library-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self.watch(self.app, "app_focus", self._app_focus_changed, init=False)
        if self.app.library is not None:
            self.show_entries(self.app.library.entries)
        else:
            self.query_one("#library-summary", Static).update("Reading the library…")
            self.app.load_library()

    def show_entries(self, entries: list[LibraryEntry]) -> None:
        """Fill the table (called again when the library index arrives: the cursor stays on
        its article)."""
        self.entries = entries
        self._haystacks = {}
        natural = [column.width for column in COLUMNS]
        natural[TITLE] = max((cell_len(entry.title) for entry in entries), default=0)
        natural[SOURCE] = max((cell_len(entry.source or "") for entry in entries), default=0)
        natural[DATE] = max((cell_len(entry.date or "") for entry in entries), default=0)
        self._natural = natural
        self._refill(keep_cursor=True)

    def _haystack(self, entry: LibraryEntry) -> str:
        """What the filter searches, normalised once, on the first keystroke that needs it."""
        haystack = self._haystacks.get(entry.id)
        if haystack is None:
            text = f"{entry.title} {entry.source or ''} {entry.author or ''}"
            haystack = self._haystacks[entry.id] = normalise(text)
        return haystack

    def _state(self, entry: LibraryEntry) -> ArticleState:
        return self.app.store.article(entry.id)

    def _sorted(self, entries: list[LibraryEntry]) -> list[LibraryEntry]:
        key = SORTS[self.sort]
        if key == "title":
            return sorted(entries, key=lambda e: e.title.casefold())
        if key == "progress":
            return sorted(entries, key=lambda e: -self._state(e).percent)
        return sorted(entries, key=lambda e: self._state(e).last_opened or "", reverse=True)

    def on_resize(self) -> None:
        self._draw_header()

    def _draw_header(self) -> None:
        widths = self.query_one(LibraryList).column_widths()
        header = Text(style="bold")
        for column, width in zip(COLUMNS, widths, strict=True):
            if width:
                header.append(column.name.ljust(width)[:width] + "  ")
        self.query_one("#library-columns", Static).update(header)

    def _refill(self, *, keep_cursor: bool = False) -> None:
        """Filter, sort and show the entries; the cursor goes to the first row, or stays on
        its article with `keep_cursor`."""
        table = self.query_one(LibraryList)
        chosen = None
        if keep_cursor and 0 <= table.cursor < len(self._shown):
            chosen = self._shown[table.cursor].id
        query = self.query_one(Input).value
        words = normalise(query).split()
        shown = [
            entry for entry in self.entries if all(word in self._haystack(entry) for word in words)
        ]
        self._shown = self._sorted(shown)
        rows: list[Row] = []
        for entry in self._shown:
            state = self._state(entry)
            rows.append(
                (
                    status_mark(state),
                    Text(entry.title, style="bold" if entry.id == self.current_id else ""),
                    entry.source or "",
                    entry.date or "",
                    f"{entry.reading_minutes} min" if entry.reading_minutes else "-",
                    partial(progress_bar, state.percent),
                    ago(state.last_opened),
                )
            )
        cursor = next((i for i, e in enumerate(self._shown) if e.id == chosen), 0)
        empty = f"No article matches “{query.strip()}”." if self.entries else ""
        table.show(rows, natural=self._natural, cursor=cursor, placeholder=empty)
        self._draw_header()
        summary = f"{len(self._shown)} of {len(self.entries)} · sorted by {SORTS[self.sort]}"
        self.query_one("#library-summary", Static).update(summary)

    @on(LibraryReady)
    def _library_ready(self, event: LibraryReady) -> None:
        self.show_entries(event.index.entries)

    def on_screen_resume(self) -> None:
        """Back on this screen: show what other Byline processes saved or added meanwhile."""
        self.catch_up()

    def _app_focus_changed(self, focused: bool) -> None:
        """The terminal gave the app its focus back (the reader may have run `byline add`
        in another window): catch up, if this screen is the one shown."""
        if focused and self.is_active:
            self.catch_up()

    def catch_up(self) -> None:
        """Show what other processes saved or added: reading state at once (cheap: SQLite's
        data version), the library in a worker that reloads it only when its database's
        change counter moved."""
        if self.app.store.refresh() and self.entries:
            self._refill(keep_cursor=True)
        if self.app.library is not None:
            self._check_library()

    @work(thread=True, exclusive=True, group="library-check")
    def _check_library(self) -> None:
        library = self.app.library
        if library is not None and library.is_stale():
            self.app.call_from_thread(self.app.load_library)

    @on(Input.Changed, "#library-filter")
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        self._refill()

    @on(Input.Submitted, "#library-filter")
    def _open_first(self, event: Input.Submitted) -> None:
        event.stop()
        if self._shown:
            self._open(self._shown[self.query_one(LibraryList).cursor])

    @on(LibraryList.Chosen)
    def _row_chosen(self, event: LibraryList.Chosen) -> None:
        event.stop()
        if 0 <= event.index < len(self._shown):
            self._open(self._shown[event.index])

    def _open(self, entry: LibraryEntry) -> None:
        if entry.id == self.current_id:
            self.dismiss(None)
        else:
            self.post_message(OpenArticle(entry.path))

    def action_cycle_sort(self) -> None:
        self.sort = (self.sort + 1) % len(SORTS)
        self._refill()

    def action_to_table(self) -> None:
        self.set_focus(self.query_one(LibraryList))

    def action_back(self) -> None:
        self.dismiss(None)
