"""The reader screen: sidebar, article, search prompt, status line; it owns reading state."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message

from byline.core.article.model import Article, Section
from byline.core.errors import BylineError
from byline.core.reading import Bookmark, Position, now_iso
from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.reader_analysis import PANELS_DELAY, AnalysingReader
from byline.ui.reader.reader_base import WorkCancelled
from byline.ui.reader.sections_sidebar import SectionsSidebar
from byline.ui.reader.status_bar import StatusBar
from byline.ui.reader.text_layout import Layout, build_layout
from byline.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from byline.ui.app import BylineApp


def meta_line(article: Article) -> str:
    """The line under the title: source, author, date and reading time, where known."""
    meta = article.meta
    parts = [meta.source, f"By {meta.author}" if meta.author else None, meta.date]
    minutes = article.reading_minutes
    parts.append(f"{minutes} min read" if minutes else "empty")
    return " · ".join(part for part in parts if part)


class ReaderScreen(AnalysingReader):
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
    """Focused as the screen is composed: the default ("*") focused the sidebar first, and
    moving focus on mount restyled both widgets again before the first frame."""

    current_section = 0
    """Index of the section being read (scroll-spy)."""
    _resume_pending = False
    """True while the resume target lies beyond the parsed part of a big article."""

    # -- composition -----------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        # Side by side on the screen itself (`layout: horizontal`), the status line and the
        # keys docked under them: a container around sidebar and text cost ~3 ms of the first
        # frame. The side panels are mounted after the text (`mount_panels`).
        yield SectionsSidebar(self.article.sections, id="sidebar")
        yield ArticleView(self.article, meta_line(self.article), id="article")
        yield StatusBar(id="status")
        yield KeyBar()

    def on_mount(self) -> None:
        # Textual hides the (empty) toast rack again after the first frame, by an inline style
        # that differs from its CSS one: a full layout and two frames (~10 ms) just when the
        # highlights are on their way. Set now, before the first layout, the later one is moot.
        for rack in self.query("ToastRack"):
            rack.display = False
        self.sidebar.display = self.app.store.preferences.sidebar
        self.sidebar.show_state(0, self.state.read_sections)
        # Once the messages of the mount are handled (by then the first frame is out):
        # call_after_refresh waited for the burst of refreshes after the first paint and
        # started the work ~85 ms later; from the cache the highlights now come ~70 ms
        # after the paint instead of ~210 ms. A preview's too: its offsets stay valid.
        self.call_later(self.analyse)
        if not self.article.complete:
            self.show_activity("Loading…")
            self.load_rest()
        self._resume()

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
    class LoadProgress(Message):
        """How much of a big article has been parsed (0-1)."""

        def __init__(self, fraction: float) -> None:
            super().__init__()
            self.fraction = fraction

    class ArticleCompleted(Message):
        """The whole of a big article is parsed (posted by the worker)."""

        def __init__(self, article: Article, meta_line: str, layout: Layout) -> None:
            super().__init__()
            self.article = article
            self.meta_line = meta_line
            self.layout = layout
            """Its lines at the view's width when the parse ended (a big article's take
            ~0.2 s)."""

    class LoadFailed(Message):
        """The rest of the article could not be parsed."""

        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    @work(thread=True, exclusive=True, group="load")
    def load_rest(self) -> None:
        """Parse the rest of a big article off the main thread, reporting progress."""
        try:
            article = self.loaded.complete_article(progress=self.reporter(self.LoadProgress))
        except BylineError as error:
            self.post_message(self.LoadFailed(str(error)))
            return
        except WorkCancelled:
            return
        # Here rather than in the event loop: counting a big article's words for its reading
        # time, and laying out its lines, take ~0.1 s and ~0.2 s for 10 MB.
        line = meta_line(article)
        width = self.app.call_from_thread(lambda: self.article_view.text_width)
        layout = build_layout(article, width, line)
        self.post_message(self.ArticleCompleted(article, line, layout))

    @on(LoadProgress)
    def _load_progress(self, event: LoadProgress) -> None:
        self.show_activity(f"Loading {event.fraction:.0%}")

    @on(LoadFailed)
    def _load_failed(self, event: LoadFailed) -> None:
        self.show_activity("")
        self.notify(event.error, severity="error", markup=False)

    @on(ArticleCompleted)
    def _article_completed(self, event: ArticleCompleted) -> None:
        self.article = event.article
        self.show_activity("")
        self.article_view.set_article(event.article, event.meta_line, event.layout)
        # The article lives as long as the reader: out of the cyclic collector's full passes
        # with it (`gc.freeze`). Each walked a 10 MB article's ~40,000 blocks and lines again,
        # up to ~100 ms of the event loop while the analysis was read back.
        gc.freeze()
        self.sidebar.set_sections(event.article.sections)
        self.quote_panel.article = event.article
        self.search_whole_article()
        self.refresh_bindings()
        if self._resume_pending:
            self._resume()
        self.analyse()
        # A big article's highlights (and the panels) come many seconds later; the prompt is
        # made ready now.
        self.set_timer(PANELS_DELAY, self.prepare_search)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide keys for sections the article does not have; dim n/N without a search."""
        if action == "go_to_section" and parameters:
            number = parameters[0]
            return isinstance(number, int) and number <= len(self.article.sections)
        if action in ("next_match", "previous_match"):
            return True if self.search is not None and self.search.matches else None
        if action == "clear_search":
            return True if self.search is not None or self.selected_entity is not None else None
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

    # -- sections --------------------------------------------------------------------------
    def go_to_section(self, section: Section) -> None:
        """Scroll so the section's heading is at the top (the title block for the lead)."""
        view = self.article_view
        view.scroll_to_offset(section.start, header=section.index == 0)
        # The sidebar and status line follow now, in the same frame as the text: the view's
        # own message came a frame later (~30 ms).
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
        sidebar = self.sidebar
        sidebar.display = not sidebar.display
        if not sidebar.display and sidebar.has_focus:
            self.article_view.focus()
        self.app.store.set_preferences(sidebar=bool(sidebar.display))
        self._schedule_save()

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

        from byline.ui.dialogs.bookmarks import BookmarksScreen  # first use only: start-up

        self.app.push_screen(BookmarksScreen(self.state.bookmarks), chosen)

    # -- help ------------------------------------------------------------------------------
    def action_help(self) -> None:
        from byline.ui.dialogs.help import HelpScreen  # first use only: start-up

        self.app.push_screen(HelpScreen(self.app.active_bindings))
