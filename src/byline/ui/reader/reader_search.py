"""Find-in-text for the reader: `/`, `n`, `N`, Esc."""

from __future__ import annotations

from typing import TYPE_CHECKING

from byline.core.search import SearchResult, TextSearch
from byline.ui.reader.article_view import Highlight
from byline.ui.reader.reader_base import ReaderBase

if TYPE_CHECKING:
    from textual.widget import AwaitMount

    from byline.ui.reader.search_bar import SearchBar


class SearchingReader(ReaderBase):
    """The reader with a search prompt and match stepping."""

    # Per-instance state starts from these class defaults (all immutable): no __init__ needed.
    search: SearchResult | None = None
    """The current search, if any."""
    search_index: int | None = None
    """Which of its matches is current."""
    _search_origin = 0
    """Where the view was when the prompt opened (Esc goes back there)."""
    _text_search: TextSearch | None = None
    """Searches of the article's text (keeps a lower-cased copy once one is needed)."""
    _search_bar_mount: AwaitMount | None = None
    """The prompt's mounting, once begun (`prepare_search`)."""

    async def action_search(self) -> None:
        bar = await self._search_bar()
        self._search_origin = self.article_view.top_offset()
        bar.display = True
        bar.value = self.search.query if self.search else ""
        # Focus now, not after a refresh as focus() does: keys typed right after "/" must
        # reach the prompt, not the article ("n" would step matches).
        self.set_focus(bar)

    def prepare_search(self) -> None:
        """Mount the prompt, hidden, before it is first asked for (when the reader is idle):
        mounting it on the first `/` took ~20 ms more of that key (Textual parses an `Input`'s
        styles when the first one is mounted). Not at start-up: it would delay the first paint
        (~5 ms) and the import of its module."""
        from byline.ui.reader.search_bar import SearchBar

        if self._search_bar_mount is None and self.is_attached:
            self._search_bar_mount = self.mount(SearchBar(id="search-bar"))

    async def _search_bar(self) -> SearchBar:
        """The prompt, mounted now if it is not yet. Keys typed meanwhile wait for the action
        that awaits this, so they reach the prompt."""
        from byline.ui.reader.search_bar import SearchBar

        self.prepare_search()
        if self._search_bar_mount is not None:
            await self._search_bar_mount
        return self.query_one(SearchBar)

    # Handled by name (not `@on(SearchBar...)`): the prompt's module is imported on the first `/`.
    def on_search_bar_query_changed(self, event: SearchBar.QueryChanged) -> None:
        if event.query != event.search_bar.value:
            return  # typed over already (keys arrive faster than big texts are searched)
        self._run_search(event.query, jump_from=self._search_origin)

    def on_search_bar_closed(self, event: SearchBar.Closed) -> None:
        event.search_bar.display = False
        self.article_view.focus()
        if event.cancelled:
            self.action_clear_search()
            self.article_view.scroll_to_offset(self._search_origin)
        elif self.search is not None and not self.search.matches:
            self.notify(f"Pattern not found: {event.query}", severity="warning", markup=False)

    def _run_search(self, query: str, jump_from: int) -> None:
        if self._text_search is None or self._text_search.text is not self.article.text:
            self._text_search = TextSearch(self.article.text)
        self.search = self._text_search.find_all(query) if query.strip() else None
        self.search_index = None
        if self.search and self.search.matches:
            self.search_index = self.search.next_index(jump_from - 1)
        self._show_search(jump=True)
        self.refresh_bindings()

    def search_whole_article(self) -> None:
        """Run the search again once a preview's article is whole: a search typed while a
        big article loaded found only the matches in its beginning. The current match stays
        current (offsets in the beginning are the same), and the view does not move."""
        result, index = self.search, self.search_index
        if result is None:
            return
        self._text_search = TextSearch(self.article.text)
        self.search = self._text_search.find_all(result.query)
        kept = result.matches[index][0] if index is not None else self.article_view.top_offset()
        self.search_index = self.search.next_index(kept - 1)
        self._show_search(jump=False)
        self.refresh_bindings()

    def _show_search(self, jump: bool) -> None:
        view = self.article_view
        result, index = self.search, self.search_index
        if result is None or index is None:
            view.set_highlights("search", ())
            self.status.search_label = (
                f"/{result.query}: no match" if result is not None and result.query else ""
            )
            return
        highlights = [
            Highlight(start, end, "search-current" if n == index else "search-match")
            for n, (start, end) in enumerate(result.matches)
        ]
        view.set_highlights("search", highlights)
        self.status.search_label = f"/{result.query}  {index + 1}/{len(result)}"
        if jump:
            start = result.matches[index][0]
            if not (view.top_offset() <= start < view.bottom_offset()):
                view.scroll_to_offset(start)
            view.scroll_to(y=max(view.text_layout.line_at(start) - 2, 0), animate=False)

    def _step_match(self, backwards: bool) -> None:
        if not self.search or self.search_index is None:
            self.app.bell()
            return
        count = len(self.search)
        self.search_index = (self.search_index + (-1 if backwards else 1)) % count
        self._show_search(jump=True)

    def forget_choice(self) -> None:
        """Esc with no search: the layers above clear their own selection."""

    def action_next_match(self) -> None:
        self._step_match(backwards=False)

    def action_previous_match(self) -> None:
        self._step_match(backwards=True)

    def action_clear_search(self) -> None:
        """Esc: clear the search; with no search, whatever else is selected (see below)."""
        if self.search is None:
            self.forget_choice()
            return
        self.search = None
        self.search_index = None
        self._show_search(jump=False)
        self.refresh_bindings()
