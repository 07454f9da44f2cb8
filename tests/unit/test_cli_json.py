"""Every command's ``--json`` output has the shape docs/cli.md gives it, on a small library."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from byline.__main__ import main
from byline.core.reading import ArticleState, Bookmark, Position
from byline.store.state import StateStore
from tests.conftest import REPO_ROOT, BylineDirs

CLI_DOCS = (REPO_ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
SHAPES: dict[str, Any] = {
    name: json.loads(body)
    for name, body in re.findall(r"<!-- shape: (\w+) -->\n```json\n(.*?)\n```", CLI_DOCS, re.S)
}

STORY = """---
title: Harbour bridge opens
source: Coast Herald
---

The new harbour bridge opened on Monday in Portsmouth.

“It took ten years, but we got there,” said Mayor Alice Brennan.

## Traffic

Officials from the Port Authority expect lighter traffic in the old town.
“The queues will be gone by summer,” Brennan said.
"""

TYPES = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def check(value: Any, shape: Any, where: str = "$") -> None:
    """Assert that `value` has the documented `shape`: every field, no undocumented one."""
    if isinstance(shape, str):
        assert any(TYPES[kind](value) for kind in shape.split("|")), f"{where}: {value!r}"
    elif isinstance(shape, list):
        assert isinstance(value, list), f"{where}: expected a list"
        assert value or where != "$", "an empty result checks nothing"
        for number, item in enumerate(value):
            check(item, shape[0], f"{where}[{number}]")
    elif list(shape) == ["*"]:
        assert isinstance(value, dict) and value, f"{where}: expected a non-empty object"
        for key, item in value.items():
            check(item, shape["*"], f"{where}.{key}")
    else:
        assert isinstance(value, dict), f"{where}: expected an object"
        assert set(value) == set(shape), f"{where}: fields {sorted(value)} != {sorted(shape)}"
        for key, item in shape.items():
            check(value[key], item, f"{where}.{key}")


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code = main([*argv, "--json"] if argv[0] != "export" else list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_every_command_has_a_documented_shape() -> None:
    assert set(SHAPES) == {
        "list", "sections", "entities", "quotes", "add", "remove", "state", "export", "config",
    }  # fmt: skip


def test_every_json_output_matches_docs_cli_md(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, byline_dirs: BylineDirs
) -> None:
    story = tmp_path / "bridge.md"
    story.write_text(STORY, encoding="utf-8")
    spare = tmp_path / "spare.md"
    spare.write_text("---\ntitle: Spare\n---\n\nA short note.\n", encoding="utf-8")
    check(run_json(capsys, "add", str(story), str(spare)), SHAPES["add"])
    store = StateStore(byline_dirs.config)
    where = Position("lead", 4, 20.0)
    store.set_article(
        "harbour-bridge-opens",
        ArticleState(
            position=where,
            read_sections=frozenset({"lead"}),
            bookmarks=(Bookmark(where, "§1 The new harbour", "2024-05-01T08:00:00+00:00"),),
            last_opened="2024-05-01T08:00:00+00:00",
            path=str(story),
            title="Harbour bridge opens",
        ),
    )
    store.set_last_article("harbour-bridge-opens")
    assert store.save()

    check(run_json(capsys, "list"), SHAPES["list"])
    check(run_json(capsys, "sections", "harbour-bridge-opens"), SHAPES["sections"])
    check(run_json(capsys, "entities", "harbour-bridge-opens"), SHAPES["entities"])
    quotes = run_json(capsys, "quotes", "harbour-bridge-opens")
    check(quotes, SHAPES["quotes"])
    check(run_json(capsys, "quotes", "--all", "--search", "queues"), SHAPES["quotes"])
    check(run_json(capsys, "state"), SHAPES["state"])
    check(run_json(capsys, "export"), SHAPES["export"])
    check(run_json(capsys, "config"), SHAPES["config"])
    check(run_json(capsys, "remove", "spare"), SHAPES["remove"])
    # The numbering: `section_number` is the text output's §N.
    assert [(q["section"], q["section_number"]) for q in quotes] == [(0, 1), (1, 2)]
