"""Throughput of :func:`byline.core.quotes.find_quotes` on BBC articles: article by article,
and on one range of the same articles put together, as the reader analyses a big document.

Usage::

    python benchmarks/quote_speed.py [--corpus DIR] [--sizes 256000 1000000] [--runs 3]

The articles are the corpus's BBC files (title line dropped) in a fixed shuffled order, taken
until the size is passed. Each figure is CPU time, best of ``--runs``; "with people" passes the
entity recogniser's PERSON names, as the reader does. A range should read about as fast per MB
as its articles one by one: a rule that looks over the whole text for each quotation shows
here as a range slower than its articles, and slower still at a bigger size.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
SHUFFLE_SEED = 3


def articles(corpus: Path, size: int) -> list[str]:
    """BBC article bodies in a fixed shuffled order, until ``size`` characters are passed."""
    files = sorted((corpus / "bbc").glob("*/*.txt"))
    random.Random(SHUFFLE_SEED).shuffle(files)
    taken: list[str] = []
    total = 0
    for path in files:
        if total > size:
            break
        body = path.read_text(encoding="utf-8", errors="replace").split("\n", 1)[-1] + "\n\n"
        taken.append(body)
        total += len(body)
    return taken


def best_cpu(work: Callable[[], object], runs: int) -> float:
    """The least CPU time of ``runs`` calls of ``work``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def row(parts: list[str], runs: int) -> str:
    """The figures of one size: the articles one by one, then as one range, without and
    with the recogniser's people."""
    from byline.core.entities import find_entities
    from byline.core.quotes import find_quotes

    text = "".join(parts)
    people = [e.name for e in find_entities(text) if e.label == "PERSON"]
    mb = len(text) / 1e6
    each = best_cpu(lambda: [find_quotes(part) for part in parts], runs)
    whole = best_cpu(lambda: find_quotes(text), runs)
    with_people = best_cpu(lambda: find_quotes(text, people), runs)
    count = len(find_quotes(text, people))
    return (
        f"{len(text):>9,} {count:>6} {mb / each:>6.2f} {mb / whole:>6.2f} {mb / with_people:>12.2f}"
    )


def main(argv: list[str] | None = None) -> int:
    """Print MB/s per article and per range, without and with people, for each size."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sizes", type=int, nargs="+", default=[256_000, 1_000_000])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    if not (args.corpus / "bbc").is_dir():
        print(f"no BBC articles under {args.corpus}", file=sys.stderr)
        return 1

    print(f"{'size':>9} {'quotes':>6} {'each':>6} {'range':>6} {'range+people':>12}  (MB/s)")
    for size in args.sizes:
        print(row(articles(args.corpus, size), args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
