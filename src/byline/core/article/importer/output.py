"""The imported article, and its Markdown: front matter, then the body escaped so that
Markdown reads every paragraph back character for character."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from byline.core.article.importer.lines import bullet_text
from byline.core.article.model import slugify


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
            items = (bullet_text(line) for line in text.split("\n"))
            parts.append("\n".join(f"- {escape_markdown(item)}" for item in items))
        else:
            parts.append(escaped)
    return "\n\n".join(parts) + "\n"
