"""Import scraped plain text into Byline's Markdown article format.

The rules are general, not tuned to one site: site chrome lines are dropped (and a
"Site icon NAME" line names the source), the first remaining line is the headline, a
"By ..." line and a date line under it become the author and date, a photo credit line
("... (Photo: AFP)") is a caption and the short line before it the photo's label, and short
title-like lines between paragraphs are section headings. Paragraph text is kept exactly,
escaped so that Markdown reads it back character for character.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import yaml

from byline.core.article.model import slugify
from byline.core.errors import ArticleError
from byline.core.text import normalise_newlines, sanitize

CHROME_LINE = re.compile(
    r"""^(?:
        site\ icon(?:\s.*)? | exit\ mobile\ version | skip\ to(?:\ main)?\ content |
        advertisement | share(?:\ this(?:\ article|\ story)?)? | tweet | print | email |
        related(?:\ articles|\ posts|\ stories)? | read\ more | menu | toggle\ navigation |
        (?:sign\ up|subscribe)(?:\ to\ our\ newsletter|\ now)?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
SITE_ICON = re.compile(r"^site icon\s+(?P<name>.+)$", re.IGNORECASE)
AUTHOR_LINE = re.compile(r"^(?:by|written by)\s+(?P<name>\S.{0,78})$", re.IGNORECASE)
CREDIT = re.compile(
    r"""(?:\(\s*(?:photos?|image|picture|credit|source|illustration)\s*:[^)]*\)\s*$)
        | (?:^(?:photo|image|picture)\s*:)
        | (?:\b(?:getty\ images|reuters|afp|ap\ photo|epa)\s*\)?\s*$)""",
    re.IGNORECASE | re.VERBOSE,
)
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
DATE_LINE = re.compile(
    rf"""^(?:(?:published|updated|posted|date)\s*:?\s*)?
    (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?
    (?P<date>
        (?:(?P<m1>{MONTHS})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}}))
      | (?:(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTHS})\.?,?\s+(?P<y2>\d{{4}}))
      | (?:(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))
    )(?:[\s,]+\d{{1,2}}:\d{{2}}.*)?$""",
    re.IGNORECASE | re.VERBOSE,
)
BULLET = re.compile(r"^[-*•‣◦]\s+\S")
TERMINAL_PUNCTUATION = tuple(".!?:;,…\"”’)]'")
MAX_HEADING_WORDS = 14
MAX_HEADING_CHARS = 120
MAX_LABEL_WORDS = 8


@dataclass
class ImportedArticle:
    """What the importer recognised in a plain-text article."""

    title: str
    source: str | None = None
    author: str | None = None
    date: str | None = None
    body: list[tuple[str, str]] = field(default_factory=list)
    """Body blocks as (kind, text); kind is "heading", "paragraph", "figure", "caption" or
    "list" (one item a line)."""

    @property
    def id(self) -> str:
        """A stable id derived from the title."""
        return slugify(self.title) or "untitled"


def _blocks(text: str) -> list[str]:
    """Split text into blocks at blank lines; lines inside a block are kept."""
    text = sanitize(normalise_newlines(text)).lstrip("\ufeff")
    blocks: list[str] = []
    for raw in re.split(r"\n[ \t\u00a0]*\n", text):
        lines = [line.strip() for line in raw.split("\n") if line.strip()]
        if lines:
            blocks.append("\n".join(lines))
    return blocks


def _parse_date(match: re.Match[str]) -> str:
    """The ISO date of a DATE_LINE match, or the text as written when it is not a real date."""
    groups = match.groupdict()
    try:
        if groups["y3"]:
            return dt.date(int(groups["y3"]), int(groups["m3"]), int(groups["d3"])).isoformat()
        month = MONTH_NUMBERS[(groups["m1"] or groups["m2"]).lower()[:3]]
        day = int(groups["d1"] or groups["d2"])
        return dt.date(int(groups["y1"] or groups["y2"]), month, day).isoformat()
    except ValueError:
        return match.group("date")


def _is_title_like(block: str) -> bool:
    """A short single line without sentence punctuation at its end, starting with a capital."""
    if "\n" in block or len(block) > MAX_HEADING_CHARS:
        return False
    words = block.split()
    if not 1 <= len(words) <= MAX_HEADING_WORDS:
        return False
    first = block[0]
    return (first.isupper() or first.isdigit()) and not block.endswith(TERMINAL_PUNCTUATION)


def _is_paragraph_like(block: str) -> bool:
    return block.endswith(TERMINAL_PUNCTUATION) or len(block.split()) > MAX_HEADING_WORDS


def recognise(text: str) -> ImportedArticle:
    """Recognise title, metadata and body structure in scraped plain text.

    Raises:
        ArticleError: When the text holds nothing but chrome and white space.
    """
    source: str | None = None
    blocks: list[str] = []
    for block in _blocks(text):
        if CHROME_LINE.match(block):
            icon = SITE_ICON.match(block)
            if icon and source is None:
                source = icon.group("name").strip()
            continue
        blocks.append(block)
    if not blocks:
        raise ArticleError("the text is empty: there is no headline or paragraph to import")
    title = " ".join(blocks[0].split("\n"))
    article = ImportedArticle(title=title, source=source)
    rest = blocks[1:]
    # Byline and date lines directly under the headline.
    while rest and len(rest[0]) <= 100 and "\n" not in rest[0]:
        if article.author is None and (author := AUTHOR_LINE.match(rest[0])):
            article.author = author.group("name").strip()
        elif article.date is None and (date := DATE_LINE.match(rest[0])):
            article.date = _parse_date(date)
        else:
            break
        rest.pop(0)
    article.body = _classify(rest)
    return article


def _classify(blocks: list[str]) -> list[tuple[str, str]]:
    body: list[tuple[str, str]] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        previous_kind = body[-1][0] if body else None
        if CREDIT.search(block) and "\n" not in block and len(block) < 300:
            label_words = body[-1][1].split() if previous_kind == "paragraph" else []
            if label_words and len(label_words) <= MAX_LABEL_WORDS and _is_title_like(body[-1][1]):
                body[-1] = ("figure", body[-1][1])
            else:
                body.append(("figure", "Photo"))
            body.append(("caption", block))
        elif all(BULLET.match(line) for line in block.split("\n")):
            body.append(("list", block))
        elif (
            _is_title_like(block)
            and previous_kind not in (None, "heading")
            and following is not None
            and _is_paragraph_like(following)
            and not CREDIT.search(following)
        ):
            body.append(("heading", block))
        else:
            body.append(("paragraph", block))
    return body


_ALWAYS_ESCAPE = re.compile(r"([\\`*_\[\]<])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(
    r"^(?:(?P<mark>[#>+=~|-])|(?P<num>\d{1,9})(?P<delim>[.)])(?=\s|$))", re.MULTILINE
)


def escape_markdown(text: str) -> str:
    """Escape `text` so that CommonMark reads it back as exactly this plain text."""
    text = _ALWAYS_ESCAPE.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)

    def line_start(match: re.Match[str]) -> str:
        if match.group("mark"):
            return "\\" + match.group("mark")
        return f"{match.group('num')}\\{match.group('delim')}"

    return _LINE_START.sub(line_start, text)


def to_markdown(article: ImportedArticle, extra: dict[str, str] | None = None) -> str:
    """Render an imported article as Markdown with YAML front matter."""
    meta: dict[str, str] = {"title": article.title, "id": article.id}
    for key in ("source", "author", "date"):
        value = getattr(article, key)
        if value:
            meta[key] = value
    meta.update(extra or {})
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000)
    parts = [f"---\n{front}---"]
    for kind, text in article.body:
        escaped = escape_markdown(text)
        if kind == "heading":
            parts.append(f"## {escaped}")
        elif kind == "figure":
            parts.append(f"![{escaped}]()")
        elif kind == "caption":
            parts.append(f"*{escaped}*")
        elif kind == "list":
            items = (BULLET.sub(lambda m: m.group()[-1], line) for line in text.split("\n"))
            parts.append("\n".join(f"- {escape_markdown(item)}" for item in items))
        else:
            parts.append(escaped)
    return "\n\n".join(parts) + "\n"


def import_text(text: str) -> str:
    """Turn scraped plain text into a Byline Markdown article (front matter + body).

    Raises:
        ArticleError: When there is nothing to import.
    """
    return to_markdown(recognise(text))
