"""The ``byline`` command line's parsers: the reader's, and the commands' subparsers (with
examples in their ``--help``).

Running a command builds its own subparser alone (`command_parsers` with ``only``); the help,
the completion scripts and the manual page build them all. The commands themselves import
what they need only when they run.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from byline.cli.dispatch import COMMAND_HELP, exit_with_version, only_config_dir_first

__all__ = [
    "COMMAND_HELP",
    "EXAMPLES",
    "SHELLS",
    "command_parsers",
    "parser_running",
    "reader_parser",
]

EXAMPLES = {
    "list": "byline list\nbyline list --json | jq -r '.[].title'\nbyline list --ids",
    "sections": "byline sections story.md\nbyline sections --json turkish-weapons\n"
    "cat page.html | byline sections -",
    "import": "byline import page.html -o story.md\nbyline import https://example.org/news/x\n"
    "pbpaste | byline import - > story.md",
    "entities": "byline entities story.md\nbyline entities --type PERSON --json story.md",
    "quotes": "byline quotes story.md\nbyline quotes --all --speaker Lavrov\n"
    "byline quotes --all --search '\"cease-fire\" speaker:lavrov' --json",
    "state": "byline state\nbyline state --json",
    "export": "byline export -o state-backup.json",
    "add": "byline add story.txt notes/report.md\nbyline add --json https://example.org/news/x",
    "remove": "byline remove council-approves-new-bridge\nbyline remove --forget old-story",
    "config": 'byline config\nbyline config --init\n"$EDITOR" "$(byline config --path)"',
    "completion": "byline completion bash > ~/.local/share/bash-completion/completions/byline\n"
    "byline completion zsh > ~/.byline.zsh   # then in ~/.zshrc: source ~/.byline.zsh\n"
    "byline completion fish > ~/.config/fish/completions/byline.fish",
}

SHELLS = ("bash", "zsh", "fish")

JSON_HELP = "print JSON for machines"

EXIT_STATUS = (
    "exit status: 0 done (something found); 1 an error (one line on stderr), or a\n"
    "search or filter that found nothing; 2 a usage error"
)


class _VersionAction(argparse.Action):
    """``--version`` among other arguments (``byline --version`` alone never gets here)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, *_args: Any, **_kwargs: Any) -> None:
        exit_with_version()


def _add_config_dir(parser: argparse.ArgumentParser, default: Any = None) -> None:
    parser.add_argument(
        "--config-dir",
        metavar="DIR",
        default=default,
        help="where reading state is kept (default: $BYLINE_CONFIG_DIR, else the "
        "platform's config directory)",
    )


def reader_parser() -> argparse.ArgumentParser:
    """``byline [ARTICLE]``: the reader; its help lists the commands."""
    commands = "\n".join(f"  {name:<10} {text}" for name, text in COMMAND_HELP.items())
    parser = argparse.ArgumentParser(
        prog="byline",
        description="A terminal reader for news articles.",
        epilog=f"commands (byline COMMAND --help for more):\n{commands}\n\n{EXIT_STATUS}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "article",
        nargs="?",
        metavar="ARTICLE",
        help="a .md, .html or .txt file, an http(s) address, the id of a library article, "
        "or - for stdin (default: the last one read, else the bundled article)",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    parser.add_argument(
        "--library", action="store_true", help="open on the library screen (every article)"
    )
    _add_config_dir(parser)
    return parser


def _article_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "article",
        nargs="?",
        metavar="ARTICLE",
        help="a file, an article id (or a unique prefix of one), or - for stdin "
        "(default: the last one read)",
    )


class _CommandParser(argparse.ArgumentParser):
    """A command's subparser: an argument it does not know is a usage error that shows the
    command's own usage (``byline list --bogus``), not the top-level one."""

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        parsed, extras = super().parse_known_args(*args, **kwargs)
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras


def _entity_label(text: str) -> str:
    """``--type``'s value, in capitals; an unknown one is a usage error (with the usage)."""
    from byline.core.entities.types import LABELS

    if text.upper() not in LABELS:
        raise argparse.ArgumentTypeError(
            f"unknown entity type '{text}'; one of: {', '.join(LABELS)}"
        )
    return text.upper()


def _add_arguments(name: str, parser: argparse.ArgumentParser) -> None:
    if name in ("sections", "entities", "quotes"):
        _article_argument(parser)
    if name == "list":
        # Alternatives: the ids alone, or everything as JSON.
        choice = parser.add_mutually_exclusive_group()
        choice.add_argument("--ids", action="store_true", help="print only the ids, one a line")
        choice.add_argument("--json", action="store_true", help=JSON_HELP)
        return
    if name == "entities":
        parser.add_argument(
            "--type", metavar="LABEL", type=_entity_label, help="only this type, e.g. PERSON or GPE"
        )
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
    if name == "completion":
        parser.add_argument("shell", choices=SHELLS, metavar="SHELL", help="bash, zsh or fish")
        return
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
        parser.add_argument("--json", action="store_true", help=JSON_HELP)


def command_parsers(
    only: str | None = None,
) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The parser of ``byline COMMAND ...`` and each command's subparser, by name; with
    `only`, that command's subparser alone (enough to run it, but the top-level ``--help``
    would list that command alone)."""
    parser = argparse.ArgumentParser(prog="byline", description="A terminal reader for news.")
    _add_config_dir(parser)
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_CommandParser
    )
    subparsers: dict[str, argparse.ArgumentParser] = {}
    for name, text in COMMAND_HELP.items():
        if only is not None and name != only:
            continue
        subparser = commands.add_parser(
            name,
            help=text,
            description=text,
            epilog=f"examples:\n{_indented(EXAMPLES[name])}\n\n{EXIT_STATUS}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        _add_arguments(name, subparser)
        # SUPPRESS: the option given before the command is kept when not given after it.
        _add_config_dir(subparser, default=argparse.SUPPRESS)
        subparsers[name] = subparser
    return parser, subparsers


def parser_running(name: str, arguments: Sequence[str]) -> argparse.ArgumentParser:
    """The parser for `arguments`, which run the command `name`: with its subparser alone,
    unless an option before the command is the top-level parser's own (``byline -h list``:
    its help lists every command)."""
    return command_parsers(name if only_config_dir_first(arguments) else None)[0]


def _indented(text: str) -> str:
    return "\n".join(f"  {line}" for line in text.splitlines())
