"""The manual page (docs/byline.1) is written from the parsers and covers every command."""

from __future__ import annotations

import re
from pathlib import Path

from byline.cli.manpage import render
from byline.cli.parser import command_parsers

PAGE = Path(__file__).resolve().parents[2] / "docs" / "byline.1"


def test_the_manual_page_names_every_command_and_option() -> None:
    page = PAGE.read_text(encoding="utf-8").replace("\\-", "-")
    _, commands = command_parsers()
    for name, parser in commands.items():
        assert f".SS {name}\n" in page, f"{name} is not in docs/byline.1"
        for option in set(re.findall(r"--[a-z][a-z-]*", parser.format_help())):
            assert option in page, f"{name} {option} is not in docs/byline.1"


def test_the_manual_page_is_roff_with_the_sections_a_man_page_has() -> None:
    page = render("0.0")
    assert page.startswith('.TH BYLINE 1 "" "byline 0.0"')
    for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS"):
        assert f".SH {section}\n" in page
    assert not any(line.startswith((".", "'")) and line[1:2] == "-" for line in page.splitlines())
