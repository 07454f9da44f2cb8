"""The ``byline`` command: the reader, and commands for scripts and pipes.

Only the reader imports Textual, and only once it is about to run, so that the other commands
start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from byline.core.errors import BylineError
from byline.core.text import printable

COMMAND_HELP = {
    "list": "list the articles Byline knows, with reading progress",
    "sections": "list an article's sections",
    "import": "turn a web page or scraped plain text into Byline's Markdown format",
    "entities": "list an article's named entities (people, organisations, places ...)",
    "quotes": "list quotations with their speakers, of one article or all of them",
    "state": "show where reading state is stored and what it holds",
    "export": "print all reading state as JSON, for a backup",
    "add": "add articles (.md, .html, .txt files or web addresses) to your library",
    "remove": "remove one of your articles from the library, by id",
    "config": "show where the settings file (config.toml) is, or write a commented default",
}

READER_SWITCH_INTERVAL = 0.001
"""Seconds a thread may hold the interpreter lock while another waits for it, in the reader."""


class _VersionAction(argparse.Action):
    """``--version``, looking the version up only when asked (it is slow to import)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        import byline

        print(f"byline {byline.__version__}")
        parser.exit()


def _reader_parser() -> argparse.ArgumentParser:
    commands = "\n".join(f"  {name:<10} {text}" for name, text in COMMAND_HELP.items())
    parser = argparse.ArgumentParser(
        prog="byline",
        description="A terminal reader for news articles.",
        epilog=f"commands (byline COMMAND --help for more):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "article",
        nargs="?",
        metavar="ARTICLE",
        help="a .md, .html or .txt file, an http(s) address, or the id of a library "
        "article (default: the last one read, else the bundled article)",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    parser.add_argument(
        "--library", action="store_true", help="open on the library screen (every article)"
    )
    _add_config_dir(parser)
    return parser


def _add_config_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config-dir",
        metavar="DIR",
        help="where reading state is kept (default: $BYLINE_CONFIG_DIR, else the "
        "platform's config directory)",
    )


def _command_parser(name: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"byline {name}", description=COMMAND_HELP[name])
    if name in ("sections", "entities", "quotes"):
        parser.add_argument("article", nargs="?", metavar="ARTICLE", help="file or article id")
    if name == "entities":
        parser.add_argument("--type", metavar="LABEL", help="only this type, e.g. PERSON or GPE")
    if name == "quotes":
        parser.add_argument("--all", action="store_true", help="every article in the library")
        parser.add_argument(
            "--search",
            metavar="TEXT",
            help='words or "a phrase" to find (case and accents ignored; speaker:NAME narrows)',
        )
        parser.add_argument("--speaker", metavar="NAME", help="only quotes by this speaker")
    if name == "add":
        parser.add_argument(
            "files",
            nargs="+",
            metavar="FILE",
            help="a Markdown article, a web page or plain text (imported as by `byline "
            "import`), or an http(s) address to fetch",
        )
    if name == "remove":
        parser.add_argument("id", metavar="ID", help="the article's id, exactly")
        parser.add_argument(
            "--forget",
            action="store_true",
            help="also drop its reading state (position, bookmarks ...)",
        )
    if name == "config":
        parser.add_argument(
            "--init", action="store_true", help="write the commented default settings file"
        )
        parser.add_argument("--force", action="store_true", help="with --init: overwrite it")
        parser.add_argument("--path", action="store_true", help="print only the file's path")
    if name == "import":
        parser.add_argument(
            "file",
            metavar="FILE",
            help="a web page (.html) or plain-text article, an http(s) address, or '-' for stdin",
        )
        parser.add_argument("-o", "--output", metavar="OUT.md", help="write here, not stdout")
    elif name == "export":
        parser.add_argument("-o", "--output", metavar="FILE.json", help="write here, not stdout")
    else:
        parser.add_argument("--json", action="store_true", help="print JSON for machines")
    _add_config_dir(parser)
    return parser


def _run_reader(args: argparse.Namespace) -> int:
    # Threads that compute (a big article's parse) hand the interpreter lock to the event loop
    # after this long instead of the default 5 ms, so keys and repaints never wait behind them.
    sys.setswitchinterval(READER_SWITCH_INTERVAL)
    from byline.store.library.opening import choose_article, open_choice
    from byline.store.paths import config_dir
    from byline.store.sources import is_url
    from byline.store.state import StateStore

    store = StateStore(config_dir(args.config_dir))
    reference = args.article
    if reference and is_url(reference):
        from byline.store.paths import cache_dir
        from byline.store.sources import save_web_page

        print(f"byline: fetching {printable(reference)}", file=sys.stderr)
        reference = str(save_web_page(reference, cache_dir() / "pages"))
    loaded = open_choice(choose_article(reference, store), preview=True)
    from byline.ui.app import BylineApp  # deferred: the other commands never load Textual

    app = BylineApp(loaded, store, show_library=args.library)
    app.run()
    return app.return_code or 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``byline`` command."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        if arguments and arguments[0] in COMMAND_HELP:
            from byline import cli

            name = arguments[0]
            args = _command_parser(name).parse_args(arguments[1:])
            handler: Callable[[argparse.Namespace], int] = getattr(cli, f"command_{name}")
            return handler(args)
        return _run_reader(_reader_parser().parse_args(arguments))
    except BylineError as error:
        # Errors can quote what the user typed or a file name: never raw control characters.
        print(f"byline: {printable(str(error))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader of our output went away (e.g. `byline list | head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
