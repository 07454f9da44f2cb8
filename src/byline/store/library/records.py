"""What the library holds for each article, as the library screen and the queries read it
from library.db: its entry (metadata, sizes, content hash), its quotations and its people."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from byline.core.article.model import Article
from byline.core.quotes.search import normalise_with_map

if TYPE_CHECKING:
    from byline.core.quotes.marks import Quote

__all__ = [
    "LibraryEntry",
    "PersonRecord",
    "QuoteRecord",
    "content_hash",
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
    kind: str = "speech"
    """`Quote.kind`: "speech", or "fragment" (a few quoted words in the writer's sentence)."""

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
            kind=quote.kind,
        )


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A person the article mentions (a PERSON entity), with the number of mentions."""

    name: str
    count: int
    variants: tuple[str, ...] = ()


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
