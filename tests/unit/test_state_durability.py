"""Reading state is never lost: kills mid-save, concurrent instances, bad files, bad disks
(see docs/reliability.md)."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from byline.__main__ import main
from byline.core.article.markdown import parse_article
from byline.core.article.model import Article
from byline.core.reading import ArticleState, Bookmark, Position
from byline.store import state as storage
from byline.store.state import SCHEMA_VERSION, STALE_TEMP_SECONDS, StateStore

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
        if i == 0:
            print("saved", flush=True)
    """
)


def start_writer(config: Path, name: str, count: int) -> subprocess.Popen[bytes]:
    """A process saving positions `count` times; it says "saved" on stdout after the first."""
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(config), name, str(count)], stdout=subprocess.PIPE
    )


def wait_for_first_save(process: subprocess.Popen[bytes]) -> None:
    """Block until the writer has saved once (or fail with its exit status if it died)."""
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line == b"saved\n", f"writer exited early with {process.wait()}"


def offsets(config: Path) -> dict[str, tuple[str, int]]:
    """(writer name, counter) of each article in the state file, which must be valid."""
    data = json.loads((config / "state.json").read_text(encoding="utf-8"))
    assert data["version"] == SCHEMA_VERSION
    result = {}
    for key, value in data["articles"].items():
        state = ArticleState.from_json(value)
        assert state.position is not None
        result[key] = (state.position.section_id, state.position.offset)
    return result


def test_sigkill_at_random_moments_never_leaves_a_broken_state_file(tmp_path: Path) -> None:
    config = tmp_path / "config"
    rng = random.Random(20240611)
    for _ in range(30):
        with start_writer(config, "w", 1_000_000) as writer:
            wait_for_first_save(writer)
            # The kill lands at a random moment of a save, on purpose: any moment must do.
            time.sleep(rng.uniform(0, 0.03))
            writer.send_signal(signal.SIGKILL)
        state = offsets(config)  # parses, holds the right version and a position
        assert state["own-w"][0] == "w"
        assert StateStore(config).warnings == []  # nothing moved aside as corrupt
    leftovers = list(config.glob(".state.json.*"))
    # A kill between creating the temporary file and os.replace leaves it behind; it is
    # harmless (never read) and removed by the next load once it is a minute old.
    for leftover in leftovers:
        os.utime(leftover, (time.time() - STALE_TEMP_SECONDS - 5,) * 2)
    StateStore(config)
    assert list(config.glob(".state.json.*")) == []


def test_a_killed_save_keeps_the_old_or_the_new_state_never_a_mix(tmp_path: Path) -> None:
    config = tmp_path / "config"
    rng = random.Random(7)
    for _ in range(10):
        with start_writer(config, "m", 1_000_000) as writer:
            wait_for_first_save(writer)
            time.sleep(rng.uniform(0, 0.02))  # a random moment of a save, as above
            writer.send_signal(signal.SIGKILL)
        state = offsets(config)
        # Within one save both articles get the same counter: a mix would differ.
        assert state["own-m"] == state["shared"]


def test_two_instances_saving_at_once_lose_neither_position(tmp_path: Path) -> None:
    config = tmp_path / "config"
    count = 150
    writers = {name: start_writer(config, name, count) for name in ("a", "b")}
    for name, writer in writers.items():
        with writer:
            assert writer.wait(timeout=120) == 0, name
    state = offsets(config)
    assert state["own-a"] == ("a", count - 1)
    assert state["own-b"] == ("b", count - 1)
    # The article both read: one instance's last position wins, never an older one.
    assert state["shared"] in {("a", count - 1), ("b", count - 1)}


def write_state(config: Path, data: Any) -> Path:
    config.mkdir(parents=True, exist_ok=True)
    path = config / "state.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "content",
    [
        "",
        "{",
        '{"version": 1, "articles": {"a": ',
        "[1, 2]",
        '"text"',
        '{"articles": {}}',
        '{"version": "1"}',
        '{"version": 0}',
        '{"version": -3}',
        '{"version": true}',
        "\udcff".encode("utf-8", "surrogateescape").decode("latin-1"),
    ],
    ids=[
        "empty",
        "brace",
        "truncated",
        "list",
        "string",
        "no-version",
        "string-version",
        "version-0",
        "negative",
        "bool",
        "bad-utf8",
    ],
)
def test_unusable_state_is_moved_aside_with_a_notice(tmp_path: Path, content: str) -> None:
    config = tmp_path / "config"
    path = write_state(config, content)
    original = path.read_bytes()
    store = StateStore(config)
    assert len(store.warnings) == 1 and "moved to state.json.corrupt-" in store.warnings[0]
    backups = list(config.glob("state.json.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == original
    store.set_article("x", ArticleState(Position("lead", 1, 1.0)))
    assert store.save()
    assert offsets(config) == {"x": ("lead", 1)}
    assert backups[0].read_bytes() == original


def test_future_version_is_never_overwritten(tmp_path: Path) -> None:
    config = tmp_path / "config"
    path = write_state(config, {"version": SCHEMA_VERSION + 1, "articles": {}, "new": [1]})
    original = path.read_bytes()
    store = StateStore(config)
    assert store.read_only and "newer Byline" in store.warnings[0]
    store.set_article("x", ArticleState(Position("lead", 1, 1.0)))
    assert store.save() is False
    assert path.read_bytes() == original
    assert list(config.glob("state.json.corrupt-*")) == []


def test_state_that_goes_bad_after_loading_is_moved_aside_not_overwritten(
    tmp_path: Path,
) -> None:
    # Regression: save() replaced a file that had become unusable since loading without a
    # word; it is now kept aside, and everything this instance knows is written.
    config = tmp_path / "config"
    first = StateStore(config)
    first.set_article("kept", ArticleState(Position("lead", 5, 5.0)))
    assert first.save()
    store = StateStore(config)
    (config / "state.json").write_text("{garbage", encoding="utf-8")
    store.set_article("new", ArticleState(Position("lead", 9, 9.0)))
    assert store.save()
    assert any("is not valid JSON; moved to" in warning for warning in store.warnings)
    backups = list(config.glob("state.json.corrupt-*"))
    assert [b.read_text(encoding="utf-8") for b in backups] == ["{garbage"]
    assert offsets(config) == {"kept": ("lead", 5), "new": ("lead", 9)}


def deny_writes(monkeypatch: pytest.MonkeyPatch, config: Path) -> None:
    """Make `config` read-only: chmod for normal users; root writes anyway, so refuse the
    store's file creation by hand there."""
    if os.geteuid() != 0:
        config.chmod(0o500)
        return

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied", str(config))

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    monkeypatch.setattr(storage, "open", refuse, raising=False)


def save_position(config: Path, offset: int) -> None:
    store = StateStore(config)
    store.set_article("a", ArticleState(Position("lead", offset, 1.0)))
    assert store.save()


def test_read_only_config_directory_warns_once_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    save_position(config, 3)
    deny_writes(monkeypatch, config)
    try:
        store = StateStore(config)
        assert store.article("a").position == Position("lead", 3, 1.0)
        for offset in (4, 5, 6):
            store.set_article("a", ArticleState(Position("lead", offset, 1.0)))
            assert store.save() is False
        assert len(store.warnings) == 1 and "cannot save reading state" in store.warnings[0]
        assert store.article("a").position == Position("lead", 6, 1.0)  # kept in memory
    finally:
        config.chmod(0o700)
    assert offsets(config) == {"a": ("lead", 3)}


def test_missing_config_directory_is_created_on_first_save(tmp_path: Path) -> None:
    config = tmp_path / "not" / "yet" / "there"
    store = StateStore(config)
    assert store.warnings == [] and not config.exists()
    store.set_article("a", ArticleState(Position("lead", 1, 1.0)))
    assert store.save()
    assert offsets(config) == {"a": ("lead", 1)}


def test_full_disk_warns_once_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    save_position(config, 3)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    store = StateStore(config)
    for offset in (4, 5):
        store.set_article("a", ArticleState(Position("lead", offset, 1.0)))
        assert store.save() is False
    assert store.warnings == [
        f"cannot save reading state to {config / 'state.json'}: No space left on device"
    ]
    assert offsets(config) == {"a": ("lead", 3)}
    assert list(config.glob(".state.json.*")) == []
    monkeypatch.undo()
    assert store.save()  # space again: the change that waited is written
    assert offsets(config) == {"a": ("lead", 5)}


async def test_reader_on_a_full_disk_keeps_working_and_warns_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from byline.store.sources import load_article
    from byline.ui.app import BylineApp

    def full(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(storage, "write_atomically", full)
    article = tmp_path / "a.md"
    article.write_text("# A\n\nLead.\n\n## Two\n\nText.\n\n## Three\n\nMore.\n")
    app = BylineApp(load_article(article), StateStore(tmp_path / "config"))
    async with app.run_test(size=(100, 30)) as pilot:
        for key in ("]", "]", "t", "t", "m"):
            await pilot.press(key)
            await pilot.pause()
        app.save_store()
        warnings = [n.message for n in app._notifications if "cannot save" in n.message]
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


def test_stale_temporary_files_are_removed_and_young_ones_kept(tmp_path: Path) -> None:
    config = tmp_path / "config"
    save_position(config, 1)
    stale = config / ".state.json.killed1"
    young = config / ".state.json.saving2"
    for path in (stale, young):
        path.write_text("{half", encoding="utf-8")
    old = time.time() - STALE_TEMP_SECONDS - 10
    os.utime(stale, (old, old))
    store = StateStore(config)
    assert not stale.exists() and young.exists()
    assert store.warnings == []


def article() -> Article:
    return parse_article("# T\n\nLead text here.\n\n## Two\n\nSecond section text.\n")


@pytest.mark.parametrize("percent", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_percent_in_state_cannot_crash_resume(tmp_path: Path, percent: str) -> None:
    # Regression: json reads NaN; Position.resolve did int(len * nan / 100) -> ValueError.
    config = tmp_path / "config"
    config.mkdir()
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
