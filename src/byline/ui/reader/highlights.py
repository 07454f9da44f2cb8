"""The article view's highlights: styled ranges of the text, in layers, and how the reader's
state (an analysis, a search, a chosen entity) becomes them."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
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


class HighlightLayer:
    """One layer's highlights sorted by start (then end, then style), as the view finds them
    by position.

    Kept as parallel arrays (starts, ends, and each highlight's style as an index into
    `components`), not as `Highlight` tuples: the entity layer of a 10 MB article holds
    hundreds of thousands of highlights, and the view makes tuples only for the lines it
    draws (`between`). Made by `of` or `from_arrays`, which a worker thread can call.
    """

    __slots__ = ("components", "ends", "longest", "starts", "styles")

    def __init__(
        self,
        starts: array[int],
        ends: array[int],
        styles: bytes | bytearray,
        components: Sequence[str],
    ) -> None:
        self.starts = starts
        """Each highlight's start, for bisect."""
        self.ends = ends
        self.styles = styles
        """Each highlight's style, an index into `components`."""
        self.components = tuple(components)
        self.longest = max((e - s for s, e in zip(starts, ends, strict=True)), default=0)

    @classmethod
    def of(cls, highlights: Iterable[Highlight]) -> HighlightLayer:
        """A layer of `highlights`, in any order."""
        starts, ends, styles = array("q"), array("q"), bytearray()
        index: dict[str, int] = {}
        for start, end, component in highlights:
            starts.append(start)
            ends.append(end)
            styles.append(index.setdefault(component, len(index)))
        return cls.from_arrays(starts, ends, styles, list(index))

    @classmethod
    def from_arrays(
        cls,
        starts: array[int],
        ends: array[int],
        styles: bytes | bytearray,
        components: Sequence[str],
    ) -> HighlightLayer:
        """A layer of the highlights ``(starts[i], ends[i], components[styles[i]])``, in any
        order (at most 256 components)."""
        if not starts:
            return cls(starts, ends, bytes(styles), components)
        # Sorted by one number per highlight (start, end and style's rank packed together)
        # rather than by tuples: a few times less memory while sorting.
        ranked = sorted(range(len(components)), key=components.__getitem__)
        rank = bytes(ranked.index(style) for style in range(len(components)))
        width = max(ends) + 1
        count = len(components)
        keys = [
            (start * width + end) * count + rank[style]
            for start, end, style in zip(starts, ends, styles, strict=True)
        ]
        keys.sort()
        sorted_starts, sorted_ends, sorted_styles = array("q"), array("q"), bytearray()
        for key in keys:
            rest, style = divmod(key, count)
            start, end = divmod(rest, width)
            sorted_starts.append(start)
            sorted_ends.append(end)
            sorted_styles.append(ranked[style])
        return cls(sorted_starts, sorted_ends, bytes(sorted_styles), components)

    def __len__(self) -> int:
        return len(self.starts)

    def items(self) -> list[Highlight]:
        """Every highlight, sorted by start."""
        return self._made(0, len(self.starts))

    def between(self, start: int, end: int) -> list[Highlight]:
        """The highlights overlapping [start, end), sorted by start."""
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_right(self.starts, end)
        return [h for h in self._made(first, last) if h.end > start and h.start < end]

    def _made(self, first: int, last: int) -> list[Highlight]:
        components = self.components
        return [
            Highlight(s, e, components[c])
            for s, e, c in zip(
                self.starts[first:last],
                self.ends[first:last],
                self.styles[first:last],
                strict=True,
            )
        ]


LAYERS = ("quotes", "entities", "mentions", "search", "flash")
"""Highlight layers, lowest first: where they overlap, a later layer's style wins (an
entity's colour over the quote shading)."""


class HighlightLayers:
    """The article view's highlights, one `HighlightLayer` for each name in `LAYERS`.

    Layers are kept apart, so that a search over a big article re-sorts its own matches, not
    the hundred thousand entity mentions under them.
    """

    def __init__(self) -> None:
        self._layers: dict[str, HighlightLayer] = {}

    def set(self, name: str, highlights: Iterable[Highlight] | HighlightLayer) -> None:
        """Replace layer `name` (one of `LAYERS`)."""
        if not isinstance(highlights, HighlightLayer):
            highlights = HighlightLayer.of(highlights)
        self._layers[name] = highlights

    def items(self, name: str) -> list[Highlight]:
        """Layer `name`'s highlights, sorted by start."""
        found = self._layers.get(name)
        return found.items() if found is not None else []

    def between(self, start: int, end: int) -> list[Highlight]:
        """The highlights overlapping [start, end), lowest layer first."""
        found: list[Highlight] = []
        for name in LAYERS:
            layer = self._layers.get(name)
            if layer:
                found.extend(layer.between(start, end))
        return found


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
    starts, ends, styles = array("q"), array("q"), bytearray()
    components: dict[str, int] = {}
    if preferences.highlight_entities:
        shown = {label for label in LABELS if preferences.shows_entity_type(label)}
        shown.update(preferences.entity_types or ())  # types this version does not know
        for entity in analysis.entities:
            if entity.label in shown:
                component = ENTITY_COMPONENTS[entity.label]
                style = components.setdefault(component, len(components))
                starts.extend(entity.mentions.starts)
                ends.extend(entity.mentions.ends)
                styles.extend(bytes((style,)) * len(entity.mentions))
    return HighlightLayer.from_arrays(starts, ends, styles, list(components))


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
    mentions = mention.entity.mentions
    return [
        Highlight(start, end, "mention-current" if n == mention.index else "mention")
        for n, (start, end) in enumerate(zip(mentions.starts, mentions.ends, strict=True))
    ]
