"""What a command line runs, decided before any parser is built: the commands and the module of
each, the command a mistyped word stands for, and ``--version``.

Nothing here imports argparse: ``byline --version`` is answered from here alone, and a command
builds only its own parser (`byline.cli.parser`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NoReturn

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
    "completion": "print a shell completion script (bash, zsh or fish)",
}

HANDLERS = {
    "list": "commands",
    "sections": "commands",
    "import": "commands",
    "state": "commands",
    "export": "commands",
    "config": "commands",
    "entities": "analysis",
    "quotes": "analysis",
    "add": "library",
    "remove": "library",
    "completion": "completion",
}
"""The module of `byline.cli` that holds each command's ``command_NAME`` function."""

CONFIG_DIR = "--config-dir"
"""The one option that may come before a command (``byline --config-dir DIR list``)."""


def _first_word_at(arguments: Sequence[str]) -> int | None:
    skip = False
    for index, argument in enumerate(arguments):
        if skip:
            skip = False
        elif argument == CONFIG_DIR:
            skip = True
        elif argument == "--":
            return None
        elif argument == "-" or not argument.startswith("-"):
            return index
    return None


def first_word(arguments: Sequence[str]) -> str | None:
    """The first argument that is not an option (a command, or the article to read)."""
    index = _first_word_at(arguments)
    return None if index is None else arguments[index]


def command_named(arguments: Sequence[str]) -> str | None:
    """The command `arguments` run, or None when their first word is not a command: then it
    is an article, for the reader."""
    word = first_word(arguments)
    return word if word in COMMAND_HELP else None


def only_config_dir_first(arguments: Sequence[str]) -> bool:
    """True when nothing but ``--config-dir DIR`` comes before the first word: no option
    (``-h``) that the top-level parser answers itself, with every command in its help."""
    index = _first_word_at(arguments)
    before = arguments if index is None else arguments[:index]
    values = {i + 1 for i, argument in enumerate(before) if argument == CONFIG_DIR}
    return all(
        i in values or argument == CONFIG_DIR or argument.startswith(f"{CONFIG_DIR}=")
        for i, argument in enumerate(before)
    )


def close_command(word: str) -> str | None:
    """The command `word` is probably a typo of (``lst`` -> ``list``), if any."""
    import difflib

    if "/" in word or "." in word or word.startswith("-"):
        return None  # a path or an address: never a mistyped command
    matches = difflib.get_close_matches(word.lower(), COMMAND_HELP, n=1, cutoff=0.75)
    return matches[0] if matches else None


def exit_with_version() -> NoReturn:
    """``byline --version``: print the version through the output layer (a full disk is one
    line, not a traceback) and exit with 0, as argparse's ``--help`` does."""
    import byline
    from byline.cli import output

    output.line(f"byline {byline.__version__}")
    output.flush()
    raise SystemExit(0)
