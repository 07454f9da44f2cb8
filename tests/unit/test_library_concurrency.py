"""Several `byline add` at once: ids allocated in the database, one text stored once; an add
killed at any moment leaves a library that opens and lists what was stored."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from byline.store.database import connect
from byline.store.library import LibraryIndex
from byline.store.library.database import library_path, open_library
from tests.conftest import BylineDirs

PROCESSES = 4
FILES = 10


def start_add(files: list[Path]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "byline", "add", *map(str, files)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )


def run_all(batches: list[list[Path]]) -> list[list[str]]:
    """Start every batch's `byline add` at once; the ids each printed."""
    processes = [start_add(batch) for batch in batches]
    printed = []
    for process in processes:
        out, _ = process.communicate(timeout=120)
        printed.append(out.decode().split())
    return printed


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("variant", ["same headlines", "identical texts"])
def test_concurrent_adds_list_every_distinct_story_once(
    tmp_path: Path, byline_dirs: BylineDirs, variant: str
) -> None:
    batches = []
    for process in range(PROCESSES):
        folder = tmp_path / f"in-{process}"
        batch = []
        for number in range(FILES):
            body = (
                f"Story number {number} as told by reporter {process}, with its own words."
                if variant == "same headlines"
                else f"Story number {number}, the very same words in every copy."
            )
            batch.append(write(folder, f"s{number}.txt", f"Headline {number}\n\n{body}\n"))
        batches.append(batch)
    printed = run_all(batches)
    index = LibraryIndex.load_or_build(analyse=False)
    own = [entry for entry in index.entries if not entry.bundled]
    texts = {entry.content_hash for entry in own}
    distinct = PROCESSES * FILES if variant == "same headlines" else FILES
    assert len(own) == distinct  # every distinct story listed ...
    assert len(texts) == distinct  # ... exactly once
    assert len({entry.id for entry in own}) == distinct
    assert sorted(id_ for ids in printed for id_ in ids) == sorted(entry.id for entry in own)
    assert index.warnings == []
    stored = list((byline_dirs.data / "articles").iterdir())
    assert len(stored) == distinct  # nothing stored twice, no temporaries left


WAIT_MS = 300


def test_a_library_another_process_is_creating_is_waited_for_never_replaced_by_memory(
    byline_dirs: BylineDirs,
) -> None:
    """The first `byline add` to open a new library.db holds its write lock while switching it
    to WAL; the others wait for it like any lock. A private database in memory instead would
    give each add the same ids (`headline-0` four times, ten articles listed of forty)."""
    path = library_path()
    path.parent.mkdir(parents=True)
    other = sqlite3.connect(path, isolation_level=None)  # a new file, not yet in WAL
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE made_by_the_other (a)")
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        connect(path, busy_ms=WAIT_MS)
    assert time.monotonic() - started >= WAIT_MS / 1000  # waited, not refused at once
    other.execute("ROLLBACK")
    other.close()
    connection, on_disk = open_library(path, "code")
    try:
        assert on_disk
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        connection.close()


KILLS = 3
KILL_FILES = 16
"""Enough for `byline add` to start its pool of worker processes."""


def test_byline_add_killed_at_random_moments_keeps_every_stored_article(
    tmp_path: Path, byline_dirs: BylineDirs
) -> None:
    """`benchmarks/store_stress.py` runs this 100 times, with 100 kills during state saves."""
    rng = random.Random(20240612)
    stories = [
        write(tmp_path / "in", f"k{n}.txt", f"Killed story {n}\n\nStory {n}, told once.\n")
        for n in range(KILLS * KILL_FILES)
    ]
    articles = byline_dirs.data / "articles"
    for kill in range(KILLS):
        process = start_add(stories[kill * KILL_FILES : (kill + 1) * KILL_FILES])
        # Any moment must do: the start, the analysis, a transaction, the file being linked.
        time.sleep(rng.uniform(0.3, 1.0))
        process.send_signal(signal.SIGKILL)
        # Its worker processes leave with it: they hold its output open while they live.
        process.communicate(timeout=30)
        index = LibraryIndex.load_or_build(analyse=False)
        own = [entry for entry in index.entries if not entry.bundled]
        assert index.warnings == []  # the database opens; no text or id twice
        stored = list(articles.glob("*.md")) if articles.is_dir() else []
        assert len(own) == len(stored)  # every file stored is listed
    printed = run_all([stories])[0]  # the rest, added in full
    index = LibraryIndex.load_or_build(analyse=False)
    own = [entry for entry in index.entries if not entry.bundled]
    assert len(own) == len({entry.content_hash for entry in own}) == len(stories)
    assert set(printed) <= {entry.id for entry in own}
