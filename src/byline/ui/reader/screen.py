"""The reader screen: sidebar, article, side panels, search prompt, status line.

It owns the reading state of one article and coordinates its widgets: they post messages up,
it sets their attributes and calls their methods. What it shows besides the text (sidebar,
prompt, panels) follows its state through classes styled in `app.tcss`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.reactive import var
from textual.widgets import Input, Static

from byline.core.article.model import Section
from byline.core.navigation import MatchCursor, MentionCursor, section_after, section_before
from byline.core.reading import ArticleState
from byline.store.sources import LoadedArticle
from byline.ui.messages import LibraryReady
from byline.ui.reader.article_screen import ArticleScreen
from byline.ui.reader.article_view import MAX_MEASURE, ArticleView
from byline.ui.reader.counts import CountPrefix
from byline.ui.reader.highlights import (
    entity_highlights,
    mention_highlights,
    search_highlights,
)
from byline.ui.reader.keys import KEY_BAR_DROP_ORDER, READER_KEYS
from byline.ui.reader.search_bar import SearchBar
from byline.ui.reader.sections_sidebar import SectionsSidebar
from byline.ui.reader.side_panels import SidePanels
from byline.ui.reader.status_bar import StatusBar
from byline.ui.reader.welcome import WelcomeBack
from byline.ui.reader.work import AnalysisReady, ArticleCompleted, meta_line
from byline.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from byline.ui.reader.quote_panel import QuotePanel

SIDEBAR_BESIDE_PANEL = 140
"""Below this many columns, the sidebar gives way to an open side panel (class `-narrow`)."""

PANEL_BESIDE_TEXT = 76
"""Below this many columns, an open side panel covers the article (class `-tiny`): beside
the panel the text would be narrower than a readable measure."""


class ReaderScreen(ArticleScreen):
    """Reads one article; coordinates its widgets and keeps its reading state."""

    BINDINGS = READER_KEYS
    KEY_BAR_DROP_ORDER = KEY_BAR_DROP_ORDER

    AUTO_FOCUS = "ArticleView"

    current_section: var[int] = var(0)
    """Index of the section being read (scroll-spy)."""
    show_sidebar: var[bool] = var(True, toggle_class="-show-sidebar")
    searching: var[bool] = var(False, toggle_class="-searching")
    show_entities: var[bool] = var(False, toggle_class="-show-entities")
    show_quotes: var[bool] = var(False, toggle_class="-show-quotes")
    one_section: var[bool] = var(False, toggle_class="-one-section", bindings=True)
    """An article of one section: no table of contents, nothing for `]`, `[` and `t` to do."""

    def __init__(
        self, loaded: LoadedArticle, state: ArticleState, *, target: tuple[int, int] | None = None
    ) -> None:
        super().__init__(loaded, state, target=target)
        self.panels = SidePanels(self)
        """The entity and quote panels, made when first opened."""
        self.welcome = WelcomeBack(self)

    # -- composition -----------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        self.show_sidebar = self.app.store.preferences.sidebar
        self.one_section = len(self.article.sections) == 1
        yield SectionsSidebar(self.article.sections, id="sidebar")
        measure = self.app.store.preferences.reading_width or MAX_MEASURE
        yield ArticleView(self.article, meta_line(self.article), measure=measure, id="article")
        # The side panels are made when first opened (`SidePanels`).
        yield SearchBar(self.article.text, id="search-bar")
        yield Static("/", id="search-mark")
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
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    def on_mount(self) -> None:
        # Followed as they change, before the next key: `n]` shows the match, then moves on.
        self.watch(self.search_bar, "search", self._search_changed, init=False)
        self.sidebar.show_state(0, self.state.read_sections)
        self.count = CountPrefix(self.article_view, self.status, self.go_to_section)
        self.start_work()
        self.resume()

    def resume(self) -> None:
        """Show the target, or go back to where the reader left off, once that part of the
        article is parsed (a preview's is tried again when the article is whole)."""
        article = self.article
        if self.target is not None:
            self.resume_pending = not article.complete and self.target[0] >= len(article.text)
            if not self.resume_pending:
                self.call_after_refresh(self.show_target, *self.target)
            return
        offset = self.state.resume_offset(article)
        self.resume_pending = offset is None and not article.complete
        if offset is not None:
            self.welcome.expect(offset)  # said once the view is there (`WelcomeBack`)
            self.article_view.scroll_to_offset(offset)

    def uncovered(self) -> None:
        self.welcome.shown()  # said now if the view got there under another screen

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < SIDEBAR_BESIDE_PANEL, "-narrow")
        self.set_class(event.size.width < PANEL_BESIDE_TEXT, "-tiny")

    # -- background work's results --------------------------------------------------------
    def show_whole_article(self, event: ArticleCompleted) -> None:
        self.article_view.set_article(event.article, event.meta_line, event.layout)
        self.sidebar.set_sections(event.article.sections)
        self.one_section = len(event.article.sections) == 1
        self.panels.show_article(event.article)
        self._search_whole_article()

    def show_analysis(self, event: AnalysisReady) -> None:
        if event.preferences == self.app.store.preferences:
            self.article_view.set_highlights("entities", event.entities)
        else:  # changed (with `e`) while the worker made them
            self._show_entity_highlights()
        self.article_view.set_highlights("quotes", event.quotes)
        self.panels.show_analysis(event.analysis)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide `/` and `?` where they are typed, and `/` in the quote list (its filter's key);
        hide the section keys in an article of one section; dim the keys that step through
        matches or mentions while there are none, and Esc while there is nothing to clear."""
        if action in ("next_section", "previous_section", "toggle_sidebar"):
            return not self.one_section
        if action == "search":
            return not (isinstance(self.focused, Input) or self.panels.quote_list_focused)
        if action == "search_backward":
            return not isinstance(self.focused, Input)
        search, mention = self.search_bar.search, self.panels.mention
        if action in ("next_match", "previous_match"):
            return True if search is not None and search.can_next else None
        if action == "clear_search":
            return True if search is not None or mention is not None else None
        if action in ("next_mention", "previous_mention"):
            return True if mention is not None and mention.can_next else None
        return True

    # -- following the scroll and moving through sections ----------------------------------
    @on(ArticleView.Scrolled)
    def _scrolled(self, event: ArticleView.Scrolled) -> None:
        # The last sections may never reach the top: the end is the last one, unless a jump
        # put the reader at another there, or the whole article fits and its top is the top.
        sections = self.article.sections
        last = event.at_end and not event.anchored and event.top_offset > 0
        section = sections[-1] if last else self.article.section_at(event.top_offset)
        self.current_section = section.index
        # Scrolling reads the sections it passes through; a jump, not the ones it skips.
        state = self.state.scrolled(
            self.article, event.top_offset, event.bottom_offset, event.at_end, passed=event.passed
        )
        if self.article.complete:  # a preview's percentages and ends are not the article's
            self.save_state(state)
        self.sidebar.show_state(section.index, state.read_sections)
        self.status.show_section(section, len(sections))
        self.status.percent = event.percent
        self.welcome.scrolled(event, section, len(sections))

    def go_to_section(self, section: Section) -> None:
        """Scroll so the section's heading is at the top (the title block for the lead)."""
        view = self.article_view
        view.scroll_to_offset(section.start, header=section.index == 0)
        # The sidebar and status line follow in the same frame as the text.
        self._scrolled(view.scrolled_message())

    # Digits, `s` and Enter type a count or go to section N (`byline.ui.reader.counts`).
    def action_count_digit(self, digit: int) -> None:
        self.count.digit(digit)

    def action_count_section(self) -> None:
        self.count.go_to_section()

    async def on_key(self, event: events.Key) -> None:
        """Before the key's binding runs: a waiting count is used with it, or dropped."""
        active = self.active_bindings.get(event.key)
        if await self.count.use_or_drop(active if active and active.enabled else None):
            event.stop()

    def action_next_section(self) -> None:
        # From the view itself, not the last Scrolled message: keys can arrive faster.
        section = section_after(self.article, self.article_view.top_offset())
        if section is None:
            self.app.bell()
        else:
            self.go_to_section(section)

    def action_previous_section(self) -> None:
        view = self.article_view
        offset = view.top_offset()  # first: the text may re-wrap, which scrolls
        if view.scroll_y <= 0:
            self.app.bell()
            return
        if view.at_end and not view.anchored:  # in the last section, as the status line says
            offset = self.article.sections[-1].start
        self.go_to_section(section_before(self.article, offset))

    @on(SectionsSidebar.SectionSelected)
    def _section_selected(self, event: SectionsSidebar.SectionSelected) -> None:
        self.go_to_section(self.article.sections[event.index])

    def action_toggle_sidebar(self) -> None:
        self.show_sidebar = not self.show_sidebar
        self.app.store.set_preferences(sidebar=self.show_sidebar)
        self.schedule_save()
        if self.show_sidebar and self.has_class("-tiny"):
            needs = PANEL_BESIDE_TEXT
            self.status.say(f"The sidebar needs {needs} columns", short=f"Sidebar: {needs} cols")

    def watch_show_sidebar(self, show: bool) -> None:
        if not show and self.is_mounted and self.sidebar.has_focus:
            self.set_focus(self.article_view)  # now: the next key is the text's

    def show_target(self, start: int, end: int) -> None:
        """Show the range `start`-`end` (e.g. a quote), flashing it."""
        self.target = None
        self.article_view.flash(start, end)

    # -- search ----------------------------------------------------------------------------
    def action_search_backward(self) -> None:
        self.action_search(backward=True)

    def action_search(self, backward: bool = False) -> None:
        self.count.drop()  # `/` and `?` come before `on_key` (priority): the number goes here
        self.search_bar.open(self.article_view.top_offset(), backward=backward)
        self.searching = True
        # Focus now, not after a refresh as focus() does: keys typed right after "/" must
        # reach the prompt, not the article ("n" would step matches).
        self.set_focus(self.search_bar)

    def _search_changed(self, search: MatchCursor | None) -> None:
        self.article_view.set_highlights("search", search_highlights(search))
        self.status.show_search(search)
        self.refresh_bindings()

    @on(SearchBar.QueryChanged)
    def _show_match(self) -> None:
        search = self.search_bar.search
        if search is not None and search.current is not None:
            self.article_view.show_near_top(search.current[0])

    @on(SearchBar.Closed)
    def _search_closed(self, event: SearchBar.Closed) -> None:
        self.searching = False
        self.set_focus(self.article_view)  # now: the next key is the text's
        if event.cancelled:
            self.article_view.scroll_to_offset(event.search_bar.origin)

    def _search_whole_article(self) -> None:
        """Search the whole of a preview's article once it is parsed (the view stays)."""
        self.search_bar.search_text(self.article.text, self.article_view.top_offset())

    def action_next_match(self, count: int = 1) -> None:
        self.search_bar.step(forward=True, count=count)
        self._show_match()

    def action_previous_match(self, count: int = 1) -> None:
        self.search_bar.step(forward=False, count=count)
        self._show_match()

    def action_clear_search(self) -> None:
        """Esc: clear the search; with no search, the chosen entity."""
        if self.search_bar.search is not None:
            self.search_bar.search = None
        else:
            self.panels.clear_mention()

    # -- entities and quotes ---------------------------------------------------------------
    def _show_entity_highlights(self) -> None:
        """Apply the highlight preferences: on or off, and which types."""
        preferences = self.app.store.preferences
        self.article_view.set_highlights(
            "entities",
            entity_highlights(self.analysis, preferences) if self.analysis is not None else (),
        )
        self.panels.show_highlighting()

    def action_toggle_entities(self) -> None:
        on_now = not self.app.store.preferences.highlight_entities
        self.app.store.set_preferences(highlight_entities=on_now)
        self._show_entity_highlights()
        state = "on" if on_now else "off"
        self.status.say(f"Entity highlighting {state}", short=f"Entities {state}")
        self.schedule_save()

    def toggle_entity_type(self, label: str) -> None:
        """Show or hide one entity type's highlights (remembered)."""
        toggled = self.app.store.preferences.with_entity_type_toggled(label)
        self.app.store.set_preferences(entity_types=toggled.entity_types)
        self._show_entity_highlights()
        self.schedule_save()

    async def action_entity_panel(self) -> None:
        await self._open_panel(entities=not self.show_entities, quotes=False)

    async def action_quote_panel(self) -> None:
        await self._open_panel(entities=False, quotes=not self.show_quotes)

    async def _open_panel(self, *, entities: bool, quotes: bool) -> None:
        """Show one side panel (or none) and focus it, or the text: the entity panel's filter
        (its list has no keys of its own to type), the quote list (`y`, `f`, `/`). A panel is
        made and mounted the first time (awaited: keys typed next reach it)."""
        if quotes:
            quote_panel = await self.panels.quote_panel()
            self.show_entities, self.show_quotes = False, True
            quote_panel.focus_list()
        elif entities:
            entity_panel = await self.panels.entity_panel()
            self.show_entities, self.show_quotes = True, False
            self.set_focus(entity_panel.query_one(Input))
        else:
            self.show_entities = self.show_quotes = False
            self.set_focus(self.article_view)

    # The panels' messages are handled by name: their classes are imported on first use.
    def on_entity_panel_left(self) -> None:
        self._panel_left()

    def on_quote_panel_left(self) -> None:
        self._panel_left()

    def _panel_left(self) -> None:
        if self.focused is None:  # else a key after Esc has put the focus elsewhere
            self.back_to_text()

    def back_to_text(self) -> None:
        """Give the article the keys; where a panel covers it (`-tiny`), close the panel."""
        if self.has_class("-tiny"):
            self.show_entities = self.show_quotes = False
        self.set_focus(self.article_view)

    def mention_changed(self, mention: MentionCursor | None) -> None:
        """Show the entity panel's current mention (or none) in the text and status line."""
        self.article_view.set_highlights("mentions", mention_highlights(mention))
        self.status.show_mention(mention)
        self.refresh_bindings()
        if mention is not None:
            self.article_view.reveal(mention.current.start)
            if self.show_entities and self.has_class("-tiny"):  # to see it, the text
                self.back_to_text()

    # `.` and `,` are the screen's keys, so that they work from the text too.
    def action_next_mention(self, count: int = 1) -> None:
        self.panels.step_mention(count)

    def action_previous_mention(self, count: int = 1) -> None:
        self.panels.step_mention(-count)

    def on_quote_panel_quote_selected(self, event: QuotePanel.QuoteSelected) -> None:
        self.show_target(event.quote.start, event.quote.end)
        self.back_to_text()

    def on_quote_panel_fragments_changed(self, event: QuotePanel.FragmentsChanged) -> None:
        self.app.store.set_preferences(quote_fragments=event.shown)
        self.schedule_save()

    def on_entity_panel_library_wanted(self) -> None:
        self.app.load_library()

    def on_quote_panel_library_wanted(self) -> None:
        self.app.load_library()

    @on(LibraryReady)
    def _library_ready(self, event: LibraryReady) -> None:
        self.panels.show_library(event.index)

    # -- help ------------------------------------------------------------------------------
    def action_help(self) -> None:
        from byline.ui.dialogs.help import HelpScreen  # first use only: start-up

        self.app.push_screen(HelpScreen(self.app.active_bindings))
