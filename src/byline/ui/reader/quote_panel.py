"""The quote panel: every quotation with its speaker; search it, or the whole library.

Fragments (a few quoted words inside the writer's sentence, `Quote.kind`) are listed dimmed
and marked, and can be hidden with the panel's switch or `f` in the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Label, OptionList, Static, Switch
from textual.widgets.option_list import Option

from byline.core.article.model import Article
from byline.core.quotes.model import UNATTRIBUTED, shown_text
from byline.core.quotes.search import match_quote, parse_query
from byline.ui.messages import OpenArticle
from byline.ui.widgets.panel_list import PanelList

if TYPE_CHECKING:
    from byline.core.quotes.marks import Quote
    from byline.store.library import LibraryIndex

MAX_LISTED = 300
"""At most this many quotes are listed at once (type to narrow a library-wide search)."""


@dataclass(frozen=True)
class QuoteItem:
    """A quotation as the panel lists it, from this article or another one."""

    text: str
    speaker: str | None
    start: int
    end: int
    section_number: int
    article_id: str
    article_title: str
    source: str | None
    path: Path | None
    """The article's file, for quotes of other articles (None: this article)."""
    spans: tuple[tuple[int, int], ...] = ()
    """Where the search matched, in `text`."""
    kind: str = "speech"
    """`Quote.kind`: "speech", or "fragment"."""


class QuoteList(PanelList):
    """The quotations, one option each (wrapped, never cut mid-word). The panel opens here, so
    that its keys work at once; `/` goes to the filter, where letters are typed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next", show=False, id="quote-down"),
        Binding("k", "cursor_up", "Previous", show=False, id="quote-up"),
        Binding("y", "copy_quote", "Copy quote", id="copy-quote"),
        Binding("f", "toggle_fragments", "Fragments", id="toggle-fragments"),
        Binding("slash", "to_filter", "Filter", id="to-quote-filter"),
    ]

    def action_to_filter(self) -> None:
        panel = self.parent
        if isinstance(panel, QuotePanel):
            # Focused now, not after a refresh as focus() does: the next key is the filter's.
            self.screen.set_focus(panel.query_one("#quote-filter", Input))

    def action_copy_quote(self) -> None:
        panel = self.parent
        if isinstance(panel, QuotePanel):
            panel.copy_quote()

    def action_toggle_fragments(self) -> None:
        panel = self.parent
        if isinstance(panel, QuotePanel):
            panel.toggle_fragments()


class QuotePanel(Vertical):
    """Lists quotations in article order: speaker, section, text."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # A priority binding: handled as the key arrives, so that the key after ↓ (`y`, `f`)
        # already goes to the list, not into the filter.
        Binding("down", "to_list", "Quotes", id="to-quote-list", priority=True),
        Binding("escape", "leave", "Back to article", id="leave-quote-panel"),
    ]

    @dataclass
    class QuoteSelected(Message):
        """The reader chose a quotation of this article (Enter or click); one of another
        article is opened there, with `OpenArticle`."""

        panel: QuotePanel
        quote: QuoteItem

        @property
        def control(self) -> QuotePanel:
            return self.panel

    @dataclass
    class FragmentsChanged(Message):
        """Fragments were shown or hidden (the switch, or `f`): a preference to remember."""

        panel: QuotePanel
        shown: bool

        @property
        def control(self) -> QuotePanel:
            return self.panel

    @dataclass
    class LibraryWanted(Message):
        """The "all articles" scope was chosen before the library index was loaded."""

        panel: QuotePanel

        @property
        def control(self) -> QuotePanel:
            return self.panel

    @dataclass
    class Left(Message):
        """Esc with nothing to clear: focus should go back to the text."""

        panel: QuotePanel

        @property
        def control(self) -> QuotePanel:
            return self.panel

    def __init__(
        self,
        article: Article,
        *,
        id: str | None = None,  # noqa: A002 - Textual's widget signature
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.article = article
        self.quotes: list[Quote] = []
        self.library: LibraryIndex | None = None
        """The library index, set by the screen once loaded (for the "all articles" scope)."""
        self._shown: list[QuoteItem] = []
        self.ready = False
        self.show_fragments = True
        """Whether fragments are listed (set by the screen from the preferences)."""

    def compose(self) -> ComposeResult:
        yield Static("Quotes", classes="panel-title")
        yield Input(placeholder="Search quotes, speaker:name", id="quote-filter")
        with Horizontal(id="quote-scope-row"):
            yield Switch(value=False, id="quote-scope")
            yield Label("All articles", id="quote-scope-label")
            yield Switch(value=self.show_fragments, id="quote-fragments")
            yield Label("Fragments", id="quote-fragments-label")
        yield QuoteList(id="quote-list")
        yield Static("Finding quotes…", id="quote-hint", classes="panel-hint")

    @property
    def all_articles(self) -> bool:
        return self.query_one("#quote-scope", Switch).value

    def on_mount(self) -> None:
        self.refill()

    def show_quotes(self, quotes: list[Quote]) -> None:
        """Fill the panel (when extraction finishes)."""
        self.quotes = quotes
        self.ready = True
        if self.is_mounted:
            self.refill()

    def show_library(self, library: LibraryIndex) -> None:
        """Use the library index for the "all articles" scope."""
        self.library = library
        if self.is_mounted and self.all_articles:
            self.refill()

    def citation(self, quote: QuoteItem) -> str:
        """The quote as copied: the words in marks, then "— speaker, source"."""
        who = [part for part in (quote.speaker, quote.source) if part]
        text = " ".join(quote.text.split())
        return f"“{text}”\n— {', '.join(who) or quote.article_title}"

    def _items_here(self, query_text: str) -> list[QuoteItem]:
        query = parse_query(query_text)
        everything = query.speaker is None and query.terms == ([], [])
        items: list[QuoteItem] = []
        meta = self.article.meta
        for quote in self.quotes:
            if quote.kind == "fragment" and not self.show_fragments:
                continue
            spans = [] if everything else match_quote(query, quote.text, quote.speaker)
            if spans is not None:
                section = self.article.section_at(quote.start)
                items.append(
                    QuoteItem(
                        shown_text(quote.text),
                        quote.speaker,
                        quote.start,
                        quote.end,
                        section.number,
                        self.article.id,
                        meta.title,
                        meta.source,
                        None,
                        tuple(spans),
                        quote.kind,
                    )
                )
        return items

    def _items_everywhere(self, query_text: str) -> list[QuoteItem]:
        from byline.store.library.queries import search_quotes  # with a library only

        assert self.library is not None
        items: list[QuoteItem] = []
        for hit in search_quotes(self.library, parse_query(query_text)):
            entry, quote = hit.entry, hit.quote
            if quote.kind == "fragment" and not self.show_fragments:
                continue
            here = entry.id == self.article.id
            items.append(
                QuoteItem(
                    shown_text(quote.text),
                    quote.speaker,
                    quote.start,
                    quote.end,
                    quote.section + 1,
                    entry.id,
                    entry.title,
                    entry.source,
                    None if here else entry.path,
                    tuple(hit.spans),
                    quote.kind,
                )
            )
        return items

    def _prompt(self, item: QuoteItem) -> Text:
        quote_list = self.query_one(QuoteList)
        quiet = quote_list.quiet
        prompt = Text()
        prompt.append(item.speaker or UNATTRIBUTED, style="bold" if item.speaker else quiet)
        where = f"§{item.section_number}" if len(self.article.sections) > 1 else ""
        if self.all_articles:
            where = f"{item.article_title} · {where}" if where else item.article_title
        fragment = item.kind == "fragment"
        if fragment:
            where = f"{where} · fragment" if where else "fragment"
        prompt.append(f"  · {where}\n" if where else "\n", style=quiet)
        # Same length: match offsets still fit. A fragment's words are quiet.
        body = Text(
            item.text.replace("\n", " "), style=quiet + Style(italic=True) if fragment else ""
        )
        for start, end in item.spans:
            body.stylize("reverse", start, end)
        prompt.append_text(body)
        prompt.append("\n")  # a blank line between quotes
        return prompt

    def refill(self, *, keep_cursor: bool = False) -> None:
        """List the quotes matching the filter, in the chosen scope, the cursor on the first
        (or where it was, with `keep_cursor`)."""
        query_text = self.query_one("#quote-filter", Input).value
        hint = self.query_one("#quote-hint", Static)
        if self.all_articles and self.library is None:
            items: list[QuoteItem] = []
            hint.update("Reading the library…")
        elif self.all_articles:
            items = self._items_everywhere(query_text)
        else:
            items = self._items_here(query_text)
        shown = items[:MAX_LISTED]
        quote_list = self.query_one(QuoteList)
        cursor = quote_list.highlighted if keep_cursor else 0
        quote_list.clear_options()
        quote_list.add_options(Option(self._prompt(item)) for item in shown)
        self._shown = shown
        quote_list.highlighted = min(cursor or 0, len(shown) - 1) if shown else None
        more = f" (first {MAX_LISTED}: type to narrow)" if len(items) > MAX_LISTED else ""
        if self.all_articles and self.library is not None:
            total = sum(len(entry.quotes or ()) for entry in self.library.entries)
            hint.update(f"{len(items)} of {total} in the library{more} · Enter opens")
        elif not self.all_articles and not self.ready:
            hint.update("Finding quotes…")
        elif not self.all_articles and not self.quotes:
            hint.update("This article has no quotations.")
        elif not self.all_articles:
            hidden = "" if self.show_fragments else ", fragments hidden"
            counted = f"{len(items)} of {len(self.quotes)}{more}{hidden}"
            hint.update(f"{counted} · / filter · Enter jumps")

    @property
    def focused_quote(self) -> QuoteItem | None:
        index = self.query_one(QuoteList).highlighted
        return self._shown[index] if index is not None and index < len(self._shown) else None

    @on(PanelList.Restyled)
    def _restyled(self, event: PanelList.Restyled) -> None:
        event.stop()
        self.refill(keep_cursor=True)

    @on(Input.Changed, "#quote-filter")
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        self.refill()

    @on(Switch.Changed, "#quote-scope")
    def _scope(self, event: Switch.Changed) -> None:
        event.stop()
        if event.value and self.library is None:
            self.post_message(self.LibraryWanted(self))
        self.refill()

    @on(Switch.Changed, "#quote-fragments")
    def _fragments(self, event: Switch.Changed) -> None:
        event.stop()
        self.show_fragments = event.value
        self.post_message(self.FragmentsChanged(self, event.value))
        self.refill()

    @on(Input.Submitted, "#quote-filter")
    def _submit_filter(self, event: Input.Submitted) -> None:
        event.stop()
        if (quote := self.focused_quote) is not None:
            self._choose(quote)

    @on(OptionList.OptionSelected, "#quote-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(self._shown[event.option_index])

    def _choose(self, quote: QuoteItem) -> None:
        if quote.path is None:
            self.post_message(self.QuoteSelected(self, quote))
        else:
            self.post_message(OpenArticle(quote.path, (quote.start, quote.end)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """↓ goes into the list from the filter only: elsewhere it is the focused widget's."""
        if action == "to_list":
            return self.query_one("#quote-filter", Input).has_focus
        return True

    def action_to_list(self) -> None:
        """↓ from the filter: into the list (its keys: `j`/`k`, Enter, `y`, `f`, `/`)."""
        self.focus_list()

    @property
    def list_has_focus(self) -> bool:
        """Whether the list has the keys (where `/` is the filter's, not the reader's)."""
        return self.query_one(QuoteList).has_focus

    def focus_list(self) -> None:
        """Give the list the keys (where the panel opens)."""
        # Focused now, not after a refresh as focus() does: the next key is the list's.
        self.screen.set_focus(self.query_one(QuoteList))

    def copy_quote(self) -> None:
        """Copy the quote under the cursor with its citation (`y` in the list)."""
        quote = self.focused_quote
        if quote is None:
            self.app.bell()
            return
        self.app.copy_to_clipboard(self.citation(quote))
        self.notify(
            f"Copied the quote of {quote.speaker or 'an unattributed speaker'}",
            timeout=2,
            markup=False,
        )

    def toggle_fragments(self) -> None:
        """Show or hide fragments (`f` in the list), as the switch does."""
        switch = self.query_one("#quote-fragments", Switch)
        switch.value = not switch.value

    def action_leave(self) -> None:
        filter_input = self.query_one("#quote-filter", Input)
        if filter_input.value:
            filter_input.value = ""
        else:
            # Unfocused at once: keys typed right after Esc are the reader's, not the filter's
            # (the reader focuses the text when it handles `Left`).
            self.screen.set_focus(None)
            self.post_message(self.Left(self))
