"""What a web page says about itself: ``<meta>`` tags (Open Graph, ``article:``, ``name=author``
...), JSON-LD ``Article`` objects, the canonical link, the ``lang`` attribute, and figure
captions. `byline.core.article.html` falls back on these where the extractor finds nothing or
something wrong; nothing here is specific to one site.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lxml.html import HtmlElement

ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "scholarlyarticle",
        "techarticle",
        "report",
    }
)
ORGANISATION_TYPES = frozenset(
    {"organization", "newsmediaorganization", "corporation", "ngo", "educationalorganization"}
)
_SPACE = re.compile(r"\s+")
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
_NAME_PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "da",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "ter",
        "ten",
        "y",
        "dos",
        "das",
    }
)
_SKIPPED = frozenset({"script", "style", "noscript", "template"})
_RUNNING_TEXT_WORDS = 20
_UPDATED_LABEL = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|edited)\b", re.IGNORECASE)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_FOLLOWING_TEXT = (
    "following::text()[normalize-space()][not(ancestor::script)][not(ancestor::style)][1]"
)


def clean(text: object) -> str:
    """Text from a page: entities decoded (also when they were encoded twice), white space
    collapsed."""
    value = str(text)
    for _ in range(2):
        decoded = html.unescape(value)
        if decoded == value:
            break
        value = decoded
    return _SPACE.sub(" ", value).strip()


@dataclass
class PageMeta:
    """Metadata a page declares about itself, each list best candidate first."""

    titles: list[str] = field(default_factory=list)
    """JSON-LD ``headline``, ``og:title``, ``twitter:title``."""
    document_title: str | None = None
    """The ``<title>`` element."""
    authors: list[str] = field(default_factory=list)
    """JSON-LD ``author`` names, else ``<meta name=author>`` and ``article:author``."""
    dates: list[str] = field(default_factory=list)
    """JSON-LD ``datePublished``, ``article:published_time`` and other publication dates."""
    site_name: str | None = None
    canonical: str | None = None
    language: str | None = None
    description: str | None = None
    captions: dict[str, str] = field(default_factory=dict)
    """Image address (as written in ``src``) to the text of its ``<figcaption>``."""
    headings: list[str] = field(default_factory=list)
    """The text of every ``<h1>``, in page order."""
    bylines: list[str] = field(default_factory=list)
    """Names printed as a byline after the first ``<h1>``: an element that reads "By NAME",
    or a label ("By", "Article by", "Author") followed by the name."""
    organisations: list[str] = field(default_factory=list)
    """Names the JSON-LD gives to organisations: authors typed ``Organization``, publishers."""
    printed_date: str | None = None
    """The publication date printed under the first ``<h1>`` (``YYYY-MM-DD``), before the
    article's text: a short element that is mostly a date ("Written:
    2023-11-07 15:03", "March 5, 2024"), or a ``<time datetime>``; not an "Updated" one."""


def _meta(tree: HtmlElement) -> dict[str, list[str]]:
    """``<meta>`` contents by lower-cased ``property``/``name``/``itemprop``, in page order."""
    found: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        content = element.get("content")
        if not content or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop"):
            key = (element.get(attribute) or "").strip().lower()
            if key:
                found.setdefault(key, []).append(clean(content))
    return found


def _json_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts, ``@graph`` members included."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text_content() or "", strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)


def _types(item: dict[str, Any]) -> set[str]:
    kinds = item.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return {str(name).rsplit("/", 1)[-1].lower() for name in names if name}


def _names(value: Any) -> list[str]:
    """Person names from a JSON-LD ``author``: text, an object with ``name``, or a list."""
    values = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in values:
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, list):
            names.extend(_names(item))
        elif isinstance(item, str) and clean(item) and not clean(item).startswith("http"):
            names.append(clean(item))
    return names


def _organisations(value: Any, typed: bool = True) -> list[str]:
    """The names of the organisations in a JSON-LD ``author`` (typed so) or ``publisher``."""
    values = value if isinstance(value, list) else [value]
    return [
        clean(item["name"])
        for item in values
        if isinstance(item, dict)
        and isinstance(item.get("name"), str)
        and (not typed or _types(item) & ORGANISATION_TYPES)
    ]


def _text(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, str) and clean(value):
        return clean(value)
    return None


def _captions(tree: HtmlElement) -> dict[str, str]:
    captions: dict[str, str] = {}
    for figure in tree.iter("figure"):
        caption = next(figure.iter("figcaption"), None)
        if caption is None:
            continue
        text = clean(caption.text_content())
        for image in figure.iter("img"):
            for attribute in ("src", "data-src"):
                source = (image.get(attribute) or "").strip()
                if source and text:
                    captions.setdefault(source, text)
    return captions


def _byline_name(text: str) -> str | None:
    """The name in one part of a byline: its capitalised words ("Tom Francis" of "Tom
    Francis published 9 August"), a trailing role ("Staff Writer") dropped. A single word is
    taken as written (a handle, an outlet)."""
    words = text.strip(" :").split()
    if len(words) == 1:
        return words[0] if _NAME.match(words[0]) else None
    kept: list[str] = []
    for index, word in enumerate(words):
        if not (word[:1].isupper() or word.lower() in _NAME_PARTICLES):
            break
        following = words[index + 1] if index + 1 < len(words) else ""
        key = word.lower().strip(".,:")
        if key in _DATE_LABELS or (key in _CALENDAR and any(c.isdigit() for c in following)):
            break  # a date or its label follows the name ("Theresa May" stays whole)
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


def _bylines(tree: HtmlElement) -> list[str]:
    """Names printed as bylines, in page order, from the first ``<h1>`` on."""
    first_heading = next(tree.iter("h1"), None)
    started = first_heading is None
    for element in tree.iter():
        if element is first_heading:
            started = True
        if not started or not isinstance(element.tag, str) or element.tag in _SKIPPED:
            continue
        text = clean(element.text_content())
        if len(text) > 120:
            continue
        if match := _BY_NAME.match(text):
            names = byline_names(match.group("name"))
        elif BYLINE_LABEL.match(text):
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


def _printed_date(tree: HtmlElement) -> str | None:
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
        if not started or not isinstance(element.tag, str) or element.tag in _SKIPPED:
            continue
        if len((element.text or "").split()) >= _RUNNING_TEXT_WORDS:
            paragraphs += 1  # a standfirst, then the article: a date after it is another's
            if paragraphs > 1:
                return None
        text = clean(element.text_content())
        if len(text) > 160 or _UPDATED_LABEL.match(text):
            continue
        stamp = (element.get("datetime") or "").strip() if element.tag == "time" else ""
        found = date_line(text) if any(char.isdigit() for char in text) else None
        if found is not None and found.date:
            return found.date
        if _ISO_DAY.match(stamp):
            return stamp[:10]
    return None


def _first_meta(meta: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        for value in meta.get(key, ()):
            if value:
                return value
    return None


def read_page_meta(tree: HtmlElement) -> PageMeta:
    """The metadata `tree` (a parsed page) declares about itself."""
    meta = _meta(tree)
    page = PageMeta()
    for item in _json_objects(tree):
        if not _types(item) & ARTICLE_TYPES:
            continue
        if headline := _text(item.get("headline")) or _text(item.get("name")):
            page.titles.append(headline)
        page.authors.extend(_names(item.get("author")))
        page.organisations.extend(_organisations(item.get("author")))
        page.organisations.extend(_organisations(item.get("publisher"), typed=False))
        if published := _text(item.get("datePublished")) or _text(item.get("dateCreated")):
            page.dates.append(published)
        publisher = item.get("publisher")
        if page.site_name is None and isinstance(publisher, dict):
            page.site_name = _text(publisher.get("name"))
    for key in ("og:title", "twitter:title"):
        page.titles.extend(meta.get(key, ()))
    title = next(tree.iter("title"), None)
    if title is not None and clean(title.text_content()):
        page.document_title = clean(title.text_content())
    for key in ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author"):
        page.authors.extend(name for name in meta.get(key, ()) if not name.startswith("http"))
    for key in (
        "article:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "dc.date.issued",
        "dc.date",
        "date",
        "sailthru.date",
        "parsely-pub-date",
    ):
        page.dates.extend(meta.get(key, ()))
    page.site_name = page.site_name or _first_meta(meta, "og:site_name", "application-name")
    canonical = next(
        (
            link.get("href")
            for link in tree.iter("link")
            if "canonical" in (link.get("rel") or "").lower().split() and link.get("href")
        ),
        None,
    )
    page.canonical = (canonical or _first_meta(meta, "og:url") or "").strip() or None
    root = tree.getroottree().getroot()
    language = (root.get("lang") or root.get("xml:lang") or "").strip()
    page.language = language or _first_meta(meta, "og:locale", "content-language", "language")
    page.description = _first_meta(meta, "description", "og:description", "twitter:description")
    page.captions = _captions(tree)
    page.headings = [text for h1 in tree.iter("h1") if (text := clean(h1.text_content()))]
    page.bylines = _bylines(tree)
    page.printed_date = _printed_date(tree)
    return page
