"""`byline state` shows progress as the rest of Byline does; its JSON keeps the numbers; an
export restores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from byline.__main__ import main
from byline.core.reading import ArticleState, Bookmark, Position, progress_label
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


def test_an_export_restores_every_position_and_bookmark(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store = StateStore(tmp_path / "config")
    mark = Bookmark(Position("alpha", 7, 41.5), "§2 Alpha — words", "2024-05-01T10:00:00+00:00")
    kept = ArticleState(Position("alpha", 9, 42.0), frozenset({"lead"}), (mark,), "2024-05-02")
    store.set_article("a", kept)
    store.set_last_article("a")
    store.set_preferences(theme="nord", sidebar=False)
    assert store.save()
    backup = tmp_path / "backup.json"
    assert main(["export", "-o", str(backup)]) == 0
    capsys.readouterr()
    # Restore as the user guide says: the file as state.json in a config dir without state.db.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    backup.rename(elsewhere / "state.json")
    restored = StateStore(elsewhere)
    assert restored.warnings == []
    assert restored.article("a") == kept
    assert restored.last_article == "a"
    assert (restored.preferences.theme, restored.preferences.sidebar) == ("nord", False)
    assert (elsewhere / "state.db").is_file()
