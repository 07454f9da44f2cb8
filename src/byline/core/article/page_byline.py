"""What a page prints under its headline about the article: the byline ("By A and B",
"Article by" and the names after it) and the publication date, found by their shape and by
general English labels; nothing here is specific to one site."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from byline.core.article.byline_words import NAME_PARTICLES
from byline.core.article.page_markup import in_other_box
from byline.core.article.page_text import SKIPPED, clean

if TYPE_CHECKING:
    from lxml.html import HtmlElement

BYLINE_LABEL = re.compile(
    r"^(?:(?:article|written|posted|words|story|text|report(?:ed)?)\s+)?by\s*:?$"
    r"|^(?:authors?|writer|reporter)\s*:?$",
    re.IGNORECASE,
)
"""A label that stands before a byline's name: "By", "Article by", "Author:" ..."""
_BY_NAME = re.compile(
    r"^(?:(?:article|written|posted|words|story|text|report(?:ed)?)\s+)?by\s*:?\s+(?P<name>\S.*)$",
    re.IGNORECASE,
)
_CALENDAR = frozenset(
    re.findall(
        r"\w+",
        "january february march april may june july august september october november "
        "december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday "
        "thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun",
    )
)
_DATE_LABELS = frozenset({"date", "published", "posted", "updated"})
_NAME_JOIN = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
_ROLE = re.compile(
    r"\s+(?:(?:senior|staff|chief|contributing|political|special)\s+)?"
    r"(?:writer|reporter|correspondent|contributor|editor|columnist|journalist)$",
    re.IGNORECASE,
)
_NAME = re.compile(r"^[^\W\d][\w.'’-]*(?:\s+[\w.'’-]+){0,5}$")
_RUNNING_TEXT_WORDS = 20
_UPDATED_LABEL = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|edited)\b", re.IGNORECASE)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_FOLLOWING_TEXT = (
    "following::text()[normalize-space()][not(ancestor::script)][not(ancestor::style)][1]"
)


def _byline_name(text: str) -> str | None:
    """The name in one part of a byline: its capitalised words ("Ana Vell" of "Ana
    Vell published 9 August"), a trailing role ("Staff Writer") dropped. A single word is
    taken as written (a handle, an outlet)."""
    words = text.strip(" :").split()
    if len(words) == 1:
        return words[0] if _NAME.match(words[0]) else None
    kept: list[str] = []
    for index, word in enumerate(words):
        if not (word[:1].isupper() or word.lower() in NAME_PARTICLES):
            break
        following = words[index + 1] if index + 1 < len(words) else ""
        key = word.lower().strip(".,:")
        if key in _DATE_LABELS or (key in _CALENDAR and any(c.isdigit() for c in following)):
            break  # a date or its label follows the name ("Jo May" stays whole)
        kept.append(word)
    name = _ROLE.sub("", " ".join(kept)).strip(" .")
    return name if len(name.split()) >= 2 and _NAME.match(name) and len(name) <= 60 else None


def byline_names(text: str) -> list[str]:
    """The names in a byline's text after its "By": "A", "A and B", "A, B and C"; a role or
    outlet after the last name's comma ("Jane Doe, Reuters") and a ``| ...`` part dropped."""
    text = clean(text).split(" | ")[0]
    joins = list(_NAME_JOIN.finditer(text))
    if joins:
        last = joins[-1]
        parts = [*_NAME_JOIN.split(text[: last.start()]), text[last.end() :].split(",")[0]]
        parts = [part for chunk in parts for part in chunk.split(",")]
    else:
        parts = [text.split(",")[0]]
    names = [_byline_name(part) for part in parts]
    return [name for name in names if name] if names[0] else []


def printed_bylines(tree: HtmlElement) -> list[str]:
    """The names of the first byline printed from the first ``<h1>`` on (some pages print
    it in a box after the text); not one in navigation, an aside, a footer or a box of
    related articles or comments (another article's byline)."""
    first_heading = next(tree.iter("h1"), None)
    started = first_heading is None
    for element in tree.iter():
        if element is first_heading:
            started = True
        if not started or not isinstance(element.tag, str) or element.tag in SKIPPED:
            continue
        text = clean(element.text_content())
        if len(text) > 120:
            continue
        if (match := _BY_NAME.match(text)) and in_other_box(element):
            continue
        if match:
            names = byline_names(match.group("name"))
        elif BYLINE_LABEL.match(text) and not in_other_box(element):
            names = byline_names(_after_label(element, text))
        else:
            continue
        if names:
            return names
    return []


def _after_label(label: HtmlElement, text: str) -> str:
    """What follows a byline label: the rest of the element around it ("By" in a ``<span>``,
    the names in links after it), else the next text on the page."""
    parent = label.getparent()
    if parent is not None:
        around = clean(parent.text_content())
        if around.startswith(text) and len(around) > len(text) and len(around) <= 160:
            return around[len(text) :]
    following = label.xpath(_FOLLOWING_TEXT)
    return str(following[0]) if following else ""


def _after_update_label(element: HtmlElement) -> bool:
    """True when `element` is the date of an "Updated" line around it ("Last updated
    <time>...</time>")."""
    for parent in element.iterancestors():
        text = clean(parent.text_content())
        if len(text) > 160:
            return False
        if _UPDATED_LABEL.match(text):
            return True
    return False


def printed_date(tree: HtmlElement) -> str | None:
    """The first date printed as a date line after the first ``<h1>`` and before the
    article's text (a standfirst may come first), "Updated" dates left out; else the
    ``datetime`` of a ``<time>`` there."""
    from byline.core.article.importer.metadata import date_line

    first_heading = next(tree.iter("h1"), None)
    if first_heading is None:
        return None
    started = False
    paragraphs = 0
    for element in tree.iter():
        if element is first_heading:
            started = True
            continue
        if not started or not isinstance(element.tag, str) or element.tag in SKIPPED:
            continue
        if len((element.text or "").split()) >= _RUNNING_TEXT_WORDS:
            paragraphs += 1  # a standfirst, then the article: a date after it is another's
            if paragraphs > 1:
                return None
        text = clean(element.text_content())
        if len(text) > 160 or _UPDATED_LABEL.match(text) or _after_update_label(element):
            continue
        stamp = (element.get("datetime") or "").strip() if element.tag == "time" else ""
        found = date_line(text) if any(char.isdigit() for char in text) else None
        if found is not None and found.date:
            return found.date
        if _ISO_DAY.match(stamp):
            return stamp[:10]
    return None
