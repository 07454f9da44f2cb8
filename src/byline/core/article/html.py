"""Import a web page (HTML) into Byline's Markdown article format.

trafilatura finds the main text (comments, navigation and other boilerplate dropped) and the
metadata: title, authors, date, site name, canonical address, description. Where it finds no
title, author or date, or one that is plainly not one (a title with the site's name appended,
an author that is a label like "Article by"), the page's own metadata is used instead:
``og:``/``article:`` meta tags, JSON-LD ``Article`` objects, ``<meta name=author>``. No rule
names a site.

trafilatura (and lxml) are imported when a page is imported, never with this module: the
reader starts without them. Pure: text in, text out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from byline.core.article.importer import ImportedArticle, to_markdown
from byline.core.article.page_authors import choose_author, is_site
from byline.core.article.page_meta import PageMeta, read_page_meta
from byline.core.article.page_text import clean
from byline.core.errors import ArticleError

if TYPE_CHECKING:
    from lxml.html import HtmlElement

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—:·•»]|-{1,2}|::)\s+")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WORD = re.compile(r"\w+")
MAX_HEADING_WORDS = 25
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne"})
"""Labels under a country's domain that are part of its suffix ("co" of ".co.uk")."""
MAX_KICKER_WORDS = 3


def looks_like_html(text: str) -> bool:
    """True when `text` is an HTML document (a doctype, ``<html>``, ``<head>`` or ``<body>``
    near its start), whatever its file is called."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    return head.startswith("<") and _HTML_TAG.search(head) is not None


@dataclass
class WebArticle:
    """A web page's article: metadata and the body as Markdown blocks."""

    title: str
    author: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None
    fetched_from: str | None = None
    body: list[str] = field(default_factory=list)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _strip_site_name(title: str, site_names: list[str]) -> str:
    """`title` without a trailing or leading `` | Site name`` part, or a leading "Site
    name: "."""
    for name in site_names:
        prefix = re.match(rf"{re.escape(name)}\s*:\s+(?=\w)", title, re.IGNORECASE)
        if name and prefix:
            return title[prefix.end() :]
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    while len(parts) > 1 and is_site(parts[-1], site_names, exact=True):
        parts.pop()
    while len(parts) > 1 and is_site(parts[0], site_names, exact=True):
        parts.pop(0)
    return title[title.find(parts[0]) : title.rfind(parts[-1]) + len(parts[-1])]


def _host_name(address: str | None) -> str | None:
    """The name in a page's address ("examplepost" of "https://www.examplepost.co.uk/a"):
    the label before the domain's suffix."""
    labels = urlsplit(address or "").hostname or ""
    parts = [label for label in labels.split(".") if label]
    if len(parts) < 2:
        return None
    parts.pop()
    if len(parts) > 1 and parts[-1] in _SECOND_LEVEL:
        parts.pop()
    return parts[-1]


def _same_headline(heading: str, page: PageMeta) -> bool:
    """True when the page confirms `heading` as its headline: a declared title says the
    same, or the ``<title>`` starts with it."""
    words = _words(heading)
    if len(words) < 2:
        return False
    if any(_words(title) == words for title in page.titles):
        return True
    return _words(page.document_title or "")[: len(words)] == words


def _without_kicker(heading: str, page: PageMeta, site_names: list[str]) -> str:
    """`heading` without a kicker printed inside it ("Exclusive: ...", "Analysis ..."):
    the title the page declares (or its ``<title>``) when the heading ends with it and
    holds at most a few words more."""
    words = _words(heading)
    declared = [*page.titles, *_TITLE_SEPARATOR.split(page.document_title or "")]
    for title in declared:
        theirs = _words(title)
        extra = len(words) - len(theirs)
        if len(theirs) >= 3 and 0 < extra <= MAX_KICKER_WORDS and words[extra:] == theirs:
            return _strip_site_name(title, site_names)
    return heading


def _title(extracted: str | None, page: PageMeta, site_names: list[str]) -> str | None:
    """The headline as printed: the page's ``<h1>`` when the page confirms it and it shares
    most words with the extracted title (which is often a shorter social-media title),
    else the extracted title without a site name around it (not the site's name itself),
    else a declared title."""
    title = _strip_site_name(clean(extracted), site_names) if extracted else None
    if title and is_site(title, site_names, exact=True):
        title = None
    title_words = set(_words(title or ""))
    for heading in page.headings:
        shared = title_words & set(_words(heading))
        if _same_headline(heading, page) and len(shared) * 2 >= len(title_words):
            return _strip_site_name(heading, site_names)
    if title:
        return _without_kicker(title, page, site_names)
    for candidate in [*page.titles, page.document_title or ""]:
        if candidate:
            return _strip_site_name(candidate, site_names)
    return None


def _iso_date(text: str) -> str | None:
    match = _ISO_DATE.match(text.strip())
    return "-".join(match.groups()) if match else None


def _declared_date(text: str) -> str | None:
    """The day of a declared date: ISO ("2024-03-05T23:30:00-05:00" is the 5th, the
    publisher's local day), or written out ("March 5, 2024")."""
    from byline.core.article.importer.dates import find_date

    return _iso_date(text) or find_date(text)


def _date(extracted: str | None, page: PageMeta) -> str | None:
    """The publication date, by this precedence: the date printed under the headline
    (what a reader sees; never an "Updated" one), else the first declared publication date
    (JSON-LD ``datePublished``/``dateCreated``, ``article:published_time``, Dublin Core
    "issued", analytics tags, microdata and hAtom; see `PageMeta.dates`), else the
    extractor's guess."""
    declared = next((date for date in map(_declared_date, page.dates) if date), None)
    return page.printed_date or declared or (_iso_date(extracted) if extracted else None)


def _drop_repeated_title(blocks: list[str], title: str) -> list[str]:
    """The body without headings that only repeat the headline."""
    return [b for b in blocks if not (b.startswith("#") and _words(b) == _words(title))]


def _parse(html: str) -> HtmlElement:
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise ArticleError("not a web page: no HTML could be read")
    return tree


def _flatten_headings(tree: HtmlElement) -> None:
    """Headings that hold a block (``<h2><div><a name=...>Text</a></div></h2>``, as some
    pages write anchors) made plain text: the extractor drops them otherwise."""
    for heading in tree.iter("h2", "h3", "h4", "h5", "h6"):
        if heading.find(".//div") is None and heading.find(".//p") is None:
            continue
        text = clean(heading.text_content())
        if len(text.split()) > MAX_HEADING_WORDS:
            continue  # a heading element around a whole text is not a heading
        for child in list(heading):
            heading.remove(child)
        heading.text = text


def _join_drop_caps(tree: HtmlElement) -> None:
    """A drop cap set in an element of its own before its paragraph (``<span>T</span><p>he
    storm ...``) put back at the paragraph's start: the extractor keeps the paragraph and
    drops the lone letter, which leaves "he storm"."""
    for letter in list(tree.iter("span", "div", "b", "strong", "big", "font")):
        text = (letter.text or "").strip()
        paragraph = letter.getnext()
        if len(letter) or len(text) != 1 or not text.isupper() or paragraph is None:
            continue
        if paragraph.tag != "p" or not paragraph.text_content()[:1].islower():
            continue
        paragraph.text = text + (paragraph.text or "")
        letter.drop_tree()


def _split_at_blank_lines(tree: HtmlElement) -> None:
    """A paragraph that a page divides with two line breaks in a row (``<br><br>``, a blank
    line on screen) made that many paragraphs: the extractor keeps one break of the two, and
    the text would read as one paragraph."""
    for first in list(tree.iter("br")):
        second, paragraph = first.getnext(), first.getparent()
        if second is None or second.tag != "br" or (first.tail or "").strip():
            continue
        if paragraph is None or paragraph.tag != "p":
            continue
        rest = paragraph.makeelement("p", {})
        rest.text = second.tail
        for sibling in list(second.itersiblings()):
            rest.append(sibling)  # moved, with its tail
        paragraph.remove(first)  # a removed element's tail goes with it: none here
        paragraph.remove(second)
        paragraph.addnext(rest)


def _extract(tree: HtmlElement, url: str | None) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=True,
        include_links=True,
        include_formatting=True,
        favor_precision=True,
    )


def read_web_article(html: str, url: str | None = None) -> WebArticle:
    """The article in a web page: metadata and main text.

    Args:
        html: The page's HTML.
        url: Where it was fetched from, if it was: relative links are resolved against it,
            and it is recorded (``fetched_from``) when the page names another address.

    Raises:
        ArticleError: When the page has no readable main text.
    """
    from byline.core.article.html_body import BodyContext, body_blocks
    from byline.core.article.html_chrome import remove_chrome

    tree = _parse(html)
    page = read_page_meta(tree)  # before extraction, which edits the tree
    _flatten_headings(tree)
    _join_drop_caps(tree)
    _split_at_blank_lines(tree)
    document = _extract(tree, url)
    if document is None or document.body is None:
        raise ArticleError("no article text found in the page")
    site_names = [name for name in (document.sitename, page.site_name) if name]
    canonical = page.canonical or document.url or url
    address = urljoin(url, canonical) if url and canonical else canonical
    host = _host_name(address) or _host_name(url)
    known_sites = [*site_names, *page.logos, *page.title_sites, *([host] if host else [])]
    title = _title(document.title, page, known_sites) or "Untitled"
    captions = dict(page.captions)
    for base in (url, address):
        if base:
            captions.update((urljoin(base, src), text) for src, text in page.captions.items())
    context = BodyContext(base_url=address, captions=captions)
    chrome = remove_chrome(document.body, site_names)
    blocks = _drop_repeated_title(body_blocks(document.body, context), title)
    if not blocks:
        raise ArticleError("no article text found in the page")
    return WebArticle(
        title=title,
        author=choose_author(document.author, page, known_sites) or chrome.sign_off,
        date=_date(document.date, page),
        source=clean(site_names[0]) if site_names else None,
        url=address,
        language=page.language or document.language,
        description=clean(document.description or page.description or "") or None,
        fetched_from=url if url and url != address else None,
        body=blocks,
    )


def html_to_markdown(html: str, url: str | None = None) -> str:
    """A web page as a Byline Markdown article (YAML front matter, then the body).

    Raises:
        ArticleError: When the page has no readable main text.
    """
    article = read_web_article(html, url)
    head = ImportedArticle(
        title=article.title, source=article.source, author=article.author, date=article.date
    )
    extra = {
        key: value
        for key in ("url", "fetched_from", "language", "description")
        if (value := getattr(article, key))
    }
    return to_markdown(head, extra) + "\n" + "\n\n".join(article.body) + "\n"
