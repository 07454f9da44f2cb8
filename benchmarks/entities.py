"""Quality and speed benchmark for :mod:`byline.core.entities.recogniser`.

Usage::

    python benchmarks/entities.py [--corpus DIR] [--errors] [--no-speed] [--split SPLIT]

SPLIT is dev, heldout, heldout-new, heldout-3 ... heldout-6 or all (the default).

Gold files (``benchmarks/gold/<source>.entities.json``: ``bbc-<category>-<NNN>`` for corpus
articles, ``seed-000`` for the bundled article) hold annotations only: the surface text and
label of every mention in text order, plus the ``split`` the file belongs to:

* ``dev`` - tuning articles (look at their errors freely);
* ``heldout`` - the first held-out group (3 articles, scored once at the end of round 1);
* ``heldout-new`` - the second held-out group (4 articles annotated before round 2 and
  scored once at its end);
* ``heldout-3`` - the third held-out group (3 articles annotated before round 3, never run
  through the recogniser while tuning, scored once at its end);
* ``heldout-4``, ``heldout-5`` - 5 articles each, annotated before rounds 4 and 5 and scored
  once at their end (heldout-4 was then used for error analysis in round 5, heldout-5 in
  round 6);
* ``heldout-6`` - the last 3 corpus articles, annotated before round 6 and scored once at
  its end.

Articles are read from the local corpus directory (not part of the repository; the script
says so when it is absent) or, for the bundled article, from the seed file.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from byline.core.entities import LABELS, find_entities, find_mentions

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "benchmarks" / "gold"
SEED = REPO.parent / "shared" / "seeds" / "000_5433e785a20123dd.txt"
NAME_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT")
_CHROME = ("Site icon ", "Exit mobile version")
SPLITS = ("dev", "heldout", "heldout-new", "heldout-3", "heldout-4", "heldout-5", "heldout-6")


def _local_seed_body(raw: str) -> str:
    blocks = [b.strip() for b in raw.split("\n\n") if b.strip()]
    blocks = [b for b in blocks if not b.startswith(_CHROME)]
    return "\n\n".join(blocks[1:])  # drop the headline


def load_body(source: str, corpus: Path) -> str | None:
    """Return the plain body text for a gold ``source`` (None when unavailable)."""
    if source.startswith("corpus:"):
        path = corpus / source.removeprefix("corpus:")
        if not path.is_file():
            return None
        raw = path.read_text(encoding="utf-8")
        return "\n\n".join(b.strip() for b in raw.split("\n", 1)[-1].split("\n\n") if b.strip())
    if not SEED.is_file():
        return None
    raw = SEED.read_text(encoding="utf-8")
    try:
        from byline.core.article.importer import import_text
        from byline.core.article.markdown import parse_article

        return str(parse_article(import_text(raw)).text)
    except (ImportError, AttributeError, TypeError, ValueError):
        return _local_seed_body(raw)


def score(gold: Counter[tuple[str, str]], pred: Counter[tuple[str, str]]) -> dict[str, list[int]]:
    """Per-label [tp, fp, fn] from multisets of (text, label)."""
    out: dict[str, list[int]] = {}
    for key in gold | pred:
        label = key[1]
        row = out.setdefault(label, [0, 0, 0])
        tp = min(gold[key], pred[key])
        row[0] += tp
        row[1] += pred[key] - tp
        row[2] += gold[key] - tp
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _table(totals: dict[str, list[int]], title: str) -> float:
    print(f"\n{title}")
    print(f"{'label':<12}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}")
    for label in LABELS:
        if label in totals:
            tp, fp, fn = totals[label]
            p, r, f = prf(tp, fp, fn)
            print(f"{label:<12}{p:7.2f}{r:7.2f}{f:7.2f}{tp + fn:7d}{tp + fp:7d}")
    result = 0.0
    for name, labels in (("ALL (micro)", LABELS), ("NAME TYPES", NAME_TYPES)):
        tp = sum(totals.get(lb, [0, 0, 0])[0] for lb in labels)
        fp = sum(totals.get(lb, [0, 0, 0])[1] for lb in labels)
        fn = sum(totals.get(lb, [0, 0, 0])[2] for lb in labels)
        p, r, f = prf(tp, fp, fn)
        print(f"{name:<12}{p:7.2f}{r:7.2f}{f:7.2f}{tp + fn:7d}{tp + fp:7d}")
        result = f
    return result


def quality(corpus: Path, split: str, errors: bool) -> None:
    """Score every gold article of ``split`` and print tables."""
    if not corpus.is_dir():
        print(f"corpus not found at {corpus}: scoring the bundled article only")
    groups: dict[str, dict[str, list[int]]] = {part: {} for part in ("all", *SPLITS)}
    for path in sorted(GOLD_DIR.glob("*.entities.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        part = doc.get("split", "dev")
        if split != "all" and part != split:
            continue
        body = load_body(doc["source"], corpus)
        if body is None:
            continue
        gold = Counter((m["text"], m["label"]) for m in doc["mentions"])
        pred = Counter((m.text, m.label) for m in find_mentions(body))
        rows = score(gold, pred)
        for target in (groups["all"], groups[part]):
            for label, (tp, fp, fn) in rows.items():
                acc = target.setdefault(label, [0, 0, 0])
                acc[0] += tp
                acc[1] += fp
                acc[2] += fn
        name_rows = [rows.get(lb, [0, 0, 0]) for lb in NAME_TYPES]
        f = prf(*(sum(r[i] for r in name_rows) for i in range(3)))[2]
        print(f"{path.name:<40} [{part:<11}] name-type F1 {f:.2f}")
        if errors:
            fps = sorted((pred - gold).elements())
            fns = sorted((gold - pred).elements())
            print("   FP:", "; ".join(f"{t} [{lb}]" for t, lb in fps))
            print("   FN:", "; ".join(f"{t} [{lb}]" for t, lb in fns))
    for part in ("all", *SPLITS):
        if groups[part]:
            _table(groups[part], f"== {part} gold articles ==")


def speed() -> None:
    """Throughput on a generated ~1 MB article and latency on the bundled article."""
    base = load_body("bundled", Path("/nonexistent")) or "Sergey Lavrov met Turkish officials."
    blocks = base.split("\n\n")
    parts: list[str] = []
    size = i = 0
    while size < 1_000_000:
        block = blocks[i % len(blocks)] + f" (Part {i})"
        parts.append(block)
        size += len(block.encode("utf-8")) + 2
        i += 1
    big = "\n\n".join(parts)
    find_entities("warm up the gazetteer in London.")
    t0 = time.perf_counter()
    ents = find_entities(big)
    dt = time.perf_counter() - t0
    mb = len(big.encode("utf-8")) / 1e6
    print(f"\nthroughput: {mb:.2f} MB in {dt:.2f} s = {mb / dt:.2f} MB/s ({len(ents)} entities)")
    t0 = time.perf_counter()
    find_entities(base)
    print(f"bundled article find_entities: {(time.perf_counter() - t0) * 1000:.1f} ms")


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--errors", action="store_true", help="print false positives/negatives")
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args(argv)
    quality(args.corpus, args.split, args.errors)
    if not args.no_speed:
        speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
