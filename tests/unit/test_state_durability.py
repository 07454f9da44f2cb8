"""Reading state survives kills, concurrent instances, damage and read-only directories."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from byline.__main__ import main
from byline.core.article.markdown import parse_article
from byline.core.article.model import Article
from byline.core.reading import ArticleState, Bookmark, Position
from byline.store import database
from byline.store import state as storage
from byline.store.state import StateStore
from tests.ui.conftest import notices

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from byline.core.reading import ArticleState, Position
    from byline.store.state import StateStore

    directory, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    store = StateStore(directory)
    for i in range(count):
        for article in (f"own-{name}", "shared"):
            store.set_article(article, ArticleState(Position(name, i, 0.0)))
        store.set_last_article(f"own-{name}")
        assert store.save(), store.warnings
        print(i, flush=True)  # committed
    """
)


def start_writer(config: Path, name: str, count: int) -> subprocess.Popen[bytes]:
    """A process saving positions `count` times; it prints each counter once committed."""
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(config), name, str(count)], stdout=subprocess.PIPE
    )


def wait_for_first_save(process: subprocess.Popen[bytes]) -> None:
    """Block until the writer has saved once (or fail with its exit status if it died)."""
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line == b"0\n", f"writer exited early with {process.wait()}"


def offsets(config: Path) -> dict[str, tuple[str, int]]:
    """(writer name, counter) of each article in the database, which must open cleanly."""
    store = StateStore(config)
    assert store.warnings == []  # nothing moved aside as damaged
    result = {}
    for key, state in store.state.articles.items():
        assert state.position is not None
        result[key] = (state.position.section_id, state.position.offset)
    store.close()
    return result


def test_sigkill_at_random_moments_keeps_every_committed_change(tmp_path: Path) -> None:
    config = tmp_path / "config"
    rng = random.Random(20240611)
    last_committed = -1
    for _ in range(20):
        with start_writer(config, "w", 1_000_000) as writer:
            wait_for_first_save(writer)
            # The kill lands at a random moment of a save, on purpose: any moment must do.
            time.sleep(rng.uniform(0, 0.03))
            writer.send_signal(signal.SIGKILL)
            writer.wait()
            assert writer.stdout is not None
            printed = writer.stdout.read().split()
            last_committed = int(printed[-1]) if printed else 0
        state = offsets(config)
        # Every change reported as committed is there (the one in flight may be too).
        assert state["own-w"][0] == "w"
        assert state["own-w"][1] >= last_committed
        # Within one save both articles get the same counter: a mix would differ.
        assert state["own-w"] == state["shared"]


def test_two_processes_saving_at_once_lose_neither_position(tmp_path: Path) -> None:
    config = tmp_path / "config"
    count = 100
    writers = {name: start_writer(config, name, count) for name in ("a", "b")}
    for name, writer in writers.items():
        with writer:
            assert writer.wait(timeout=120) == 0, name
    state = offsets(config)
    assert state["own-a"] == ("a", count - 1)
    assert state["own-b"] == ("b", count - 1)
    # The article both read: one instance's last position wins, never an older one.
    assert state["shared"] in {("a", count - 1), ("b", count - 1)}


def bookmark(n: int) -> Bookmark:
    return Bookmark(Position("lead", n, 1.0), f"bookmark {n}", "2024-05-01T10:00:00+00:00")


def test_two_readers_bookmarking_alternately_lose_nothing(tmp_path: Path) -> None:
    config = tmp_path / "config"
    readers = (StateStore(config), StateStore(config))
    for n in range(100):
        reader = readers[n % 2]
        state = reader.article("shared").with_bookmark(bookmark(n))
        reader.set_article("shared", state.moved_to(Position("lead", n, 1.0)))
        assert reader.save()
    again = StateStore(config).article("shared")
    assert sorted(b.position.offset for b in again.bookmarks) == list(range(100))
    assert again.position == Position("lead", 99, 1.0)


def test_a_bookmark_deleted_in_one_reader_stays_deleted(tmp_path: Path) -> None:
    config = tmp_path / "config"
    first, second = StateStore(config), StateStore(config)
    first.set_article("a", ArticleState(bookmarks=(bookmark(1), bookmark(2))))
    assert first.save()
    second.set_article("a", second.article("a").without_bookmark(bookmark(1)))
    assert second.save()
    first.set_article("a", first.article("a").with_bookmark(bookmark(3)))
    assert first.save()
    assert StateStore(config).article("a").bookmarks == (bookmark(2), bookmark(3))


def test_another_readers_saves_are_seen_after_a_refresh(tmp_path: Path) -> None:
    config = tmp_path / "config"
    first, second = StateStore(config), StateStore(config)
    first.set_article("a", ArticleState(Position("lead", 1, 1.0)))
    assert first.save()
    assert second.article("a").position == Position("lead", 1, 1.0)
    first.set_article("a", ArticleState(Position("lead", 2, 2.0)))
    first.set_preferences(theme="nord")
    assert first.save()
    assert second.refresh() is True
    assert second.article("a").position == Position("lead", 2, 2.0)
    assert second.preferences.theme == "nord"
    assert second.refresh() is False  # nothing new


def write_legacy(config: Path, data: Any) -> Path:
    config.mkdir(parents=True, exist_ok=True)
    path = config / "state.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


LEGACY = {
    "version": 1,
    "preferences": {"theme": "nord", "sidebar": False, "entity_types": ["PERSON"], "later": 3},
    "last_article": "harbour",
    "articles": {
        "harbour": {
            "position": {"section_id": "alpha", "offset": 7, "percent": 41.5},
            "read_sections": ["lead", "alpha"],
            "bookmarks": [
                {"section_id": "lead", "offset": 0, "percent": 0.0, "label": "L", "created": "c1"},
                {"section_id": "beta", "offset": 4, "percent": 80.0, "label": "B", "created": "c2"},
            ],
            "last_opened": "2024-05-02T11:00:00+00:00",
            "path": "/somewhere/harbour.md",
            "title": "Harbour news",
        },
        "bridge": {"position": {"section_id": "lead", "offset": 3, "percent": 2.0}},
    },
}


def test_a_0_1_state_file_is_migrated_and_kept_as_a_backup(tmp_path: Path) -> None:
    config = tmp_path / "config"
    legacy = write_legacy(config, LEGACY)
    raw = legacy.read_bytes()
    store = StateStore(config)
    assert store.warnings == []
    assert not legacy.exists()
    assert (config / "state.json.migrated-0.1").read_bytes() == raw
    articles: dict[str, Any] = LEGACY["articles"]  # type: ignore[assignment]
    expected = {key: ArticleState.from_json(value) for key, value in articles.items()}
    for reader in (store, StateStore(config)):  # and the next start reads the database
        assert reader.state.articles == expected
        assert reader.last_article == "harbour"
        assert reader.preferences.theme == "nord"
        assert reader.preferences.sidebar is False
        assert reader.preferences.entity_types == ("PERSON",)
        assert reader.preferences.extra == {"later": 3}


@pytest.mark.parametrize(
    "content",
    ["", "{", '{"version": 1, "articles": {"a": ', "[1, 2]", '{"version": 0}', '{"version": true}'],
    ids=["empty", "brace", "truncated", "list", "version-0", "bool"],
)
def test_an_unusable_0_1_state_file_is_moved_aside_with_a_notice(
    tmp_path: Path, content: str
) -> None:
    config = tmp_path / "config"
    path = write_legacy(config, content)
    store = StateStore(config)
    assert len(store.warnings) == 1 and "moved to state.json.corrupt-" in store.warnings[0]
    backups = list(config.glob("state.json.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == content
    assert not path.exists()
    store.set_article("a", ArticleState(Position("lead", 1, 1.0)))
    assert store.save()
    assert offsets(config) == {"a": ("lead", 1)}


@pytest.mark.parametrize(
    "damage", [b"", b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_a_damaged_database_is_moved_aside_and_the_reader_carries_on(
    tmp_path: Path, damage: bytes
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "state.db").write_bytes(damage)
    store = StateStore(config)
    if damage:  # an empty file is a new, empty database to SQLite
        assert len(store.warnings) == 1 and "moved to state.db.corrupt-" in store.warnings[0]
        (backup,) = config.glob("state.db.corrupt-*[0-9]")
        assert backup.read_bytes() == damage
    store.set_article("a", ArticleState(Position("lead", 1, 1.0)))
    assert store.save()
    assert offsets(config) == {"a": ("lead", 1)}


def test_a_database_damaged_after_loading_is_moved_aside_and_rewritten(tmp_path: Path) -> None:
    config = tmp_path / "config"
    first = StateStore(config)
    first.set_article("kept", ArticleState(Position("lead", 5, 1.0)))
    assert first.save()
    store = StateStore(config)
    assert store.article("kept").position == Position("lead", 5, 1.0)
    first.close()
    store.close()
    for side in ("-wal", "-shm"):
        (config / f"state.db{side}").unlink(missing_ok=True)
    (config / "state.db").write_bytes(b"garbage" * 1000)
    store.set_article("new", ArticleState(Position("lead", 9, 1.0)))
    assert store.save()
    assert any("moved to state.db.corrupt-" in warning for warning in store.warnings)
    assert offsets(config) == {"kept": ("lead", 5), "new": ("lead", 9)}


def read_only_database(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open state databases read-only, as on a read-only file system (root writes anyway)."""
    monkeypatch.setattr(storage, "connect", partial(database.connect, read_only=True))


def save_position(config: Path, offset: int) -> None:
    store = StateStore(config)
    store.set_article("a", ArticleState(Position("lead", offset, 1.0)))
    assert store.save()
    store.close()


def test_read_only_config_warns_once_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    save_position(config, 3)
    with monkeypatch.context() as patched:
        read_only_database(patched)
        store = StateStore(config)
        assert store.article("a").position == Position("lead", 3, 1.0)
        for offset in (4, 5, 6):
            store.set_article("a", ArticleState(Position("lead", offset, 1.0)))
            assert store.save() is False
        assert len(store.warnings) == 1 and "cannot save reading state" in store.warnings[0]
        assert store.article("a").position == Position("lead", 6, 1.0)  # kept in memory
    assert offsets(config) == {"a": ("lead", 3)}


def test_remove_forget_on_a_read_only_config_fails_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config"
    save_position(config, 3)
    with monkeypatch.context() as patched:
        read_only_database(patched)
        assert main(["remove", "a", "--forget", "--config-dir", str(config)]) == 1
    err = capsys.readouterr().err
    assert "cannot forget the reading state of a" in err
    assert "readonly database" in err
    assert offsets(config) == {"a": ("lead", 3)}


def test_missing_config_directory_is_created_on_first_save(tmp_path: Path) -> None:
    config = tmp_path / "not" / "yet" / "there"
    store = StateStore(config)
    assert store.warnings == [] and not config.exists()
    store.set_article("a", ArticleState(Position("lead", 1, 1.0)))
    assert store.save()
    assert offsets(config) == {"a": ("lead", 1)}


async def test_reader_on_a_failing_database_keeps_working_and_warns_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from byline.store.sources import load_article
    from byline.ui.app import BylineApp

    def full(path: Path, **kwargs: Any) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(storage, "connect", full)
    article = tmp_path / "a.md"
    article.write_text("# A\n\nLead.\n\n## Two\n\nText.\n\n## Three\n\nMore.\n")
    app = BylineApp(load_article(article), StateStore(tmp_path / "config"))
    async with app.run_test(size=(100, 30)) as pilot:
        for key in ("]", "]", "t", "t", "m"):
            await pilot.press(key)
            await pilot.pause()
        app.save_store()
        warnings = [message for message in notices(app) if "cannot save" in message]
        assert len(warnings) == 1
        assert app.is_running


def test_config_dir_that_is_a_file_works_and_warns(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_dir = tmp_path / "config-file"
    not_a_dir.write_text("precious", encoding="utf-8")
    monkeypatch.setenv("BYLINE_CONFIG_DIR", str(not_a_dir))
    store = StateStore(not_a_dir)
    store.set_article("a", ArticleState(Position("lead", 1, 1.0)))
    assert store.save() is False
    assert store.save() is False
    assert sum("cannot save" in w for w in store.warnings) == 1
    assert main(["sections"]) == 0
    assert main(["state"]) == 0
    capsys.readouterr()
    assert not_a_dir.read_text(encoding="utf-8") == "precious"


def article() -> Article:
    return parse_article("# T\n\nLead text here.\n\n## Two\n\nSecond section text.\n")


@pytest.mark.parametrize("percent", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_percent_in_state_cannot_crash_resume(tmp_path: Path, percent: str) -> None:
    # Regression: json reads NaN; Position.resolve did int(len * nan / 100) -> ValueError.
    config = tmp_path / "config"
    write_legacy(config, "")
    (config / "state.json").write_text(
        '{"version": 1, "articles": {"t": {"position": '
        f'{{"section_id": "gone", "offset": 3, "percent": {percent}}}}}}}}}',
        encoding="utf-8",
    )
    state = StateStore(config).article("t")
    assert state.position is not None
    assert 0 <= state.position.resolve(article()) <= len(article().text)


def test_hostile_labels_in_the_state_file_are_made_inert() -> None:
    state = ArticleState.from_json(
        {
            "title": "T\x1b]0;x\x07",
            "bookmarks": [{"section_id": "lead", "offset": 0, "label": "L\x1b[2J\x9b"}],
        }
    )
    assert state.title == "T␛]0;x␇"
    assert state.bookmarks[0] == Bookmark(Position("lead", 0, 0.0), "L␛[2J\ufffd", "")


def test_changes_made_while_another_thread_saves_are_all_written(tmp_path: Path) -> None:
    # The reader saves from a worker thread while its event loop goes on changing the state.
    import threading

    store = StateStore(tmp_path)
    done = threading.Event()

    def save_until_done() -> None:
        while not done.is_set():
            store.save()

    saver = threading.Thread(target=save_until_done)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns often: the unlucky moments come
    saver.start()
    try:
        for n in range(1000):
            state = store.article(f"article-{n % 7}")
            store.set_article(f"article-{n % 7}", state.with_bookmark(bookmark(n)))
    finally:
        done.set()
        saver.join()
        sys.setswitchinterval(interval)
    store.save()
    again = StateStore(tmp_path)
    for k in range(7):
        kept = {mark.label for mark in again.article(f"article-{k}").bookmarks}
        assert kept == {f"bookmark {n}" for n in range(k, 1000, 7)}
