"""The manual page, ``byline(1)``, written from the same parsers the command line uses, so that
it never disagrees with ``--help``. ``scripts/build_manpage.py`` writes it to ``docs/byline.1``
(installed with the package as ``share/man/man1/byline.1``); a test checks it is up to date.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager

from byline.cli.dispatch import COMMAND_HELP
from byline.cli.parser import command_parsers, reader_parser

FILES = (
    ("$XDG_CONFIG_HOME/byline/state.db", "reading state (BYLINE_CONFIG_DIR, --config-dir)"),
    ("$XDG_CONFIG_HOME/byline/config.toml", "settings: theme, highlights, width, keys"),
    ("$XDG_DATA_HOME/byline/articles/", "the articles you added (BYLINE_DATA_DIR)"),
    ("$XDG_CACHE_HOME/byline/library.db", "the library and analyses; safe to delete"),
)
"""Where Byline keeps things (the platform's directories; Linux shown)."""


def _text(text: str) -> str:
    """`text` escaped for roff: backslashes, and a leading dot or quote on a line."""
    lines = text.replace("\\", "\\e").replace("-", "\\-").split("\n")
    return "\n".join("\\&" + line if line[:1] in (".", "'") else line for line in lines)


@contextmanager
def _columns(width: int) -> Iterator[None]:
    """argparse wraps help to $COLUMNS: a fixed width, so the page is the same everywhere."""
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        yield
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved


def _help(parser: argparse.ArgumentParser) -> list[str]:
    """The parser's own ``--help`` text, as a preformatted block."""
    return [".nf", ".RS", _text(parser.format_help().rstrip()), ".RE", ".fi"]


def render(version: str) -> str:
    """The whole page, as roff."""
    with _columns(80):
        return _render(version)


def _render(version: str) -> str:
    reader = reader_parser()
    _, commands = command_parsers()
    lines = [
        f'.TH BYLINE 1 "" "byline {version}" "User Commands"',
        ".SH NAME",
        "byline \\- a terminal reader for news articles",
        ".SH SYNOPSIS",
        "\\fBbyline\\fR [\\fIARTICLE\\fR] [\\fB\\-\\-library\\fR] "
        "[\\fB\\-\\-config\\-dir\\fR \\fIDIR\\fR]",
        ".br",
        "\\fBbyline\\fR \\fICOMMAND\\fR [\\fIoptions\\fR]",
        ".SH DESCRIPTION",
        _text(
            "Byline opens an article (a Markdown, web page or plain-text file, an http(s) "
            "address, a library id, or - for stdin) in a terminal reader: sections, search, "
            "quotations with their speakers, named entities, and the place you left off. "
            "Keys are listed by F1 in the reader and in the user guide."
        ),
        ".SH OPTIONS",
        *_help(reader),
        ".SH COMMANDS",
    ]
    for name, parser in commands.items():
        lines += [".SS " + name, _text(COMMAND_HELP[name] + "."), *_help(parser)]
    lines += [
        ".SH EXIT STATUS",
        _text(
            "0: done (something found). 1: an error (one line on stderr), or a search or "
            "filter that found nothing. 2: a usage error."
        ),
        ".SH FILES",
    ]
    for path, what in FILES:
        lines += [".TP", f"\\fI{_text(path)}\\fR", _text(what)]
    lines += [
        ".SH SEE ALSO",
        _text("docs/user-guide.md and docs/cli.md in Byline's source distribution."),
    ]
    return "\n".join(lines) + "\n"
