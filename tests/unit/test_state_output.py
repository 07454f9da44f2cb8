"""`byline state` shows progress as the rest of Byline does; its JSON keeps the numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from byline.__main__ import main
from byline.core.reading import ArticleState, Position, progress_label
from byline.store.state import StateStore


def test_state_text_shows_progress_as_the_reader_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store = StateStore(tmp_path / "config")
    store.set_article("a", ArticleState(position=Position("lead", 3, 99.96)))
    assert store.save()
    assert main(["state"]) == 0
    out = capsys.readouterr().out
    assert f"  a: {progress_label(99.96)}, section lead," in out
    assert "  a: 99%, section lead," in out  # not "100.0%": the end is not reached
    assert main(["state", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"]["a"]["position"]["percent"] == 99.96
