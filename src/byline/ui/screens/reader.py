"""The reader screen: sidebar, article, search prompt, status line; it owns reading state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.lazy import Lazy
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from byline.core.article import Article, Section
from byline.core.entity_types import LABELS, Entity
from byline.core.errors import BylineError
from byline.core.reading import ArticleState, Bookmark, Position, now_iso
from byline.core.search import SearchResult, find_all
from byline.core.sources import LoadedArticle
from byline.ui.messages import LibraryReady, OpenArticle
from byline.ui.screens.bookmarks import BookmarksScreen
from byline.ui.screens.help import HelpScreen
from byline.ui.widgets.article_view import ArticleView, Highlight
from byline.ui.widgets.entity_panel import EntityPanel
from byline.ui.widgets.quote_panel import QuotePanel
from byline.ui.widgets.search_bar import SearchBar
from byline.ui.widgets.sections_sidebar import SectionsSidebar
from byline.ui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from byline.core.analysis import Analysis
    from byline.ui.app import BylineApp

FLASH_SECONDS = 1.2
"""How long a quote chosen in the panel stays flashed in the text."""


class _Cancelled(Exception):
    """Raised from a worker's progress callback once the worker is cancelled (on quit)."""


SAVE_DELAY = 1.0
"""Seconds of quiet after a move before the position is written (debounce)."""


def meta_line(article: Article) -> str:
    """The line under the title: source, author, date and reading time, where known."""
    meta = article.meta
    parts = [meta.source, f"By {meta.author}" if meta.author else None, meta.date]
    minutes = article.reading_minutes
    parts.append(f"{minutes} min read" if minutes else "empty")
    return " · ".join(part for part in parts if part)


class ReaderScreen(Screen[None]):
    """Reads one article; coordinates its widgets and keeps its reading state."""

    app: BylineApp

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right_square_bracket", "next_section", "Next §", id="next-section"),
        Binding("left_square_bracket", "previous_section", "Prev §", id="previous-section"),
        *(
            Binding(str(n), f"go_to_section({n})", f"Section {n}", show=False, id=f"section-{n}")
            for n in range(1, 10)
        ),
        Binding("t", "toggle_sidebar", "Sidebar", id="toggle-sidebar"),
        Binding("slash", "search", "Search", id="search"),
        Binding("n", "next_match", "Next match", show=False, id="next-match"),
        Binding("N", "previous_match", "Previous match", show=False, id="previous-match"),
        Binding("escape", "clear_search", "Clear search", show=False, id="clear-search"),
        Binding("e", "toggle_entities", "Highlights", show=False, id="toggle-entities"),
        Binding("E", "entity_panel", "Who & what", id="entity-panel"),
        Binding("full_stop", "next_mention", "Next mention", show=False, id="next-mention"),
        Binding("comma", "previous_mention", "Prev mention", show=False, id="previous-mention"),
        Binding("quotation_mark", "quote_panel", "Quotes", id="quote-panel"),
        Binding("m", "add_bookmark", "Mark", show=False, id="add-bookmark"),
        Binding("apostrophe", "bookmarks", "Marks", show=False, id="bookmarks"),
        Binding("question_mark", "help", "Help", id="help"),
    ]

    def __init__(
        self,
        loaded: LoadedArticle,
        state: ArticleState,
        *,
        target: tuple[int, int] | None = None,
    ) -> None:
        super().__init__()
        self.loaded = loaded
        self.article = loaded.article
        self.target = target
        """A range to show on opening (a quote chosen elsewhere) instead of resuming."""
        self._resume_pending = False
        self._state = state
        self.entity_panel = EntityPanel(id="entity-panel", classes="side-panel")
        self.quote_panel = QuotePanel(self.article, id="quote-panel", classes="side-panel")
        self.current_section = 0
        self.search: SearchResult | None = None
        self.search_index: int | None = None
        self._search_origin = 0
        self._save_timer: Timer | None = None
        self.analysis: Analysis | None = None
        self.selected_entity: Entity | None = None
        self.mention_index = 0

    @property
    def state(self) -> ArticleState:
        """This article's reading state; every change is handed to the store at once."""
        return self._state

    @state.setter
    def state(self, state: ArticleState) -> None:
        self._state = state
        self.app.store.set_article(self.article.id, state)

    # -- composition -----------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            yield SectionsSidebar(self.article.sections, id="sidebar")
            yield ArticleView(self.article, meta_line(self.article), id="article")
            # Hidden until asked for: mounted after the first paint.
            yield Lazy(self.entity_panel)
            yield Lazy(self.quote_panel)
        yield SearchBar(id="search-bar")
        yield StatusBar(id="status")
        yield Footer()

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def sidebar(self) -> SectionsSidebar:
        return self.query_one(SectionsSidebar)

    @property
    def status(self) -> StatusBar:
        return self.query_one(StatusBar)

    def on_mount(self) -> None:
        if self.app.library is not None:
            self.quote_panel.library = self.app.library
        self.sidebar.display = self.app.store.preferences.sidebar
        self.article_view.focus()
        self.sidebar.show_state(0, self.state.read_sections)
        if self.article.complete:
            # After the first frame: recognition must not compete with the first paint.
            self.call_after_refresh(self.analyse)
        else:
            self.status.activity = "Loading…"
            self.load_rest()
        self._resume()

    def show_target(self, start: int, end: int) -> None:
        """Show the range `start`-`end` (e.g. a quote), flashing it."""
        self.target = None
        self._reveal(start)
        self._flash(start, end)

    def _resume(self) -> None:
        """Go back to where the reader left off (once that part of the article is parsed)."""
        if self.target is not None:
            if self.article.complete or self.target[0] < len(self.article.text):
                self._resume_pending = False
                self.call_after_refresh(self.show_target, *self.target)
            else:
                self._resume_pending = True
            return
        position = self.state.position
        if position is None or (not position.offset and position.section_id == "lead"):
            return
        if not self.article.complete and self.article.section_by_id(position.section_id) is None:
            self._resume_pending = True
            return
        self._resume_pending = False
        offset = position.resolve(self.article)
        section = self.article.section_at(offset)
        self.article_view.scroll_to_offset(offset)
        self.notify(
            f"Resumed at section {section.number}/{len(self.article.sections)}: "
            f"{section.title} ({position.percent:.0f}%)",
            title="Welcome back",
            timeout=4,
            markup=False,
        )

    # -- the rest of a big article ---------------------------------------------------------
    @dataclass
    class LoadProgress(Message):
        """How much of a big article has been parsed (0-1)."""

        fraction: float

    @dataclass
    class ArticleCompleted(Message):
        """The whole of a big article is parsed (posted by the worker)."""

        article: Article

    @dataclass
    class LoadFailed(Message):
        """The rest of the article could not be parsed."""

        error: str

    @work(thread=True, exclusive=True, group="load")
    def load_rest(self) -> None:
        """Parse the rest of a big article off the main thread, reporting progress."""
        try:
            article = self.loaded.complete_article(progress=self._report_loading)
        except BylineError as error:
            self.post_message(self.LoadFailed(str(error)))
            return
        except _Cancelled:
            return
        self.post_message(self.ArticleCompleted(article))

    def _report_loading(self, fraction: float) -> None:
        """Progress from the worker; also where a cancelled worker (on quit) stops."""
        if get_current_worker().is_cancelled:
            raise _Cancelled
        self.post_message(self.LoadProgress(fraction))

    @on(LoadProgress)
    def _load_progress(self, event: LoadProgress) -> None:
        self.status.activity = f"Loading {event.fraction:.0%}"

    @on(LoadFailed)
    def _load_failed(self, event: LoadFailed) -> None:
        self.status.activity = ""
        self.notify(event.error, severity="error", markup=False)

    @on(ArticleCompleted)
    def _article_completed(self, event: ArticleCompleted) -> None:
        self.article = event.article
        self.status.activity = ""
        self.article_view.set_article(event.article, meta_line(event.article))
        self.sidebar.set_sections(event.article.sections)
        self.quote_panel.article = event.article
        self.refresh_bindings()
        if self._resume_pending:
            self._resume()
        self.analyse()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide keys for sections the article does not have; dim n/N without a search."""
        if action == "go_to_section" and parameters:
            number = parameters[0]
            return isinstance(number, int) and number <= len(self.article.sections)
        if action in ("next_match", "previous_match", "clear_search"):
            return True if self.search is not None and self.search.matches else None
        if action in ("next_mention", "previous_mention"):
            return True if self.selected_entity is not None else None
        return True

    # -- following the scroll --------------------------------------------------------------
    @on(ArticleView.Scrolled)
    def _scrolled(self, event: ArticleView.Scrolled) -> None:
        # At the very end the last sections may never reach the top: the end is the last one.
        section = (
            self.article.sections[-1] if event.at_end else self.article.section_at(event.top_offset)
        )
        self.current_section = section.index
        finished = frozenset(
            s.id for s in self.article.sections if s.end <= event.bottom_offset or event.at_end
        )
        state = self.state.moved_to(Position.at(self.article, event.top_offset))
        if not finished <= state.read_sections:
            state = state.with_read(finished)
        if self.article.complete:  # a preview's percentages and ends are not the article's
            self.state = state
        self.sidebar.show_state(section.index, state.read_sections)
        total = len(self.article.sections)
        self.status.section_label = f"§ {section.number}/{total}  {section.title}"
        self.status.percent = event.percent
        self._schedule_save()

    def _schedule_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.save_state)

    def save_state(self) -> None:
        """Write the reading state now."""
        self.app.save_store()

    # -- sections --------------------------------------------------------------------------
    def go_to_section(self, section: Section) -> None:
        """Scroll so the section's heading is at the top (the title block for the lead)."""
        self.article_view.scroll_to_offset(section.start, header=section.index == 0)

    def action_go_to_section(self, number: int) -> None:
        if 1 <= number <= len(self.article.sections):
            self.go_to_section(self.article.sections[number - 1])
        else:
            self.app.bell()

    def action_next_section(self) -> None:
        # From the view itself, not the last Scrolled message: keys can arrive faster.
        current = self.article.section_at(self.article_view.top_offset()).index
        if current + 1 < len(self.article.sections):
            self.go_to_section(self.article.sections[current + 1])
        else:
            self.app.bell()

    def action_previous_section(self) -> None:
        top = self.article_view.top_offset()
        earlier = [s for s in self.article.sections if s.start < top]
        if self.article_view.scroll_y <= 0:
            self.app.bell()
            return
        self.go_to_section(earlier[-1] if earlier else self.article.sections[0])

    @on(SectionsSidebar.SectionSelected)
    def _section_selected(self, event: SectionsSidebar.SectionSelected) -> None:
        self.go_to_section(self.article.sections[event.index])

    def action_toggle_sidebar(self) -> None:
        sidebar = self.sidebar
        sidebar.display = not sidebar.display
        if not sidebar.display and sidebar.has_focus:
            self.article_view.focus()
        self.app.store.set_preferences(sidebar=bool(sidebar.display))
        self._schedule_save()

    # -- search ----------------------------------------------------------------------------
    def action_search(self) -> None:
        bar = self.query_one(SearchBar)
        self._search_origin = self.article_view.top_offset()
        bar.display = True
        bar.value = self.search.query if self.search else ""
        # Focus now, not after a refresh as focus() does: keys typed right after "/" must
        # reach the prompt, not the article ("n" would step matches).
        self.set_focus(bar)

    @on(SearchBar.QueryChanged)
    def _query_changed(self, event: SearchBar.QueryChanged) -> None:
        self._run_search(event.query, jump_from=self._search_origin)

    @on(SearchBar.Closed)
    def _search_closed(self, event: SearchBar.Closed) -> None:
        bar = self.query_one(SearchBar)
        bar.display = False
        self.article_view.focus()
        if event.cancelled:
            self.action_clear_search()
            self.article_view.scroll_to_offset(self._search_origin)
        elif self.search is not None and not self.search.matches:
            self.notify(f"Pattern not found: {event.query}", severity="warning", markup=False)

    def _run_search(self, query: str, jump_from: int) -> None:
        self.search = find_all(self.article.text, query) if query.strip() else None
        self.search_index = None
        if self.search and self.search.matches:
            self.search_index = self.search.next_index(jump_from - 1)
        self._show_search(jump=True)
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

    def action_next_match(self) -> None:
        self._step_match(backwards=False)

    def action_previous_match(self) -> None:
        self._step_match(backwards=True)

    def action_clear_search(self) -> None:
        if self.search is None and self.selected_entity is not None:
            self.selected_entity = None
            self._show_mention()
            self.refresh_bindings()
            return
        self.search = None
        self.search_index = None
        self._show_search(jump=False)
        self.refresh_bindings()

    # -- bookmarks -------------------------------------------------------------------------
    def action_add_bookmark(self) -> None:
        offset = self.article_view.top_offset()
        section = self.article.section_at(offset)
        excerpt = " ".join(self.article.text[offset : offset + 60].split())
        label = f"§{section.number} {section.title} — {excerpt}…"
        self.state = self.state.with_bookmark(
            Bookmark(Position.at(self.article, offset), label, now_iso())
        )
        self.notify(f"Bookmark added in section {section.number}", timeout=2)
        self._schedule_save()

    def action_bookmarks(self) -> None:
        if not self.state.bookmarks:
            self.notify("No bookmarks yet: press m to add one.", timeout=3)
            return

        def chosen(result: tuple[str, Bookmark] | None) -> None:
            if result is None:
                return
            verb, bookmark = result
            if verb == "delete":
                self.state = self.state.without_bookmark(bookmark)
                self._schedule_save()
            else:
                self.article_view.scroll_to_offset(bookmark.position.resolve(self.article))

        self.app.push_screen(BookmarksScreen(self.state.bookmarks), chosen)

    # -- help ------------------------------------------------------------------------------
    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.app.active_bindings))

    # -- entities and quotes ---------------------------------------------------------------
    @dataclass
    class AnalysisReady(Message):
        """Entity recognition and quote extraction finished (posted by the worker)."""

        analysis: Analysis
        warnings: list[str]

    @dataclass
    class AnalysisProgress(Message):
        """How far entity recognition and quote extraction are (0-1)."""

        fraction: float

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self) -> None:
        """Recognise entities and quotes off the main thread, after the first paint."""
        try:
            analysis, warnings = self.app.analyse(self.article, progress=self._report_analysis)
        except _Cancelled:
            return
        if not get_current_worker().is_cancelled:
            self.post_message(self.AnalysisReady(analysis, warnings))

    def _report_analysis(self, fraction: float) -> None:
        """Progress from the worker; also where a cancelled worker (on quit) stops."""
        if get_current_worker().is_cancelled:
            raise _Cancelled
        self.post_message(self.AnalysisProgress(fraction))

    @on(AnalysisProgress)
    def _analysis_progress(self, event: AnalysisProgress) -> None:
        if event.fraction < 1:
            self.status.activity = f"Finding people and quotes {event.fraction:.0%}"

    @on(AnalysisReady)
    def _analysis_ready(self, event: AnalysisReady) -> None:
        self.analysis = event.analysis
        self.status.activity = ""
        for warning in event.warnings:
            self.app.warn(warning)
        view = self.article_view
        self.show_entity_highlights()
        view.set_highlights(
            "quotes", (Highlight(q.start, q.end, "quote") for q in event.analysis.quotes)
        )
        styles = {label: view.entity_style(label) for label in LABELS}
        self.entity_panel.show_entities(list(event.analysis.entities), styles)
        self.quote_panel.show_quotes(list(event.analysis.quotes))

    def show_entity_highlights(self) -> None:
        """Apply the highlight preferences: on or off, and which types."""
        preferences = self.app.store.preferences
        highlights: list[Highlight] = []
        if self.analysis is not None and preferences.highlight_entities:
            shown = preferences.entity_types
            highlights = [
                Highlight(m.start, m.end, f"entity-{entity.label.lower().replace('_', '-')}")
                for entity in self.analysis.entities
                if shown is None or entity.label in shown
                for m in entity.mentions
            ]
        self.article_view.set_highlights("entities", highlights)

    def action_toggle_entities(self) -> None:
        on_now = not self.app.store.preferences.highlight_entities
        self.app.store.set_preferences(highlight_entities=on_now)
        self.show_entity_highlights()
        self.notify(f"Entity highlighting {'on' if on_now else 'off'}", timeout=1.5)
        self._schedule_save()

    def toggle_entity_type(self, label: str) -> None:
        """Show or hide one entity type's highlights (remembered)."""
        shown = set(self.app.store.preferences.entity_types or LABELS)
        shown.symmetric_difference_update({label})
        types = tuple(t for t in LABELS if t in shown)
        self.app.store.set_preferences(entity_types=None if len(types) == len(LABELS) else types)
        self.show_entity_highlights()
        self._schedule_save()

    def _show_panel(self, panel: EntityPanel | QuotePanel) -> None:
        """Open one side panel (closing the other) and focus its filter; or close it."""
        if panel.display:
            panel.display = False
            self.article_view.focus()
            return
        for other in self.query(".side-panel"):
            other.display = other is panel
        panel.query_one(Input).focus()

    def action_entity_panel(self) -> None:
        self._show_panel(self.entity_panel)

    def action_quote_panel(self) -> None:
        self._show_panel(self.quote_panel)

    @on(EntityPanel.Left)
    @on(QuotePanel.Left)
    def _panel_left(self) -> None:
        self.article_view.focus()

    @on(EntityPanel.EntitySelected)
    def _entity_selected(self, event: EntityPanel.EntitySelected) -> None:
        self.selected_entity = event.entity
        self.mention_index = 0
        self._show_elsewhere(event.entity)
        self._show_mention()
        self.refresh_bindings()

    def _show_mention(self) -> None:
        entity = self.selected_entity
        if entity is None:
            self.article_view.set_highlights("mentions", ())
            self.status.notice = ""
            return
        self.article_view.set_highlights(
            "mentions",
            (
                Highlight(
                    m.start, m.end, "mention-current" if n == self.mention_index else "mention"
                )
                for n, m in enumerate(entity.mentions)
            ),
        )
        mention = entity.mentions[self.mention_index]
        self.status.notice = f"{entity.name} {self.mention_index + 1}/{entity.count}"
        self._reveal(mention.start)

    def _reveal(self, offset: int) -> None:
        """Scroll `offset` into view with two lines of context, unless it is on screen."""
        view = self.article_view
        if not (view.top_offset() <= offset < view.bottom_offset()):
            view.scroll_to(y=max(view.text_layout.line_at(offset) - 2, 0), animate=False)

    def _step_mention(self, step: int) -> None:
        if self.selected_entity is None:
            self.app.bell()
            return
        self.mention_index = (self.mention_index + step) % self.selected_entity.count
        self._show_mention()

    def action_next_mention(self) -> None:
        self._step_mention(1)

    def action_previous_mention(self) -> None:
        self._step_mention(-1)

    @on(QuotePanel.QuoteSelected)
    def _quote_selected(self, event: QuotePanel.QuoteSelected) -> None:
        quote = event.quote
        if quote.path is None:
            self.show_target(quote.start, quote.end)
        else:
            self.post_message(OpenArticle(quote.path, (quote.start, quote.end)))

    @on(QuotePanel.LibraryWanted)
    def _library_wanted(self) -> None:
        self.app.load_library()

    @on(LibraryReady)
    def _library_ready(self, event: LibraryReady) -> None:
        self.quote_panel.show_library(event.index)
        if self.selected_entity is not None:
            self._show_elsewhere(self.selected_entity)

    def _show_elsewhere(self, entity: Entity) -> None:
        """In the entity panel, the other articles that mention a person."""
        library = self.app.library
        if library is None:
            if entity.label == "PERSON":
                self.app.load_library()
            return
        articles = (
            [
                (entry.title, entry.path)
                for entry in library.articles_mentioning(entity.name)
                if entry.id != self.article.id
            ]
            if entity.label == "PERSON"
            else []
        )
        self.entity_panel.show_elsewhere(entity, articles)

    @on(EntityPanel.ArticleChosen)
    def _other_article_chosen(self, event: EntityPanel.ArticleChosen) -> None:
        self.post_message(OpenArticle(event.path))

    def _flash(self, start: int, end: int) -> None:
        view = self.article_view
        view.set_highlights("flash", [Highlight(start, end, "flash")])
        self.set_timer(FLASH_SECONDS, lambda: view.set_highlights("flash", ()))
