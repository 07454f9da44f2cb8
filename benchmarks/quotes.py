"""Benchmark quotation extraction and attribution against hand-annotated gold files.

Usage::

    python benchmarks/quotes.py [--corpus DIR] [--seeds DIR] [--errors] [--only held-out|dev]

Gold files (``benchmarks/gold/*.quotes.json``) hold anchors only: the first words (``prefix``)
and last words (``suffix``) of each quotation plus its speaker. A predicted quotation matches a
gold one when its text, whitespace- and mark-normalised, starts with the prefix and ends with
the suffix. Scores: span precision / recall / F1 and speaker accuracy (share of matched gold
quotations whose predicted speaker equals the gold speaker; ``None`` == ``null`` is correct).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from byline.core.quotes import Quote, find_quotes

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = Path(__file__).resolve().parent / "gold"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_SEEDS = ROOT.parent / "shared" / "seeds"
#: Gold articles kept out of tuning; reported separately.
HELD_OUT = frozenset({"bbc-politics-220", "bbc-tech-398", "bbc-entertainment-282"})


_NORM_TABLE: dict[int, str | None] = {
    ord("“"): None,
    ord("”"): None,
    ord('"'): None,
    ord("‘"): "'",
    ord("’"): "'",
}


def _norm(s: str) -> str:
    s = s.translate(_NORM_TABLE)
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(" ,.;:!?").casefold()


def _local_body(raw: str, corpus: bool) -> str:
    """Fallback loader when the importer is unavailable."""
    lines = raw.replace("\r\n", "\n").split("\n")
    if corpus:
        body = "\n".join(lines[1:])
    else:
        kept = [ln for ln in lines if not re.match(r"^(Site icon|Exit mobile version)", ln)]
        blocks = [b.strip() for b in "\n".join(kept).split("\n\n") if b.strip()]
        body = "\n\n".join(blocks[1:])
    blocks = [b.strip() for b in re.split(r"\n\s*\n", body) if b.strip()]
    return "\n\n".join(blocks)


def load_text(path: Path, corpus: bool) -> str:
    """Article body text via the app's importer, or a local fallback loader."""
    raw = path.read_text(encoding="utf-8")
    try:
        from byline.core.importer import import_text  # type: ignore[import-not-found,unused-ignore]
        from byline.core.markdown import parse_article  # type: ignore[import-not-found,unused-ignore]

        article = parse_article(import_text(raw))
        text = article.text
        if isinstance(text, str) and text.strip():
            return text
    except Exception:
        pass
    return _local_body(raw, corpus)


@dataclass
class Score:
    """Counts for one article or a total."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    spk_ok: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.spk_ok += other.spk_ok

    def prf(self) -> tuple[float, float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        a = self.spk_ok / self.tp if self.tp else 1.0
        return p, r, f, a


def score_article(
    preds: list[Quote], gold: list[dict[str, str | None]], errors: list[str]
) -> Score:
    """Match predictions to gold anchors and count."""
    sc = Score()
    used: set[int] = set()
    for g in gold:
        prefix, suffix = _norm(str(g["prefix"])), _norm(str(g["suffix"]))
        hit = None
        for i, q in enumerate(preds):
            t = _norm(q.text)
            if i not in used and t.startswith(prefix) and t.endswith(suffix):
                hit = i
                break
        if hit is None:
            sc.fn += 1
            errors.append(f"  MISS  {g['prefix']!r} .. {g['suffix']!r} ({g['speaker']})")
            continue
        used.add(hit)
        sc.tp += 1
        if preds[hit].speaker == g["speaker"]:
            sc.spk_ok += 1
        else:
            errors.append(
                f"  SPKR  {g['prefix']!r}: got {preds[hit].speaker!r} [{preds[hit].cue}],"
                f" gold {g['speaker']!r}"
            )
    for i, q in enumerate(preds):
        if i not in used:
            sc.fp += 1
            errors.append(f"  EXTRA {q.text[:60]!r} ({q.speaker})")
    return sc


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print per-article and overall figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    ap.add_argument("--errors", action="store_true", help="print misses and wrong speakers")
    ap.add_argument("--only", choices=["dev", "held-out"], default=None)
    args = ap.parse_args(argv)

    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}: scoring the bundled article only")
    totals = {"dev": Score(), "held-out": Score()}
    print(f"{'article':28} {'gold':>4} {'pred':>4} {'P':>5} {'R':>5} {'F1':>5} {'spk':>5}")
    for gold_path in sorted(GOLD_DIR.glob("*.quotes.json")):
        gid = gold_path.name.removesuffix(".quotes.json")
        split = "held-out" if gid in HELD_OUT else "dev"
        if args.only and args.only != split:
            continue
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        kind, _, rel = str(data["source"]).partition(":")
        base = args.corpus if kind == "corpus" else args.seeds
        path = base / rel
        if not path.is_file():
            if kind == "seed":
                bundled = sorted((ROOT / "articles").glob("*.md"))
                print(f"{gid:28} source {path} absent ({len(bundled)} bundled .md present)")
            continue
        text = load_text(path, corpus=kind == "corpus")
        preds = find_quotes(text)
        errs: list[str] = []
        sc = score_article(preds, data["quotes"], errs)
        totals[split].add(sc)
        p, r, f, a = sc.prf()
        tag = " (held out)" if split == "held-out" else ""
        print(
            f"{gid:28} {sc.tp + sc.fn:4d} {sc.tp + sc.fp:4d} {p:5.2f} {r:5.2f} {f:5.2f} "
            f"{a:5.2f}{tag}"
        )
        if args.errors:
            for e in errs:
                print(e)
    overall = Score()
    for name, sc in totals.items():
        overall.add(sc)
        if sc.tp + sc.fn + sc.fp:
            p, r, f, a = sc.prf()
            print(f"{name:>10}: P={p:.3f} R={r:.3f} F1={f:.3f} speaker accuracy={a:.3f}")
    p, r, f, a = overall.prf()
    print(f"{'overall':>10}: P={p:.3f} R={r:.3f} F1={f:.3f} speaker accuracy={a:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
