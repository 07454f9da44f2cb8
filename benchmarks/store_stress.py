"""The store's concurrency and kill targets at full size (the test suite runs small versions).

Usage::

    python benchmarks/store_stress.py [--kills 200] [--processes 4] [--files 50] [--seed N]

Everything runs in a temporary directory, with ``BYLINE_DATA_DIR``, ``BYLINE_CACHE_DIR`` and
``BYLINE_CONFIG_DIR`` pointed into it; the articles are made up here (no corpus). Checks, each
reported with its counts, and the exit status 1 if any failed:

* **kills**: ``--kills`` SIGKILLs at random moments, half of them to a process saving reading
  state in a loop (as ``tests/unit/test_state_durability.py`` does), half to a ``byline add``
  of 20 files. After each, the database must open without being moved aside and hold every
  committed change: the state holds at least the last save the writer reported, the two
  articles of one save agree; the library lists every article file stored so far, once, with
  no warning. A last ``byline add`` of every file then lists each distinct story once.
* **concurrent adds**: ``--processes`` ``byline add`` at once, ``--files`` each, with the same
  headlines (every story distinct) and with identical texts (one story per number): every
  distinct story listed exactly once, every id printed is listed, no file stored twice.
* **two readers**: two state stores bookmarking one article alternately 100 times: none lost.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from byline.core.reading import ArticleState, Position
    from byline.store.state import StateStore

    store = StateStore(Path(sys.argv[1]))
    for i in range(1_000_000):
        for article in ("own", "shared"):
            store.set_article(article, ArticleState(Position("w", i, 0.0)))
        assert store.save(), store.warnings
        print(i, flush=True)  # committed
    """
)
ADD_BATCH = 20


def byline(*arguments: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "byline", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def story(folder: Path, name: str, headline: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    return path


def check(failures: list[str], ok: bool, what: str) -> None:
    if not ok:
        failures.append(what)
        print(f"  FAILED: {what}", flush=True)


def state_kill(config: Path, rng: random.Random, failures: list[str]) -> None:
    from byline.store.state import StateStore

    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(config)], stdout=subprocess.PIPE)
    assert writer.stdout is not None
    if writer.stdout.readline() != b"0\n":
        check(failures, False, f"the writer died before its first save ({writer.wait()})")
        return
    time.sleep(rng.uniform(0, 0.03))
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    printed = writer.stdout.read().split()
    committed = int(printed[-1]) if printed else 0
    store = StateStore(config)
    own, shared = store.article("own").position, store.article("shared").position
    check(failures, store.warnings == [], f"state moved aside: {store.warnings}")
    check(failures, own is not None and own.offset >= committed, "a committed save was lost")
    check(failures, own == shared, "one save half written")
    store.close()


def library_check(articles: Path, failures: list[str], when: str) -> int:
    """The library opens and lists every stored file once; the number of articles."""
    from byline.store.library import LibraryIndex

    index = LibraryIndex.load_or_build(analyse=False)
    own = [entry for entry in index.entries if not entry.bundled]
    files = sorted(articles.glob("*.md")) if articles.is_dir() else []
    check(failures, index.warnings == [], f"{when}: warnings {index.warnings[:3]}")
    check(failures, len(own) == len(files), f"{when}: {len(own)} listed, {len(files)} files")
    check(failures, len({e.content_hash for e in own}) == len(own), f"{when}: a text twice")
    return len(own)


def fresh(root: Path, name: str) -> Path:
    """Point Byline's directories at a new folder under `root` (each check starts empty)."""
    for kind in ("DATA", "CACHE", "CONFIG"):
        os.environ[f"BYLINE_{kind}_DIR"] = str(root / name / kind.lower())
    return root / name


def add_kill(batch: list[Path], rng: random.Random, window: float) -> None:
    process = byline("add", *map(str, batch))
    time.sleep(rng.uniform(0, window))
    process.send_signal(signal.SIGKILL)
    process.communicate()


def kills(root: Path, count: int, rng: random.Random, failures: list[str]) -> None:
    from byline.store.paths import user_articles_dir

    config = fresh(root, "kills") / "config"
    stories = [
        story(root / "kill-in", f"k{n}.txt", f"Killed story {n}", f"Story {n}, told once.")
        for n in range(50 * ADD_BATCH)
    ]
    started = time.perf_counter()
    probe = byline("add", *map(str, stories[:ADD_BATCH]))
    probe.communicate()
    window = time.perf_counter() - started  # how long one add takes here and now
    articles = user_articles_dir()
    started = time.perf_counter()
    stored = ADD_BATCH  # the first batch, added in full to time an add
    for n in range(count):
        if n % 2:
            first = (n // 2 * ADD_BATCH) % len(stories)
            add_kill(stories[first : first + ADD_BATCH], rng, window)
            stored = library_check(articles, failures, f"kill {n + 1} (add)")
        else:
            state_kill(config, rng, failures)
    elapsed = time.perf_counter() - started
    done = byline("add", *map(str, stories))
    done.communicate()
    listed = library_check(articles, failures, "after the last add")
    check(failures, listed == len(stories), f"{listed} of {len(stories)} stories listed")
    print(
        f"kills: {count} SIGKILLs ({count - count // 2} during state saves, {count // 2} during "
        f"byline add of {ADD_BATCH} files, kill window {window:.1f} s) in {elapsed:.0f} s; "
        f"{stored - ADD_BATCH} stories stored by the killed adds; after a last add, {listed} of "
        f"{len(stories)} stories listed once",
        flush=True,
    )


def concurrent_adds(root: Path, processes: int, files: int, failures: list[str]) -> None:
    from byline.store.library import LibraryIndex
    from byline.store.paths import user_articles_dir

    for variant in ("same headlines", "identical texts"):
        fresh(root, variant.replace(" ", "-"))
        articles = user_articles_dir()
        batches = []
        for process in range(processes):
            folder = root / variant.replace(" ", "-") / f"in-{process}"
            batches.append(
                [
                    story(
                        folder,
                        f"s{n}.txt",
                        f"Headline {n}",
                        f"Story number {n} as told by reporter {process}, with its own words."
                        if variant == "same headlines"
                        else f"Story number {n}, the very same words in every copy.",
                    )
                    for n in range(files)
                ]
            )
        started = time.perf_counter()
        running = [byline("add", *map(str, batch)) for batch in batches]
        printed = [p.communicate()[0].decode().split() for p in running]
        elapsed = time.perf_counter() - started
        index = LibraryIndex.load_or_build(analyse=False)
        own = [entry for entry in index.entries if not entry.bundled]
        distinct = processes * files if variant == "same headlines" else files
        stored = len(list(articles.glob("*.md")))
        ids = sorted(i for batch in printed for i in batch)
        check(failures, len(own) == distinct, f"{variant}: {len(own)} listed, not {distinct}")
        check(failures, len({e.content_hash for e in own}) == distinct, f"{variant}: texts")
        check(failures, ids == sorted(e.id for e in own), f"{variant}: printed ids differ")
        check(failures, stored == distinct, f"{variant}: {stored} files stored")
        check(failures, index.warnings == [], f"{variant}: warnings {index.warnings[:3]}")
        print(
            f"concurrent adds, {variant}: {processes} processes x {files} files in "
            f"{elapsed:.1f} s; {len(own)} listed of {distinct} distinct, {stored} files",
            flush=True,
        )


def two_readers(root: Path, failures: list[str]) -> None:
    from byline.core.reading import Bookmark, Position
    from byline.store.state import StateStore

    config = fresh(root, "readers") / "config"
    readers = (StateStore(config), StateStore(config))
    for n in range(100):
        reader = readers[n % 2]
        mark = Bookmark(Position("lead", n, 1.0), f"bookmark {n}", "2024-05-01T10:00:00+00:00")
        reader.set_article("shared", reader.article("shared").with_bookmark(mark))
        assert reader.save()
    kept = len(StateStore(config).article("shared").bookmarks)
    check(failures, kept == 100, f"two readers: {100 - kept} bookmarks lost")
    print(f"two readers bookmarking alternately: {kept} of 100 bookmarks kept", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--seed", type=int, default=20240611)
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="byline-stress-"))
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}", flush=True)
    failures: list[str] = []
    two_readers(root, failures)
    concurrent_adds(root, args.processes, args.files, failures)
    kills(root, args.kills, random.Random(args.seed), failures)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("all checks held" if not failures else f"{len(failures)} checks FAILED")
    import shutil

    shutil.rmtree(root, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
