"""The ``byline`` command: the reader, and commands for scripts and pipes.

``byline COMMAND ...`` runs a command (`byline.cli`); anything else is an article for the
reader (``byline story.md``, ``byline URL``, ``byline ID``, ``byline -`` for stdin, or
``byline`` alone). Only the reader imports Textual, and only once it is about to run, so that
the commands start fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING

from byline.cli.dispatch import (
    COMMAND_HELP,
    HANDLERS,
    close_command,
    command_named,
    exit_with_version,
    first_word,
)
from byline.core.errors import BylineError
from byline.core.text import printable

if TYPE_CHECKING:
    import argparse

__all__ = ["COMMAND_HELP", "main"]

READER_SWITCH_INTERVAL = 0.001
"""Seconds a thread may hold the interpreter lock while another waits for it, in the reader."""

USAGE_ERROR = 2
"""Exit status of a command line that makes no sense (as argparse, grep and others use)."""


def _run_command(name: str, arguments: Sequence[str]) -> int:
    from byline.cli import output
    from byline.cli.parser import parser_running

    args = parser_running(name, arguments).parse_args(arguments)
    module = import_module(f"byline.cli.{HANDLERS[name]}")
    handler: Callable[[argparse.Namespace], int] = getattr(module, f"command_{name}")
    output.prepare_stdout()
    code = handler(args)
    output.flush()
    return code


def _mistyped_command(arguments: Sequence[str]) -> str | None:
    """The command the reader's argument is probably a typo of, when that argument is no
    article either (not a file, an address or a library id): ``byline lst``."""
    word = first_word(arguments)
    command = close_command(word) if word else None
    if word is None or command is None:
        return None
    from byline.core.errors import ArticleError
    from byline.store.library.opening import resolve

    try:
        resolve(word)
    except ArticleError:
        return command
    return None


def _open_terminal() -> int:
    """A file descriptor reading the controlling terminal."""
    return os.open("/dev/tty", os.O_RDONLY)


def _stdin_article() -> str:
    """``byline -``: the article on stdin, kept in the cache (so that ``byline`` alone can
    reopen it), and the terminal made the reader's input in place of the pipe."""
    from byline.store.paths import cache_dir
    from byline.store.sources import STDIN, read_markdown, save_markdown

    markdown, warnings = read_markdown(STDIN)
    for warning in warnings:
        print(f"byline: warning: {printable(warning)}", file=sys.stderr)
    path = save_markdown(markdown, cache_dir() / "stdin")
    _keys_from_terminal("-: ")
    return str(path)


def _keys_from_terminal(prefix: str = "") -> None:
    """Make the controlling terminal the reader's input in place of standard input (a pipe,
    a file, ``/dev/null``), as ``less`` reads its keys.

    Raises:
        ArticleError: There is no terminal to read keys from.
    """
    from byline.core.errors import ArticleError

    try:
        terminal = _open_terminal()
    except OSError:
        raise ArticleError(f"{prefix}the reader needs a terminal to read keys from") from None
    os.dup2(terminal, 0)
    os.close(terminal)


def _check_terminal() -> None:
    """Raise a `BylineError` unless the reader has a terminal to draw on (Textual draws on
    standard error and takes the screen's size from standard output) and one to read keys
    from (standard input, else the controlling terminal). Without them it would draw escape
    codes into a pipe or a file, or wait for keys that never come."""
    for name, stream in (("standard output", sys.__stdout__), ("standard error", sys.__stderr__)):
        if stream is None or not stream.isatty():
            raise BylineError(
                f"the reader needs a terminal to draw on ({name} is not one); "
                "`byline import` prints an article as Markdown, and `byline sections`, "
                "`quotes` and `entities` print its parts"
            )
    if sys.__stdin__ is None or not sys.__stdin__.isatty():
        _keys_from_terminal()


def _run_reader(args: argparse.Namespace) -> int:
    # Threads that compute (a big article's parse) hand the interpreter lock to the event loop
    # after this long instead of the default 5 ms, so keys and repaints never wait behind them.
    sys.setswitchinterval(READER_SWITCH_INTERVAL)
    from byline.store.library.opening import choose_article, open_choice
    from byline.store.paths import config_dir
    from byline.store.sources import STDIN, is_url
    from byline.store.state import StateStore

    store = StateStore(config_dir(args.config_dir))
    reference = args.article
    if reference == STDIN:
        reference = _stdin_article()  # kept first, whatever happens next
    _check_terminal()  # before a page is fetched or an article read for nothing
    if reference and is_url(reference):
        from byline.store.paths import cache_dir
        from byline.store.sources import save_web_page

        print(f"byline: fetching {printable(reference)}", file=sys.stderr)
        page, warnings = save_web_page(reference, cache_dir() / "pages")
        for warning in warnings:
            print(f"byline: warning: {printable(warning)}", file=sys.stderr)
        reference = str(page)
    loaded = open_choice(choose_article(reference, store), preview=True)
    from byline.ui.app import BylineApp  # deferred: the other commands never load Textual

    app = BylineApp(loaded, store, show_library=args.library)
    app.run()
    return app.return_code or 0


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it at exit cannot fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # not a real file (a test's capture): nothing to flush
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``byline`` command."""
    from byline.cli.output import OutputError, UsageError

    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        if arguments == ["--version"]:
            exit_with_version()  # without building (or importing) any parser
        if (name := command_named(arguments)) is not None:
            return _run_command(name, arguments)
        if (command := _mistyped_command(arguments)) is not None:
            word = printable(first_word(arguments) or "")
            print(f"byline: unknown command '{word}'; did you mean '{command}'?", file=sys.stderr)
            return USAGE_ERROR
        from byline.cli.parser import reader_parser

        return _run_reader(reader_parser().parse_args(arguments))
    except OutputError as error:
        print(f"byline: {printable(str(error))}", file=sys.stderr)
        _quiet_stdout()
        return 1
    except UsageError as error:
        print(f"byline: {printable(str(error))}", file=sys.stderr)
        return USAGE_ERROR
    except BylineError as error:
        # Errors can quote what the user typed or a file name: never raw control characters.
        print(f"byline: {printable(str(error))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader of our output went away (e.g. `byline list | head`): not an error.
        _quiet_stdout()
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
