"""The quote panel: every quotation with its speaker; filter as you type; copy with citation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from byline.core.article import Article
from byline.core.quote_search import match_quote, parse_query

if TYPE_CHECKING:
    from byline.core.quotes import Quote


class QuoteList(OptionList):
    """The quotations, one option each (wrapped, never cut mid-word)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next", show=False, id="quote-down"),
        Binding("k", "cursor_up", "Previous", show=False, id="quote-up"),
    ]


class QuotePanel(Vertical):
    """Lists quotations in article order: speaker, section, text."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "copy_quote", "Copy quote", id="copy-quote"),
        Binding("escape", "leave", "Back to article", id="leave-quote-panel"),
    ]

    @dataclass
    class QuoteSelected(Message):
        """The reader chose a quotation (Enter or click)."""

        panel: QuotePanel
        quote: Quote

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
        self._shown: list[Quote] = []
        self.ready = False

    def compose(self) -> ComposeResult:
        yield Static("Quotes", classes="panel-title")
        yield Input(placeholder='Search quotes (speaker:name, "a phrase")', id="quote-filter")
        yield QuoteList(id="quote-list")
        yield Static("Finding quotes…", id="quote-hint", classes="panel-hint")

    def show_quotes(self, quotes: list[Quote]) -> None:
        """Fill the panel (when extraction finishes)."""
        self.quotes = quotes
        self.ready = True
        self._refill(self.query_one("#quote-filter", Input).value)

    def citation(self, quote: Quote) -> str:
        """The quote as copied: the words in marks, then "— speaker, source"."""
        who = [part for part in (quote.speaker, self.article.meta.source) if part]
        text = " ".join(quote.text.split())
        return f"“{text}”\n— {', '.join(who) or self.article.meta.title}"

    def _prompt(self, quote: Quote, spans: list[tuple[int, int]]) -> Text:
        section = self.article.section_at(quote.start)
        prompt = Text()
        prompt.append(quote.speaker or "Unattributed", style="bold" if quote.speaker else "dim")
        prompt.append(f"  · §{section.number}\n", style="dim")
        body = Text(quote.text.replace("\n", " "))  # same length: match offsets still fit
        for start, end in spans:
            body.stylize("reverse", start, end)
        prompt.append_text(body)
        prompt.append("\n")  # a blank line between quotes
        return prompt

    def _refill(self, query_text: str) -> None:
        query = parse_query(query_text)
        options: list[Option] = []
        shown: list[Quote] = []
        for quote in self.quotes:
            spans = match_quote(query, quote.text, quote.speaker)
            if spans is None:
                continue
            options.append(Option(self._prompt(quote, spans)))
            shown.append(quote)
        quote_list = self.query_one(QuoteList)
        quote_list.clear_options()
        quote_list.add_options(options)
        self._shown = shown
        quote_list.highlighted = 0 if shown else None
        hint = self.query_one("#quote-hint", Static)
        if not self.ready:
            hint.update("Finding quotes…")
        elif not self.quotes:
            hint.update("This article has no quotations.")
        else:
            hint.update(f"{len(shown)} of {len(self.quotes)} · Enter jumps · y copies")

    @property
    def focused_quote(self) -> Quote | None:
        index = self.query_one(QuoteList).highlighted
        return self._shown[index] if index is not None and index < len(self._shown) else None

    @on(Input.Changed, "#quote-filter")
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        self._refill(event.value)

    @on(Input.Submitted, "#quote-filter")
    def _submit_filter(self, event: Input.Submitted) -> None:
        event.stop()
        if (quote := self.focused_quote) is not None:
            self.post_message(self.QuoteSelected(self, quote))

    @on(OptionList.OptionSelected, "#quote-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.QuoteSelected(self, self._shown[event.option_index]))

    def action_copy_quote(self) -> None:
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

    def action_leave(self) -> None:
        filter_input = self.query_one("#quote-filter", Input)
        if filter_input.value:
            filter_input.value = ""
        else:
            self.post_message(self.Left(self))
