"""Quote search straight from the library database: what ``byline quotes --all`` runs.

The FTS5 trigram index (`byline.store.library.database`) narrows the quotations to those
holding every word of three characters or more (in the text or the speaker's name), every
phrase and the ``speaker:`` name; each candidate is then tested by the quote panel's own rules
(`byline.store.library.queries.match_record`), so the hits are exactly those of
`search_quotes`. Without FTS5 in the SQLite build, every quotation is tested.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import NamedTuple

from byline.core.quotes.search import QuoteQuery
from byline.store.library.database import has_fts
from byline.store.library.index import open_synced
from byline.store.library.queries import PreparedQuery, match_record, prepare_query
from byline.store.library.records import QuoteRecord

MIN_TERM = 3
"""Trigram search finds terms of at least three characters; shorter ones are tested after."""


class FoundQuote(NamedTuple):
    """A quotation that matched, with its article's id and the matched spans."""

    article_id: str
    quote: QuoteRecord
    spans: list[tuple[int, int]]


def _fts_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(prepared: PreparedQuery) -> str | None:
    """The FTS5 query narrowing the candidates, or None when no term is long enough."""
    parts = [_fts_string(word) for word in prepared.words if len(word) >= MIN_TERM]
    parts += [
        "flat : " + _fts_string(phrase) for phrase in prepared.phrases if len(phrase) >= MIN_TERM
    ]
    if prepared.wanted is not None and len(prepared.wanted) >= MIN_TERM:
        parts.append("speaker_flat : " + _fts_string(prepared.wanted))
    return " AND ".join(parts) or None


_SELECT = (
    "SELECT a.id, q.text, q.speaker, q.start, q.end, q.section, q.norm, q.plain, q.kind "
    "FROM quotes q JOIN articles a ON a.rowid = q.article WHERE a.listed AND a.analysed"
)
_ORDER = " ORDER BY a.dir_index, a.sort_key, q.ord"


def find_quotes(connection: sqlite3.Connection, query: QuoteQuery | str) -> list[FoundQuote]:
    """Quotations of the library matching `query`, in library then article order."""
    prepared = prepare_query(query)
    expression = None if prepared.everything else match_expression(prepared)
    if expression is not None and has_fts(connection):
        rows = connection.execute(
            _SELECT
            + " AND q.qid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
            + _ORDER,
            (expression,),
        )
    elif prepared.wanted is not None:
        rows = connection.execute(_SELECT + " AND q.speaker IS NOT NULL" + _ORDER)
    else:
        rows = connection.execute(_SELECT + _ORDER)
    found: list[FoundQuote] = []
    for article_id, text, speaker, start, end, section, norm, plain, kind in rows:
        quote = QuoteRecord(text, speaker, start, end, section, norm, bool(plain), kind)
        spans = match_record(prepared, quote)
        if spans is not None:
            found.append(FoundQuote(article_id, quote, spans))
    return found


def library_warnings(connection: sqlite3.Connection) -> list[str]:
    """Files left out of the library, one line each (as `LibraryIndex.warnings`)."""
    from byline.store.library.index import LibraryIndex

    if connection.execute("SELECT 1 FROM articles WHERE NOT listed LIMIT 1").fetchone() is None:
        return []
    return LibraryIndex.read(connection, analyse=False).warnings


def search_library(
    query: QuoteQuery | str,
    *,
    config_directory: Path | None = None,
    cache_directory: Path | None = None,
) -> tuple[list[FoundQuote], list[str]]:
    """Bring the library up to date (analysing what is new), then search it:
    ``(hits, warnings)``."""
    connection, _ = open_synced(
        analyse=True, config_directory=config_directory, cache_directory=cache_directory
    )
    try:
        return find_quotes(connection, query), library_warnings(connection)
    finally:
        with contextlib.suppress(sqlite3.Error):
            connection.close()
