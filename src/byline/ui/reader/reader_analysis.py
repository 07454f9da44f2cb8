"""Entities and quotes in the reader: the background analysis, highlights and panels."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from textual import on, work
from textual.message import Message
from textual.widgets import Input
from textual.worker import get_current_worker

from byline.ui.messages import LibraryReady, OpenArticle
from byline.ui.reader.article_view import Highlight, HighlightLayer
from byline.ui.reader.highlight_styles import entity_component

if TYPE_CHECKING:
    from byline.core.analysis import Analysis
    from byline.core.entities.types import Entity
    from byline.core.reading import Preferences
    from byline.ui.reader.entity_panel import EntityPanel
    from byline.ui.reader.quote_panel import QuotePanel


from byline.ui.reader.reader_base import WorkCancelled
from byline.ui.reader.reader_search import SearchingReader

PANELS_DELAY = 0.1
"""Seconds between showing the highlights and mounting the (hidden) side panels."""


def entity_highlights(analysis: Analysis, preferences: Preferences) -> HighlightLayer:
    """The entity highlights the preferences ask for: on or off, and which types."""
    highlights: list[Highlight] = []
    if preferences.highlight_entities:
        shown = preferences.entity_types
        for entity in analysis.entities:
            if shown is None or entity.label in shown:
                component = entity_component(entity.label)
                highlights.extend(Highlight(m.start, m.end, component) for m in entity.mentions)
    return HighlightLayer.of(highlights)


class AnalysingReader(SearchingReader):
    """The reader with entity highlighting, the entity and quote panels, and the library."""

    analysis: Analysis | None = None
    """Entities and quotes, once the background analysis has finished."""
    selected_entity: Entity | None = None
    """The entity chosen in the panel, whose mentions `.` and `,` step through."""
    mention_index = 0

    class AnalysisReady(Message):
        """Entity recognition and quote extraction finished (posted by the worker)."""

        def __init__(
            self,
            analysis: Analysis,
            warnings: list[str],
            highlights: tuple[Preferences, HighlightLayer, HighlightLayer],
        ) -> None:
            super().__init__()
            self.analysis = analysis
            self.warnings = warnings
            self.highlights = highlights
            """The entity and quote highlight layers, made by the worker, and the preferences
            the entity layer follows."""

    class AnalysisProgress(Message):
        """How far entity recognition and quote extraction are (0-1)."""

        def __init__(self, fraction: float) -> None:
            super().__init__()
            self.fraction = fraction

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self) -> None:
        """Recognise entities and quotes off the main thread, after the first paint."""

        def ready(analysis: Analysis, warnings: list[str]) -> None:
            # The highlight layers are made here too: a 10 MB article has ~220,000 mentions,
            # and making and sorting their highlights took ~0.2 s of the event loop.
            preferences = self.app.store.preferences
            highlights = (
                preferences,
                entity_highlights(analysis, preferences),
                HighlightLayer.of(Highlight(q.start, q.end, "quote") for q in analysis.quotes),
            )
            if not get_current_worker().is_cancelled:
                self.post_message(self.AnalysisReady(analysis, warnings, highlights))

        try:
            ready(
                *self.app.analyse(
                    self.article,
                    progress=self.reporter(self.AnalysisProgress),
                    around=self.app.call_from_thread(self.article_view.top_offset),
                    partial=lambda analysis: ready(analysis, []),
                )
            )
        except WorkCancelled:
            return

    @on(AnalysisProgress)
    def _analysis_progress(self, event: AnalysisProgress) -> None:
        if event.fraction < 1:
            self.show_activity(f"Finding people and quotes {event.fraction:.0%}")

    @on(AnalysisReady)
    def _analysis_ready(self, event: AnalysisReady) -> None:
        self.analysis = event.analysis
        if self.article.complete:  # a preview's: the rest is still being parsed
            self.show_activity("")
        for warning in event.warnings:
            self.app.warn(warning)
        view = self.article_view
        preferences, entities, quotes = event.highlights
        if preferences == self.app.store.preferences:
            view.set_highlights("entities", entities)
        else:  # changed (with `e`) while the worker made them
            self.show_entity_highlights()
        view.set_highlights("quotes", quotes)
        gc.freeze()  # the analysis too lives as long as the reader (see `_article_completed`)
        from byline.core.entities.types import LABELS  # the analysis imported it already

        styles = {label: view.entity_style(label) for label in LABELS}
        self.entity_panel.show_entities(list(event.analysis.entities), styles)
        self.quote_panel.show_quotes(list(event.analysis.quotes))
        # After the highlights are on screen: `call_after_refresh` could run before the view's
        # repaint reached the screen, and composing the panels then held the highlights back
        # by ~40 ms. A frame takes a sixtieth of a second.
        self.set_timer(PANELS_DELAY, self._mount_hidden_widgets)

    def _mount_hidden_widgets(self) -> None:
        """The side panels and the search prompt, hidden until asked for."""
        self.mount_panels()
        self.prepare_search()

    def show_entity_highlights(self) -> None:
        """Apply the highlight preferences: on or off, and which types."""
        preferences = self.app.store.preferences
        self.article_view.set_highlights(
            "entities",
            entity_highlights(self.analysis, preferences) if self.analysis is not None else (),
        )

    def action_toggle_entities(self) -> None:
        on_now = not self.app.store.preferences.highlight_entities
        self.app.store.set_preferences(highlight_entities=on_now)
        self.show_entity_highlights()
        self.notify(f"Entity highlighting {'on' if on_now else 'off'}", timeout=1.5)
        self._schedule_save()

    def toggle_entity_type(self, label: str) -> None:
        """Show or hide one entity type's highlights (remembered)."""
        from byline.core.entities.types import LABELS

        shown = set(self.app.store.preferences.entity_types or LABELS)
        shown.symmetric_difference_update({label})
        types = tuple(t for t in LABELS if t in shown)
        self.app.store.set_preferences(entity_types=None if len(types) == len(LABELS) else types)
        self.show_entity_highlights()
        self._schedule_save()

    async def _show_panel(self, panel: EntityPanel | QuotePanel) -> None:
        """Open one side panel (closing the other) and focus its filter; or close it."""
        if not panel.is_mounted:
            # Asked for before the panels were mounted: mount them now. Keys typed meanwhile
            # wait for this action, so they reach the panel in the order they were typed.
            await self.mount_panels()
            if not panel.is_mounted:
                return
        if panel.display:
            panel.display = False
            self.article_view.focus()
            return
        for other in self.query(".side-panel"):
            other.display = other is panel
        panel.query_one(Input).focus()

    async def action_entity_panel(self) -> None:
        await self._show_panel(self.entity_panel)

    async def action_quote_panel(self) -> None:
        await self._show_panel(self.quote_panel)

    # Panel messages are handled by name (not `@on(EntityPanel...)`): the panels' modules are
    # imported when the panels are made, after the first paint.
    def on_entity_panel_left(self) -> None:
        self.article_view.focus()

    def on_quote_panel_left(self) -> None:
        self.article_view.focus()

    def on_entity_panel_entity_selected(self, event: EntityPanel.EntitySelected) -> None:
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

    def forget_choice(self) -> None:
        """Esc with no search: forget the selected entity and its mention highlights."""
        if self.selected_entity is not None:
            self.selected_entity = None
            self._show_mention()
            self.refresh_bindings()

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

    def on_quote_panel_quote_selected(self, event: QuotePanel.QuoteSelected) -> None:
        quote = event.quote
        if quote.path is None:
            self.show_target(quote.start, quote.end)
        else:
            self.post_message(OpenArticle(quote.path, (quote.start, quote.end)))

    def on_quote_panel_library_wanted(self) -> None:
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

    def on_entity_panel_article_chosen(self, event: EntityPanel.ArticleChosen) -> None:
        self.post_message(OpenArticle(event.path))
