"""Questions asked of the whole library: its quotations, who said what, who is mentioned where.

Each function reads a `LibraryIndex` built with ``analyse=True`` (an entry not analysed has no
quotations and no people) and never touches the disk. Names are compared normalised (case and
accents ignored, white space collapsed), as the quote panel compares them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from re import Pattern
from typing import TYPE_CHECKING, NamedTuple

from byline.core.quotes.search import (
    QuoteQuery,
    find_terms,
    match_quote,
    normalise,
    parse_query,
    phrase_pattern,
)
from byline.store.library.records import LibraryEntry, PersonRecord, QuoteRecord

if TYPE_CHECKING:
    from byline.store.library.index import LibraryIndex

__all__ = [
    "Person",
    "PreparedQuery",
    "QuoteHit",
    "Speaker",
    "articles_mentioning",
    "match_record",
    "people",
    "prepare_query",
    "quotes",
    "search_quotes",
    "speakers",
]


class QuoteHit(NamedTuple):
    """A quotation that matched a search, with the matched spans in `quote.text`."""

    entry: LibraryEntry
    quote: QuoteRecord
    spans: list[tuple[int, int]]


class Speaker(NamedTuple):
    """Someone quoted in the library: their name, how many quotations, and which."""

    name: str
    quote_count: int
    quotes: list[tuple[LibraryEntry, QuoteRecord]]


class Person(NamedTuple):
    """Someone mentioned in the library: total mentions, and the articles (most first)."""

    name: str
    mentions: int
    entries: list[LibraryEntry]


def quotes(index: LibraryIndex) -> Iterator[tuple[LibraryEntry, QuoteRecord]]:
    """Every quotation of the library, in library then article order."""
    for entry in index.entries:
        for quote in entry.quotes or ():
            yield entry, quote


class PreparedQuery(NamedTuple):
    """A quote query worked out once for many quotations."""

    query: QuoteQuery
    words: list[str]
    patterns: list[Pattern[str]]
    wanted: str | None
    """The ``speaker:`` filter, normalised, white space collapsed."""
    phrases: tuple[str, ...] = ()
    """The phrases, normalised, white space collapsed."""

    @property
    def everything(self) -> bool:
        return not self.words and not self.patterns and self.wanted is None


def prepare_query(query: QuoteQuery | str) -> PreparedQuery:
    if isinstance(query, str):
        query = parse_query(query)
    words, phrases = query.terms
    patterns = [phrase_pattern(phrase) for phrase in phrases]
    wanted = None if query.speaker is None else " ".join(normalise(query.speaker).split())
    return PreparedQuery(query, words, patterns, wanted, tuple(phrases))


def match_record(prepared: PreparedQuery, quote: QuoteRecord) -> list[tuple[int, int]] | None:
    """`byline.core.quotes.search.match_quote` for a stored quotation: its spans, or None.

    The normalised text kept with the quotation spares normalising it again; `match_quote`
    itself is called for a quotation whose text is not one-for-one with its normalised form.
    """
    if prepared.everything:
        return []
    speaker_norm, speaker_flat = _name_forms(quote.speaker) if quote.speaker else ("", "")
    if prepared.wanted is not None and (not quote.speaker or prepared.wanted not in speaker_flat):
        return None
    spans = _plain_spans(quote.norm, speaker_norm, prepared.words, prepared.patterns)
    if spans is None:
        return None
    if not quote.plain:
        return match_quote(prepared.query, quote.text, quote.speaker)
    return spans


def search_quotes(index: LibraryIndex, query: QuoteQuery | str) -> list[QuoteHit]:
    """Quotations matching `query` across the library (the quote panel's rules)."""
    prepared = prepare_query(query)
    hits: list[QuoteHit] = []
    for entry, quote in quotes(index):
        spans = match_record(prepared, quote)
        if spans is not None:
            hits.append(QuoteHit(entry, quote, spans))
    return hits


def speakers(index: LibraryIndex) -> list[Speaker]:
    """Who said what across the library: speakers with their quotations, most first.

    Spellings that differ only in case or accents count as one speaker, shown as the spelling
    used most.
    """
    groups: dict[str, list[tuple[LibraryEntry, QuoteRecord]]] = {}
    for entry, quote in quotes(index):
        if quote.speaker:
            groups.setdefault(_flat_name(quote.speaker), []).append((entry, quote))
    found = []
    for said in groups.values():
        spellings = [quote.speaker or "" for _, quote in said]
        name = max(dict.fromkeys(spellings), key=spellings.count)
        found.append(Speaker(name, len(said), said))
    found.sort(key=lambda speaker: (-speaker.quote_count, normalise(speaker.name)))
    return found


def people(index: LibraryIndex) -> list[Person]:
    """Everyone mentioned across the library (PERSON entities), most mentioned first."""
    spellings_by_name: dict[str, dict[str, int]] = {}
    for entry in index.entries:
        for person in entry.people or ():
            spellings = spellings_by_name.setdefault(_flat_name(person.name), {})
            spellings[person.name] = spellings.get(person.name, 0) + person.count
    found = []
    for spellings in spellings_by_name.values():
        name = max(spellings, key=spellings.__getitem__)
        found.append(Person(name, sum(spellings.values()), articles_mentioning(index, name)))
    found.sort(key=lambda person: (-person.mentions, normalise(person.name)))
    return found


def articles_mentioning(index: LibraryIndex, person_name: str) -> list[LibraryEntry]:
    """Articles that mention a person, most mentions first (then library order).

    Case and accents are ignored, and a name matches a fuller one word for word (``lavrov``
    finds the articles mentioning Sergey Lavrov), variants included.
    """
    wanted = " ".join(normalise(person_name).split())
    if not wanted:
        return []
    counted: list[tuple[int, int, LibraryEntry]] = []
    for position, entry in enumerate(index.entries):
        count = sum(
            person.count
            for person in entry.people or ()
            if any(_names_match(wanted, _flat_name(name)) for name in _names(person))
        )
        if count:
            counted.append((-count, position, entry))
    return [entry for _, _, entry in sorted(counted, key=lambda item: item[:2])]


@lru_cache(maxsize=65_536)
def _name_forms(name: str) -> tuple[str, str]:
    """``(normalised, normalised with white space collapsed)`` of a name.

    Cached: the same speakers come back in every search.
    """
    norm = normalise(name)
    return norm, " ".join(norm.split())


def _flat_name(name: str) -> str:
    return _name_forms(name)[1]


def _names(person: PersonRecord) -> Iterable[str]:
    yield person.name
    yield from person.variants


def _names_match(wanted: str, name: str) -> bool:
    return wanted == name or f" {wanted} " in f" {name} "


def _plain_spans(
    norm: str, speaker_norm: str, words: list[str], patterns: list[Pattern[str]]
) -> list[tuple[int, int]] | None:
    """`match_quote` on text normalised one character for one: merged normalised spans."""
    found = find_terms(norm, speaker_norm, words, patterns)
    if found is None:
        return None
    spans: list[tuple[int, int]] = []
    for start, end in found:
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans
