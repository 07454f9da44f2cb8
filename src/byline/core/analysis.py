"""What Byline finds in an article: its named entities and its quotations, together.

Quotes use the article's PERSON entities to name speakers in full. The result is plain data
that round-trips through JSON, so it can be cached by content hash (`byline.store.analysis_cache`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol, TypeVar

from byline.core.article.model import Article, BlockKind
from byline.core.entities.types import LABELS, Entity, EntityCorrections, EntityMention, Mentions
from byline.core.quotes.marks import Quote

# The recognisers (entities, and `find_quotes`'s attribution) are imported where they run: a
# cached analysis is read back without them, so highlights from the cache come without
# compiling their patterns.

ANALYSIS_RANGE_CHARS = 256 * 1024
"""Big articles are analysed in ranges of about this size, with progress in between."""

_T = TypeVar("_T")

_OPENING_MARKS = ("“", '"', "„", "«")

ANALYSIS_FORMAT = 2
"""The shape of `Analysis.to_json`'s data; data of another shape is not read (a cache miss)."""

_LABEL_INDEX = {label: index for index, label in enumerate(LABELS)}

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
        """Plain JSON data (`ANALYSIS_FORMAT`), compact: a big article has hundreds of
        thousands of mentions, so each is four numbers in its entity's flat ``mentions`` list
        (start, end, its text's index in the entity's ``texts``, its label's in `LABELS`)."""
        entities = []
        for entity in self.entities:
            found = entity.mentions
            texts = list(dict.fromkeys(found.texts))
            text_index = {text: index for index, text in enumerate(texts)}
            mentions: list[int] = []
            for start, end, text, label in zip(
                found.starts, found.ends, found.texts, found.labels, strict=True
            ):
                mentions += (start, end, text_index[text], _LABEL_INDEX[label])
            entities.append(
                {
                    "name": entity.name,
                    "label": entity.label,
                    "variants": list(entity.variants),
                    "texts": texts,
                    "mentions": mentions,
                }
            )
        return {
            "format": ANALYSIS_FORMAT,
            "entities": entities,
            "quotes": [
                {
                    "start": quote.start,
                    "end": quote.end,
                    "text": quote.text,
                    "speaker": quote.speaker,
                    "speaker_mentions": [list(span) for span in quote.speaker_mentions],
                    "cue": quote.cue,
                    "kind": quote.kind,
                }
                for quote in self.quotes
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Analysis:
        """Rebuild from `to_json` output.

        Raises:
            KeyError, TypeError, ValueError: When it is malformed or of another format.
        """
        if data.get("format") != ANALYSIS_FORMAT:
            raise ValueError(f"not an analysis of format {ANALYSIS_FORMAT}")
        entities = _entities_from_json(data["entities"])
        quotes = tuple(
            Quote(
                start=int(item["start"]),
                end=int(item["end"]),
                text=str(item["text"]),
                speaker=None if item["speaker"] is None else str(item["speaker"]),
                speaker_mentions=tuple((int(s), int(e)) for s, e in item["speaker_mentions"]),
                cue=str(item["cue"]),
                kind=str(item.get("kind", "speech")),
            )
            for item in data["quotes"]
        )
        return cls(entities, quotes)


def _entities_from_json(items: Sequence[Mapping[str, Any]]) -> tuple[Entity, ...]:
    """The entities of `to_json`'s ``entities``; their mentions share one store."""
    numbers: list[int] = []
    texts: dict[str, int] = {}
    lengths: list[int] = []
    for item in items:
        own = [int(number) for number in item["mentions"]]
        if len(own) % 4 or min(own, default=0) < 0:
            raise ValueError("mentions are not groups of four numbers of at least 0")
        ids = [texts.setdefault(str(text), len(texts)) for text in item["texts"]]
        try:
            own[2::4] = [ids[i] for i in own[2::4]]
        except IndexError as error:
            raise ValueError("a mention's text is out of range") from error
        numbers += own
        lengths.append(len(own) // 4)
    mentions = Mentions.from_columns(
        numbers[0::4], numbers[1::4], numbers[2::4], numbers[3::4], tuple(texts)
    )
    return tuple(
        Entity(
            name=str(item["name"]),
            label=str(item["label"]),
            mentions=run,
            variants=tuple(str(v) for v in item["variants"]),
        )
        for item, run in zip(items, mentions.split(lengths), strict=True)
    )


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

    starts, texts = entity.mentions.starts, entity.mentions.texts

    def in_body(start: int) -> bool:
        return article.blocks[article.block_index_at(start)].kind not in secondary

    def rank(name: str) -> tuple[int, int]:
        body = [s for s, text in zip(starts, texts, strict=True) if text == name and in_body(s)]
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
    text = article.text
    start = 0
    for block in article.blocks:
        if block.start - start >= size and not text.startswith(_OPENING_MARKS, block.start):
            ranges.append((start, block.start))
            start = block.start
    ranges.append((start, len(text)))
    return ranges


class Runner(Protocol):
    """Runs one step of an analysis, here or elsewhere (e.g. in another process), and returns
    its result: ``run(find_range_mentions, text, start, corrections)``."""

    def __call__(self, step: Callable[..., _T], /, *args: Any) -> _T: ...


def _here(step: Callable[..., _T], /, *args: Any) -> _T:
    return step(*args)


def find_range_mentions(text: str, start: int, corrections: EntityCorrections | None) -> Mentions:
    """The entity mentions in `text`, a range of an article's text beginning at `start`, at
    their offsets in the article. Compact (`Mentions`): pickled, they are a few arrays and
    each distinct name once."""
    from byline.core.entities.recogniser import find_mentions

    return Mentions.of(find_mentions(text, corrections)).shifted(start)


def find_range_quotes(text: str, start: int, people: list[str]) -> list[Quote]:
    """The quotes in `text`, a range of an article's text beginning at `start`, at their
    offsets in the article; `people` are the names speakers are completed from."""
    from byline.core.quotes import find_quotes

    return [
        replace(
            quote,
            start=quote.start + start,
            end=quote.end + start,
            speaker_mentions=tuple((a + start, b + start) for a, b in quote.speaker_mentions),
        )
        for quote in find_quotes(text, people)
    ]


def entities_of(article: Article, mentions: Sequence[EntityMention]) -> list[Entity]:
    """The entities that `mentions` (in text order) name, merged across the article."""
    from byline.core.entities.recogniser import group_entities

    return [_name_from_body(entity, article) for entity in group_entities(mentions)]


def range_around(ranges: list[tuple[int, int]], offset: int) -> int:
    """The index of the range of `ranges` (from `text_ranges`) that holds `offset`."""
    for index, (_start, end) in enumerate(ranges):
        if offset < end:
            return index
    return len(ranges) - 1


def analyse(
    article: Article,
    corrections: EntityCorrections | None = None,
    progress: Callable[[float], None] | None = None,
    *,
    around: int = 0,
    partial: Callable[[Analysis], None] | None = None,
    run: Runner = _here,
) -> Analysis:
    """Find the entities and quotes of `article`.

    A big article is analysed range by range (`ANALYSIS_RANGE_CHARS`), reporting `progress`
    (0-1) as it goes; names are still merged across the whole article. The range holding
    offset `around` goes first: when there are other ranges, `partial` gets that range's
    own analysis before the rest is done (what a reader sees first). `run` runs each step.
    """
    text = article.text
    ranges = text_ranges(article, ANALYSIS_RANGE_CHARS)
    first = range_around(ranges, around)
    order = [first, *(index for index in range(len(ranges)) if index != first)]
    total = 2 * len(text) or 1
    done = 0

    def advance(start: int, end: int) -> None:
        nonlocal done
        done += end - start
        if progress is not None:
            progress(done / total)

    found: dict[int, Mentions] = {}
    for index in order:
        start, end = ranges[index]
        mentions = run(find_range_mentions, text[start:end], start, corrections)
        found[index] = mentions if isinstance(mentions, Mentions) else Mentions.of(mentions)
        advance(start, end)
        if index == first and partial is not None and len(ranges) > 1:
            entities = entities_of(article, found[index])
            people = [entity.name for entity in entities if entity.label == "PERSON"]
            seen = run(find_range_quotes, text[start:end], start, people)
            partial(Analysis(tuple(entities), tuple(seen)))
    whole = Mentions.joined(found[index] for index in range(len(ranges)))
    del found
    entities = entities_of(article, whole)
    del whole
    people = [entity.name for entity in entities if entity.label == "PERSON"]
    quoted: dict[int, list[Quote]] = {}
    for index in order:
        start, end = ranges[index]
        quoted[index] = run(find_range_quotes, text[start:end], start, people)
        advance(start, end)
    return Analysis(
        tuple(entities), tuple(quote for index in range(len(ranges)) for quote in quoted[index])
    )
