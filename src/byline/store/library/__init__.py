"""The user's library: its files, its index and which article to open.

The public face of the package::

    from byline.store.library import LibraryIndex, search_quotes

    index = LibraryIndex.load_or_build()
    hits = search_quotes(index, "speaker:doe bridge")

- `LibraryIndex`, `LibraryEntry` (`index`, `records`): the index file and what it holds.
- `search_quotes`, `speakers`, `people`, `articles_mentioning`, `quotes` (`queries`): the
  questions asked of a built index, with their results `QuoteHit`, `Speaker`, `Person`.
- `files` adds and removes the reader's articles; `opening` chooses the article to open.

The names are loaded on first use: starting the reader imports `opening` alone, without the
index and what it needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from byline.store.library.index import LibraryIndex
    from byline.store.library.queries import (
        Person,
        QuoteHit,
        Speaker,
        articles_mentioning,
        people,
        quotes,
        search_quotes,
        speakers,
    )
    from byline.store.library.records import LibraryEntry, PersonRecord, QuoteRecord

__all__ = [
    "LibraryEntry",
    "LibraryIndex",
    "Person",
    "PersonRecord",
    "QuoteHit",
    "QuoteRecord",
    "Speaker",
    "articles_mentioning",
    "people",
    "quotes",
    "search_quotes",
    "speakers",
]

_HOMES = {
    "LibraryIndex": "index",
    "LibraryEntry": "records",
    "PersonRecord": "records",
    "QuoteRecord": "records",
    "Person": "queries",
    "QuoteHit": "queries",
    "Speaker": "queries",
    "articles_mentioning": "queries",
    "people": "queries",
    "quotes": "queries",
    "search_quotes": "queries",
    "speakers": "queries",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
