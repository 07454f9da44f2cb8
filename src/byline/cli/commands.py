"""``byline list``, ``sections``, ``import``, ``state``, ``export`` and ``config``.

Plain text by default (readable, greppable), ``--json`` for machines (shapes in docs/cli.md);
everything printed goes through `byline.cli.output`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from byline.cli import output
from byline.core.errors import ArticleError
from byline.core.reading import progress_label
from byline.store.paths import config_dir

if TYPE_CHECKING:
    from byline.store.sources import LoadedArticle
    from byline.store.state import StateStore

NOTHING_FOUND = 1
"""Exit status of a search or a filter (``quotes --search``, ``--speaker``, ``entities
--type``) that finds nothing, as grep's."""


def open_article(args: argparse.Namespace) -> LoadedArticle:
    """The article a command names (a file, an id, ``-`` for stdin, else the last one read)."""
    from byline.store.sources import STDIN

    if args.article == STDIN:
        from byline.store.sources import load_stdin

        loaded = load_stdin()
    else:
        from byline.store.library.opening import open_for_reading
        from byline.store.state import StateStore

        loaded = open_for_reading(args.article, StateStore(config_dir(args.config_dir)))
    output.warn(loaded.warnings)
    return loaded


def command_list(args: argparse.Namespace) -> int:
    """``byline list``: the library with reading progress."""
    from byline.store.library.files import library_entries
    from byline.store.state import StateStore

    entries, warnings = library_entries()
    output.warn(warnings)
    if args.ids:
        output.lines(entry.id for entry in entries)
        return 0
    store = StateStore(config_dir(args.config_dir))
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
        output.json_out(rows)
        return 0
    if not rows:
        output.line("No articles. Add some with `byline add FILE...`.")
        return 0
    # The progress column starts after the longest id, so that every column lines up.
    id_width = max(_columns(str(row["id"])) for row in rows)
    for row in rows:
        padding = " " * (id_width - _columns(str(row["id"])))
        source = f"  ({row['source']})" if row["source"] else ""
        shown = progress_label(float(row["progress"] or 0))
        output.line(f"{row['id']}{padding}  {shown:>4}  {row['title']}{source}")
    return 0


def _columns(text: str) -> int:
    """How many terminal columns `text` takes: two for each wide (East Asian) character."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def command_sections(args: argparse.Namespace) -> int:
    """``byline sections``: an article's sections in order."""
    article = open_article(args).article
    words = [article.section_words(section) for section in article.sections]
    if args.json:
        output.json_out(
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
        output.line(f"{section.number:>3}. {indent}{section.title}  ({count} words)")
    return 0


def _write_file(out: Path, text: str) -> None:
    from byline.store.files import write_atomically

    try:
        write_atomically(out, text)
    except OSError as error:
        raise ArticleError(f"{out}: cannot write ({error.strerror or error})") from None
    output.note(f"wrote {out}")


def command_import(args: argparse.Namespace) -> int:
    """``byline import``: a web page or scraped plain text to Markdown, to stdout or a file."""
    from byline.store.sources import STDIN, is_url, read_markdown

    reference = args.file if args.file == STDIN or is_url(args.file) else Path(args.file)
    markdown, warnings = read_markdown(reference)
    output.warn(warnings)
    if args.output:
        _write_file(Path(args.output), markdown)
    else:
        output.document(markdown)
    return 0


def _state_json(store: StateStore) -> dict[str, Any]:
    """All reading state in the export shape (docs/cli.md), which a 0.1 ``state.json`` also
    has: a copy saved as ``state.json`` in an empty config directory is read back on start."""
    return {"path": str(store.path), **store.state.to_json()}


def command_state(args: argparse.Namespace) -> int:
    """``byline state``: where state lives and what it holds."""
    from byline.store.state import StateStore

    store = StateStore(config_dir(args.config_dir))
    output.warn(store.warnings)
    if args.json:
        output.json_out(_state_json(store))
        return 0
    state = store.state
    written = "" if store.path.exists() else "  (not written yet)"
    output.line(f"state database: {store.path}{written}")
    prefs = state.preferences
    output.line(f"theme:          {prefs.theme or '(default)'}")
    output.line(f"sidebar:        {'shown' if prefs.sidebar else 'hidden'}")
    output.line(f"last article:   {state.last_article or '-'}")
    for article_id, article_state in sorted(state.articles.items()):
        where = article_state.position
        section = f"section {where.section_id}" if where else "not started"
        output.line(
            f"  {article_id}: {progress_label(article_state.percent)}, {section}, "
            f"{len(article_state.read_sections)} read, "
            f"{_counted(len(article_state.bookmarks), 'bookmark')}, "
            f"last opened {article_state.last_opened or '-'}"
        )
    return 0


def _counted(count: int, noun: str) -> str:
    """``1 bookmark``, ``2 bookmarks``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def command_export(args: argparse.Namespace) -> int:
    """``byline export``: all reading state as JSON, for a backup or another machine."""
    from byline.core.reading import now_iso
    from byline.store.state import StateStore

    store = StateStore(config_dir(args.config_dir))
    output.warn(store.warnings)
    data = {"exported": now_iso(), **_state_json(store)}
    if args.output:
        _write_file(Path(args.output), output.json_text(data))
    else:
        output.json_out(data)
    return 0


def command_config(args: argparse.Namespace) -> int:
    """``byline config``: where the settings file is; ``--init`` writes the default."""
    from byline.store.config import config_path, load_config, write_default_config

    directory = config_dir(args.config_dir)
    path = config_path(directory)
    if args.init:
        write_default_config(directory, force=args.force)
        output.line(f"wrote {path}")
        return 0
    if args.path:
        output.line(str(path))
        return 0
    _config, warning = load_config(directory)
    if args.json:
        output.json_out({"path": str(path), "exists": path.exists(), "warning": warning})
        return 0
    missing = "" if path.exists() else "  (none: byline config --init)"
    output.line(f"settings file: {path}{missing}")
    if warning:
        output.warn([warning])
    return 0
