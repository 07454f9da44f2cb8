"""The reader's side panels, entities and quotes: each made and mounted the first time it
opens, so that neither the panels nor their modules cost the reader's first frame. Until
then the reader keeps what they would show (the analysis, the library, the preferences) and
they are given it when made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from byline.core.entities.types import LABELS

if TYPE_CHECKING:
    from byline.core.analysis import Analysis
    from byline.core.article.model import Article
    from byline.core.navigation import MentionCursor
    from byline.store.library.index import LibraryIndex
    from byline.ui.reader.entity_panel import EntityPanel
    from byline.ui.reader.quote_panel import QuotePanel
    from byline.ui.reader.screen import ReaderScreen


class SidePanels:
    """The entity and quote panels of one reader screen, once each is first opened."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self.entities: EntityPanel | None = None
        """The entity panel, once opened: it keeps the chosen entity and its mentions."""
        self.quotes: QuotePanel | None = None
        """The quote panel, once opened."""

    async def entity_panel(self) -> EntityPanel:
        """The entity panel, made and mounted beside the text the first time."""
        if self.entities is None:
            from byline.ui.reader.entity_panel import EntityPanel

            screen = self.screen
            panel = EntityPanel(screen.article.id, id="entity-panel", classes="side-panel")
            panel.library = screen.app.library
            self.entities = panel
            screen.watch(panel, "mention", screen.mention_changed, init=False)
            self.show_analysis(screen.analysis)
            await screen.mount(panel, after=screen.article_view)
        return self.entities

    async def quote_panel(self) -> QuotePanel:
        """The quote panel, made and mounted beside the text the first time."""
        if self.quotes is None:
            from byline.ui.reader.quote_panel import QuotePanel

            screen = self.screen
            panel = QuotePanel(screen.article, id="quote-panel", classes="side-panel")
            panel.library = screen.app.library
            panel.show_fragments = screen.app.store.preferences.quote_fragments
            self.quotes = panel
            self.show_analysis(screen.analysis)
            await screen.mount(panel, after=screen.article_view)
        return self.quotes

    def show_article(self, article: Article) -> None:
        """The whole article, once parsed (a preview's quotes point into it)."""
        if self.quotes is not None:
            self.quotes.article = article

    def show_analysis(self, analysis: Analysis | None) -> None:
        """The entities and quotes found, once they are."""
        if analysis is None:
            return
        if self.entities is not None:
            self.entities.show_entities(
                list(analysis.entities), self.screen.article_view.entity_style
            )
            self.show_highlighting()
        if self.quotes is not None:
            self.quotes.show_quotes(list(analysis.quotes))

    def show_highlighting(self) -> None:
        """Tell the entity panel's colour key which types are highlighted."""
        if self.entities is None:
            return
        preferences = self.screen.app.store.preferences
        shown = frozenset(label for label in LABELS if preferences.shows_entity_type(label))
        self.entities.show_highlighting(shown if preferences.highlight_entities else None)

    def show_library(self, library: LibraryIndex) -> None:
        """The library index, once loaded (for other articles' quotes and mentions)."""
        if self.quotes is not None:
            self.quotes.show_library(library)
        if self.entities is not None:
            self.entities.show_library(library)

    @property
    def mention(self) -> MentionCursor | None:
        """The entity chosen in the entity panel and its current mention, if any."""
        return self.entities.mention if self.entities is not None else None

    def clear_mention(self) -> None:
        if self.entities is not None:
            self.entities.mention = None

    def step_mention(self, step: int) -> None:
        """The chosen entity's mention `step` on (back, when negative); the bell when there is
        none."""
        if self.entities is None:
            self.screen.app.bell()
        elif step > 0:
            self.entities.action_next_mention(step)
        else:
            self.entities.action_previous_mention(-step)

    @property
    def quote_list_focused(self) -> bool:
        """Whether the quote list has the keys (where `/` is its filter's, not the reader's)."""
        return self.quotes is not None and self.quotes.list_has_focus
