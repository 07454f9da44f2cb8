"""What Byline finds in an article: its named entities and its quotations, together.

Quotes use the article's PERSON entities to name speakers in full. The result is plain data
that round-trips through JSON, so it can be cached by content hash (`byline.store.analysis_cache`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from byline.core.article.model import Article, BlockKind
from byline.core.entities.types import Entity, EntityCorrections, EntityMention
from byline.core.quotes.marks import Quote

# The recognisers (entities, and `find_quotes`'s attribution) are imported where they run: a
# cached analysis is read back without them, so highlights from the cache come without
# compiling their patterns.

ANALYSIS_RANGE_CHARS = 256 * 1024
"""Big articles are analysed in ranges of about this size, with progress in between."""

_OPENING_MARKS = ("“", '"', "„", "«")

CORRECTIONS_KEY = "entities"
"""The front-matter key holding an article's entity corrections."""


@dataclass(frozen=True)
class Analysis:
    """The entities and quotes of one article (offsets into `Article.text`)."""

    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]

    @property
    def people(self) -> list[str]:
        return [entity.name for entity in self.entities if entity.label == "PERSON"]

    def to_json(self) -> dict[str, Any]:
        return {
            "entities": [
                {
                    "name": entity.name,
                    "label": entity.label,
                    "variants": list(entity.variants),
                    "mentions": [[m.start, m.end, m.text, m.label] for m in entity.mentions],
                }
                for entity in self.entities
            ],
            "quotes": [
                {
                    "start": quote.start,
                    "end": quote.end,
                    "text": quote.text,
                    "speaker": quote.speaker,
                    "speaker_mentions": [list(span) for span in quote.speaker_mentions],
                    "cue": quote.cue,
                }
                for quote in self.quotes
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Analysis:
        """Rebuild from `to_json` output. Raises KeyError/TypeError/ValueError when malformed."""
        entities = tuple(
            Entity(
                name=str(item["name"]),
                label=str(item["label"]),
                mentions=tuple(
                    EntityMention(int(s), int(e), str(t), str(label))
                    for s, e, t, label in item["mentions"]
                ),
                variants=tuple(str(v) for v in item["variants"]),
            )
            for item in data["entities"]
        )
        quotes = tuple(
            Quote(
                start=int(item["start"]),
                end=int(item["end"]),
                text=str(item["text"]),
                speaker=None if item["speaker"] is None else str(item["speaker"]),
                speaker_mentions=tuple((int(s), int(e)) for s, e in item["speaker_mentions"]),
                cue=str(item["cue"]),
            )
            for item in data["quotes"]
        )
        return cls(entities, quotes)


def article_corrections(article: Article) -> EntityCorrections:
    """The corrections in the article's front matter (``entities:``).

    Raises:
        ValueError: When they are malformed (the message says what is wrong).
    """
    return EntityCorrections.from_mapping(article.meta.extra.get(CORRECTIONS_KEY))


def _name_from_body(entity: Entity, article: Article) -> Entity:
    """Prefer the spelling the article's paragraphs use over a caption's or a photo label's.

    Among the fullest forms (most words) of an entity's names, the one used most in body
    blocks wins, then the earliest there. Captions are secondary text, often from an agency.
    """
    names = [entity.name, *entity.variants]
    most_words = max(len(name.split()) for name in names)
    fullest = [name for name in names if len(name.split()) == most_words]
    if len(fullest) < 2:
        return entity
    secondary = (BlockKind.CAPTION, BlockKind.FIGURE)

    def in_body(mention: EntityMention) -> bool:
        return article.blocks[article.block_index_at(mention.start)].kind not in secondary

    def rank(name: str) -> tuple[int, int]:
        body = [m.start for m in entity.mentions if m.text == name and in_body(m)]
        return (-len(body), body[0] if body else len(article.text))

    best = min(fullest, key=rank)
    if best == entity.name:
        return entity
    variants = tuple(name for name in names if name != best)
    return replace(entity, name=best, variants=variants)


def text_ranges(article: Article, size: int) -> list[tuple[int, int]]:
    """Cut the article's text into ranges of about `size` characters at block boundaries.

    A cut is never made before a block that opens with a quotation mark, so a quotation
    running over several paragraphs stays in one range.
    """
    ranges: list[tuple[int, int]] = []
    start = 0
    for block in article.blocks:
        if block.start - start >= size and not block.text.startswith(_OPENING_MARKS):
            ranges.append((start, block.start))
            start = block.start
    ranges.append((start, len(article.text)))
    return ranges


def _mentions_in(text: str, corrections: EntityCorrections | None) -> list[EntityMention]:
    from byline.core.entities.recogniser import find_mentions

    return find_mentions(text, corrections)


def _quotes_in(text: str, people: list[str]) -> list[Quote]:
    from byline.core.quotes import find_quotes

    return find_quotes(text, people)


def analyse(
    article: Article,
    corrections: EntityCorrections | None = None,
    progress: Callable[[float], None] | None = None,
) -> Analysis:
    """Find the entities and quotes of `article`.

    A big article is analysed range by range (`ANALYSIS_RANGE_CHARS`), reporting `progress`
    (0-1) as it goes; names are still merged across the whole article.
    """
    ranges = text_ranges(article, ANALYSIS_RANGE_CHARS)
    total = 2 * len(article.text) or 1
    done = 0
    mentions: list[EntityMention] = []
    for start, end in ranges:
        found = _mentions_in(article.text[start:end], corrections)
        mentions.extend(
            EntityMention(m.start + start, m.end + start, m.text, m.label) for m in found
        )
        done += end - start
        if progress is not None:
            progress(done / total)
    from byline.core.entities.recogniser import group_entities

    entities = [_name_from_body(entity, article) for entity in group_entities(mentions)]
    people = [entity.name for entity in entities if entity.label == "PERSON"]
    quotes: list[Quote] = []
    for start, end in ranges:
        quotes.extend(
            replace(
                quote,
                start=quote.start + start,
                end=quote.end + start,
                speaker_mentions=tuple((a + start, b + start) for a, b in quote.speaker_mentions),
            )
            for quote in _quotes_in(article.text[start:end], people)
        )
        done += end - start
        if progress is not None:
            progress(done / total)
    return Analysis(tuple(entities), tuple(quotes))
