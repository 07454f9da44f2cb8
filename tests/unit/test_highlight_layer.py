"""The reader's highlight layers: compact arrays that read back as sorted highlights."""

from __future__ import annotations

import random

from byline.core.analysis import Analysis
from byline.core.entities.types import Entity, EntityMention, Mentions
from byline.core.reading import Preferences
from byline.ui.reader.highlights import Highlight, HighlightLayer, entity_highlights

STYLES = ("entity-person", "entity-gpe", "quote", "entity-org")


def _random_highlights(count: int, seed: int) -> list[Highlight]:
    chosen = random.Random(seed)
    found = []
    for _ in range(count):
        start = chosen.randrange(0, 500)
        found.append(Highlight(start, start + chosen.randrange(0, 30), chosen.choice(STYLES)))
    return found


def test_a_layer_reads_back_its_highlights_sorted_like_tuples() -> None:
    highlights = _random_highlights(400, seed=7)
    layer = HighlightLayer.of(highlights)
    assert layer.items() == sorted(highlights)
    assert len(layer) == 400
    assert layer.longest == max(h.end - h.start for h in highlights)


def test_between_gives_the_highlights_that_overlap_a_range() -> None:
    highlights = _random_highlights(400, seed=11)
    layer = HighlightLayer.of(highlights)
    for start, end in ((0, 10), (100, 180), (490, 600), (250, 251)):
        expected = [h for h in sorted(highlights) if h.end > start and h.start < end]
        assert layer.between(start, end) == expected


def test_an_empty_layer_has_nothing_anywhere() -> None:
    layer = HighlightLayer.of([])
    assert not layer
    assert layer.items() == []
    assert layer.between(0, 100) == []


def test_entity_highlights_follow_the_preferences() -> None:
    def entity(name: str, label: str, *spans: tuple[int, int]) -> Entity:
        mentions = Mentions.of(EntityMention(s, e, name, label) for s, e in spans)
        return Entity(name, label, mentions, ())

    analysis = Analysis(
        (entity("Ann Lee", "PERSON", (40, 47), (0, 7)), entity("Paris", "GPE", (20, 25))), ()
    )
    every = entity_highlights(analysis, Preferences())
    assert every.items() == [
        Highlight(0, 7, "entity-person"),
        Highlight(20, 25, "entity-gpe"),
        Highlight(40, 47, "entity-person"),
    ]
    places = entity_highlights(analysis, Preferences(entity_types=("GPE",)))
    assert places.items() == [Highlight(20, 25, "entity-gpe")]
    assert not entity_highlights(analysis, Preferences(highlight_entities=False))
