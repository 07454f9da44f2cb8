"""Inter-annotator agreement for the web-import gold.

Usage: python benchmarks/gold/web_import/annotators.py [CORPUS_DIR] [--details]
(CORPUS_DIR defaults to ../shared/corpus, as for check.py)

For every second annotation `agreement/<stem>.json` this compares it with the first
annotation `<stem>.json` next to this script, field by field:

- page_type, date: exact;
- title, site_name: equal after normalising Unicode (NFKC), case, whitespace and quote styles;
- authors: equal as sets of names normalised the same way;
- headings: precision and recall of the second annotation against the first (lines compared
  after stripping, as multisets; two empty lists agree fully);
- body_start, body_end: the same position in the page's w3m dump or not (start offset of
  body_start, end offset of body_end). Only scored when both annotators call the page an
  article; an anchor that does not occur exactly once in the dump cannot agree.

Prints a table (one row per page) and totals; `--details` also prints both values of every
field on which the annotators disagree.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SECOND = HERE / "agreement"

QUOTES = str.maketrans(
    {
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark
        "\u201a": "'",  # single low-9 quotation mark
        "\u201b": "'",  # single high-reversed-9 quotation mark
        "\u2032": "'",  # prime
        "\u00b4": "'",  # acute accent
        "`": "'",
        "\u2039": "'",  # single angle quotation marks
        "\u203a": "'",
        "\u201c": '"',  # left double quotation mark
        "\u201d": '"',  # right double quotation mark
        "\u201e": '"',  # double low-9 quotation mark
        "\u201f": '"',  # double high-reversed-9 quotation mark
        "\u2033": '"',  # double prime
        "\u00ab": '"',  # angle quotation marks
        "\u00bb": '"',
    }
)

SCALAR_FIELDS = ("page_type", "title", "authors", "date", "site_name")
ANCHOR_FIELDS = ("body_start", "body_end")


def dump(page: Path) -> str:
    """The page as w3m renders it (the command of GUIDELINES.md)."""
    command = ["w3m", "-dump", "-cols", "3000", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"]
    env = {**os.environ, "LANG": "C.UTF-8"}
    result = subprocess.run([*command, str(page)], capture_output=True, env=env, check=True)
    return result.stdout.decode("utf-8")


def normalise(value: object) -> str:
    """Text compared up to Unicode form, case, whitespace and quote style."""
    text = unicodedata.normalize("NFKC", str(value)).translate(QUOTES)
    return re.sub(r"\s+", " ", text).strip().casefold()


def optional_normalise(value: object) -> str | None:
    return None if value is None else normalise(value)


def string_list(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [str(item) for item in value]


def anchor_position(text: str, anchor: object, *, end: bool) -> int | None:
    """Offset of the anchor's start (or end) in the dump; None unless it occurs exactly once."""
    needle = str(anchor or "")
    if not needle or text.count(needle) != 1:
        return None
    offset = text.index(needle)
    return offset + len(needle) if end else offset


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


@dataclass
class HeadingScore:
    """Matched headings and list sizes (second = annotator being scored, first = reference)."""

    matched: int
    second: int
    first: int

    @property
    def precision(self) -> float:
        return self.matched / self.second if self.second else (1.0 if not self.first else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.first if self.first else (1.0 if not self.second else 0.0)


def heading_score(second: list[str], first: list[str]) -> HeadingScore:
    mine = Counter(normalise(item) for item in second)
    theirs = Counter(normalise(item) for item in first)
    matched = sum((mine & theirs).values())
    return HeadingScore(matched, sum(mine.values()), sum(theirs.values()))


@dataclass
class PageResult:
    """Agreement on one page; None where a field is not scored."""

    stem: str
    agree: dict[str, bool | None] = field(default_factory=dict)
    headings: HeadingScore | None = None
    anchor_note: dict[str, str] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)


def compare(stem: str, second: dict[str, Any], first: dict[str, Any], text: str) -> PageResult:
    result = PageResult(stem)
    checks: dict[str, tuple[object, object]] = {
        "page_type": (second.get("page_type"), first.get("page_type")),
        "title": (normalise(second.get("title", "")), normalise(first.get("title", ""))),
        "authors": (
            frozenset(normalise(name) for name in string_list(second.get("authors"))),
            frozenset(normalise(name) for name in string_list(first.get("authors"))),
        ),
        "date": (second.get("date"), first.get("date")),
        "site_name": (
            optional_normalise(second.get("site_name")),
            optional_normalise(first.get("site_name")),
        ),
    }
    for name, (mine, theirs) in checks.items():
        result.agree[name] = mine == theirs
        if mine != theirs:
            result.details.append(f"{name}: H={second.get(name)!r} | first={first.get(name)!r}")

    both_articles = second.get("page_type") == "article" and first.get("page_type") == "article"
    if not both_articles:
        result.agree.update(dict.fromkeys(ANCHOR_FIELDS))
        return result

    mine_headings = string_list(second.get("headings"))
    their_headings = string_list(first.get("headings"))
    result.headings = heading_score(mine_headings, their_headings)
    if result.headings.matched != result.headings.second or (
        result.headings.matched != result.headings.first
    ):
        result.details.append(f"headings: H={mine_headings!r} | first={their_headings!r}")

    for name in ANCHOR_FIELDS:
        is_end = name == "body_end"
        mine_at = anchor_position(text, second.get(name), end=is_end)
        their_at = anchor_position(text, first.get(name), end=is_end)
        same = mine_at is not None and mine_at == their_at
        result.agree[name] = same
        if same:
            result.anchor_note[name] = "="
            continue
        if mine_at is None or their_at is None:
            result.anchor_note[name] = "n/a"
        else:
            lines = line_of(text, mine_at) - line_of(text, their_at)
            result.anchor_note[name] = f"{lines:+d}l/{mine_at - their_at:+d}c"
        result.details.append(f"{name}: H={second.get(name)!r} | first={first.get(name)!r}")
    return result


def mark(value: bool | None) -> str:
    return "-" if value is None else ("yes" if value else "NO")


def print_table(results: list[PageResult]) -> None:
    header = [
        "page",
        "type",
        "title",
        "authors",
        "date",
        "site",
        "head P",
        "head R",
        "start",
        "end",
    ]
    rows: list[list[str]] = []
    for res in results:
        heads = res.headings
        rows.append(
            [
                res.stem,
                *(mark(res.agree[name]) for name in SCALAR_FIELDS),
                "-" if heads is None else f"{heads.precision:.2f}",
                "-" if heads is None else f"{heads.recall:.2f}",
                *(
                    mark(res.agree[name])
                    if res.agree[name] is None
                    else ("yes" if res.agree[name] else f"NO {res.anchor_note[name]}")
                    for name in ANCHOR_FIELDS
                ),
            ]
        )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * width for width in widths], *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


def print_totals(results: list[PageResult]) -> None:
    print()
    print("totals (pages agreeing / pages scored):")
    for name in (*SCALAR_FIELDS, *ANCHOR_FIELDS):
        scored = [res.agree[name] for res in results if res.agree[name] is not None]
        agreed = sum(1 for value in scored if value)
        share = f"{agreed / len(scored):.0%}" if scored else "-"
        print(f"  {name:<10} {agreed}/{len(scored)}  {share}")
    heads = [res.headings for res in results if res.headings is not None]
    matched = sum(score.matched for score in heads)
    second = sum(score.second for score in heads)
    first = sum(score.first for score in heads)
    precision = matched / second if second else 1.0
    recall = matched / first if first else 1.0
    print(
        f"  headings   micro P {precision:.2f} ({matched}/{second})  "
        f"micro R {recall:.2f} ({matched}/{first})  over {len(heads)} article pages"
    )


def main(argv: list[str]) -> int:
    args = [arg for arg in argv if not arg.startswith("--")]
    details = "--details" in argv
    corpus = Path(args[0] if args else "../shared/corpus")
    if not (corpus / "web").is_dir():
        print(f"no corpus at {corpus}: pass the corpus folder as the argument")
        return 1
    results: list[PageResult] = []
    for path in sorted(SECOND.glob("*.json")):
        reference = HERE / path.name
        if not reference.is_file():
            print(f"{path.name}: no first annotation to compare with, skipped")
            continue
        second = json.loads(path.read_text(encoding="utf-8"))
        first = json.loads(reference.read_text(encoding="utf-8"))
        text = dump(corpus / "web" / f"{path.stem}.html")
        results.append(compare(path.stem, second, first, text))
    if not results:
        print("nothing to compare")
        return 1
    print_table(results)
    print_totals(results)
    if details:
        print()
        print("disagreements (H = second annotation, first = reference):")
        for res in results:
            for line in res.details:
                print(f"  {res.stem}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
