"""Web-page import benchmark: title, authors, date, headings, captions and main text.

Usage::

    python benchmarks/web_import.py [--gold DIR] [--corpus DIR] [--mode text|html|both]
                                    [--split dev|test|all] [--errors]

Every gold file (``*.json`` in ``--gold``, default ``benchmarks/gold/web_import/``; fields in
its ``GUIDELINES.md``) names a page of the corpus (``../shared/corpus`` beside the checkout).
Two ways in are scored:

* ``text``: the page's plain-text copy, ``w3m -dump -cols 3000 -T text/html -I UTF-8 -O
  UTF-8 FILE`` (``LANG=C.UTF-8``; Debian package ``w3m``), fed to
  ``byline.core.article.importer.import_text``: what a reader gets by copying a page from a
  browser and opening the text with Byline;
* ``html``: the saved page fed to ``byline.core.article.html.html_to_markdown`` (when that
  module exists on the revision measured).

The Markdown produced is parsed with Byline's own parser (``parse_article``) and scored
against the gold:

* title: equal after normalising case, white space and quote shapes (a site suffix such as
  " | Outlet" is an error);
* authors: the set of names equal after the same normalising (the ``author`` front matter is
  split at commas, "and" and "&"); no authors in the gold and none produced is right;
* date: the ``date`` front matter equals the gold's ``YYYY-MM-DD`` exactly (or both absent);
* headings: precision and recall of the produced headings against the gold's (normalised
  text), counted over all pages; "chrome headings" counts the produced headings whose text is
  not in the gold body (navigation, bylines, captions, related links made headings);
* captions: share of the gold captions found inside a produced figure or caption block;
* main text: the gold body is the dump from ``body_start`` to ``body_end`` without the lines
  listed in ``chrome`` and ``captions``; recall is the share of its words (as a multiset)
  found in the produced body (headings, paragraphs, lists, quotes), boilerplate the share of
  produced body words not in the gold body;
* time: the import call alone (``import_text`` or ``html_to_markdown``), median and max.

Figures are printed for the dev split, the test split and overall. ``--errors`` prints,
per page, what was expected and what was produced for every miss; errors of test pages are
printed only with ``--split test``: the test split is for the final figure, not for tuning.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO / "benchmarks" / "gold" / "web_import"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
W3M = ["w3m", "-dump", "-cols", "3000", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"]
BODY_KINDS = frozenset({"heading", "paragraph", "list_item", "blockquote", "code"})
CAPTION_KINDS = frozenset({"figure", "caption"})
QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"'})
WORD = re.compile(r"\w+(?:'\w+)*")
AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.IGNORECASE)

if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(REPO / "src"))  # this checkout's Byline, unless told otherwise


def normalise(text: str) -> str:
    """Case, white space and quote shapes folded; trailing sentence dots kept."""
    text = unicodedata.normalize("NFKC", text).translate(QUOTES)
    return " ".join(text.casefold().split())


def words(text: str) -> Counter[str]:
    return Counter(WORD.findall(normalise(text)))


def author_set(names: Iterable[str]) -> frozenset[str]:
    return frozenset(normalise(name) for name in names if normalise(name))


def split_authors(author: str | None) -> frozenset[str]:
    if not author:
        return frozenset()
    return author_set(part for part in AUTHOR_SPLIT.split(author) if part)


@dataclass
class Gold:
    """One page's gold annotation."""

    name: str
    page: str
    split: str
    page_type: str
    title: str
    authors: frozenset[str]
    date: str | None
    headings: list[str]
    body_start: str
    body_end: str
    chrome: list[str]
    captions: list[str]
    url: str | None

    @property
    def scores_body(self) -> bool:
        """Headings and main text are scored on single articles only."""
        return self.page_type in ("", "article") and bool(self.body_start)

    @classmethod
    def load(cls, path: Path) -> Gold:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        authors = data.get("authors") or []
        if isinstance(authors, str):
            authors = [authors]
        return cls(
            name=path.stem,
            page=str(data["page"]),
            split=str(data.get("split", "dev")),
            page_type=str(data.get("page_type", "")),
            title=str(data.get("title") or ""),
            authors=author_set(str(a) for a in authors),
            date=str(data["date"]) if data.get("date") else None,
            headings=[str(h) for h in data.get("headings") or []],
            body_start=str(data["body_start"]),
            body_end=str(data["body_end"]),
            chrome=[str(c) for c in data.get("chrome") or []],
            captions=[str(c) for c in data.get("captions") or []],
            url=str(data["url"]) if data.get("url") else None,
        )


def page_path(corpus: Path, page: str) -> Path:
    """The corpus file a gold ``page`` names (``web/x.html``, ``x.html`` or ``x``)."""
    for candidate in (corpus / page, corpus / "web" / page, corpus / "web" / f"{page}.html"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"page {page!r} not found under {corpus}")


def w3m_dump(path: Path) -> str:
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    done = subprocess.run([*W3M, str(path)], capture_output=True, env=env, check=True, timeout=60)
    return done.stdout.decode("utf-8", errors="replace")


def _find(haystack: str, needle: str, start: int = 0) -> tuple[int, int]:
    """Start and end of `needle` in `haystack` (white space runs may differ), or -1s."""
    at = haystack.find(needle, start)
    if at >= 0:
        return at, at + len(needle)
    pattern = r"\s+".join(re.escape(part) for part in needle.split())
    match = re.compile(pattern).search(haystack, start)
    return (match.start(), match.end()) if match else (-1, -1)


def _line_matches(line: str, entries: frozenset[str]) -> bool:
    return normalise(line) in entries


def gold_body(dump: str, gold: Gold) -> str:
    """The dump from body_start to body_end, without chrome and caption lines."""
    start, _ = _find(dump, gold.body_start)
    if start < 0:
        raise ValueError(f"body_start not in the dump: {gold.body_start!r}")
    _, end = _find(dump, gold.body_end, start)
    if end < 0:
        raise ValueError(f"body_end not in the dump after body_start: {gold.body_end!r}")
    lines = dump[start:end].split("\n")
    drop = frozenset(
        normalise(part) for e in [*gold.chrome, *gold.captions] for part in e.split("\n")
    )
    return "\n".join(line for line in lines if line.strip() and not _line_matches(line, drop))


@dataclass
class Result:
    """What one page scored."""

    gold: Gold
    error: str | None = None
    title: str = ""
    authors: frozenset[str] = frozenset()
    date: str | None = None
    headings: list[str] = field(default_factory=list)
    chrome_headings: list[str] = field(default_factory=list)
    captions_found: int = 0
    captions_missed: list[str] = field(default_factory=list)
    gold_words: int = 0
    body_words: int = 0
    overlap: int = 0
    seconds: float = 0.0

    @property
    def title_ok(self) -> bool:
        return normalise(self.title) == normalise(self.gold.title)

    @property
    def authors_ok(self) -> bool:
        return self.authors == self.gold.authors

    @property
    def date_ok(self) -> bool:
        return self.date == self.gold.date

    def heading_counts(self) -> tuple[int, int, int]:
        """(matched, produced, gold) headings, as multisets of normalised text."""
        got = Counter(normalise(h) for h in self.headings)
        want = Counter(normalise(h) for h in self.gold.headings)
        return sum((got & want).values()), sum(got.values()), sum(want.values())


def score(gold: Gold, markdown: str, dump: str, seconds: float) -> Result:
    from byline.core.article.markdown import parse_article

    article = parse_article(markdown, fallback_title="")
    result = Result(gold, seconds=seconds)
    result.title = article.meta.title
    result.authors = split_authors(article.meta.author)
    result.date = article.meta.date
    body = gold_body(dump, gold) if gold.scores_body else ""
    body_key = normalise(body)
    produced_body: list[str] = []
    captions: list[str] = []
    for block in article.blocks:
        if block.kind == "heading" and gold.scores_body:
            result.headings.append(block.text)
            if normalise(block.text) not in body_key:
                result.chrome_headings.append(block.text)
        if block.kind in BODY_KINDS:
            produced_body.append(block.text)
        elif block.kind in CAPTION_KINDS:
            captions.append(normalise(block.text))
    for caption in gold.captions:
        wanted = normalise(caption)
        if any(wanted in got or (got and got in wanted and len(got) > 20) for got in captions):
            result.captions_found += 1
        else:
            result.captions_missed.append(caption)
    want, got = words(body), words("\n".join(produced_body))
    result.gold_words, result.body_words = sum(want.values()), sum(got.values())
    result.overlap = sum((want & got).values())
    return result


def _text_importer() -> Callable[[str], str]:
    from byline.core.article.importer import import_text

    return import_text


def _html_importer() -> Callable[[str], str] | None:
    try:
        module = importlib.import_module("byline.core.article.html")
    except ImportError:
        return None
    convert = getattr(module, "html_to_markdown", None)
    return convert if callable(convert) else None


def run_page(gold: Gold, path: Path, dump: str, mode: str) -> Result:
    try:
        if mode == "text":
            source, convert = dump, _text_importer()
            started = time.perf_counter()
            markdown = convert(source)
        else:
            html_convert = _html_importer()
            assert html_convert is not None
            html = path.read_text(encoding="utf-8", errors="replace")
            started = time.perf_counter()
            markdown = html_convert(html) if gold.url is None else _with_url(html, gold.url)
        seconds = time.perf_counter() - started
        return score(gold, markdown, dump, seconds)
    except Exception as error:  # a failing page is reported, not fatal
        return Result(gold, error=f"{type(error).__name__}: {error}")


def _with_url(html: str, url: str) -> str:
    module = importlib.import_module("byline.core.article.html")
    return str(module.html_to_markdown(html, url=url))


def _share(part: float, whole: float) -> str:
    return f"{part / whole:.2f}" if whole else "  - "


def summary_row(label: str, results: list[Result]) -> str:
    done = [r for r in results if r.error is None]
    n = len(results)
    matched = produced = wanted = 0
    articles = [r for r in done if r.gold.scores_body]
    for r in articles:
        m, p, w = r.heading_counts()
        matched, produced, wanted = matched + m, produced + p, wanted + w
    captions = sum(len(r.gold.captions) for r in done)
    gold_words = sum(r.gold_words for r in articles)
    body_words = sum(r.body_words for r in articles)
    overlap = sum(r.overlap for r in articles)
    times = [r.seconds for r in done]
    cells = [
        f"{label:<8}",
        f"{n:>5}",
        f"{_share(sum(r.title_ok for r in done), n):>5}",
        f"{_share(sum(r.authors_ok for r in done), n):>6}",
        f"{_share(sum(r.date_ok for r in done), n):>5}",
        f"{_share(matched, produced):>6}",
        f"{_share(matched, wanted):>6}",
        f"{sum(len(r.chrome_headings) for r in articles):>6}",
        f"{_share(sum(r.captions_found for r in done), captions):>6}",
        f"{_share(overlap, gold_words):>6}",
        f"{_share(body_words - overlap, body_words):>6}",
        f"{statistics.median(times) * 1000 if times else 0:>7.1f}",
        f"{max(times, default=0) * 1000:>7.1f}",
        f"{n - len(done):>5}",
    ]
    return " ".join(cells)


HEADER = (
    "split    pages title author  date  head-P head-R chrome  capt.  recall boiler"
    "  med ms  max ms  fail"
)


def print_errors(result: Result) -> None:
    gold = result.gold
    print(f"\n== {gold.name} ({gold.split}, {gold.page_type or 'page'})")
    if result.error:
        print(f"   FAILED: {result.error}")
        return
    if not result.title_ok:
        print(f"   title   want {gold.title!r}\n           got  {result.title!r}")
    if not result.authors_ok:
        print(f"   authors want {sorted(gold.authors)}\n           got  {sorted(result.authors)}")
    if not result.date_ok:
        print(f"   date    want {gold.date}  got {result.date}")
    got = Counter(normalise(h) for h in result.headings)
    want = Counter(normalise(h) for h in gold.headings)
    for heading in sorted((want - got).elements()):
        print(f"   heading missed   {heading!r}")
    for heading in sorted((got - want).elements()):
        tag = " (chrome)" if heading in {normalise(h) for h in result.chrome_headings} else ""
        print(f"   heading extra{tag} {heading!r}")
    for caption in result.captions_missed:
        print(f"   caption missed   {caption[:100]!r}")
    if not gold.scores_body:
        return
    print(
        f"   main text recall {_share(result.overlap, result.gold_words)}, boilerplate "
        f"{_share(result.body_words - result.overlap, result.body_words)}"
        f" ({result.gold_words} gold words, {result.body_words} produced)"
    )


def run_mode(mode: str, pages: list[tuple[Gold, Path, str]], args: argparse.Namespace) -> None:
    if mode == "html" and _html_importer() is None:
        print("\nhtml: html import not available on this revision")
        return
    results = [run_page(gold, path, dump, mode) for gold, path, dump in pages]
    print(f"\n{mode} mode ({len(results)} pages)")
    print(HEADER)
    for split in ("dev", "test"):
        chosen = [r for r in results if r.gold.split == split]
        if chosen and args.split in (split, "all"):
            print(summary_row(split, chosen))
    if args.split == "all":
        print(summary_row("all", results))
    if args.errors:
        shown = [r for r in results if args.split == "test" or r.gold.split != "test"]
        for result in shown:
            print_errors(result)
        if len(shown) < len(results):
            print(
                f"\n({len(results) - len(shown)} test pages: errors shown only with --split test)"
            )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--mode", choices=("text", "html", "both"), default="text")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--errors", action="store_true", help="expected vs got, per page")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.gold.is_dir():
        print(f"no gold: {args.gold} is not a directory (give --gold DIR)", file=sys.stderr)
        return 2
    if not args.corpus.is_dir():
        print(
            f"corpus not found: {args.corpus} (it sits at ../shared/corpus beside the "
            "checkout; give --corpus DIR)",
            file=sys.stderr,
        )
        return 2
    if shutil.which("w3m") is None:
        print("w3m is needed for the plain-text copies (apt-get install w3m)", file=sys.stderr)
        return 2
    golds = sorted((Gold.load(p) for p in args.gold.glob("*.json")), key=lambda g: g.name)
    if args.split != "all":
        golds = [g for g in golds if g.split == args.split]
    if not golds:
        print(f"no gold files for split {args.split} in {args.gold}", file=sys.stderr)
        return 2
    pages: list[tuple[Gold, Path, str]] = []
    problems: list[str] = []
    for gold in golds:
        try:
            path = page_path(args.corpus, gold.page)
            pages.append((gold, path, w3m_dump(path)))
        except (OSError, subprocess.SubprocessError) as error:
            problems.append(f"{gold.name}: {error}")
    print(f"gold {args.gold} ({len(golds)} pages), corpus {args.corpus}")
    for mode in ("text", "html") if args.mode == "both" else (args.mode,):
        run_mode(mode, pages, args)
    if problems:
        print("\ngold problems:\n  " + "\n  ".join(problems))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
