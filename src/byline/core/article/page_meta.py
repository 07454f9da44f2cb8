"""What a web page says about itself: ``<meta>`` tags (Open Graph, ``article:``, ``name=author``
...), JSON-LD ``Article`` objects, the canonical link, the ``lang`` attribute, and figure
captions. `byline.core.article.html` falls back on these where the extractor finds nothing or
something wrong; nothing here is specific to one site.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from byline.core.article.page_byline import printed_bylines, printed_date
from byline.core.article.page_markup import marked_authors, marked_dates, names_only_in_other_boxes
from byline.core.article.page_text import clean

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
AUTHOR_KEYS = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "dc:creator",
    "dcterms:creator",
)
"""``<meta>`` names that declare the writer, strongest first (OpenGraph's ``article:author``
is often an address, which is skipped)."""
INVERTED_KEYS = frozenset({"dc.creator", "dcterms.creator", "dc:creator", "dcterms:creator"})
"""Dublin Core writes a creator as "Family, Given"."""
DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms:issued",
    "dc.date.created",
    "dcterms.created",
    "dcterms:created",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date",
    "dcterms.date",
    "dcterms:date",
    "date",
)
"""``<meta>`` names that declare the publication date, strongest first: the article's own
publication (OpenGraph, schema.org, Dublin Core "issued"/"created"), then analytics tags,
then plain "date" tags, which some pages fill with the day of the copy. Modification dates
(``article:modified_time``, ``og:updated_time``) are never publication dates."""
_INVERTED = re.compile(r"^([^\W\d][\w'’-]+),\s*([^\W\d][\w.'’ -]+)$")
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—:·•»]|-{1,2}|::)\s+")
_WORD = re.compile(r"\w+")
MAX_SITE_WORDS = 5
_HOME = re.compile(r"^(?:(?:https?:)?//[^/?#]+)?/?(?:index\.\w+)?$", re.IGNORECASE)


@dataclass
class PageMeta:
    """Metadata a page declares about itself, each list best candidate first."""

    titles: list[str] = field(default_factory=list)
    """JSON-LD ``headline``, ``og:title``, ``twitter:title``."""
    document_title: str | None = None
    """The ``<title>`` element."""
    authors: list[str] = field(default_factory=list)
    """Declared authors, strongest first: JSON-LD ``author`` persons, then the meta tags of
    `AUTHOR_KEYS` in that order."""
    marked_authors: list[str] = field(default_factory=list)
    """The names of the first byline marked up in the text (``rel=author``, hCard, microdata)."""
    dates: list[str] = field(default_factory=list)
    """Declared publication dates, strongest first: JSON-LD ``datePublished`` (else
    ``dateCreated``; never ``dateModified``), the meta tags of `DATE_KEYS` in that order,
    then dates marked up in the text (microdata, hAtom)."""
    site_name: str | None = None
    canonical: str | None = None
    language: str | None = None
    description: str | None = None
    captions: dict[str, str] = field(default_factory=dict)
    """Image address (as written in ``src``) to the text of its ``<figcaption>``."""
    headings: list[str] = field(default_factory=list)
    """The text of every ``<h1>``, in page order, but a site's logo."""
    boxed_names: frozenset[str] = frozenset()
    """Short texts printed only in boxes about other articles (folded): see
    `byline.core.article.page_markup.names_only_in_other_boxes`."""
    title_sites: list[str] = field(default_factory=list)
    """Names the ``<title>`` appends to the headline ("Headline | Site"): the site's."""
    logos: list[str] = field(default_factory=list)
    """The text of ``<h1>`` elements that are only a link to the site's home page: the
    site's name, as themes print it above every page."""
    bylines: list[str] = field(default_factory=list)
    """Names printed as a byline after the first ``<h1>``: an element that reads "By NAME",
    or a label ("By", "Article by", "Author") followed by the name."""
    organisations: list[str] = field(default_factory=list)
    """Names the JSON-LD gives to organisations: authors typed ``Organization``, publishers."""
    printed_date: str | None = None
    """The publication date printed under the first ``<h1>`` (``YYYY-MM-DD``), before the
    article's text: a short element that is mostly a date ("Written:
    2024-02-14 09:20", "March 5, 2024"), or a ``<time datetime>``; not an "Updated" one."""


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


def _names(value: Any, people: dict[str, Any] | None = None) -> list[str]:
    """Person names from a JSON-LD ``author``: text, an object with ``name`` (or an ``@id``
    naming an object elsewhere in the page's JSON-LD), or a list."""
    values = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in values:
        if isinstance(item, dict) and "name" not in item and people:
            item = people.get(str(item.get("@id")), item)
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, list):
            names.extend(_names(item))
        elif isinstance(item, str) and clean(item) and not clean(item).startswith("http"):
            names.append(clean(item))
    return names


def _people(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The JSON-LD objects that have an ``@id`` and a ``name``, by their ``@id``."""
    return {
        str(item["@id"]): item
        for item in objects
        if isinstance(item.get("@id"), str | int) and isinstance(item.get("name"), str)
    }


def _uninverted(name: str) -> str:
    """A Dublin Core "Family, Given" as "Given Family"."""
    match = _INVERTED.match(name)
    return f"{match.group(2).strip()} {match.group(1)}" if match else name


def _title_sites(document_title: str | None, headings: list[str]) -> list[str]:
    """The parts a ``<title>`` adds around the headline ("Headline | Site"): short parts
    beside one that is a headline the page prints or declares."""
    parts = _TITLE_SEPARATOR.split(document_title or "")
    known = {tuple(_WORD.findall(text.casefold())) for text in headings}
    if len(parts) < 2 or not any(tuple(_WORD.findall(p.casefold())) in known for p in parts):
        return []
    return [
        part
        for part in parts
        if tuple(_WORD.findall(part.casefold())) not in known
        and 0 < len(part.split()) <= MAX_SITE_WORDS
    ]


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


def _is_home_link(element: HtmlElement, text: str) -> bool:
    """True when all of `element`'s text is a link to a site's home page ("/", or an
    address with no path)."""
    for link in element.iter("a"):
        href = (link.get("href") or "").strip()
        if clean(link.text_content()) == text:
            return _HOME.match(href) is not None
    return False


def _first_meta(meta: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        for value in meta.get(key, ()):
            if value:
                return value
    return None


def _declared(tree: HtmlElement, meta: dict[str, list[str]], page: PageMeta) -> None:
    """Titles, authors, dates and organisations the page declares, strongest first:
    JSON-LD article objects, then ``<meta>`` tags (see `AUTHOR_KEYS`, `DATE_KEYS`)."""
    objects = list(_json_objects(tree))
    people = _people(objects)
    for item in objects:
        if not _types(item) & ARTICLE_TYPES:
            continue
        if headline := _text(item.get("headline")) or _text(item.get("name")):
            page.titles.append(headline)
        page.authors.extend(_names(item.get("author"), people))
        page.organisations.extend(_organisations(item.get("author")))
        page.organisations.extend(_organisations(item.get("publisher"), typed=False))
        if published := _text(item.get("datePublished")) or _text(item.get("dateCreated")):
            page.dates.append(published)
        publisher = item.get("publisher")
        if page.site_name is None and isinstance(publisher, dict):
            page.site_name = _text(publisher.get("name"))
    for key in ("og:title", "twitter:title"):
        page.titles.extend(meta.get(key, ()))
    for key in AUTHOR_KEYS:
        for name in meta.get(key, ()):
            if not name.startswith("http"):
                page.authors.append(_uninverted(name) if key in INVERTED_KEYS else name)
    for key in DATE_KEYS:
        page.dates.extend(meta.get(key, ()))


def read_page_meta(tree: HtmlElement) -> PageMeta:
    """The metadata `tree` (a parsed page) declares about itself."""
    meta = _meta(tree)
    page = PageMeta()
    _declared(tree, meta, page)
    page.dates.extend(marked_dates(tree))
    title = next(tree.iter("title"), None)
    if title is not None and clean(title.text_content()):
        page.document_title = clean(title.text_content())
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
    for h1 in tree.iter("h1"):
        if text := clean(h1.text_content()):
            (page.logos if _is_home_link(h1, text) else page.headings).append(text)
    page.title_sites = _title_sites(page.document_title, [*page.headings, *page.titles])
    page.bylines = printed_bylines(tree)
    page.marked_authors = marked_authors(tree)
    page.boxed_names = names_only_in_other_boxes(tree)
    page.printed_date = printed_date(tree)
    return page
