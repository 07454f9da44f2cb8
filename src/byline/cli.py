"""The command-line commands that print instead of opening the reader.

Plain text by default (readable, greppable), ``--json`` for machines. Nothing here imports
Textual.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from byline.core.article.model import Article
from byline.core.errors import ArticleError
from byline.core.reading import progress_label
from byline.core.text import printable
from byline.store.files import write_atomically
from byline.store.library import LibraryIndex, search_quotes
from byline.store.library.files import add_articles, library_entries, remove_article
from byline.store.library.opening import open_for_reading
from byline.store.paths import config_dir
from byline.store.sources import LoadedArticle, read_text
from byline.store.state import StateStore

if TYPE_CHECKING:
    from byline.core.analysis import Analysis


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _warn(warnings: list[str] | tuple[str, ...]) -> None:
    for warning in warnings:
        print(f"byline: warning: {printable(warning)}", file=sys.stderr)


def _article(args: argparse.Namespace) -> LoadedArticle:
    store = StateStore(config_dir(args.config_dir))
    loaded = open_for_reading(args.article, store)
    _warn(loaded.warnings)
    return loaded


def command_list(args: argparse.Namespace) -> int:
    """``byline list``: the library with reading progress."""
    store = StateStore(config_dir(args.config_dir))
    entries, warnings = library_entries()
    _warn(warnings)
    rows = [
        {
            "id": entry.id,
            "title": entry.title,
            "source": entry.source,
            "path": str(entry.path),
            "bundled": entry.bundled,
            "progress": round(store.article(entry.id).percent, 1),
            "last_opened": store.article(entry.id).last_opened,
        }
        for entry in entries
    ]
    if args.json:
        _print_json(rows)
        return 0
    if not rows:
        print("No articles. Add some with `byline add FILE...`.")
        return 0
    id_width = min(max(len(str(row["id"])) for row in rows), 40)
    for row in rows:
        source = f"  ({printable(str(row['source']))})" if row["source"] else ""
        shown = progress_label(float(row["progress"] or 0))
        print(
            f"{printable(str(row['id'])):<{id_width}}  {shown:>4}  "
            f"{printable(str(row['title']))}{source}"
        )
    return 0


def command_sections(args: argparse.Namespace) -> int:
    """``byline sections``: an article's sections in order."""
    article = _article(args).article
    words = [article.section_words(section) for section in article.sections]
    if args.json:
        _print_json(
            [
                {
                    "index": section.index,
                    "number": section.number,
                    "id": section.id,
                    "title": section.title,
                    "level": section.level,
                    "start": section.start,
                    "end": section.end,
                    "words": count,
                }
                for section, count in zip(article.sections, words, strict=True)
            ]
        )
        return 0
    for section, count in zip(article.sections, words, strict=True):
        indent = "  " * max(section.level - 2, 0) if section.index else ""
        print(f"{section.number:>3}. {indent}{printable(section.title)}  ({count} words)")
    return 0


def command_import(args: argparse.Namespace) -> int:
    """``byline import``: scraped plain text to Markdown, to stdout or a file."""
    from byline.core.article.importer import import_text

    if args.file == "-":
        markdown = import_text(sys.stdin.read())
    else:
        text, warnings = read_text(Path(args.file))
        _warn(warnings)
        try:
            markdown = import_text(text)
        except ArticleError as error:
            raise ArticleError(f"{args.file}: {error}") from None
    if args.output:
        out = Path(args.output)
        try:
            write_atomically(out, markdown)
        except OSError as error:
            raise ArticleError(f"{out}: cannot write ({error.strerror or error})") from None
        print(f"wrote {out}", file=sys.stderr)
    else:
        sys.stdout.write(markdown)
    return 0


def command_state(args: argparse.Namespace) -> int:
    """``byline state``: where state lives and what it holds."""
    store = StateStore(config_dir(args.config_dir))
    _warn(store.warnings)
    if args.json:
        _print_json({"path": str(store.path), **store.state.to_json()})
        return 0
    state = store.state
    print(f"state file:   {store.path}{'' if store.path.exists() else '  (not written yet)'}")
    prefs = state.preferences
    print(f"theme:        {prefs.theme or '(default)'}")
    print(f"sidebar:      {'shown' if prefs.sidebar else 'hidden'}")
    print(f"last article: {state.last_article or '-'}")
    for article_id, article_state in sorted(state.articles.items()):
        where = article_state.position
        section = f"section {where.section_id}" if where else "not started"
        print(
            f"  {printable(article_id)}: {article_state.percent:.1f}%, {section}, "
            f"{len(article_state.read_sections)} read, "
            f"{len(article_state.bookmarks)} bookmarks, "
            f"last opened {article_state.last_opened or '-'}"
        )
    return 0


def _analysis(article: Article, args: argparse.Namespace) -> Analysis:
    # Imported here: the recognisers are only needed by the commands that use them.
    from byline.store.analysis_cache import JsonCache, cached_analysis, corrections_for

    corrections, warnings = corrections_for(article, config_dir(args.config_dir))
    _warn(warnings)
    return cached_analysis(article, corrections, JsonCache())


def command_entities(args: argparse.Namespace) -> int:
    """``byline entities``: the article's named entities, grouped by name."""
    from byline.core.entities.recogniser import LABELS

    label = args.type.upper() if args.type else None
    if label is not None and label not in LABELS:
        raise ArticleError(f"unknown entity type {args.type!r}; one of: {', '.join(LABELS)}")
    article = _article(args).article
    entities = [
        entity
        for entity in _analysis(article, args).entities
        if label is None or entity.label == label
    ]
    if args.json:
        _print_json(
            [
                {
                    "text": entity.name,
                    "label": entity.label,
                    "count": entity.count,
                    "variants": list(entity.variants),
                    "mentions": [
                        {
                            "text": mention.text,
                            "start": mention.start,
                            "end": mention.end,
                            "section": article.section_at(mention.start).index,
                        }
                        for mention in entity.mentions
                    ],
                }
                for entity in entities
            ]
        )
        return 0
    for entity in sorted(entities, key=lambda e: (LABELS.index(e.label), -e.count, e.name)):
        variants = f"  (also: {', '.join(entity.variants)})" if entity.variants else ""
        print(f"{entity.label:<11} {entity.count:>3}  {printable(entity.name + variants)}")
    return 0


def command_quotes(args: argparse.Namespace) -> int:
    """``byline quotes``: quotations with their speakers, of one article or the library."""
    from byline.core.quotes.search import QuoteQuery, match_quote, parse_query

    query = parse_query(args.search or "")
    if args.speaker:
        query = QuoteQuery(query.text, args.speaker)
    rows: list[dict[str, Any]] = []
    if args.all:
        index = LibraryIndex.load_or_build(config_directory=config_dir(args.config_dir))
        _warn(index.warnings)
        rows = [
            {
                "text": quote.text,
                "speaker": quote.speaker,
                "article": entry.id,
                "section": quote.section,
                "start": quote.start,
                "end": quote.end,
            }
            for entry, quote, _ in search_quotes(index, query)
        ]
    else:
        article = _article(args).article
        for quote in _analysis(article, args).quotes:
            if (query.text or query.speaker) and match_quote(
                query, quote.text, quote.speaker
            ) is None:
                continue
            rows.append(
                {
                    "text": quote.text,
                    "speaker": quote.speaker,
                    "article": article.id,
                    "section": article.section_at(quote.start).index,
                    "start": quote.start,
                    "end": quote.end,
                }
            )
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        where = f"{row['article']} §{row['section'] + 1}" if args.all else f"§{row['section'] + 1}"
        speaker = row["speaker"] or "(unattributed)"
        text = " ".join(str(row["text"]).split())
        print(printable(f"{where}  {speaker}: “{text}”"))
    return 0


def command_add(args: argparse.Namespace) -> int:
    """``byline add``: copy articles into the library, printing the id of each one added."""
    result = add_articles([Path(file) for file in args.files])
    _warn(result.warnings)
    for added in result.added:
        if added.id != added.wanted_id:
            print(
                printable(
                    f"byline: {added.file}: the id '{added.wanted_id}' is taken by another "
                    f"article; added as '{added.id}'"
                ),
                file=sys.stderr,
            )
    for error in result.errors:
        print(f"byline: {printable(error)}", file=sys.stderr)
    if args.json:
        _print_json(
            [
                {
                    "id": added.id,
                    "title": added.title,
                    "path": str(added.path),
                    "file": str(added.file),
                }
                for added in result.added
            ]
        )
    else:
        for added in result.added:
            print(printable(added.id))
    return 1 if result.errors else 0


def command_remove(args: argparse.Namespace) -> int:
    """``byline remove``: delete one of the reader's articles (and, with --forget, its state)."""
    store = StateStore(config_dir(args.config_dir)) if args.forget else None
    index = LibraryIndex.load_or_build(analyse=False)
    removed_path = None
    if store is not None and index.entry(args.id) is None and args.id in store.state.articles:
        pass  # already gone from the library; its reading state is still there to forget
    else:
        removed_path = remove_article(args.id, index=index).path
    if store is not None:
        _warn(store.warnings)
        store.forget(args.id)
        if not store.save():
            _warn(store.warnings or [f"cannot save reading state to {store.path}"])
    if args.json:
        _print_json(
            {
                "id": args.id,
                "path": None if removed_path is None else str(removed_path),
                "forgot": store is not None,
            }
        )
        return 0
    if removed_path is not None:
        print(printable(f"removed {args.id} ({removed_path})"))
    if store is not None:
        print(printable(f"forgot the reading state of {args.id}"))
    return 0
