"""The reader screen: sidebar, article, side panels, search prompt, status line.

It owns the reading state of one article and coordinates its widgets: they post messages up,
it sets their attributes and calls their methods. What it shows besides the text (sidebar,
prompt, panels) follows its state through classes styled in `app.tcss`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input
from textual.worker import get_current_worker

from byline.core.article.model import Section
from byline.core.entities.types import LABELS, Entity
from byline.core.errors import BylineError
from byline.core.navigation import MatchCursor, MentionCursor
from byline.core.reading import ArticleState, Bookmark, Position, now_iso
from byline.core.search import TextSearch
from byline.store.sources import LoadedArticle
from byline.ui.messages import LibraryReady, OpenArticle, WorkCancelled
from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.entity_panel import EntityPanel
from byline.ui.reader.highlights import (
    Highlight,
    entity_highlights,
    mention_highlights,
    quote_highlights,
    search_highlights,
)
from byline.ui.reader.quote_panel import QuotePanel
from byline.ui.reader.search_bar import SearchBar
from byline.ui.reader.sections_sidebar import SectionsSidebar
from byline.ui.reader.status_bar import StatusBar
from byline.ui.reader.text_layout import build_layout
from byline.ui.reader.work import (
    AnalysisReady,
    ArticleCompleted,
    LoadFailed,
    Progress,
    meta_line,
    reporter,
)
from byline.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from byline.core.analysis import Analysis
    from byline.ui.app import BylineApp

FLASH_SECONDS = 1.2
"""How long a quote chosen in the panel stays flashed in the text."""

SAVE_DELAY = 1.0
"""Seconds of quiet after a move before the position is written (debounce)."""


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

    AUTO_FOCUS = "ArticleView"

    current_section: var[int] = var(0)
    """Index of the section being read (scroll-spy)."""
    search: var[MatchCursor | None] = var(None, bindings=True, init=False)
    """The current search and its current match."""
    mention: var[MentionCursor | None] = var(None, bindings=True, init=False, always_update=True)
    """The entity chosen in the entity panel and its current mention (`.` and `,`)."""
    analysis: var[Analysis | None] = var(None, init=False)
    """Entities and quotes, once the background analysis has finished."""
    show_sidebar: var[bool] = var(True, toggle_class="-show-sidebar")
    searching: var[bool] = var(False, toggle_class="-searching")
    show_entities: var[bool] = var(False, toggle_class="-show-entities")
    show_quotes: var[bool] = var(False, toggle_class="-show-quotes")

    def __init__(
        self, loaded: LoadedArticle, state: ArticleState, *, target: tuple[int, int] | None = None
    ) -> None:
        super().__init__()
        self.loaded = loaded
        self.article = loaded.article
        self.target = target
        """A range to show on opening (a quote chosen elsewhere) instead of resuming."""
        self._state = state
        self._save_timer: Timer | None = None
        self._covered_activity: str | None = None
        self._resume_pending = False
        """True while the resume target lies beyond the parsed part of a big article."""
        self._search_origin = 0
        """Where the view was when the prompt opened (Esc goes back there)."""
        self._text_search: TextSearch | None = None

    # -- composition -----------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        self.show_sidebar = self.app.store.preferences.sidebar
        yield SectionsSidebar(self.article.sections, id="sidebar")
        yield ArticleView(self.article, meta_line(self.article), id="article")
        yield EntityPanel(id="entity-panel", classes="side-panel")
        quote_panel = QuotePanel(self.article, id="quote-panel", classes="side-panel")
        quote_panel.library = self.app.library
        yield quote_panel
        yield SearchBar(id="search-bar")
        yield StatusBar(id="status")
        yield KeyBar()

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def sidebar(self) -> SectionsSidebar:
        return self.query_one(SectionsSidebar)

    @property
    def status(self) -> StatusBar:
        return self.query_one(StatusBar)

    @property
    def entity_panel(self) -> EntityPanel:
        return self.query_one(EntityPanel)

    @property
    def quote_panel(self) -> QuotePanel:
        return self.query_one(QuotePanel)

    def on_mount(self) -> None:
        self.sidebar.show_state(0, self.state.read_sections)
        # Once the first frame is out. A preview is analysed too: its offsets are the whole
        # article's, so its highlights stay right when the rest is swapped in.
        self.call_later(self.analyse)
        if not self.article.complete:
            self.show_activity("Loading…")
            self.load_rest()
        self._resume()

    def _resume(self) -> None:
        """Go back to where the reader left off (once that part of the article is parsed)."""
        self._resume_pending = False
        if self.target is not None:
            if self.article.complete or self.target[0] < len(self.article.text):
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

    # -- reading state ---------------------------------------------------------------------
    @property
    def state(self) -> ArticleState:
        """This article's reading state; every change is handed to the store at once."""
        return self._state

    @state.setter
    def state(self, state: ArticleState) -> None:
        self._state = state
        self.app.store.set_article(self.article.id, state)

    def _schedule_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.app.save_store)

    # -- background work -------------------------------------------------------------------
    def show_activity(self, text: str) -> None:
        """Show background work's progress in the status line; while another screen covers
        this one, the latest text waits until this one is shown again."""
        if self.is_active:
            self._covered_activity = None
            self.status.activity = text
        else:
            self._covered_activity = text

    def on_screen_resume(self) -> None:
        if self._covered_activity is not None:
            self.show_activity(self._covered_activity)

    @on(Progress)
    def _progress(self, event: Progress) -> None:
        if event.fraction < 1:
            self.show_activity(f"{event.what} {event.fraction:.0%}")

    @work(thread=True, exclusive=True, group="load")
    def load_rest(self) -> None:
        """Parse the rest of a big article, and lay it out, off the main thread."""
        try:
            article = self.loaded.complete_article(progress=reporter(self, "Loading"))
        except BylineError as error:
            self.post_message(LoadFailed(str(error)))
            return
        except WorkCancelled:
            return
        line = meta_line(article)
        # The width is read on the main thread; the layout is made here.
        width = self.app.call_from_thread(lambda: self.article_view.text_width)
        self.post_message(ArticleCompleted(article, line, build_layout(article, width, line)))

    @on(LoadFailed)
    def _load_failed(self, event: LoadFailed) -> None:
        self.show_activity("")
        self.notify(event.error, severity="error", markup=False)

    @on(ArticleCompleted)
    def _article_completed(self, event: ArticleCompleted) -> None:
        self.article = event.article
        self.show_activity("")
        self.article_view.set_article(event.article, event.meta_line, event.layout)
        self.sidebar.set_sections(event.article.sections)
        self.quote_panel.article = event.article
        self._search_whole_article()
        self.refresh_bindings()  # the digit keys follow the number of sections
        if self._resume_pending:
            self._resume()
        self.analyse()

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self) -> None:
        """Recognise entities and quotes, and make their highlights, off the main thread: the
        part of the article on screen first, then the whole."""

        def ready(analysis: Analysis, warnings: list[str]) -> None:
            preferences = self.app.store.preferences
            entities = entity_highlights(analysis, preferences)
            quotes = quote_highlights(analysis)
            if not get_current_worker().is_cancelled:
                self.post_message(AnalysisReady(analysis, warnings, preferences, entities, quotes))

        try:
            analysis, warnings = self.app.analyse(
                self.article,
                progress=reporter(self, "Finding people and quotes"),
                around=self.app.call_from_thread(self.article_view.top_offset),
                partial=lambda first: ready(first, []),
            )
        except WorkCancelled:
            return
        ready(analysis, warnings)

    @on(AnalysisReady)
    def _analysis_ready(self, event: AnalysisReady) -> None:
        if self.article.complete:  # a preview's: the rest is still being parsed
            self.show_activity("")
        for warning in event.warnings:
            self.app.warn(warning)
        self.analysis = event.analysis
        if event.preferences == self.app.store.preferences:
            self.article_view.set_highlights("entities", event.entities)
        else:  # changed (with `e`) while the worker made them
            self._show_entity_highlights()
        self.article_view.set_highlights("quotes", event.quotes)

    def watch_analysis(self, analysis: Analysis | None) -> None:
        if analysis is not None:
            styles = {label: self.article_view.entity_style(label) for label in LABELS}
            self.entity_panel.show_entities(list(analysis.entities), styles)
            self.quote_panel.show_quotes(list(analysis.quotes))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide keys for sections the article does not have; dim the keys that step through
        matches or mentions while there are none, and Esc while there is nothing to clear."""
        if action == "go_to_section" and parameters:
            number = parameters[0]
            return isinstance(number, int) and number <= len(self.article.sections)
        if action in ("next_match", "previous_match"):
            return True if self.search is not None and self.search.can_next else None
        if action == "clear_search":
            return True if self.search is not None or self.mention is not None else None
        if action in ("next_mention", "previous_mention"):
            return True if self.mention is not None and self.mention.can_next else None
        return True

    # -- following the scroll and moving through sections ----------------------------------
    @on(ArticleView.Scrolled)
    def _scrolled(self, event: ArticleView.Scrolled) -> None:
        # At the very end the last sections may never reach the top: the end is the last one.
        sections = self.article.sections
        section = sections[-1] if event.at_end else self.article.section_at(event.top_offset)
        self.current_section = section.index
        state = self.state.scrolled(
            self.article, event.top_offset, event.bottom_offset, event.at_end
        )
        if self.article.complete:  # a preview's percentages and ends are not the article's
            self.state = state
        self.sidebar.show_state(section.index, state.read_sections)
        self.status.section_label = f"§ {section.number}/{len(sections)}  {section.title}"
        self.status.percent = event.percent
        self._schedule_save()

    def go_to_section(self, section: Section) -> None:
        """Scroll so the section's heading is at the top (the title block for the lead)."""
        view = self.article_view
        view.scroll_to_offset(section.start, header=section.index == 0)
        # The sidebar and status line follow in the same frame as the text.
        self._scrolled(view.scrolled_message())

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
        self.show_sidebar = not self.show_sidebar
        self.app.store.set_preferences(sidebar=self.show_sidebar)
        self._schedule_save()

    def watch_show_sidebar(self, show: bool) -> None:
        if not show and self.is_mounted and self.sidebar.has_focus:
            self.article_view.focus()

    def show_target(self, start: int, end: int) -> None:
        """Show the range `start`-`end` (e.g. a quote), flashing it."""
        self.target = None
        self._reveal(start)
        view = self.article_view
        view.set_highlights("flash", [Highlight(start, end, "flash")])
        self.set_timer(FLASH_SECONDS, lambda: view.set_highlights("flash", ()))

    def _reveal(self, offset: int) -> None:
        """Scroll `offset` into view with two lines of context, unless it is on screen."""
        view = self.article_view
        if not (view.top_offset() <= offset < view.bottom_offset()):
            view.scroll_to(y=max(view.text_layout.line_at(offset) - 2, 0), animate=False)

    # -- search ----------------------------------------------------------------------------
    def action_search(self) -> None:
        self._search_origin = self.article_view.top_offset()
        bar = self.query_one(SearchBar)
        bar.value = self.search.query if self.search else ""
        self.searching = True
        # Focus now, not after a refresh as focus() does: keys typed right after "/" must
        # reach the prompt, not the article ("n" would step matches).
        self.set_focus(bar)

    @on(SearchBar.QueryChanged)
    def _query_changed(self, event: SearchBar.QueryChanged) -> None:
        if event.query == event.search_bar.value:  # else typed over already
            self._run_search(event.query)

    @on(SearchBar.Closed)
    def _search_closed(self, event: SearchBar.Closed) -> None:
        self.searching = False
        self.article_view.focus()
        if event.cancelled:
            self.search = None
            self.article_view.scroll_to_offset(self._search_origin)
        elif self.search is not None and not self.search.matches:
            self.notify(f"Pattern not found: {event.query}", severity="warning", markup=False)

    def _run_search(self, query: str) -> None:
        if self._text_search is None or self._text_search.text is not self.article.text:
            self._text_search = TextSearch(self.article.text)
        if not query.strip():
            self.search = None
            return
        self.search = MatchCursor.from_offset(
            self._text_search.find_all(query), self._search_origin
        )
        self._jump_to_match()

    def _search_whole_article(self) -> None:
        """Run the search again once a preview's article is whole. The current match stays
        current (offsets in the beginning are the same), and the view does not move."""
        if self.search is None:
            return
        current = self.search.current
        kept = current[0] if current is not None else self.article_view.top_offset()
        self._text_search = TextSearch(self.article.text)
        self.search = MatchCursor.from_offset(self._text_search.find_all(self.search.query), kept)

    def watch_search(self, search: MatchCursor | None) -> None:
        self.article_view.set_highlights("search", search_highlights(search))
        if search is None:
            self.status.search_label = ""
        elif search.index is None:
            self.status.search_label = f"/{search.query}: no match"
        else:
            self.status.search_label = f"/{search.query}  {search.index + 1}/{len(search)}"

    def _jump_to_match(self) -> None:
        match = self.search.current if self.search is not None else None
        if match is None:
            return
        view = self.article_view
        if not (view.top_offset() <= match[0] < view.bottom_offset()):
            view.scroll_to_offset(match[0])
        view.scroll_to(y=max(view.text_layout.line_at(match[0]) - 2, 0), animate=False)

    def _step_match(self, step: Callable[[MatchCursor], MatchCursor]) -> None:
        if self.search is None or not self.search.can_next:
            self.app.bell()
            return
        self.search = step(self.search)
        self._jump_to_match()

    def action_next_match(self) -> None:
        self._step_match(MatchCursor.next)

    def action_previous_match(self) -> None:
        self._step_match(MatchCursor.previous)

    def action_clear_search(self) -> None:
        """Esc: clear the search; with no search, the chosen entity."""
        if self.search is not None:
            self.search = None
        else:
            self.mention = None

    # -- entities and quotes ---------------------------------------------------------------
    @property
    def selected_entity(self) -> Entity | None:
        """The entity chosen in the entity panel."""
        return self.mention.entity if self.mention is not None else None

    def _show_entity_highlights(self) -> None:
        """Apply the highlight preferences: on or off, and which types."""
        preferences = self.app.store.preferences
        self.article_view.set_highlights(
            "entities",
            entity_highlights(self.analysis, preferences) if self.analysis is not None else (),
        )

    def action_toggle_entities(self) -> None:
        on_now = not self.app.store.preferences.highlight_entities
        self.app.store.set_preferences(highlight_entities=on_now)
        self._show_entity_highlights()
        self.notify(f"Entity highlighting {'on' if on_now else 'off'}", timeout=1.5)
        self._schedule_save()

    def toggle_entity_type(self, label: str) -> None:
        """Show or hide one entity type's highlights (remembered)."""
        shown = set(self.app.store.preferences.entity_types or LABELS)
        shown.symmetric_difference_update({label})
        types = tuple(t for t in LABELS if t in shown)
        self.app.store.set_preferences(entity_types=None if len(types) == len(LABELS) else types)
        self._show_entity_highlights()
        self._schedule_save()

    def action_entity_panel(self) -> None:
        self._open_panel(entities=not self.show_entities, quotes=False)

    def action_quote_panel(self) -> None:
        self._open_panel(entities=False, quotes=not self.show_quotes)

    def _open_panel(self, *, entities: bool, quotes: bool) -> None:
        """Show one side panel (or none) and focus its filter, or the text."""
        self.show_entities, self.show_quotes = entities, quotes
        if entities or quotes:
            panel = self.entity_panel if entities else self.quote_panel
            self.set_focus(panel.query_one(Input))
        else:
            self.article_view.focus()

    @on(EntityPanel.Left)
    @on(QuotePanel.Left)
    def _panel_left(self) -> None:
        self.article_view.focus()

    @on(EntityPanel.EntitySelected)
    def _entity_selected(self, event: EntityPanel.EntitySelected) -> None:
        self.mention = MentionCursor(event.entity)
        self._show_elsewhere(event.entity)

    def watch_mention(self, mention: MentionCursor | None) -> None:
        self.article_view.set_highlights("mentions", mention_highlights(mention))
        if mention is None:
            self.status.notice = ""
            return
        entity = mention.entity
        self.status.notice = f"{entity.name} {mention.index + 1}/{entity.count}"
        self._reveal(mention.current.start)

    def _step_mention(self, step: Callable[[MentionCursor], MentionCursor]) -> None:
        if self.mention is None or not self.mention.can_next:
            self.app.bell()
            return
        self.mention = step(self.mention)

    def action_next_mention(self) -> None:
        self._step_mention(MentionCursor.next)

    def action_previous_mention(self) -> None:
        self._step_mention(MentionCursor.previous)

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
        if self.app.library is not None:
            self.entity_panel.show_elsewhere(entity, self.app.library, self.article.id)
        elif entity.label == "PERSON":
            self.app.load_library()

    @on(EntityPanel.ArticleChosen)
    def _article_chosen(self, event: EntityPanel.ArticleChosen) -> None:
        self.post_message(OpenArticle(event.path))

    # -- bookmarks and help ----------------------------------------------------------------
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

        from byline.ui.dialogs.bookmarks import BookmarksScreen  # first use only: start-up

        self.app.push_screen(BookmarksScreen(self.state.bookmarks), chosen)

    def action_help(self) -> None:
        from byline.ui.dialogs.help import HelpScreen  # first use only: start-up

        self.app.push_screen(HelpScreen(self.app.active_bindings))
