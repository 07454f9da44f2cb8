"""Inter-annotator agreement on the double-annotated items of the new gold.

Usage::

    python benchmarks/gold/agreement.py [--details]

For every item marked ``double_annotated`` in ``selection.json`` or in a later split's file
(``dev2.json`` to ``dev5.json``, ``test2.json``), the first annotation
(``gold/<id>.quotes.json``, ``gold/<id>.entities.json``) is compared with the second, independent
one (``gold/agreement/<id>.*.json``). No product code and no article text are needed: only the
annotations are compared.

Quotations: items are matched by their anchors, normalised as ``benchmarks/quotes.py`` does
(double marks deleted, curly single marks made straight, whitespace collapsed, spaces and
``, . ; : ! ?`` stripped at both ends, casefolded): an item of one annotator matches an unused
item of the other with the same normalised prefix and suffix (in reading order). F1 is
``2 * matched / (n1 + n2)`` (one annotator scored against the other; symmetric). Speaker
agreement: share of matched items with the same speaker (``null`` == ``null``); kind
agreement likewise for ``speech`` / ``fragment``.

Entities: F1 between the two multisets of (text, label), over the six name types (PERSON ORG
GPE LOC NORP PRODUCT) and over all types. Label agreement: for every mention text both
annotators marked, ``min(n1, n2)`` mentions are paired; the share of pairs with the same label,
pairing equal labels first (mentions are compared by text and count, not by position).

Totals pool the counts of all items (micro averages), for each selection file and for
all. ``--details`` lists every disagreement.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

HERE = Path(__file__).resolve().parent
SECOND_DIR = HERE / "agreement"
SELECTION_JSON = HERE / "selection.json"
SELECTION_FILES = (
    "selection.json",
    "dev2.json",
    "dev3.json",
    "dev4.json",
    "dev5.json",
    "test2.json",
)
"""The files that list items (the first selection, then the later splits)."""
QUOTES_PY = HERE.parent / "quotes.py"
NAME_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT")


def _load_norm() -> Callable[[str], str]:
    """``norm_anchor`` of ``benchmarks/quotes.py`` (imported by path; it needs no product code)."""
    spec = importlib.util.spec_from_file_location("byline_bench_quotes", QUOTES_PY)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {QUOTES_PY}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    sys.path.insert(0, str(QUOTES_PY.parent))  # quotes.py imports its neighbours
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(QUOTES_PY.parent))
    return cast(Callable[[str], str], module.norm_anchor)


norm_anchor = _load_norm()


def prf(tp: int, n_first: int, n_second: int) -> tuple[float, float, float]:
    """Precision and recall of the second annotation against the first, and F1."""
    p = tp / n_second if n_second else 1.0
    r = tp / n_first if n_first else 1.0
    f = 2 * tp / (n_first + n_second) if n_first + n_second else 1.0
    return p, r, f


def ratio(num: int, den: int) -> str:
    """``num/den`` as a fixed-width share (``-`` when there is nothing to compare)."""
    return f"{num / den:6.3f}" if den else f"{'-':>6}"


@dataclass
class QuoteAgreement:
    """Counts of the quotation comparison of one item or a total."""

    first: int = 0
    second: int = 0
    matched: int = 0
    same_speaker: int = 0
    same_kind: int = 0
    details: list[str] = field(default_factory=list)

    def add(self, other: QuoteAgreement) -> None:
        self.first += other.first
        self.second += other.second
        self.matched += other.matched
        self.same_speaker += other.same_speaker
        self.same_kind += other.same_kind


@dataclass
class EntityAgreement:
    """Counts of the entity comparison of one item or a total."""

    first_names: int = 0
    second_names: int = 0
    common_names: int = 0
    first_all: int = 0
    second_all: int = 0
    common_all: int = 0
    paired: int = 0
    same_label: int = 0
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)
    details: list[str] = field(default_factory=list)

    def add(self, other: EntityAgreement) -> None:
        self.first_names += other.first_names
        self.second_names += other.second_names
        self.common_names += other.common_names
        self.first_all += other.first_all
        self.second_all += other.second_all
        self.common_all += other.common_all
        self.paired += other.paired
        self.same_label += other.same_label
        self.confusions.update(other.confusions)


def _anchor(q: dict[str, Any]) -> tuple[str, str]:
    return norm_anchor(str(q["prefix"])), norm_anchor(str(q["suffix"]))


def compare_quotes(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> QuoteAgreement:
    """Match the two annotators' quotations by normalised anchors and count agreement."""
    out = QuoteAgreement(first=len(first), second=len(second))
    used: set[int] = set()
    for q in first:
        key = _anchor(q)
        hit = next((i for i, o in enumerate(second) if i not in used and _anchor(o) == key), None)
        if hit is None:
            out.details.append(f"  quote 1st only: {q['prefix']!r} .. {q['suffix']!r}")
            continue
        used.add(hit)
        other = second[hit]
        out.matched += 1
        if q.get("speaker") == other.get("speaker"):
            out.same_speaker += 1
        else:
            out.details.append(
                f"  speaker: {q['prefix']!r}: 1st {q.get('speaker')!r}, "
                f"2nd {other.get('speaker')!r}"
            )
        if q.get("kind") == other.get("kind"):
            out.same_kind += 1
        else:
            out.details.append(
                f"  kind: {q['prefix']!r}: 1st {q.get('kind')!r}, 2nd {other.get('kind')!r}"
            )
    for i, o in enumerate(second):
        if i not in used:
            out.details.append(f"  quote 2nd only: {o['prefix']!r} .. {o['suffix']!r}")
    return out


def compare_entities(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> EntityAgreement:
    """F1 over (text, label) multisets, and label agreement on shared mention texts."""
    m1 = Counter((str(m["text"]), str(m["label"])) for m in first)
    m2 = Counter((str(m["text"]), str(m["label"])) for m in second)
    n1 = Counter({k: v for k, v in m1.items() if k[1] in NAME_TYPES})
    n2 = Counter({k: v for k, v in m2.items() if k[1] in NAME_TYPES})
    out = EntityAgreement(
        first_names=n1.total(),
        second_names=n2.total(),
        common_names=(n1 & n2).total(),
        first_all=m1.total(),
        second_all=m2.total(),
        common_all=(m1 & m2).total(),
    )
    by_text1: dict[str, Counter[str]] = {}
    by_text2: dict[str, Counter[str]] = {}
    for (text, label), n in m1.items():
        by_text1.setdefault(text, Counter())[label] += n
    for (text, label), n in m2.items():
        by_text2.setdefault(text, Counter())[label] += n
    for text in sorted(by_text1.keys() & by_text2.keys()):
        l1, l2 = by_text1[text], by_text2[text]
        paired = min(l1.total(), l2.total())
        same = (l1 & l2).total()  # never more than paired
        out.paired += paired
        out.same_label += same
        rest1 = sorted((l1 - l2).elements())
        rest2 = sorted((l2 - l1).elements())
        for a, b in list(zip(rest1, rest2, strict=False))[: paired - same]:
            out.confusions[(a, b)] += 1
            out.details.append(f"  label: {text!r}: 1st {a}, 2nd {b}")
    only1 = sorted((m1 - m2).elements())
    only2 = sorted((m2 - m1).elements())
    if only1:
        out.details.append("  entities 1st only: " + "; ".join(f"{t} [{lb}]" for t, lb in only1))
    if only2:
        out.details.append("  entities 2nd only: " + "; ".join(f"{t} [{lb}]" for t, lb in only2))
    return out


def _load(path: Path) -> dict[str, Any]:
    return cast(dict[str, Any], json.loads(path.read_text(encoding="utf-8")))


def double_annotated() -> dict[str, str]:
    """The items marked ``double_annotated``, each with the stem of the file listing it."""
    found: dict[str, str] = {}
    for name in SELECTION_FILES:
        path = HERE / name
        if path.exists():
            for item in _load(path)["items"]:
                if item.get("double_annotated"):
                    found[str(item["id"])] = path.stem
    return found


def _quote_row(name: str, q: QuoteAgreement) -> str:
    p, r, f = prf(q.matched, q.first, q.second)
    return (
        f"{name:38} {q.first:4d} {q.second:4d} {q.matched:5d} {p:6.3f} {r:6.3f} {f:6.3f} "
        f"{ratio(q.same_speaker, q.matched)} {ratio(q.same_kind, q.matched)}"
    )


def _entity_row(name: str, e: EntityAgreement) -> str:
    fn = prf(e.common_names, e.first_names, e.second_names)[2]
    fa = prf(e.common_all, e.first_all, e.second_all)[2]
    return (
        f"{name:38} {e.first_names:4d} {e.second_names:4d} {fn:6.3f} "
        f"{e.first_all:5d} {e.second_all:5d} {fa:6.3f} {e.paired:6d} "
        f"{ratio(e.same_label, e.paired)}"
    )


def main(argv: list[str] | None = None) -> int:
    """Compare the two annotations of every double-annotated item and print tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--details", action="store_true", help="list every disagreement")
    args = ap.parse_args(argv)

    ids = double_annotated()
    second_ids = {
        p.name.removesuffix(".quotes.json").removesuffix(".entities.json")
        for p in SECOND_DIR.glob("*.json")
    }
    extra = sorted(second_ids - set(ids))
    problems: list[str] = [f"{gid}: in agreement/ but not double_annotated" for gid in extra]
    rows: list[tuple[str, str, QuoteAgreement | None, EntityAgreement | None]] = []
    for gid in ids:
        pair = ""
        quotes: QuoteAgreement | None = None
        entities: EntityAgreement | None = None
        for kind in ("quotes", "entities"):
            try:
                one = _load(HERE / f"{gid}.{kind}.json")
                two = _load(SECOND_DIR / f"{gid}.{kind}.json")
            except (OSError, ValueError) as exc:
                problems.append(f"{gid}.{kind}: not compared: {type(exc).__name__}: {exc}")
                continue
            pair = f"{one.get('annotator', '?')}/{two.get('annotator', '?')}"
            if one.get("annotator") is not None and one.get("annotator") == two.get("annotator"):
                problems.append(f"{gid}.{kind}: both files name annotator {one['annotator']!r}")
            if kind == "quotes":
                quotes = compare_quotes(one["quotes"], two["quotes"])
            else:
                entities = compare_entities(one["mentions"], two["mentions"])
        rows.append((gid, pair, quotes, entities))

    print("Quotations (1st = gold/<id>, 2nd = gold/agreement/<id>; matched by normalised anchors)")
    print(
        f"{'item':38} {'1st':>4} {'2nd':>4} {'match':>5} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'spkr':>6} {'kind':>6}  annotators"
    )
    q_total = QuoteAgreement()
    q_sets: dict[str, QuoteAgreement] = {}
    for gid, pair, quotes, _ in rows:
        if quotes is not None:
            q_total.add(quotes)
            q_sets.setdefault(ids[gid], QuoteAgreement()).add(quotes)
            print(f"{_quote_row(gid, quotes)}  {pair}")
    for stem, agreement in q_sets.items():
        print(_quote_row(f"total, {stem}.json", agreement))
    print(_quote_row("TOTAL (micro)", q_total))

    print("\nEntities (F1 over (text, label) multisets; label agreement on shared mention texts)")
    print(
        f"{'item':38} {'1st6':>4} {'2nd6':>4} {'F1-6':>6} {'1st':>5} {'2nd':>5} {'F1-all':>6} "
        f"{'paired':>6} {'label':>6}"
    )
    e_total = EntityAgreement()
    e_sets: dict[str, EntityAgreement] = {}
    for gid, _, _, entities in rows:
        if entities is not None:
            e_total.add(entities)
            e_sets.setdefault(ids[gid], EntityAgreement()).add(entities)
            print(_entity_row(gid, entities))
    for stem, entity_set in e_sets.items():
        print(_entity_row(f"total, {stem}.json", entity_set))
    print(_entity_row("TOTAL (micro)", e_total))
    print(f"(6 = the name types {' '.join(NAME_TYPES)}; all = every label)")
    if e_total.confusions:
        pairs = ", ".join(f"{a}/{b} x{n}" for (a, b), n in e_total.confusions.most_common())
        print(f"label disagreements (1st/2nd): {pairs}")

    if args.details:
        print("\nDisagreements")
        for gid, _, quotes, entities in rows:
            lines = (quotes.details if quotes else []) + (entities.details if entities else [])
            if lines:
                print(gid)
                for line in lines:
                    print(line)
    if problems:
        print("\nproblems:")
        for line in problems:
            print(f"  {line}")
    return 1 if any("not compared" in p for p in problems) else 0


if __name__ == "__main__":
    sys.exit(main())
