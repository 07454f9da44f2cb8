"""The article view's highlights: styled ranges of the text, in layers, and how the reader's
state (an analysis, a search, a chosen entity) becomes them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from byline.core.entities.types import LABELS

if TYPE_CHECKING:
    from byline.core.analysis import Analysis
    from byline.core.navigation import MatchCursor, MentionCursor
    from byline.core.reading import Preferences


class Highlight(NamedTuple):
    """A styled range of the article text, drawn with one of the view's component classes.

    A named tuple: a big article has hundreds of thousands of entity mentions, and tuples are
    made and sorted several times faster than dataclass instances.
    """

    start: int
    end: int
    component: str
    """The name of its style (one of `HIGHLIGHTS`)."""


class HighlightLayer(NamedTuple):
    """One layer's highlights sorted by start, as the view finds them by position.

    Made by `of`, which a worker thread can call: the entity layer of a 10 MB article holds
    hundreds of thousands of highlights.
    """

    items: list[Highlight]
    starts: list[int]
    """Each highlight's start, for bisect."""
    longest: int

    @classmethod
    def of(cls, highlights: Iterable[Highlight]) -> HighlightLayer:
        items = sorted(highlights)  # by start, then end
        longest = max((h.end - h.start for h in items), default=0)
        return cls(items, [h.start for h in items], longest)


LAYERS = ("entities", "quotes", "mentions", "search", "flash")
"""Highlight layers, lowest first: where they overlap, a later layer's style wins."""

ENTITY_COMPONENTS: dict[str, str] = {
    label: f"entity-{label.lower().replace('_', '-')}" for label in LABELS
}
"""The highlight style of each entity label: ``WORK_OF_ART`` -> ``entity-work-of-art``."""

HIGHLIGHTS = frozenset(
    {
        "quote",
        "mention",
        "mention-current",
        "flash",
        "search-match",
        "search-current",
        *ENTITY_COMPONENTS.values(),
    }
)
"""The names of the highlight styles (`Highlight.component`)."""


def entity_highlights(analysis: Analysis, preferences: Preferences) -> HighlightLayer:
    """The entity highlights the preferences ask for: on or off, and which types."""
    highlights: list[Highlight] = []
    if preferences.highlight_entities:
        shown = preferences.entity_types
        for entity in analysis.entities:
            if shown is None or entity.label in shown:
                component = ENTITY_COMPONENTS[entity.label]
                highlights.extend(Highlight(m.start, m.end, component) for m in entity.mentions)
    return HighlightLayer.of(highlights)


def quote_highlights(analysis: Analysis) -> HighlightLayer:
    return HighlightLayer.of(Highlight(q.start, q.end, "quote") for q in analysis.quotes)


def search_highlights(search: MatchCursor | None) -> list[Highlight]:
    """Every match of the search, the current one apart."""
    if search is None or search.index is None:
        return []
    return [
        Highlight(start, end, "search-current" if n == search.index else "search-match")
        for n, (start, end) in enumerate(search.matches)
    ]


def mention_highlights(mention: MentionCursor | None) -> list[Highlight]:
    """Every mention of the chosen entity, the current one apart."""
    if mention is None:
        return []
    return [
        Highlight(m.start, m.end, "mention-current" if n == mention.index else "mention")
        for n, m in enumerate(mention.entity.mentions)
    ]
