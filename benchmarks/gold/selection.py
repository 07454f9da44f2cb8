"""Pick the articles for the next round of hand-annotated gold, and give the text to annotate.

Usage::

    python benchmarks/gold/selection.py [--corpus DIR] [--check]

Selection (fixed seed :data:`SEED`, standard library only, no product imports):

* 40 BBC articles, 8 per category, drawn at random from ``bbc/<category>/NNN.txt``, leaving out
  the 30 articles already annotated (:data:`EXISTING_GOLD`), exact duplicates (same sha256) of
  those, files that are not valid UTF-8, and all but the lowest-numbered file of any group of
  identical candidates;
* 20 web pages drawn at random from the ``web/*.html`` pages that are usable as one news
  article (:data:`WEB_EXCLUDED` says which are not, and why).

Each item gets a split, ``dev`` or ``test``: half of each stratum (a BBC category, or the web
pages), drawn with the seed. Ten items (5 dev, 5 test; 3 BBC from three categories and 2 web
pages per split) are marked for a second, independent annotation.

The script prints the list and writes ``selection.json`` beside itself. ``--check`` also
verifies that every item's text can be produced by :func:`main_text` (web pages need the
``web-<name>.body.json`` anchor files and ``w3m``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[2] / "shared" / "corpus"
SELECTION_FILE = HERE / "selection.json"

#: The seed of every random draw in this file (each draw uses its own ``Random`` seeded with
#: ``f"{SEED}-<purpose>"``, so one change does not shift the others).
SEED = 20240611
CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")
BBC_PER_CATEGORY = 8
WEB_COUNT = 20
DOUBLE_PER_SPLIT_BBC = 3
DOUBLE_PER_SPLIT_WEB = 2

#: Corpus articles that already had gold files when this selection was made (frozen here so
#: that new gold files written for this selection never change it).
EXISTING_GOLD = frozenset(
    {
        "bbc/business/006.txt", "bbc/business/146.txt", "bbc/business/154.txt",
        "bbc/business/159.txt", "bbc/business/209.txt", "bbc/business/446.txt",
        "bbc/entertainment/118.txt", "bbc/entertainment/253.txt", "bbc/entertainment/263.txt",
        "bbc/entertainment/282.txt", "bbc/entertainment/368.txt", "bbc/entertainment/372.txt",
        "bbc/politics/208.txt", "bbc/politics/212.txt", "bbc/politics/220.txt",
        "bbc/politics/255.txt", "bbc/politics/293.txt", "bbc/politics/333.txt",
        "bbc/sport/040.txt", "bbc/sport/115.txt", "bbc/sport/189.txt", "bbc/sport/211.txt",
        "bbc/sport/259.txt", "bbc/sport/350.txt",
        "bbc/tech/121.txt", "bbc/tech/149.txt", "bbc/tech/251.txt", "bbc/tech/286.txt",
        "bbc/tech/354.txt", "bbc/tech/398.txt",
    }
)  # fmt: skip

#: Web pages left out because they are not usable as one news article.
WEB_EXCLUDED: dict[str, str] = {
    "scmp.com.playbook.html": "no article body in the saved HTML (headline, teaser, captions)",
    "axios.com.future.html": "newsletter digest of several unrelated stories",
    "heartlandnewsfeed.com-Christian.html": "police blotter: a list of arrest/accident records",
    "tomshardware.com.rtx.html": "shopping guide: mostly lists of retailer links",
    "blog.amp.dev.axios.html": "interview transcript ('Rick: ...'), speech without marks",
    "github.blog.spiceland.html": "Q&A profile: questions as headings, first-person answers",
    "pamelaandersonfoundation.org.yellow.html": "personal opinion essay, 8,800 words",
    "pcgamer.com.skyrim.html": "first-person game diary, not news",
    "boingboing.net.millenials.html": "the post is one paragraph; the rest are other posts",
    "corkbeo.ie.level.html": "live blog: timestamped entries, some repeated verbatim, no one body",
}

W3M_COMMAND = ("w3m", "-dump", "-cols", "3000", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8")
TEXT_VIA = "w3m -dump -cols 3000 -T text/html -I UTF-8 -O UTF-8 FILE (LANG=C.UTF-8)"


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _is_utf8(path: Path) -> bool:
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def bbc_gold_id(rel: str) -> str:
    """``bbc/sport/040.txt`` -> ``bbc-sport-040``."""
    _, category, name = rel.split("/")
    return f"bbc-{category}-{name.removesuffix('.txt')}"


def web_gold_id(rel: str) -> str:
    """``web/dw.com.colonial.html`` -> ``web-dw.com.colonial``."""
    return "web-" + rel.split("/", 1)[1].removesuffix(".html")


def pick_bbc(corpus: Path) -> list[str]:
    """Corpus-relative paths of the BBC articles, 8 per category."""
    existing_sha = {sha256_of(corpus / rel) for rel in EXISTING_GOLD}
    picked: list[str] = []
    for category in CATEGORIES:
        seen: set[str] = set()
        candidates: list[str] = []
        for path in sorted((corpus / "bbc" / category).glob("[0-9][0-9][0-9].txt")):
            rel = path.relative_to(corpus).as_posix()
            digest = sha256_of(path)
            if rel in EXISTING_GOLD or digest in existing_sha or digest in seen:
                continue
            seen.add(digest)
            if _is_utf8(path):
                candidates.append(rel)
        rng = random.Random(f"{SEED}-bbc-{category}")
        picked.extend(sorted(rng.sample(candidates, BBC_PER_CATEGORY)))
    return picked


def pick_web(corpus: Path) -> list[str]:
    """Corpus-relative paths of the web pages."""
    usable = [
        p.relative_to(corpus).as_posix()
        for p in sorted((corpus / "web").glob("*.html"))
        if p.name not in WEB_EXCLUDED
    ]
    rng = random.Random(f"{SEED}-web")
    return sorted(rng.sample(usable, WEB_COUNT))


def stratum_of(rel: str) -> str:
    """``bbc-<category>`` or ``web``."""
    parts = rel.split("/")
    return f"bbc-{parts[1]}" if parts[0] == "bbc" else "web"


def select(corpus: Path) -> list[dict[str, object]]:
    """The full selection as JSON-ready records, in a stable order."""
    rels = pick_bbc(corpus) + pick_web(corpus)
    split: dict[str, str] = {}
    strata: dict[str, list[str]] = {}
    for rel in rels:
        strata.setdefault(stratum_of(rel), []).append(rel)
    for name, members in strata.items():
        order = list(members)
        random.Random(f"{SEED}-split-{name}").shuffle(order)
        half = len(order) // 2
        for i, rel in enumerate(order):
            split[rel] = "dev" if i < half else "test"
    double: set[str] = set()
    for part in ("dev", "test"):
        rng = random.Random(f"{SEED}-double-{part}")
        for category in sorted(rng.sample(CATEGORIES, DOUBLE_PER_SPLIT_BBC)):
            pool = [r for r in strata[f"bbc-{category}"] if split[r] == part]
            double.add(rng.choice(pool))
        web_pool = [r for r in strata["web"] if split[r] == part]
        double.update(rng.sample(web_pool, DOUBLE_PER_SPLIT_WEB))
    records: list[dict[str, object]] = []
    for rel in rels:
        gid = bbc_gold_id(rel) if rel.startswith("bbc/") else web_gold_id(rel)
        records.append(
            {
                "id": gid,
                "source": rel,
                "split": split[rel],
                "double_annotated": rel in double,
                "sha256_16": sha256_of(corpus / rel)[:16],
            }
        )
    return records


def w3m_dump(path: Path) -> str:
    """The page as a reader's copy: ``w3m`` plain-text dump, one line per block."""
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    out = subprocess.run([*W3M_COMMAND, str(path)], capture_output=True, check=True, env=env).stdout
    return out.decode("utf-8")


def _paragraphs(lines: list[str], drop: frozenset[str] = frozenset()) -> str:
    """Non-empty lines (trailing blanks removed) as paragraphs separated by a blank line."""
    kept = [ln.rstrip() for ln in lines]
    return "\n\n".join(ln.strip() for ln in kept if ln.strip() and ln.strip() not in drop)


def slice_dump(dump: str, body_start: str, body_end: str) -> str:
    """The dump from the start of ``body_start`` to the end of ``body_end`` (each exactly once)."""
    for anchor in (body_start, body_end):
        count = dump.count(anchor)
        if count != 1:
            raise ValueError(f"anchor occurs {count} times (must be once): {anchor!r}")
    start = dump.index(body_start)
    end = dump.index(body_end) + len(body_end)
    if end <= start:
        raise ValueError(f"body_end before body_start: {body_start!r} .. {body_end!r}")
    return dump[start:end]


def main_text(corpus_dir: Path, gold_id: str) -> str:
    """The text annotated for a selected item (what the benchmark must feed the product).

    BBC: the file without its title line, paragraphs (blank-line separated) stripped and
    re-joined with one blank line, exactly as ``benchmarks/entities.py`` loads it. Web: the
    ``w3m`` dump sliced by the anchors of ``web-<name>.body.json`` (``body_start`` ..
    ``body_end``, each exactly once in the dump); then each ``drop_spans`` pair ``[first,
    last]`` is cut out (``first`` occurs once in the slice; the span ends at the first
    ``last`` after it), each ``replace`` pair ``[old, new]`` (``old``
    once) applied, and every non-empty line that is not in ``drop_lines`` becomes one
    paragraph, stripped; paragraphs are joined with one blank line.
    """
    corpus_dir = Path(corpus_dir)
    if gold_id.startswith("bbc-"):
        _, category, number = gold_id.split("-")
        raw = (corpus_dir / "bbc" / category / f"{number}.txt").read_text(encoding="utf-8")
        body = raw.split("\n", 1)[-1]
        return "\n\n".join(b.strip() for b in body.split("\n\n") if b.strip())
    if gold_id.startswith("web-"):
        spec = json.loads((HERE / f"{gold_id}.body.json").read_text(encoding="utf-8"))
        kind, _, rel = str(spec["source"]).partition(":")
        if kind != "corpus":
            raise ValueError(f"{gold_id}: unexpected source {spec['source']!r}")
        cut = slice_dump(w3m_dump(corpus_dir / rel), spec["body_start"], spec["body_end"])
        for first, last in spec.get("drop_spans", []):
            if cut.count(first) != 1:
                raise ValueError(f"{gold_id}: drop span start must occur once: {first!r}")
            a = cut.index(first)
            b = cut.find(last, a + len(first))
            if b < 0:
                raise ValueError(f"{gold_id}: drop span end not found after start: {last!r}")
            cut = cut[:a] + "\n" + cut[b + len(last) :]
        for old, new in spec.get("replace", []):
            if cut.count(old) != 1:
                raise ValueError(f"{gold_id}: replace target must occur once: {old!r}")
            cut = cut.replace(old, new, 1)
        drop = frozenset(str(x).strip() for x in spec.get("drop_lines", []))
        return _paragraphs(cut.split("\n"), drop)
    raise ValueError(f"unknown gold id {gold_id!r}")


def check(corpus: Path, records: list[dict[str, object]]) -> int:
    """Produce every item's text; report problems. Returns the number of failures."""
    failures = 0
    for rec in records:
        gid = str(rec["id"])
        try:
            text = main_text(corpus, gid)
            words = len(re.findall(r"\S+", text))
            marks = len(re.findall(r"[\"“”]", text))
            print(f"  ok   {gid:45} {words:5d} words {marks:3d} double marks")
        except (OSError, ValueError, subprocess.CalledProcessError, KeyError) as exc:
            failures += 1
            print(f"  FAIL {gid:45} {exc}")
    return failures


def main(argv: list[str] | None = None) -> int:
    """Print the selection and write ``selection.json``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--check", action="store_true", help="also produce every item's text")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}")
        return 2
    records = select(args.corpus)
    print(f"seed {SEED}: {len(records)} items")
    print(f"{'id':45} {'split':5} {'double':6} source")
    for rec in records:
        flag = "yes" if rec["double_annotated"] else ""
        print(f"{rec['id']!s:45} {rec['split']!s:5} {flag:6} {rec['source']}")
    for part in ("dev", "test"):
        n = sum(1 for r in records if r["split"] == part)
        d = sum(1 for r in records if r["split"] == part and r["double_annotated"])
        print(f"{part}: {n} items, {d} double-annotated")
    out = {
        "seed": SEED,
        "text_via": {"bbc": "file text without the title line", "web": TEXT_VIA},
        "web_excluded": WEB_EXCLUDED,
        "items": records,
    }
    SELECTION_FILE.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {SELECTION_FILE}")
    if args.check:
        return 1 if check(args.corpus, records) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
