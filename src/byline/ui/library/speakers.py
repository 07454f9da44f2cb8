"""Who said what: the speakers of the whole library with their quotes."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from byline.core.quotes.model import shown_text
from byline.core.quotes.search import normalise
from byline.ui.messages import LibraryReady, OpenArticle
from byline.ui.widgets.key_bar import KeyBar
from byline.ui.widgets.panel_list import PanelList

if TYPE_CHECKING:
    from byline.store.library import LibraryEntry, LibraryIndex, QuoteRecord, Speaker
    from byline.ui.app import BylineApp


class SpeakerList(PanelList):
    """A list of who said what: the speakers, or one speaker's quotes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next", show=False, id="speakers-down"),
        Binding("k", "cursor_up", "Previous", show=False, id="speakers-up"),
    ]


class SpeakersScreen(Screen[None]):
    """Speakers by number of quotes; choose one to see their quotes; choose a quote to read it."""

    CSS_PATH = "library.tcss"

    app: BylineApp

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="speakers-back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.speakers: list[Speaker] = []
        self._shown: list[Speaker] = []
        self._quotes: list[tuple[LibraryEntry, QuoteRecord]] = []

    def compose(self) -> ComposeResult:
        yield Static("Who said what", id="speakers-title")
        with Horizontal(id="speakers-body"):
            with Vertical(id="speakers-column"):
                yield Input(placeholder="Filter speakers…", id="speaker-filter")
                yield SpeakerList(id="speaker-list")
            with Vertical(id="speaker-quotes-column"):
                yield Static("", id="speaker-name")
                yield SpeakerList(id="speaker-quotes")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#speaker-filter", Input).focus()
        if self.app.library is not None:
            self._show(self.app.library)
        else:
            self.query_one("#speaker-name", Static).update("Reading the library…")
            self.app.load_library()

    @on(LibraryReady)
    def _library_ready(self, event: LibraryReady) -> None:
        self._show(event.index)

    def _show(self, index: LibraryIndex) -> None:
        from byline.store.library.queries import speakers

        self.speakers = speakers(index)
        self._refill("")
        if not self.speakers:
            self.query_one("#speaker-name", Static).update("No attributed quotes yet.")

    def _refill(self, query: str, *, keep_cursor: bool = False) -> None:
        words = normalise(query).split()
        self._shown = [s for s in self.speakers if all(w in normalise(s.name) for w in words)]
        speaker_list = self.query_one("#speaker-list", PanelList)
        cursor = speaker_list.highlighted if keep_cursor else 0
        quiet = speaker_list.quiet
        speaker_list.clear_options()
        speaker_list.add_options(
            Option(Text.assemble((f"{s.quote_count:>3}  ", quiet), s.name)) for s in self._shown
        )
        if self._shown:
            speaker_list.highlighted = min(cursor or 0, len(self._shown) - 1)

    @on(PanelList.Restyled, "#speaker-list")
    def _restyled(self, event: PanelList.Restyled) -> None:
        """The theme changed: the lists are made again in its colours (the quotes follow
        the speaker list's cursor)."""
        event.stop()
        self._refill(self.query_one("#speaker-filter", Input).value, keep_cursor=True)

    @on(Input.Changed, "#speaker-filter")
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        self._refill(event.value)

    @on(Input.Submitted, "#speaker-filter")
    def _to_list(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#speaker-list", OptionList).focus()

    @on(OptionList.OptionHighlighted, "#speaker-list")
    def _speaker_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        speaker = self._shown[event.option_index]
        self._quotes = list(speaker.quotes)
        self.query_one("#speaker-name", Static).update(
            Text.assemble((speaker.name, "bold"), f" · {speaker.quote_count} quotes")
        )
        quotes = self.query_one("#speaker-quotes", PanelList)
        quiet = quotes.quiet
        quotes.clear_options()
        quotes.add_options(
            Option(
                Text.assemble(
                    (f"{entry.title} · §{quote.section + 1}\n", quiet),
                    f"“{' '.join(shown_text(quote.text).split())}”\n",
                )
            )
            for entry, quote in self._quotes
        )

    @on(OptionList.OptionSelected, "#speaker-list")
    def _speaker_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        quotes = self.query_one("#speaker-quotes", OptionList)
        quotes.focus()
        quotes.highlighted = 0 if self._quotes else None

    @on(OptionList.OptionSelected, "#speaker-quotes")
    def _quote_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entry, quote = self._quotes[event.option_index]
        self.post_message(OpenArticle(entry.path, (quote.start, quote.end)))

    def action_back(self) -> None:
        self.dismiss(None)
