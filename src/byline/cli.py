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

from byline.core.errors import ArticleError
from byline.core.reading import progress_label
from byline.core.text import printable
from byline.store.paths import config_dir

if TYPE_CHECKING:
    from byline.core.analysis import Analysis
    from byline.core.article.model import Article
    from byline.store.sources import LoadedArticle
    from byline.store.state import StateStore

# Each command imports what it needs: ``quotes --all`` and ``list`` start in a fraction of the
# time the article parser and the recognisers take to import.


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _warn(warnings: list[str] | tuple[str, ...]) -> None:
    for warning in warnings:
        print(f"byline: warning: {printable(warning)}", file=sys.stderr)


def _article(args: argparse.Namespace) -> LoadedArticle:
    from byline.store.library.opening import open_for_reading
    from byline.store.state import StateStore

    store = StateStore(config_dir(args.config_dir))
    loaded = open_for_reading(args.article, store)
    _warn(loaded.warnings)
    return loaded


def command_list(args: argparse.Namespace) -> int:
    """``byline list``: the library with reading progress."""
    from byline.store.library.files import library_entries
    from byline.store.state import StateStore

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
    """``byline import``: a web page or scraped plain text to Markdown, to stdout or a file."""
    from byline.store.files import write_atomically
    from byline.store.sources import convert_to_markdown, is_url, read_markdown

    if args.file == "-":
        markdown = convert_to_markdown(sys.stdin.read(), None)
    else:
        markdown, warnings = read_markdown(args.file if is_url(args.file) else Path(args.file))
        _warn(warnings)
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


def _state_json(store: StateStore) -> dict[str, Any]:
    """All reading state in the export shape (docs/cli.md), which a 0.1 ``state.json`` also
    has: a copy saved as ``state.json`` in an empty config directory is read back on start."""
    return {"path": str(store.path), **store.state.to_json()}


def command_state(args: argparse.Namespace) -> int:
    """``byline state``: where state lives and what it holds."""
    from byline.store.state import StateStore

    store = StateStore(config_dir(args.config_dir))
    _warn(store.warnings)
    if args.json:
        _print_json(_state_json(store))
        return 0
    state = store.state
    written = "" if store.path.exists() else "  (not written yet)"
    print(printable(f"state database: {store.path}{written}"))
    prefs = state.preferences
    print(printable(f"theme:          {prefs.theme or '(default)'}"))
    print(f"sidebar:        {'shown' if prefs.sidebar else 'hidden'}")
    print(printable(f"last article:   {state.last_article or '-'}"))
    for article_id, article_state in sorted(state.articles.items()):
        where = article_state.position
        section = f"section {where.section_id}" if where else "not started"
        print(
            printable(
                f"  {article_id}: {progress_label(article_state.percent)}, {section}, "
                f"{len(article_state.read_sections)} read, "
                f"{len(article_state.bookmarks)} bookmarks, "
                f"last opened {article_state.last_opened or '-'}"
            )
        )
    return 0


def command_export(args: argparse.Namespace) -> int:
    """``byline export``: all reading state as JSON, for a backup or another machine."""
    from byline.core.reading import now_iso
    from byline.store.files import write_atomically
    from byline.store.state import StateStore

    store = StateStore(config_dir(args.config_dir))
    _warn(store.warnings)
    data = {"exported": now_iso(), **_state_json(store)}
    if not args.output:
        _print_json(data)
        return 0
    out = Path(args.output)
    try:
        write_atomically(out, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    except OSError as error:
        raise ArticleError(f"{out}: cannot write ({error.strerror or error})") from None
    print(printable(f"wrote {out}"), file=sys.stderr)
    return 0


def command_config(args: argparse.Namespace) -> int:
    """``byline config``: where the settings file is; ``--init`` writes the default."""
    from byline.store.config import config_path, load_config, write_default_config

    directory = config_dir(args.config_dir)
    path = config_path(directory)
    if args.init:
        write_default_config(directory, force=args.force)
        print(printable(f"wrote {path}"))
        return 0
    if args.path:
        print(printable(str(path)))
        return 0
    _config, warning = load_config(directory)
    if args.json:
        _print_json({"path": str(path), "exists": path.exists(), "warning": warning})
        return 0
    missing = "" if path.exists() else "  (none: byline config --init)"
    print(printable(f"settings file: {path}{missing}"))
    if warning:
        _warn([warning])
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
        from byline.store.library.search import search_library

        found, warnings = search_library(query, config_directory=config_dir(args.config_dir))
        _warn(warnings)
        rows = [
            {
                "text": quote.text,
                "speaker": quote.speaker,
                "article": article_id,
                "section": quote.section,
                "start": quote.start,
                "end": quote.end,
            }
            for article_id, quote, _ in found
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
    from byline.store.library.files import add_articles
    from byline.store.sources import is_url

    result = add_articles(
        [file if is_url(file) else Path(file) for file in args.files],
        config_directory=config_dir(args.config_dir),
        progress=_progress_bar("adding") if sys.stderr.isatty() else None,
    )
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


def _progress_bar(what: str) -> Any:
    """A progress line on the terminal (stderr), for long commands; it ends with a newline."""

    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        bar = "█" * filled + "░" * (width - filled)
        end = "\n" if done >= total else ""
        print(f"\r{what} {bar} {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


def command_remove(args: argparse.Namespace) -> int:
    """``byline remove``: delete one of the reader's articles (and, with --forget, its state).

    The state is forgotten first: when it cannot be, nothing is removed and the exit is 1.
    """
    from byline.store.library.files import find_entry, removable, remove_article
    from byline.store.state import StateStore

    store = StateStore(config_dir(args.config_dir)) if args.forget else None
    remembered = store is not None and args.id in store.state.articles
    entry = None
    if not remembered or find_entry(args.id) is not None:
        entry = removable(args.id)  # no such article, or a bundled one: nothing is changed
    if store is not None:
        _warn(store.warnings)
        store.forget(args.id)
        if not store.save():
            problem = store.warnings[-1] if store.warnings else f"cannot write {store.path}"
            raise ArticleError(f"cannot forget the reading state of {args.id}: {problem}")
    removed_path = None if entry is None else remove_article(args.id).path
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
