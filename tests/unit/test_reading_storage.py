"""Reading positions, article state (de)serialisation and the state file on disk."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from functools import partial
from pathlib import Path
from types import SimpleNamespace

import pytest

from byline.core.article.markdown import parse_article
from byline.core.article.model import Article
from byline.core.reading import ArticleState, Bookmark, Position, Preferences
from byline.store import database
from byline.store import state as storage
from byline.store.files import write_atomically
from byline.store.state import SCHEMA_VERSION, StateStore

SOURCE = """# Harbour news

Lead paragraph one.

## Alpha

Alpha body text.

## Beta

Beta body text.
"""


@pytest.fixture
def article() -> Article:
    return parse_article(SOURCE)


def state_file(directory: Path) -> dict[str, object]:
    """Everything the state database in `directory` holds, read by a fresh store."""
    store = StateStore(directory)
    assert store.warnings == []
    data = store.state.to_json()
    store.close()
    return data


def article_positions(directory: Path) -> dict[str, object]:
    articles = state_file(directory)["articles"]
    assert isinstance(articles, dict)
    return {key: value["position"] for key, value in articles.items()}


def sample_state() -> ArticleState:
    return ArticleState(
        position=Position("alpha", 7, 41.5),
        read_sections=frozenset({"lead", "alpha"}),
        bookmarks=(
            Bookmark(Position("lead", 0, 0.0), "Lead: Lead paragraph", "2024-05-01T10:00:00+00:00"),
            Bookmark(Position("beta", 4, 80.0), "Beta: Beta body", "2024-05-02T11:00:00+00:00"),
        ),
        last_opened="2024-05-02T11:00:00+00:00",
        path="/somewhere/harbour.md",
        title="Harbour news",
    )


# -- positions ---------------------------------------------------------------------------


def test_article_fixture_shape(article: Article) -> None:
    assert article.text == (
        "Lead paragraph one.\n\nAlpha\n\nAlpha body text.\n\nBeta\n\nBeta body text."
    )
    assert [(s.id, s.start, s.end) for s in article.sections] == [
        ("lead", 0, 19),
        ("alpha", 21, 44),
        ("beta", 46, 67),
    ]


def test_position_at(article: Article) -> None:
    assert Position.at(article, 0) == Position("lead", 0, 0.0)
    assert Position.at(article, 30) == Position("alpha", 9, 44.78)
    assert Position.at(article, 67) == Position("beta", 21, 100.0)


def test_position_at_clamps_to_the_article(article: Article) -> None:
    assert Position.at(article, -10) == Position("lead", 0, 0.0)
    assert Position.at(article, 10_000) == Position("beta", 21, 100.0)


def test_bookmark_at_is_labelled_with_its_section_and_the_words_there(article: Article) -> None:
    bookmark = Bookmark.at(article, 28, "2024-05-01T10:00:00+00:00")
    assert bookmark.position == Position.at(article, 28)
    assert bookmark.label == "§2 Alpha — Alpha body text. Beta Beta body text.…"
    assert bookmark.created == "2024-05-01T10:00:00+00:00"


def test_position_round_trip_for_every_offset_in_a_block(article: Article) -> None:
    for block in article.blocks:
        for offset in range(block.start, block.end):
            assert Position.at(article, offset).resolve(article) == offset


def test_position_resolves_in_the_same_section_after_an_edit(article: Article) -> None:
    position = Position.at(article, article.sections[2].start + 6)  # "Beta\n\nB|eta body"
    edited = parse_article(SOURCE.replace("Lead paragraph one.", "A much longer lead, now."))
    resolved = position.resolve(edited)
    assert edited.section_at(resolved).id == "beta"
    assert resolved == edited.sections[2].start + 6
    assert edited.text[resolved:].startswith("Beta body text.")


def test_position_offset_past_a_shortened_section_is_clamped(article: Article) -> None:
    position = Position("alpha", 500, 50.0)
    assert position.resolve(article) == article.sections[1].end - 1


def test_position_falls_back_to_percent_when_section_is_gone(article: Article) -> None:
    position = Position("gone-section", 3, 50.0)
    assert position.resolve(article) == int(67 * 0.5) == 33
    assert Position("gone-section", 0, 100.0).resolve(article) == 67
    assert Position("gone-section", 0, 0.0).resolve(article) == 0


def test_position_of_an_empty_article() -> None:
    empty = parse_article("", fallback_title="empty")
    position = Position.at(empty, 5)
    assert position == Position("lead", 0, 0.0)
    assert position.resolve(empty) == 0


def test_position_json_round_trip() -> None:
    position = Position("alpha", 7, 41.5)
    assert Position.from_json(json.loads(json.dumps(position.to_json()))) == position


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (None, None),
        ([1, 2], None),
        ({"offset": 3}, None),
        ({"section_id": 5, "offset": 3}, None),
        ({"section_id": "a"}, Position("a", 0, 0.0)),
        ({"section_id": "a", "offset": -4, "percent": 250}, Position("a", 0, 100.0)),
        ({"section_id": "a", "offset": True, "percent": "50"}, Position("a", 0, 0.0)),
        ({"section_id": "a", "offset": 2.5, "percent": -3}, Position("a", 0, 0.0)),
        ({"section_id": "a", "offset": 9, "percent": 12, "x": 1}, Position("a", 9, 12.0)),
    ],
)
def test_position_from_json_tolerance(data: object, expected: Position | None) -> None:
    assert Position.from_json(data) == expected


# -- article state -----------------------------------------------------------------------


def test_article_state_json_round_trip() -> None:
    state = sample_state()
    data = json.loads(json.dumps(state.to_json()))
    assert data["read_sections"] == ["alpha", "lead"]
    assert ArticleState.from_json(data) == state


def test_default_article_state_round_trip() -> None:
    assert ArticleState.from_json(json.loads(json.dumps(ArticleState().to_json()))) == (
        ArticleState()
    )
    assert ArticleState().percent == 0.0


def test_article_state_ignores_unknown_keys() -> None:
    data = sample_state().to_json()
    data["future_feature"] = {"anything": [1, 2]}
    assert ArticleState.from_json(data) == sample_state()


def test_article_state_drops_ill_typed_values() -> None:
    state = ArticleState.from_json(
        {
            "position": "alpha",
            "read_sections": ["lead", 3, None, "beta"],
            "bookmarks": [7, {"offset": 2}, {"section_id": "a", "label": 9, "created": []}],
            "last_opened": 12,
            "path": ["x"],
            "title": {"t": 1},
        }
    )
    assert state == ArticleState(
        position=None,
        read_sections=frozenset({"lead", "beta"}),
        bookmarks=(Bookmark(Position("a", 0, 0.0), "", ""),),
    )


@pytest.mark.parametrize("data", [None, [], "text", 3, {"read_sections": "lead"}])
def test_article_state_from_nonsense_is_default(data: object) -> None:
    assert ArticleState.from_json(data) == ArticleState()


def test_article_state_transitions() -> None:
    state = ArticleState()
    position = Position("alpha", 3, 25.0)
    moved = state.moved_to(position)
    assert moved.percent == 25.0
    assert state.position is None  # frozen: transitions return new values
    read = moved.with_read(frozenset({"lead"})).with_read(frozenset({"alpha"}))
    assert read.read_sections == frozenset({"lead", "alpha"})
    mark = Bookmark(position, "Alpha", "2024-01-01T00:00:00+00:00")
    again = Bookmark(position, "Alpha again", "2024-01-02T00:00:00+00:00")
    marked = read.with_bookmark(mark).with_bookmark(again)
    assert marked.bookmarks == (again,)
    assert marked.without_bookmark(again).bookmarks == ()
    opened = marked.opened("/a/b.md", "Title")
    assert (opened.path, opened.title) == ("/a/b.md", "Title")
    assert opened.last_opened is not None and opened.last_opened.endswith("+00:00")


def test_preferences_keep_unknown_keys() -> None:
    prefs = Preferences.from_json({"theme": "nord", "sidebar": False, "quotes": "on"})
    assert (prefs.theme, prefs.sidebar) == ("nord", False)
    data = prefs.to_json()
    assert (data["quotes"], data["theme"], data["sidebar"]) == ("on", "nord", False)
    assert Preferences.from_json(json.loads(json.dumps(data))) == prefs
    assert Preferences.from_json({"theme": 3, "sidebar": "no"}) == Preferences()


# -- the state store ---------------------------------------------------------------------


def test_loading_never_creates_the_directory(tmp_path: Path) -> None:
    directory = tmp_path / "config"
    store = StateStore(directory)
    assert store.warnings == []
    assert store.state.articles == {}
    assert store.save() is True  # nothing to save
    assert not directory.exists()


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    directory = tmp_path / "config"
    store = StateStore(directory)
    store.set_article("harbour", sample_state())
    store.set_last_article("harbour")
    store.set_preferences(theme="nord", sidebar=False)
    assert store.dirty
    assert store.save() is True
    assert not store.dirty
    assert state_file(directory)["version"] == SCHEMA_VERSION

    again = StateStore(directory)
    assert again.warnings == []
    assert again.article("harbour") == sample_state()
    assert again.state.last_article == "harbour"
    assert (again.preferences.theme, again.preferences.sidebar) == ("nord", False)
    assert again.article("never-opened") == ArticleState()


def test_changes_reach_the_file_only_on_save(tmp_path: Path) -> None:
    directory = tmp_path / "config"
    store = StateStore(directory)
    store.set_article("harbour", sample_state())
    store.set_last_article("harbour")
    store.set_preferences(theme="nord")
    store.forget("bridge")
    assert not directory.exists()
    assert StateStore(directory).article("harbour") == ArticleState()
    assert store.save() is True
    assert StateStore(directory).article("harbour") == sample_state()


def test_forget_removes_the_article_on_save(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    store.set_article("a", sample_state())
    store.set_article("b", sample_state())
    store.save()
    store.forget("a")
    store.save()
    assert set(article_positions(tmp_path)) == {"b"}


def test_saves_write_one_database(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    for n in range(3):
        store.set_article(f"a{n}", sample_state())
        assert store.save() is True
    names = sorted(os.listdir(tmp_path))
    assert [n for n in names if not n.endswith(("-wal", "-shm"))] == ["state.db"]


def test_failed_replace_keeps_the_old_file_and_removes_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "state.json"
    target.write_text("old\n", encoding="utf-8")

    def fail(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_atomically(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert os.listdir(tmp_path) == ["state.json"]


def test_write_atomically_replaces_content(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")
    write_atomically(target, "new ✓\n")
    assert target.read_text(encoding="utf-8") == "new ✓\n"
    assert os.listdir(tmp_path) == ["out.md"]


def corrupt_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("state.json.corrupt-*"))


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"{not json", "is not valid JSON"),
        (b"\xff\xfe\x00garbage", "is not valid JSON"),
        (b"[1, 2, 3]", "does not hold a state object"),
        (b'"just a string"', "does not hold a state object"),
        (b'{"articles": {}}', "has no schema version"),
        (b'{"version": "1", "articles": {}}', "has no schema version"),
        (b'{"version": true}', "has no schema version"),
        (b'{"version": 0}', "has an unknown schema version 0"),
    ],
)
def test_unusable_state_file_is_moved_aside_with_a_warning(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(content)
    store = StateStore(tmp_path)
    moved = corrupt_files(tmp_path)
    assert len(moved) == 1
    assert moved[0].read_bytes() == content
    assert not path.exists()
    assert store.warnings == [
        f"state file {path} {problem}; moved to {moved[0].name}; starting afresh"
    ]
    assert store.state.articles == {}
    assert store.preferences == Preferences()
    assert store.read_only is False
    # The store still works: the next save writes a fresh, valid file.
    store.set_article("a", sample_state())
    assert store.save() is True
    assert state_file(tmp_path)["version"] == SCHEMA_VERSION


class _FrozenClock:
    """Stands in for `datetime.datetime` in storage: always the same second."""

    @staticmethod
    def now() -> dt.datetime:
        return dt.datetime(2024, 5, 1, 12, 0, 0)


def test_a_second_corrupt_file_does_not_overwrite_the_first_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "dt", SimpleNamespace(datetime=_FrozenClock))
    path = tmp_path / "state.json"
    path.write_bytes(b"{first corrupt file")
    StateStore(tmp_path)
    path.write_bytes(b"{second corrupt file")
    StateStore(tmp_path)
    backups = sorted(p.read_bytes() for p in corrupt_files(tmp_path))
    assert backups == [b"{first corrupt file", b"{second corrupt file"]


def test_ill_typed_parts_of_a_valid_file_are_dropped(tmp_path: Path) -> None:
    (tmp_path / "state.json").write_text(
        json.dumps(
            {
                "version": 1,
                "preferences": [1],
                "last_article": 5,
                "articles": {"a": "nonsense", "b": sample_state().to_json()},
                "unknown": True,
            }
        ),
        encoding="utf-8",
    )
    store = StateStore(tmp_path)
    assert store.warnings == []
    assert store.preferences == Preferences()
    assert store.state.last_article is None
    assert store.article("a") == ArticleState()
    assert store.article("b") == sample_state()


def set_schema_version(directory: Path, version: int) -> bytes:
    """Stamp the state database with another schema version; its bytes after."""
    connection = sqlite3.connect(directory / "state.db")
    connection.execute(f"PRAGMA user_version = {version}")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return (directory / "state.db").read_bytes()


def test_state_from_a_newer_version_is_read_only_and_never_overwritten(tmp_path: Path) -> None:
    seed = StateStore(tmp_path)
    seed.set_article("a", ArticleState(Position("x", 1, 5.0)))
    assert seed.save()
    seed.close()
    raw = set_schema_version(tmp_path, SCHEMA_VERSION + 1)
    store = StateStore(tmp_path)
    assert store.read_only is True
    assert store.warnings == [
        f"{tmp_path / 'state.db'} was written by a newer Byline (schema {SCHEMA_VERSION + 1}); "
        "reading positions will not be saved"
    ]
    assert store.article("a").position == Position("x", 1, 5.0)
    store.set_article("b", sample_state())
    assert store.save() is False
    store.close()
    assert (tmp_path / "state.db").read_bytes() == raw
    assert list(tmp_path.glob("state.db.corrupt-*")) == []


def test_newer_version_written_after_loading_is_not_overwritten(tmp_path: Path) -> None:
    seed = StateStore(tmp_path)
    seed.set_article("a", sample_state())
    assert seed.save()
    store = StateStore(tmp_path)
    set_schema_version(tmp_path, SCHEMA_VERSION + 1)
    store.set_article("b", sample_state())
    assert store.save() is False
    assert store.read_only is True
    assert StateStore(tmp_path).article("b") == ArticleState()


def read_only_database(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open state databases read-only, as on a read-only file system (root writes anyway)."""
    monkeypatch.setattr(storage, "connect", partial(database.connect, read_only=True))


def test_unwritable_directory_save_returns_false_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "config"
    store = StateStore(directory)
    store.set_article("a", sample_state())
    assert store.save() is True
    store.close()

    with monkeypatch.context() as patched:
        read_only_database(patched)
        store = StateStore(directory)
        store.set_article("b", sample_state())
        assert store.save() is False
        store.set_article("c", sample_state())
        assert store.save() is False
        assert store.warnings == [
            f"cannot save reading state to {directory / 'state.db'}: "
            "attempt to write a readonly database"
        ]
        assert store.dirty
        assert store.article("b") == sample_state()  # kept in memory

    # Once the database can be written again, everything pending is saved.
    store.close()
    assert store.save() is True
    assert set(article_positions(directory)) == {"a", "b", "c"}


def test_config_dir_that_is_a_file(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "config-file"
    not_a_dir.write_text("I am a file\n", encoding="utf-8")
    store = StateStore(not_a_dir)
    assert store.warnings == []
    assert store.state.articles == {}
    store.set_article("a", sample_state())
    assert store.save() is False
    assert len(store.warnings) == 1
    assert store.warnings[0].startswith(f"cannot save reading state to {not_a_dir}")
    assert not_a_dir.read_text(encoding="utf-8") == "I am a file\n"


def test_two_stores_changing_different_articles_merge(tmp_path: Path) -> None:
    first = StateStore(tmp_path)
    second = StateStore(tmp_path)
    first.set_article("one", ArticleState(position=Position("lead", 1, 10.0)))
    second.set_article("two", ArticleState(position=Position("alpha", 2, 20.0)))
    assert first.save() is True
    assert second.save() is True
    assert article_positions(tmp_path) == {
        "one": {"section_id": "lead", "offset": 1, "percent": 10.0},
        "two": {"section_id": "alpha", "offset": 2, "percent": 20.0},
    }
    # The second store now also knows what the first saved.
    assert second.article("one").position == Position("lead", 1, 10.0)


def test_two_stores_changing_the_same_article_last_writer_wins(tmp_path: Path) -> None:
    first = StateStore(tmp_path)
    second = StateStore(tmp_path)
    first.set_article("shared", ArticleState(position=Position("lead", 1, 10.0)))
    first.set_article("only-first", ArticleState(position=Position("lead", 5, 50.0)))
    first.set_preferences(theme="nord")
    assert first.save() is True
    second.set_article("shared", ArticleState(position=Position("beta", 9, 90.0)))
    assert second.save() is True
    assert article_positions(tmp_path) == {
        "shared": {"section_id": "beta", "offset": 9, "percent": 90.0},
        "only-first": {"section_id": "lead", "offset": 5, "percent": 50.0},
    }
    # Preferences the second store never touched survive too.
    assert StateStore(tmp_path).preferences.theme == "nord"


def test_forget_in_one_store_does_not_drop_another_stores_articles(tmp_path: Path) -> None:
    seed = StateStore(tmp_path)
    seed.set_article("old", sample_state())
    seed.save()
    first = StateStore(tmp_path)
    second = StateStore(tmp_path)
    second.set_article("new", sample_state())
    second.save()
    first.forget("old")
    first.save()
    assert set(article_positions(tmp_path)) == {"new"}
