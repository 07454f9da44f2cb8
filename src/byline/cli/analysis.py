"""``byline entities`` and ``byline quotes``: what the recognisers find, in text and JSON.

Text and JSON list the same items in the same order; JSON gives each section both as an
``index`` (from 0) and a ``number`` (from 1, as the text shows it: ``§1``). A quotation's
words are shown in text as the quote panel shows them (`shown_text`), and in JSON as written.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from byline.cli import output
from byline.cli.commands import NOTHING_FOUND, open_article
from byline.store.paths import config_dir

if TYPE_CHECKING:
    from byline.core.analysis import Analysis
    from byline.core.article.model import Article


def _analysis(article: Article, args: argparse.Namespace) -> Analysis:
    # Imported here: the recognisers are only needed by the commands that use them.
    from byline.store.analysis_cache import JsonCache, cached_analysis, corrections_for

    corrections, warnings = corrections_for(article, config_dir(args.config_dir))
    output.warn(warnings)
    return cached_analysis(article, corrections, JsonCache())


def command_entities(args: argparse.Namespace) -> int:
    """``byline entities``: the article's named entities, grouped by name, by type (in the
    order of `LABELS`), then most mentioned first."""
    from byline.core.entities.recogniser import LABELS

    label: str | None = args.type  # in capitals, one of LABELS (checked by the parser)
    article = open_article(args).article
    entities = sorted(
        (
            entity
            for entity in _analysis(article, args).entities
            if label is None or entity.label == label
        ),
        key=lambda e: (LABELS.index(e.label), -e.count, e.name),
    )
    if args.json:
        rows = []
        for entity in entities:
            mentions = []
            for mention in entity.mentions:
                section = article.section_at(mention.start)
                mentions.append(
                    {
                        "text": mention.text,
                        "start": mention.start,
                        "end": mention.end,
                        "section": section.index,
                        "section_number": section.number,
                    }
                )
            rows.append(
                {
                    "text": entity.name,
                    "label": entity.label,
                    "count": entity.count,
                    "variants": list(entity.variants),
                    "mentions": mentions,
                }
            )
        output.json_out(rows)
    else:
        for entity in entities:
            variants = f"  (also: {', '.join(entity.variants)})" if entity.variants else ""
            output.line(f"{entity.label:<11} {entity.count:>3}  {entity.name}{variants}")
    return NOTHING_FOUND if label is not None and not entities else 0


def _library_rows(args: argparse.Namespace, query: Any) -> list[dict[str, Any]]:
    from byline.store.library.search import search_library

    found, warnings = search_library(query, config_directory=config_dir(args.config_dir))
    output.warn(warnings)
    return [
        {
            "text": quote.text,
            "speaker": quote.speaker,
            "article": article_id,
            "section": quote.section,
            "section_number": quote.section + 1,
            "start": quote.start,
            "end": quote.end,
        }
        for article_id, quote, _ in found
    ]


def _article_rows(args: argparse.Namespace, query: Any) -> list[dict[str, Any]]:
    from byline.core.quotes.search import match_quote

    article = open_article(args).article
    rows = []
    for quote in _analysis(article, args).quotes:
        if (query.text or query.speaker) and match_quote(query, quote.text, quote.speaker) is None:
            continue
        section = article.section_at(quote.start)
        rows.append(
            {
                "text": quote.text,
                "speaker": quote.speaker,
                "article": article.id,
                "section": section.index,
                "section_number": section.number,
                "start": quote.start,
                "end": quote.end,
            }
        )
    return rows


def command_quotes(args: argparse.Namespace) -> int:
    """``byline quotes``: quotations with their speakers, of one article or the library."""
    from byline.core.quotes.model import UNATTRIBUTED, shown_text
    from byline.core.quotes.search import QuoteQuery, parse_query

    query = parse_query(args.search or "")
    if args.speaker:
        query = QuoteQuery(query.text, args.speaker)
    rows = _library_rows(args, query) if args.all else _article_rows(args, query)
    if args.json:
        output.json_out(rows)
    else:
        for row in rows:
            where = f"§{row['section_number']}"
            where = f"{row['article']} {where}" if args.all else where
            speaker = row["speaker"] or UNATTRIBUTED
            text = " ".join(shown_text(str(row["text"])).split())
            output.line(f"{where}  {speaker}: “{text}”")
    searched = bool(query.text or query.speaker)
    return NOTHING_FOUND if searched and not rows else 0
