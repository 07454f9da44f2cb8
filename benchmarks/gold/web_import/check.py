"""Check the web-import gold against the w3m dumps of the corpus pages.

Usage: python benchmarks/gold/web_import/check.py [CORPUS_DIR]   (default ../shared/corpus)

Every anchor, chrome, caption and heading string must occur verbatim in the page's dump
(rendered as GUIDELINES.md says); anchors exactly once; chrome and headings must be whole lines
inside the body span. Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FIELDS = (
    "page",
    "split",
    "annotator",
    "page_type",
    "title",
    "authors",
    "date",
    "site_name",
    "headings",
    "body_start",
    "body_end",
    "chrome",
    "captions",
    "notes",
)


def dump(page: Path) -> str:
    """The page as w3m renders it for a reader's plain-text copy."""
    command = ["w3m", "-dump", "-cols", "3000", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"]
    env = {**os.environ, "LANG": "C.UTF-8"}
    result = subprocess.run([*command, str(page)], capture_output=True, env=env, check=True)
    return result.stdout.decode("utf-8")


def problems(gold: dict[str, Any], text: str) -> list[str]:
    """What is wrong with one gold file, given its page's dump."""
    found = [f"missing field {name}" for name in FIELDS if name not in gold]
    if found:
        return found
    lines = [line.strip() for line in text.split("\n")]
    start, end = str(gold["body_start"]), str(gold["body_end"])
    date = gold["date"]
    if date is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(date)):
        found.append(f"bad date {date!r}")
    if gold["split"] not in ("dev", "test"):
        found.append(f"bad split {gold['split']!r}")
    if gold["page_type"] != "article":
        if start or end:
            found.append("a page that is not an article has body anchors")
        return found
    for name, anchor in (("body_start", start), ("body_end", end)):
        if text.count(anchor) != 1:
            found.append(f"{name} occurs {text.count(anchor)} times")
    if found:
        return found
    first = text[: text.index(start)].count("\n")
    last = text[: text.index(end)].count("\n")
    if last < first:
        return ["body_end comes before body_start"]
    span = lines[first : last + 1]
    for name in ("chrome", "headings"):
        values = [str(value) for value in gold[name]]
        for value in set(values):
            if value not in span:
                found.append(f"{name} line not in the body span: {value!r}")
            elif values.count(value) > span.count(value):
                found.append(f"{name} line listed more often than it occurs: {value!r}")
    for value in gold["captions"]:
        if str(value) not in lines:
            found.append(f"caption line not in the dump: {value!r}")
    return found


def main() -> int:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    if not (corpus / "web").is_dir():
        print(f"no corpus at {corpus}: pass the corpus folder as the argument")
        return 1
    bad = 0
    for path in sorted(HERE.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for problem in problems(gold, dump(corpus / "web" / str(gold["page"]))):
            print(f"{path.name}: {problem}")
            bad += 1
    print(f"{len(list(HERE.glob('*.json')))} files, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
