"""Command palette entries: go to a section, and the reader's actions by name.

An action is in the palette when its binding has a tooltip: the binding's description is the
command's name, its tooltip the help line, and the screen's `check_action` decides, as for the
key bar, whether it applies now. Each action is declared once, as a binding.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import partial
from itertools import islice

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import FuzzySearch, Matcher

from byline.core.article.model import Article, Section
from byline.core.entities.types import LABELS
from byline.ui.reader.entity_panel import LABEL_NAMES
from byline.ui.reader.screen import ReaderScreen

Command = tuple[str, Callable[[], object], str]
"""A palette entry: its name, what it does, its help line."""

SECTION_COMMANDS = 40
"""At most this many "Go to section" commands are listed at once: before anything is typed,
those around the current section; then the first that hold every typed word (type more to
narrow). Each is laid out as it is listed, so the palette opens and filters as fast as a
short list however many sections there are (figures: docs/performance.md)."""


class ReaderCommands(Provider):
    """Go to section …, plus the reader's actions, on the reader screen."""

    _folded: tuple[Article, list[str]] | None = None

    def _folded_names(self, article: Article) -> list[str]:
        """Each section's command name, case-folded for matching; made once a palette (this
        provider lives as long as the palette is open), not on every key."""
        if self._folded is None or self._folded[0] is not article:
            names = [_section_name(section).casefold() for section in article.sections]
            self._folded = (article, names)
        return self._folded[1]

    def _reader(self) -> ReaderScreen | None:
        screen = self.screen
        return screen if isinstance(screen, ReaderScreen) else None

    def _section_commands(self, reader: ReaderScreen, query: str) -> list[Command]:
        """The "Go to section" commands: those holding every word of `query`, or, when nothing
        is typed, those around the current section (an article may have thousands of
        sections: listing or fuzzy-matching all of them on every key would lag)."""
        sections = reader.article.sections
        if query.strip():
            words = query.casefold().split()
            names = self._folded_names(reader.article)
            wanted = (
                section
                for section, name in zip(sections, names, strict=True)
                if all(word in name for word in words)
            )
            chosen = list(islice(wanted, SECTION_COMMANDS))
        else:
            first = max(0, min(reader.current_section - 5, len(sections) - SECTION_COMMANDS))
            chosen = list(sections[first : first + SECTION_COMMANDS])
        return [
            (
                _section_name(section),
                partial(reader.go_to_section, section),
                f"{reader.article.section_words(section)} words",
            )
            for section in chosen
        ]

    def _other_commands(self, reader: ReaderScreen) -> list[Command]:
        """The reader's actions, and showing or hiding each entity type."""
        app = reader.app
        commands: list[Command] = [
            (binding.description, partial(app.run_action, binding.action, node), binding.tooltip)
            for node, binding, enabled, _ in reader.active_bindings.values()
            if enabled and binding.tooltip
        ]
        preferences = reader.app.store.preferences
        commands.extend(
            (
                f"{'Hide' if preferences.shows_entity_type(label) else 'Show'} {label} highlights",
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
        for name, callback, help_text in (
            *self._section_commands(reader, ""),
            *self._other_commands(reader),
        ):
            yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        reader = self._reader()
        if reader is None:
            return
        matcher = self.matcher(query)
        # Sections hold every typed word already: scored and highlighted from where the
        # words are. Textual's fuzzy matcher tries every way of spreading the query over a
        # name, which is slow for long queries against long names.
        for name, callback, help_text in self._section_commands(reader, query):
            score, offsets = _word_match(matcher.fuzzy_search, query, name)
            content = _highlight(matcher, name, offsets)
            yield Hit(score, content, callback, text=name, help=help_text)
        for name, callback, help_text in self._other_commands(reader):
            score, fuzzy_offsets = matcher.fuzzy_search.match(query, name)
            if score > 0:
                content = _highlight(matcher, name, fuzzy_offsets)
                yield Hit(score, content, callback, text=name, help=help_text)


def _section_name(section: Section) -> str:
    return f"Go to section {section.number}: {section.title}"


def _word_match(search: FuzzySearch, query: str, name: str) -> tuple[float, list[int]]:
    """Score `name`, which holds every word of `query`, as Textual's fuzzy search would
    (`FuzzySearch.score`), from where the words are: the whole query where it appears as
    typed, else each word where it starts a word if it does anywhere, else where it first is.
    """
    lowered = name.lower()
    typed = query.strip().lower()
    at = lowered.find(typed)
    if at >= 0:
        offsets = list(range(at, at + len(typed)))
        return search.score(lowered, offsets) * 1.5, offsets  # Textual's boost for this case
    found: set[int] = set()
    for word in typed.split():
        starts = [m.start() for m in re.finditer(re.escape(word), lowered)]
        if not starts:  # not found as typed (the filter folds case further: "ß", "ss")
            continue
        start = next((i for i in starts if i == 0 or not lowered[i - 1].isalnum()), starts[0])
        found.update(range(start, start + len(word)))
    offsets = sorted(found)
    return (search.score(lowered, offsets) if offsets else 1.0), offsets


def _highlight(matcher: Matcher, candidate: str, offsets: Iterable[int]) -> Content:
    """`Matcher.highlight` for text that is data: section titles are never read as markup."""
    content = Content(candidate)
    for offset in offsets:
        if offset < len(candidate) and not candidate[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
