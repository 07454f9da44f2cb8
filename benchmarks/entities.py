"""Quality and speed benchmark for :mod:`byline.core.entities.recogniser`.

Usage::

    python benchmarks/entities.py [--corpus DIR] [--errors] [--no-speed] [--split SPLIT]
                                  [--gold old|new|all] [--source bbc|web|all]

SPLIT is dev, heldout, heldout-new, heldout-3 ... heldout-6 (old gold), test (new gold) or all
(the default); ``dev`` selects the dev files of both.

Gold files (``benchmarks/gold/<source>.entities.json``: ``bbc-<category>-<NNN>`` for corpus
articles, ``seed-000`` for the bundled article) hold annotations only: the surface text and
label of every mention in text order, plus the ``split`` the file belongs to. Old gold (the
files not listed in ``gold/selection.json``):

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

New gold: the 60 items of ``gold/selection.json`` (40 BBC articles, 20 web pages), annotated
after ``gold/GUIDELINES.md`` with all 18 OntoNotes types, split ``dev`` / ``test``. Their
text is ``selection.main_text(corpus, id)``. They are reported by split and source (dev/bbc,
dev/web, test/bbc, test/web, then totals): P/R/F1 over the six name types (PERSON ORG GPE
LOC NORP PRODUCT) as the headline, a row per name type, WORK_OF_ART, LAW and EVENT apart,
and an "all types" row over the recogniser's labels (:data:`LABELS`; the gold's CARDINAL,
ORDINAL, TIME and LANGUAGE, which the recogniser never produces, are left out). When spaCy
and ``en_core_web_sm`` are importable, spaCy's small model is scored on the same texts as a
reference (its labels are OntoNotes already). ``--errors`` lists the errors of ``test`` items
only when ``--split test`` is given explicitly (test errors are not for tuning).

Old articles are read from the local corpus directory (not part of the repository; the script
says so when it is absent) or, for the bundled article, from the seed file.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from byline.core.entities import LABELS, find_entities, find_mentions
from new_gold import (
    GOLD_DIR,
    NEW_GROUPS,
    NEW_SOURCES,
    NEW_SPLITS,
    main_text_function,
    new_items,
)

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seeds" / "000_5433e785a20123dd.txt"
NAME_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT")
#: Name types reported apart from the six (new gold).
OTHER_NAMES = ("WORK_OF_ART", "LAW", "EVENT")
_CHROME = ("Site icon ", "Exit mobile version")
SPLITS = ("dev", "heldout", "heldout-new", "heldout-3", "heldout-4", "heldout-5", "heldout-6")
#: Groups that get a per-label table (the others only a row in the summary).
DETAILED_GROUPS = (*NEW_GROUPS[: len(NEW_SPLITS) * len(NEW_SOURCES)], "all new")

Counts = dict[str, list[int]]
Tagger = Callable[[str], list[tuple[str, str]]]


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


def score(gold: Counter[tuple[str, str]], pred: Counter[tuple[str, str]]) -> Counts:
    """Per-label [tp, fp, fn] from multisets of (text, label)."""
    out: Counts = {}
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


def _sum(totals: Counts, labels: tuple[str, ...]) -> tuple[int, int, int]:
    """Summed [tp, fp, fn] over ``labels``."""
    rows = [totals.get(lb, [0, 0, 0]) for lb in labels]
    return sum(r[0] for r in rows), sum(r[1] for r in rows), sum(r[2] for r in rows)


def _add(target: Counts, rows: Counts) -> None:
    for label, (tp, fp, fn) in rows.items():
        acc = target.setdefault(label, [0, 0, 0])
        acc[0] += tp
        acc[1] += fp
        acc[2] += fn


def _table(totals: Counts, title: str) -> float:
    print(f"\n{title}")
    print(f"{'label':<12}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}")
    for label in LABELS:
        if label in totals:
            tp, fp, fn = totals[label]
            p, r, f = prf(tp, fp, fn)
            print(f"{label:<12}{p:7.2f}{r:7.2f}{f:7.2f}{tp + fn:7d}{tp + fp:7d}")
    result = 0.0
    for name, labels in (("ALL (micro)", LABELS), ("NAME TYPES", NAME_TYPES)):
        tp, fp, fn = _sum(totals, labels)
        p, r, f = prf(tp, fp, fn)
        print(f"{name:<12}{p:7.2f}{r:7.2f}{f:7.2f}{tp + fn:7d}{tp + fp:7d}")
        result = f
    return result


def quality(corpus: Path, split: str, errors: bool) -> None:
    """Score every old gold article of ``split`` and print tables."""
    selected = {it["id"] for it in new_items()}
    print("== old gold ==")
    if not corpus.is_dir():
        print(f"corpus not found at {corpus}: scoring the bundled article only")
    groups: dict[str, Counts] = {part: {} for part in ("all", *SPLITS)}
    for path in sorted(GOLD_DIR.glob("*.entities.json")):
        if path.name.removesuffix(".entities.json") in selected:
            continue
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
            _add(target, rows)
        f = prf(*_sum(rows, NAME_TYPES))[2]
        print(f"{path.name:<40} [{part:<11}] name-type F1 {f:.2f}")
        if errors:
            fps = sorted((pred - gold).elements())
            fns = sorted((gold - pred).elements())
            print("   FP:", "; ".join(f"{t} [{lb}]" for t, lb in fps))
            print("   FN:", "; ".join(f"{t} [{lb}]" for t, lb in fns))
    for part in ("all", *SPLITS):
        if groups[part]:
            _table(groups[part], f"== {part} gold articles ==")


def spacy_tagger() -> Tagger | str:
    """spaCy's ``en_core_web_sm`` as (text, label) pairs, or why it is unavailable."""
    try:
        spacy = importlib.import_module("spacy")
    except ImportError:
        return "spaCy not installed"
    try:
        nlp = spacy.load("en_core_web_sm")
    except Exception as exc:  # OSError when the model package is missing
        return f"spaCy installed, en_core_web_sm not loadable ({type(exc).__name__})"

    def tag(text: str) -> list[tuple[str, str]]:
        return [(str(ent.text), str(ent.label_)) for ent in nlp(text).ents]

    return tag


def _summary_row(name: str, items: int, totals: Counts, ref: Counts | None) -> str:
    tp, fp, fn = _sum(totals, NAME_TYPES)
    p, r, f = prf(tp, fp, fn)
    others = " ".join(f"{prf(*_sum(totals, (lb,)))[2]:6.2f}" for lb in OTHER_NAMES)
    all_f = prf(*_sum(totals, LABELS))[2]
    line = f"{name:<10}{items:>6}{p:7.3f}{r:7.3f}{f:7.3f}{tp + fn:6d}{tp + fp:6d}  {others}"
    line += f"{all_f:7.2f}"
    if ref is not None:
        rp, rr, rf = prf(*_sum(ref, NAME_TYPES))
        line += f"  |{rp:6.3f}{rr:6.3f}{rf:6.3f}"
    return line


def _new_table(totals: Counts, title: str, ref: Counts | None) -> None:
    """Per-label table of one group of new gold (``ref``: spaCy's counts, when scored)."""
    print(f"\n{title}")
    head = f"{'label':<12}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"
    print(head + (f"  |{'spaCy P':>8}{'R':>6}{'F1':>6}" if ref is not None else ""))

    def row(name: str, labels: tuple[str, ...]) -> None:
        tp, fp, fn = _sum(totals, labels)
        p, r, f = prf(tp, fp, fn)
        line = f"{name:<12}{p:7.2f}{r:7.2f}{f:7.2f}{tp + fn:7d}{tp + fp:7d}"
        if ref is not None:
            rp, rr, rf = prf(*_sum(ref, labels))
            line += f"  |{rp:8.2f}{rr:6.2f}{rf:6.2f}"
        print(line)

    for label in NAME_TYPES:
        row(label, (label,))
    row("NAME TYPES", NAME_TYPES)
    for label in OTHER_NAMES:
        row(label, (label,))
    row("ALL TYPES", LABELS)


def quality_new(corpus: Path, split: str, source: str, errors: bool) -> int:
    """Score the new gold (the selection); returns the number of items that could not be scored."""
    print("== new gold (gold/selection.json, GUIDELINES.md) ==")
    if not corpus.is_dir():
        print(f"corpus not found at {corpus}: new gold not scored")
        return 0
    main_text = main_text_function()
    tagger = spacy_tagger()
    if isinstance(tagger, str):
        print(f"reference: {tagger} (no spaCy column)")
    ref_on = not isinstance(tagger, str)
    show_test_errors = split != "all"
    groups: dict[str, Counts] = {g: {} for g in NEW_GROUPS}
    ref_groups: dict[str, Counts] = {g: {} for g in NEW_GROUPS}
    n_items: Counter[str] = Counter()
    problems: list[str] = []
    known = set(LABELS)
    for item in new_items():
        gid, part, src = item["id"], item["split"], item["source"]
        if split not in ("all", part) or source not in ("all", src):
            continue
        path = GOLD_DIR / f"{gid}.entities.json"
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            mentions = [(str(m["text"]), str(m["label"])) for m in doc["mentions"]]
            text = main_text(corpus, gid)
        except Exception as exc:  # a broken gold file or page must not stop the others
            problems.append(f"{gid}: not scored: {type(exc).__name__}: {exc}")
            continue
        if doc.get("split") != part:
            problems.append(f"{gid}: gold split {doc.get('split')!r}, selection {part!r}")
        missing = sorted({t for t, _ in mentions if t not in text})
        if missing:
            problems.append(f"{gid}: mention text not in the text: {missing}")
        # The gold's CARDINAL, ORDINAL, TIME, LANGUAGE are out of the recogniser's scope.
        gold = Counter(m for m in mentions if m[1] in known)
        pred = Counter((m.text, m.label) for m in find_mentions(text))
        rows = score(gold, pred)
        ref_rows: Counts | None = None
        if not isinstance(tagger, str):
            ref_pred = Counter(m for m in tagger(text) if m[1] in known)
            ref_rows = score(gold, ref_pred)
        for group in (f"{part}/{src}", part, src, "all new"):
            _add(groups[group], rows)
            if ref_rows is not None:
                _add(ref_groups[group], ref_rows)
            n_items[group] += 1
        f = prf(*_sum(rows, NAME_TYPES))[2]
        ref_f = f"  spaCy {prf(*_sum(ref_rows, NAME_TYPES))[2]:.2f}" if ref_rows is not None else ""
        print(f"{gid + '.entities.json':<52} [{part}/{src}] name-type F1 {f:.2f}{ref_f}")
        if errors and (part.startswith("dev") or split == part):
            fps = sorted((pred - gold).elements())
            fns = sorted((gold - pred).elements())
            print("   FP:", "; ".join(f"{t} [{lb}]" for t, lb in fps))
            print("   FN:", "; ".join(f"{t} [{lb}]" for t, lb in fns))
    if errors and not show_test_errors and split == "all":
        print("(errors of test items not listed: pass --split test or test2 to list them)")
    names = " ".join(NAME_TYPES)
    print(f"\nnew gold: name types ({names}); F1 of {', '.join(OTHER_NAMES)}; F1 all types")
    head = (
        f"{'group':<10}{'items':>6}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}  "
        f"{'WoA':>6} {'LAW':>6} {'EVENT':>6}{'all':>7}"
    )
    print(head + (f"  |{'spaCy P':>7}{'R':>6}{'F1':>6}" if ref_on else ""))
    for group in NEW_GROUPS:
        if n_items[group]:
            ref = ref_groups[group] if ref_on else None
            print(_summary_row(group, n_items[group], groups[group], ref))
    for group in DETAILED_GROUPS:
        if n_items[group]:
            ref = ref_groups[group] if ref_on else None
            _new_table(groups[group], f"== new gold: {group} ({n_items[group]} items) ==", ref)
    print(
        "\nALL TYPES: the recogniser's labels "
        f"({' '.join(LABELS)}); the gold's other types are not scored."
    )
    if problems:
        print("\nnew gold problems:")
        for line in problems:
            print(f"  {line}")
    return sum(1 for p in problems if ": not scored:" in p)


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
    ap.add_argument(
        "--split",
        choices=(*SPLITS, *NEW_SPLITS[1:], "all"),
        default="all",
        help="old gold splits, or test (new gold only); dev selects both golds' dev files",
    )
    ap.add_argument(
        "--gold",
        choices=("old", "new", "all"),
        default="all",
        help="old gold files, the new gold of gold/selection.json, or both",
    )
    ap.add_argument("--source", choices=(*NEW_SOURCES, "all"), default="all", help="new gold")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args(argv)
    failed = 0
    new_gold_only = args.split in NEW_SPLITS and args.split != "dev"  # dev is both golds'
    if args.gold in ("old", "all") and not new_gold_only:
        quality(args.corpus, args.split, args.errors)
    if args.gold in ("new", "all") and args.split in (*NEW_SPLITS, "all"):
        if args.gold == "all" and not new_gold_only:
            print()
        failed = quality_new(args.corpus, args.split, args.source, args.errors)
    if not args.no_speed:
        speed()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
