"""Import plain text (a copy of a web page, or a saved article) into Byline's Markdown.

A copy of a page holds the page around the article too: menus, share bars, related links,
comments. The importer finds the article's main text (`layout.main_text`), the headline
above it (`layout.find_title`), the byline and date around the headline (`metadata`), and
classifies the article's lines into paragraphs, headings, lists, photos and captions
(`body`), dropping chrome (`chrome`). Paragraph text is kept exactly, escaped so that
Markdown reads it back character for character (`output`); numeric character references
(``&#163;``) are decoded.
"""

from __future__ import annotations

import re

from byline.core.article.importer.authorship import TEXT_END_LINES, find_authorship
from byline.core.article.importer.body import classify
from byline.core.article.importer.chrome import chrome_flags, is_chrome, under_a_mark
from byline.core.article.importer.closing import is_box_line, without_closing
from byline.core.article.importer.figures import glued_lines
from byline.core.article.importer.layout import find_title, fits_a_title, main_text, opening_words
from byline.core.article.importer.lines import Line, repeats, split_lines
from byline.core.article.importer.output import ImportedArticle, escape_markdown, to_markdown
from byline.core.errors import ArticleError

__all__ = ["ImportedArticle", "escape_markdown", "import_text", "recognise", "to_markdown"]

SITE_ICON_PREFIX = "site icon "
METADATA_LINES = 4
"""How far into the main text a byline or date line is still looked for."""
LINES_ABOVE_TITLE = 4
"""How far above the headline a byline or date line is looked for."""


def _source(lines: list[Line]) -> str | None:
    """The site name of a "Site icon NAME" line (what some sites' copies start with)."""
    for line in lines:
        if line.flat.lower().startswith(SITE_ICON_PREFIX):
            return line.flat[len(SITE_ICON_PREFIX) :].strip() or None
    return None


def _people(author: str | None, source: str | None) -> list[str]:
    """The article's writers and its outlet, folded: a line naming them is no heading."""
    names = re.split(r"\s*(?:,|\band\b|&)\s*", author or "")
    return [" ".join(n.casefold().split()) for n in [*names, source or ""] if len(n.split()) >= 2]


def _title(lines: list[Line], start: int, seen: dict[str, int]) -> tuple[str, int, int]:
    """The title, the index of the line after it, and the main text's start (past the
    title). Without a headline above the main text, the first line is the title when it is
    short enough to be one; otherwise the text's opening words name the article and every
    line stays in its body."""
    index = find_title(lines, start, seen)
    if index is not None:
        return lines[index].flat, index + 1, start
    if fits_a_title(lines[0].flat):
        return lines[0].flat, 1, max(start, 1)
    return opening_words(lines[0].flat), 0, start


def recognise(text: str) -> ImportedArticle:
    """Recognise title, metadata and body structure in plain text.

    Raises:
        ArticleError: When the text holds nothing but chrome and white space.
    """
    lines = split_lines(text)
    source = _source(lines)
    if all(is_chrome(line.flat) for line in lines):
        raise ArticleError("the text is empty: there is no headline or paragraph to import")
    first, last = main_text(lines)
    # Chrome goes; the main text's bounds move with the lines they point at.
    page = [line.flat for line in lines]
    seen = repeats(page)
    chrome = chrome_flags(page)
    start = chrome[:first].count(False)
    end = start + chrome[first:last].count(False)
    under = [mark for mark, dropped in zip(under_a_mark(page), chrome, strict=True) if not dropped]
    lines = [line for line, dropped in zip(lines, chrome, strict=True) if not dropped]
    title, after_title, start = _title(lines, start, seen)
    article = ImportedArticle(title=title, source=source)
    header = [line.text for line in lines[after_title:start]]
    region = [line.text for line in lines[start:end]]
    zone = header + region[:METADATA_LINES]
    title_index = after_title - 1  # -1: no line is the title
    first_above = max(0, title_index - LINES_ABOVE_TITLE)
    above = [line.flat for line in lines[first_above : max(title_index, 0)]]
    found = find_authorship(zone, above, region[-TEXT_END_LINES:], page[last:])
    article.author, article.date, used = found.author, found.date, found.used
    zone_lines = range(after_title, min(end, start + METADATA_LINES))
    kept = [i for n, i in enumerate(zone_lines) if n not in used]
    kept += range(start + METADATA_LINES, end)
    kept = [i for i in kept if not is_box_line(lines[i].flat)]
    in_header = sum(1 for index in range(len(header)) if index not in used)
    marked = {n for n, i in enumerate(kept) if under[i]}
    glued = glued_lines(lines)
    people = _people(article.author, source)
    article.body = classify(
        [lines[i].text for i in kept],
        in_header,
        seen,
        marked,
        people,
        None if glued is None else {n for n, i in enumerate(kept) if glued[i]},
    )
    article.body = without_closing(article.body, people)
    return article


def import_text(text: str, url: str | None = None) -> str:
    """Turn plain text into a Byline Markdown article (front matter + body); `url`, where the
    text was fetched from, goes into the front matter.

    Raises:
        ArticleError: When there is nothing to import.
    """
    return to_markdown(recognise(text), {"url": url} if url else None)
