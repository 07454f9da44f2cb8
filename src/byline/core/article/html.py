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
from urllib.parse import urljoin

from byline.core.article.importer import ImportedArticle, to_markdown
from byline.core.article.page_meta import PageMeta, clean, read_page_meta
from byline.core.errors import ArticleError

if TYPE_CHECKING:
    from lxml.html import HtmlElement

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—:·•»]|-{1,2}|::)\s+")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_LABEL_AUTHOR = re.compile(r"(?:^|\s)(?:by|from|written|article|posted|staff)$", re.IGNORECASE)
_WORD = re.compile(r"\w+")
MAX_HEADING_WORDS = 25


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
    """`title` without a trailing or leading `` | Site name`` part."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    names = [_words(name) for name in site_names if name]
    while len(parts) > 1 and any(_words(parts[-1]) == name for name in names):
        parts.pop()
    while len(parts) > 1 and any(_words(parts[0]) == name for name in names):
        parts.pop(0)
    return title[title.find(parts[0]) : title.rfind(parts[-1]) + len(parts[-1])]


def _same_headline(heading: str, page: PageMeta) -> bool:
    """True when the page confirms `heading` as its headline: a declared title says the
    same, or the ``<title>`` starts with it."""
    words = _words(heading)
    if len(words) < 2:
        return False
    if any(_words(title) == words for title in page.titles):
        return True
    return _words(page.document_title or "")[: len(words)] == words


def _title(extracted: str | None, page: PageMeta, site_names: list[str]) -> str | None:
    """The headline as printed: the page's ``<h1>`` when the page confirms it and it shares
    most words with the extracted title (which is often a shorter social-media title),
    else the extracted title without a site name around it, else a declared title."""
    title = _strip_site_name(clean(extracted), site_names) if extracted else None
    title_words = set(_words(title or ""))
    for heading in page.headings:
        shared = title_words & set(_words(heading))
        if _same_headline(heading, page) and len(shared) * 2 >= len(title_words):
            return _strip_site_name(heading, site_names)
    if title:
        return title
    for candidate in [*page.titles, page.document_title or ""]:
        if candidate:
            return _strip_site_name(candidate, site_names)
    return None


def _is_name(author: str, site_names: list[str]) -> bool:
    """False for a label the extractor took for a name ("Article by", a URL ...), and for
    the site's own name (the publisher, not a byline)."""
    words = _words(author)
    return (
        0 < len(author.split()) <= 12
        and not _LABEL_AUTHOR.search(author)
        and not author.lower().startswith(("http", "www."))
        and any(char.isalpha() for char in author)
        and not any(_words(site)[: len(words)] == words for site in site_names)
    )


def _join_names(names: list[str]) -> str:
    unique = list(dict.fromkeys(name for name in names if name))
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]


def _fuller(name: str, printed: list[str]) -> str:
    """`name`, or the printed byline it is the beginning of ("Todd" -> "Todd Bates")."""
    words = _words(name)
    for other in printed:
        if len(_words(other)) > len(words) and _words(other)[: len(words)] == words:
            return other
    return name


def _author(extracted: str | None, page: PageMeta, site_names: list[str]) -> str | None:
    """The byline: the extractor's names, unless the byline printed on the page names
    nobody of them or more people than they are (it wins then, as a reader sees it); else
    the declared authors. An organisation is an author only when no person is credited."""
    names = [clean(name) for name in (extracted or "").split(";")]
    names = [name for name in names if name and _is_name(name, site_names)]
    printed = [name for name in page.bylines if _is_name(name, [])]  # an outlet may sign
    printed_words = {word for name in printed for word in _words(name)}
    covered = [name for name in names if set(_words(name)) & printed_words]
    if printed and (not covered or len(printed) > len(names) == len(covered)):
        names = printed
    names = [_fuller(name, printed) for name in names]
    if not names:
        names = [name for name in page.authors if _is_name(name, site_names)]
    organisations = {tuple(_words(name)) for name in [*page.organisations, *site_names]}
    people = [name for name in names if tuple(_words(name)) not in organisations]
    return _join_names(people or names) if names else None


def _iso_date(text: str) -> str | None:
    match = _ISO_DATE.match(text.strip())
    return "-".join(match.groups()) if match else None


def _date(extracted: str | None, page: PageMeta) -> str | None:
    """The date printed under the headline (what a reader sees), else the extractor's
    (htmldate reads the page's local day), else a declared one."""
    found = page.printed_date or (_iso_date(extracted) if extracted else None)
    return found or next((date for date in map(_iso_date, page.dates) if date), None)


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
    document = _extract(tree, url)
    if document is None or document.body is None:
        raise ArticleError("no article text found in the page")
    site_names = [name for name in (document.sitename, page.site_name) if name]
    title = _title(document.title, page, site_names) or "Untitled"
    canonical = page.canonical or document.url or url
    address = urljoin(url, canonical) if url and canonical else canonical
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
        author=_author(document.author, page, site_names) or chrome.sign_off,
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
