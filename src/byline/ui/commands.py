"""Command palette entries: go to a section, and the reader's actions by name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from byline.core.article import Section
from byline.core.entity_types import LABELS
from byline.ui.screens.reader import ReaderScreen
from byline.ui.widgets.entity_panel import LABEL_NAMES

ACTIONS = (
    ("Toggle sidebar", "toggle_sidebar", "Show or hide the table of contents"),
    ("Search the article", "search", "Find text; n and N step through matches"),
    ("Add bookmark", "add_bookmark", "Bookmark the current position"),
    ("Bookmarks", "bookmarks", "List bookmarks and jump to one"),
    ("Entities: who and what", "entity_panel", "People, organisations, places ... by type"),
    ("Toggle entity highlighting", "toggle_entities", "Highlight named entities in the text"),
    ("Quotes", "quote_panel", "Every quotation with its speaker; searchable"),
    ("Library", "app.library", "Every article, with your progress; open another"),
    ("Who said what", "app.speakers", "Speakers across the library and their quotes"),
    ("Next section", "next_section", "Jump to the next section"),
    ("Previous section", "previous_section", "Jump to the previous section"),
    ("Keys", "help", "Show every key binding"),
)


MAX_SECTION_COMMANDS = 200
"""At most this many "Go to section" commands are offered at once (type to narrow)."""


class ReaderCommands(Provider):
    """Go to section …, plus the reader's actions, on the reader screen."""

    def _reader(self) -> ReaderScreen | None:
        screen = self.screen
        return screen if isinstance(screen, ReaderScreen) else None

    def _commands(
        self, reader: ReaderScreen, query: str = ""
    ) -> list[tuple[str, Callable[[], object], str]]:
        """The commands, those for sections narrowed by `query` (an article may have
        thousands: listing or fuzzy-matching all of them on every key would lag)."""
        words = query.casefold().split()

        def wanted(section: Section) -> bool:
            name = f"go to section {section.number}: {section.title}".casefold()
            return all(word in name for word in words)

        sections = [s for s in reader.article.sections if wanted(s)][:MAX_SECTION_COMMANDS]
        commands: list[tuple[str, Callable[[], object], str]] = [
            (
                f"Go to section {section.number}: {section.title}",
                partial(reader.go_to_section, section),
                f"{reader.article.section_words(section)} words",
            )
            for section in sections
        ]
        commands.extend(
            (name, partial(reader.run_action, action), help_text)
            for name, action, help_text in ACTIONS
        )
        shown = reader.app.store.preferences.entity_types
        commands.extend(
            (
                f"{'Hide' if shown is None or label in shown else 'Show'} {label} highlights",
                partial(reader.toggle_entity_type, label),
                LABEL_NAMES.get(label, ""),
            )
            for label in LABELS
        )
        return commands

    async def discover(self) -> Hits:
        reader = self._reader()
        if reader is None:
            return
        for name, callback, help_text in self._commands(reader):
            yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        reader = self._reader()
        if reader is None:
            return
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands(reader, query):
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, _highlight(matcher, name), callback, text=name, help=help_text)


def _highlight(matcher: Matcher, candidate: str) -> Content:
    """`Matcher.highlight` for text that is data: section titles are never read as markup."""
    content = Content(candidate)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    for offset in offsets:
        if not candidate[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
