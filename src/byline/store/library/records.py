"""What the library index keeps for each article file, and the entries built from it.

One record per file, a JSON object with named fields (``mtime_ns``, ``size``, ``bundled``, the
article's metadata and sizes, its ``content_hash``, and, once analysed, its ``quotes`` and
``people``). Records are read back with full validation: any malformed field raises
`ValueError`, and the index then reads that file again.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from byline.core.article.model import Article
from byline.core.quotes.search import normalise_with_map

if TYPE_CHECKING:
    from byline.core.analysis import Analysis
    from byline.core.quotes.marks import Quote

__all__ = [
    "LibraryEntry",
    "PersonRecord",
    "QuoteRecord",
    "content_hash",
    "entry_from_record",
    "file_record",
    "with_analysis",
]


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """A quotation of an article, as the index keeps it (offsets into `Article.text`).

    The fields `text`, `speaker`, `start` and `end` mean what they mean on
    `byline.core.quotes.marks.Quote`; `section` places it in the article.
    """

    text: str
    speaker: str | None
    start: int
    end: int
    section: int
    """Index of the section holding the quotation (`Article.sections`)."""
    norm: str = field(default="", repr=False, compare=False)
    """`byline.core.quotes.search.normalise(text)`, kept so that searching never normalises
    again."""
    plain: bool = field(default=False, repr=False, compare=False)
    """True when normalising maps character i to character i (then spans need no map)."""

    @classmethod
    def from_quote(cls, quote: Quote, article: Article) -> QuoteRecord:
        """The record of a quotation found in `article` (by `byline.core.analysis.analyse`)."""
        norm, index = normalise_with_map(quote.text)
        return cls(
            text=quote.text,
            speaker=quote.speaker,
            start=quote.start,
            end=quote.end,
            section=article.section_at(quote.start).index,
            norm=norm,
            plain=len(norm) == len(quote.text) and index == list(range(len(quote.text) + 1)),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "start": self.start,
            "end": self.end,
            "section": self.section,
            "norm": self.norm,
            "plain": self.plain,
        }

    @classmethod
    def from_json(cls, data: Any) -> QuoteRecord:
        """The record stored as `data`. Raises ValueError when it is malformed."""
        stored = _checked(data, _QUOTE_FIELDS)
        return cls(
            text=stored["text"],
            speaker=stored["speaker"],
            start=stored["start"],
            end=stored["end"],
            section=stored["section"],
            norm=stored["norm"],
            plain=stored["plain"],
        )


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A person the article mentions (a PERSON entity), with the number of mentions."""

    name: str
    count: int
    variants: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "count": self.count, "variants": list(self.variants)}

    @classmethod
    def from_json(cls, data: Any) -> PersonRecord:
        """The record stored as `data`. Raises ValueError when it is malformed."""
        stored = _checked(data, _PERSON_FIELDS)
        variants = tuple(stored["variants"])
        if any(type(variant) is not str for variant in variants):
            raise ValueError("variants")
        return cls(stored["name"], stored["count"], variants)


@dataclass(frozen=True)
class LibraryEntry:
    """One article of the library."""

    id: str
    title: str
    source: str | None
    path: Path
    bundled: bool
    author: str | None = None
    date: str | None = None
    words: int = 0
    reading_minutes: int = 0
    chars: int = 0
    """Length of the plain text (`Article.text`)."""
    sections: int = 0
    size: int = 0
    """File size in bytes."""
    mtime_ns: int = 0
    content_hash: str = ""
    """`content_hash` of the article: equal for the same text, whatever the file."""
    quotes: tuple[QuoteRecord, ...] | None = None
    """The quotations, or None when the article has not been analysed (``analyse=False``)."""
    people: tuple[PersonRecord, ...] | None = None
    """The people mentioned, most mentioned first, or None when not analysed."""

    @property
    def analysed(self) -> bool:
        return self.quotes is not None


def content_hash(article: Article) -> str:
    """A hash of the article's plain text (NFC, white space collapsed); the title when empty.

    Two files with the same text hash alike whatever their front matter or Markdown layout,
    so the same article imported twice (as .txt, or as the .md `byline import` made) is caught.
    """
    text = " ".join(unicodedata.normalize("NFC", article.text).split())
    if not text:
        text = "\0title:" + " ".join(article.meta.title.split())
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def file_record(article: Article, mtime_ns: int, size: int, bundled: bool) -> dict[str, Any]:
    """The record of a file just read: its metadata and sizes, not analysed yet."""
    meta = article.meta
    return {
        "mtime_ns": mtime_ns,
        "size": size,
        "bundled": bundled,
        "id": article.id,
        "title": meta.title,
        "source": meta.source,
        "author": meta.author,
        "date": meta.date,
        "words": article.word_count,
        "minutes": article.reading_minutes,
        "chars": len(article.text),
        "sections": len(article.sections),
        "hash": content_hash(article),
        "quotes": None,
        "people": None,
    }


def with_analysis(record: dict[str, Any], article: Article, analysis: Analysis) -> None:
    """Store in `record` the quotations and the people (most mentioned first) of `analysis`."""
    record["quotes"] = [
        QuoteRecord.from_quote(quote, article).to_json() for quote in analysis.quotes
    ]
    record["people"] = [
        PersonRecord(entity.name, entity.count, tuple(entity.variants)).to_json()
        for entity in sorted(analysis.entities, key=lambda e: -e.count)
        if entity.label == "PERSON"
    ]


def entry_from_record(path: Path, record: Any) -> LibraryEntry:
    """The entry a stored record describes. Raises ValueError when the record is malformed."""
    stored = _checked(record, _FILE_FIELDS)
    quotes, people = stored["quotes"], stored["people"]
    return LibraryEntry(
        id=stored["id"],
        title=stored["title"],
        source=stored["source"],
        path=path,
        bundled=stored["bundled"],
        author=stored["author"],
        date=stored["date"],
        words=stored["words"],
        reading_minutes=stored["minutes"],
        chars=stored["chars"],
        sections=stored["sections"],
        size=stored["size"],
        mtime_ns=stored["mtime_ns"],
        content_hash=stored["hash"],
        quotes=None if quotes is None else tuple(map(QuoteRecord.from_json, quotes)),
        people=None if people is None else tuple(map(PersonRecord.from_json, people)),
    )


# -- validating stored records -----------------------------------------------------------------
_Fields = Mapping[str, tuple[type, ...]]
"""The JSON types each field of a stored record may hold."""

_TEXT = (str,)
_OPTIONAL_TEXT = (str, type(None))
_INTEGER = (int,)
_OPTIONAL_LIST = (list, type(None))

_QUOTE_FIELDS: _Fields = {
    "text": _TEXT,
    "speaker": _OPTIONAL_TEXT,
    "start": _INTEGER,
    "end": _INTEGER,
    "section": _INTEGER,
    "norm": _TEXT,
    "plain": (bool,),
}
_PERSON_FIELDS: _Fields = {"name": _TEXT, "count": _INTEGER, "variants": (list,)}
_FILE_FIELDS: _Fields = {
    "mtime_ns": _INTEGER,
    "size": _INTEGER,
    "bundled": (bool,),
    "id": _TEXT,
    "title": _TEXT,
    "source": _OPTIONAL_TEXT,
    "author": _OPTIONAL_TEXT,
    "date": _OPTIONAL_TEXT,
    "words": _INTEGER,
    "minutes": _INTEGER,
    "chars": _INTEGER,
    "sections": _INTEGER,
    "hash": _TEXT,
    "quotes": _OPTIONAL_LIST,
    "people": _OPTIONAL_LIST,
}


def _checked(data: Any, fields: _Fields) -> dict[str, Any]:
    """`data`, when it is a JSON object whose `fields` each hold one of their types.

    Types are compared exactly: a boolean is no integer, and a float (NaN and Infinity
    included) is neither. Raises ValueError otherwise.
    """
    if type(data) is not dict:
        raise ValueError("not a record")
    for key, kinds in fields.items():
        if type(data.get(key)) not in kinds:
            raise ValueError(key)
    return data
