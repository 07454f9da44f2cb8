"""``byline add`` and ``byline remove``: the reader's own articles."""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from byline.cli import output
from byline.core.errors import ArticleError
from byline.store.paths import config_dir

STDIN_NAME = "stdin.md"
"""What the article read from stdin (``byline add -``) is called while it is added."""


@contextlib.contextmanager
def _files_to_add(files: list[str]) -> Iterator[tuple[list[Path | str], Path | None]]:
    """The files (and addresses) to add, with stdin (``-``) read through the same checks as a
    file and kept in a temporary ``stdin.md`` for as long as it is being added."""
    from byline.store.sources import STDIN, is_url, read_markdown

    with contextlib.ExitStack() as stack:
        stdin_copy: Path | None = None
        if STDIN in files:
            markdown, warnings = read_markdown(STDIN)
            output.warn(warnings)
            directory = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            stdin_copy = directory / STDIN_NAME
            stdin_copy.write_text(markdown, encoding="utf-8")
        yield (
            [
                file if is_url(file) else stdin_copy if file == STDIN and stdin_copy else Path(file)
                for file in files
            ],
            stdin_copy,
        )


def command_add(args: argparse.Namespace) -> int:
    """``byline add``: copy articles into the library, printing the id of each one added."""
    from byline.store.library.files import add_articles

    with _files_to_add(args.files) as (files, stdin_copy):
        result = add_articles(
            files,
            config_directory=config_dir(args.config_dir),
            progress=_progress_bar("adding") if sys.stderr.isatty() else None,
        )

    def shown(text: str) -> str:
        """`text` with the temporary copy of stdin called ``stdin``."""
        return text.replace(str(stdin_copy), "stdin") if stdin_copy else text

    output.warn([shown(warning) for warning in result.warnings])
    for added in result.added:
        if added.id != added.wanted_id:
            output.message(
                shown(
                    f"{added.file}: the id '{added.wanted_id}' is taken by another "
                    f"article; added as '{added.id}'"
                )
            )
    for error in result.errors:
        output.message(shown(error))
    if args.json:
        output.json_out(
            [
                {
                    "id": added.id,
                    "title": added.title,
                    "path": str(added.path),
                    "file": "-" if added.file == stdin_copy else str(added.file),
                }
                for added in result.added
            ]
        )
    else:
        output.lines(added.id for added in result.added)
    return 1 if result.errors else 0


def _progress_bar(what: str) -> Callable[[int, int], None]:
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
        output.warn(store.warnings)
        store.forget(args.id)
        if not store.save():
            problem = store.warnings[-1] if store.warnings else f"cannot write {store.path}"
            raise ArticleError(f"cannot forget the reading state of {args.id}: {problem}")
    removed_path = None if entry is None else remove_article(args.id).path
    if args.json:
        output.json_out(
            {
                "id": args.id,
                "path": None if removed_path is None else str(removed_path),
                "forgot": store is not None,
            }
        )
        return 0
    if removed_path is not None:
        output.line(f"removed {args.id} ({removed_path})")
    if store is not None:
        output.line(f"forgot the reading state of {args.id}")
    return 0
