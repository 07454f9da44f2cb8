"""The user guide documents every key binding, and docs/cli.md every command and option."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest
from textual.binding import Binding

from byline.cli.parser import COMMAND_HELP, command_parsers, reader_parser
from byline.ui.settings import binding_owners

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDE = (DOCS / "user-guide.md").read_text("utf-8")
CLI = (DOCS / "cli.md").read_text("utf-8")

SPELLED = {
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "slash": "/",
    "question_mark": "?",
    "apostrophe": "'",
    "quotation_mark": '"',
    "full_stop": ".",
    "comma": ",",
    "escape": "Esc",
    "enter": "Enter",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
    "down": "↓",
    "up": "↑",
    "delete": "Delete",
    "f1": "F1",
    "plus": "+",
    "minus": "-",
    "equals_sign": "=",
}
OWNERS = binding_owners()


def _keys() -> list[tuple[str, str]]:
    found = []
    for owner in OWNERS:
        for binding in owner.BINDINGS:
            assert isinstance(binding, Binding)
            for key in binding.key.split(","):
                found.append((owner.__name__, key.strip()))
    return found


@pytest.mark.parametrize(("owner", "key"), _keys())
def test_every_key_is_in_the_user_guide(owner: str, key: str) -> None:
    spelled = SPELLED.get(key, key)
    if spelled.isdigit():
        spelled = "1` … `9"
    assert f"`{spelled}`" in GUIDE or f" {spelled} " in GUIDE or f"{spelled}," in GUIDE, (
        f"{owner} binds {key!r} ({spelled}) but docs/user-guide.md does not mention it"
    )


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return [
        option
        for action in parser._actions  # argparse offers no public listing
        for option in action.option_strings
        if option not in ("-h", "--help")
    ]


def test_every_command_and_option_is_in_the_cli_docs() -> None:
    for option in _options(reader_parser()):
        assert option in CLI, f"byline {option} is not documented"
    for name in COMMAND_HELP:
        assert re.search(rf"`byline {name}\b", CLI), f"byline {name} is not documented"
        for option in _options(command_parsers()[1][name]):
            if option == "--config-dir":  # shared by all: documented once
                assert "All commands accept `--config-dir DIR`" in CLI
                continue
            assert re.search(rf"byline {name}[^\n]*{re.escape(option)}", CLI), (
                f"byline {name} {option} is not documented"
            )


def test_the_user_guide_leads_to_the_cli_docs() -> None:
    assert "(cli.md)" in GUIDE
