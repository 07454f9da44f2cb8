"""Benchmark the library index on a generated library of 1,000 articles.

Usage::

    python benchmarks/library.py [--articles N] [--repeat R] [--keep DIR]

The articles are written by this script from templated paragraphs (numbered people, places
and quotations; no real corpus), as Markdown files in a temporary data directory, with
``BYLINE_DATA_DIR``, ``BYLINE_CACHE_DIR`` and ``BYLINE_CONFIG_DIR`` pointed into it, so
nothing of the user's is read or written. Their modification times are set a minute back, as
for articles added earlier (a file changed within a second of an index build is read again,
by design).

Printed figures (wall clock, median of ``--repeat`` runs where it says so):

* cold build: no index and no analysis cache (every article parsed and analysed);
* rebuild from the analysis cache: the index file deleted, the per-article analyses kept;
* warm load: the index is up to date (target: under 300 ms for 1,000 articles);
* incremental rebuild after touching one file, and after changing one file;
* quote searches across the library (target: under 100 ms), speakers(), people lookups.

With ``--corpus DIR`` (a folder of plain-text articles, such as the BBC pool of the shared
corpus, read as local input only) it measures the targets of the SQLite store instead, on
whole processes where it says so, and prints medians (the machine may be shared and noisy):

* ``byline add`` of every ``.txt`` under DIR, then the first ``quotes --all --search WORD``
  (target: 10 s on two cores, together);
* a warm ``quotes --all --search WORD`` against ``byline --version`` (target: 2.5x);
* one reading-state save with 10,000 articles remembered (target: 5 ms);
* the library screen opening on that library (target: 300 ms after the key).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

FIRST = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas"]
LAST_STEMS = ["Marlow", "Petrov", "Lindqvist", "Okafor", "Brandt", "Castell", "Duarte", "Hale"]
TOWNS = ["Ashford", "Brenmoor", "Calder", "Dunmere", "Eastwick", "Fenby", "Greyhaven", "Holt"]
TOPICS = ["bridge", "library", "tram line", "harbour wall", "school roof", "market hall"]
VERBS = ["said", "told reporters", "added", "said on Tuesday"]


def person(number: int) -> str:
    """A made-up full name; numbers 0..799 give 800 distinct people."""
    first = FIRST[number % len(FIRST)]
    stem = LAST_STEMS[(number // len(FIRST)) % len(LAST_STEMS)]
    suffix = ["", "son", "ley", "ford", "wood", "ton", "by", "field", "more", "worth"]
    return f"{first} {stem}{suffix[(number // 80) % 10]}"


def article_markdown(number: int) -> str:
    """A distinct article of about 450 words with five attributed quotations."""
    town = TOWNS[number % len(TOWNS)]
    topic = TOPICS[number % len(TOPICS)]
    people = [person((number * 7 + k * 13) % 800) for k in range(3)]
    paragraphs = [
        f"The council of {town} met on day {number} to decide the future of the {topic}, a "
        f"question that has divided residents for {number % 17 + 2} years and filled "
        f"{number % 9 + 3} public meetings with long and heated debate.",
        f"“We have waited long enough for the {topic} number {number},” said {people[0]}, "
        f"who chairs the residents' association. “Every week of delay costs the town money.”",
        f"Engineers estimated the cost at {number * 3 + 100} thousand pounds, with work "
        f"starting in spring if the plan is approved by the regional office in {town}.",
        "## Objections",
        f"Not everyone agrees. “The plan for {town} ignores the people who live by the "
        f"{topic},” {people[1]} {VERBS[number % len(VERBS)]}. Several shop owners signed a "
        f"letter of protest, the {number % 5 + 2}th such letter this year.",
        f"{people[1]} also questioned the timetable. “Nobody has explained where the money "
        f"for item {number} comes from,” the campaigner said.",
        "## What happens next",
        f"A final vote is due within {number % 6 + 2} weeks. “We will listen to every "
        f"objection before we decide,” said {people[2]}, the council's deputy leader, adding "
        f"that the meeting would be open to the public and streamed online.",
        f"Residents can read the full proposal, reference {town.upper()}-{number:04d}, at the "
        "town hall, where it will be on display until the vote.",
    ]
    front = (
        f"---\ntitle: {town} council debates the {topic} (report {number})\n"
        f"source: Bench Gazette\ndate: 2024-{number % 12 + 1:02d}-{number % 28 + 1:02d}\n---\n"
    )
    return front + "\n" + "\n\n".join(paragraphs) + "\n"


def report(label: str, milliseconds: float, note: str = "") -> None:
    print(f"{label:<48} {milliseconds:8.1f} ms  {note}".rstrip())


def timed(function: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = function()
    return (time.perf_counter() - start) * 1000, result


def median_ms(function: Callable[[], object], repeat: int) -> float:
    return statistics.median(timed(function)[0] for _ in range(repeat))


def screen_open_ms(repeat: int) -> tuple[float, float]:
    """Median time from pressing L in the reader until the library screen lists every article.

    Measured in a headless Textual app (``App.run_test``) with the warm index already loaded,
    as it is once the reader has used the library. Returns the time until every row is
    listed and, for scale, what the pilot takes for a key that does nothing (included).
    """
    import asyncio

    from byline.store.library import LibraryIndex
    from byline.store.library.files import default_article_path
    from byline.store.paths import config_dir
    from byline.store.sources import load_article
    from byline.store.state import StateStore
    from byline.ui.app import BylineApp
    from byline.ui.library.library_list import LibraryList
    from byline.ui.library.screen import LibraryScreen

    async def once() -> tuple[float, float]:
        app = BylineApp(load_article(default_article_path()), StateStore(config_dir()))
        async with app.run_test(size=(120, 40)) as pilot:
            app.library = LibraryIndex.load_or_build()
            expected = len(app.library.entries)
            await pilot.pause()
            started = time.perf_counter()
            await pilot.press("x")  # a key that does nothing: the pilot's own cost
            idle = time.perf_counter() - started
            started = time.perf_counter()
            await pilot.press("L")
            while True:
                screen = app.screen
                if isinstance(screen, LibraryScreen):
                    table = screen.query_one(LibraryList)
                    if table.row_count == expected:
                        break
                await asyncio.sleep(0.001)
            elapsed = time.perf_counter() - started
            await pilot.press("escape")
        return elapsed * 1000, idle * 1000

    samples = sorted(asyncio.run(once()) for _ in range(max(repeat // 2, 1)))
    return samples[len(samples) // 2]


def byline_process(*arguments: str) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    """Wall time (ms) of one whole ``byline`` process, and what it did."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "byline", *arguments], capture_output=True, check=False
    )
    return (time.perf_counter() - started) * 1000, done


def state_save_ms(repeat: int, remembered: int = 10_000) -> float:
    """Median time of one save (a position moved) with `remembered` articles in the state."""
    from byline.core.reading import ArticleState, Bookmark, Position
    from byline.store.paths import config_dir
    from byline.store.state import StateStore
    from byline.store.state_schema import StoredState, import_state

    store = StateStore(config_dir())
    bookmark = Bookmark(Position("lead", 3, 1.0), "§1 Lead — a label", "2024-05-01T10:00:00+00:00")
    seeded = StoredState(
        articles={
            f"article-{n}": ArticleState(
                Position("lead", n, 5.0), frozenset({"lead"}), (bookmark,), "2024-05-01", "/a.md"
            )
            for n in range(remembered)
        }
    )
    store.set_preferences(theme="nord")
    assert store.save()
    assert store._connection is not None
    import_state(store._connection, seeded)
    store = StateStore(config_dir())
    samples = []
    for n in range(repeat * 5):
        state = store.article("article-7").moved_to(Position("lead", 1000 + n, 6.0))
        store.set_article("article-7", state)
        started = time.perf_counter()
        assert store.save()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def corpus_targets(corpus: Path, repeat: int) -> None:
    files = sorted(str(path) for path in corpus.rglob("*.txt"))
    print(f"corpus: {len(files)} plain-text articles under {corpus}, {os.cpu_count()} cores")
    print(f"load average before: {load_average()}")
    word = "government"
    add_ms, added = byline_process("add", *files)
    first_ms, first = byline_process("quotes", "--all", "--search", word)
    listed = len(added.stdout.split())
    report(f"add: {listed} added, {len(added.stderr.splitlines())} refused or warned", add_ms)
    report(f"first quotes --all --search {word} ({len(first.stdout.splitlines())} hits)", first_ms)
    report("add + first search (target <= 10,000 ms)", add_ms + first_ms)
    version, search = [], []
    for _ in range(repeat):
        version.append(byline_process("--version")[0])
        search.append(byline_process("quotes", "--all", "--search", word)[0])
    ratio = statistics.median(search) / statistics.median(version)
    report("byline --version (median)", statistics.median(version))
    report(f"warm quotes --all --search {word} (median)", statistics.median(search))
    print(f"  warm search / --version: {ratio:.2f}x (target <= 2.5x)")
    save = state_save_ms(repeat)
    print(f"{'state save, 10,000 articles remembered (target <= 5 ms)':<48} {save:8.3f} ms")
    every, idle = screen_open_ms(repeat)
    report("library screen: L until every row is listed (< 300 ms)", every)
    report("  (of which the pilot's own cost for any key)", idle)
    print(f"load average after: {load_average()}")


def load_average() -> str:
    """The 1, 5 and 15 minute load averages (the machine may be shared)."""
    return " ".join(f"{load:.2f}" for load in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", metavar="DIR", help="measure the store's targets on DIR")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7, help="runs per median (default 7)")
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep it")
    args = parser.parse_args(argv)

    root = Path(args.keep or tempfile.mkdtemp(prefix="byline-bench-"))
    for name, sub in (("DATA", "data"), ("CACHE", "cache"), ("CONFIG", "config")):
        os.environ[f"BYLINE_{name}_DIR"] = str(root / sub)
    if args.corpus:
        corpus_targets(Path(args.corpus), args.repeat)
        return 0
    # Imported after the environment is set, as the app would be started.
    from byline.store.database import remove_database
    from byline.store.library import LibraryIndex, articles_mentioning, search_quotes, speakers
    from byline.store.library.database import library_path
    from byline.store.paths import user_articles_dir

    articles = user_articles_dir()
    articles.mkdir(parents=True, exist_ok=True)
    past = time.time() - 60
    for number in range(args.articles):
        path = articles / f"report-{number:04d}.md"
        path.write_text(article_markdown(number), encoding="utf-8")
        os.utime(path, (past, past))

    print(f"library: {args.articles} generated articles (+ the bundled one) in {root}")
    cold, index = timed(LibraryIndex.load_or_build)
    quotes = sum(len(entry.quotes or ()) for entry in index.entries)
    size = library_path().stat().st_size
    print(f"  {len(index.entries)} entries, {quotes} quotes; database {size / 1024:.0f} KiB")
    report("cold build (parse + analyse everything)", cold)

    remove_database(library_path())
    rebuilt, _ = timed(LibraryIndex.load_or_build)
    report("rebuild, index deleted, analyses cached", rebuilt)

    warm = median_ms(LibraryIndex.load_or_build, args.repeat)
    listing = median_ms(lambda: LibraryIndex.load_or_build(analyse=False), args.repeat)
    report("warm load (target < 300 ms)", warm)
    report("warm load, listing only (analyse=False)", listing)

    middle = args.articles // 2
    one = articles / f"report-{middle:04d}.md"
    os.utime(one, (past + 1, past + 1))
    touched, after = timed(LibraryIndex.load_or_build)
    report("incremental, one file touched", touched, f"(re-read {after.stats.reread})")
    one.write_text(article_markdown(middle).replace("deputy leader", "new deputy leader"), "utf-8")
    os.utime(one, (past + 2, past + 2))
    edited, after = timed(LibraryIndex.load_or_build)
    report("incremental, one file changed", edited, f"(re-read {after.stats.reread})")

    index = LibraryIndex.load_or_build()
    searches = [
        ("word", "money"),
        ("phrase", '"every week of delay"'),
        ("speaker filter", "speaker:marlowson"),
        ("accented/case", "NOBODY HAS EXPLAINÉD"),
        ("one letter (nearly all)", "e"),
    ]
    for label, query in searches:
        elapsed = median_ms(lambda q=query: search_quotes(index, q), args.repeat)  # type: ignore[misc]
        hits = len(search_quotes(index, query))
        report(f"quote search (< 100 ms): {label}", elapsed, f"({hits} hits for {query})")
    elapsed = median_ms(lambda: speakers(index), args.repeat)
    report("speakers()", elapsed, f"({len(speakers(index))} speakers)")
    name = person(7)
    elapsed = median_ms(lambda: articles_mentioning(index, name), args.repeat)
    report(
        f"articles_mentioning({name!r})",
        elapsed,
        f"({len(articles_mentioning(index, name))} articles)",
    )
    every, idle = screen_open_ms(args.repeat)
    report("library screen: L until every row is listed (< 300 ms)", every)
    report("  (of which the pilot's own cost for any key)", idle)
    if not args.keep:
        import shutil

        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
