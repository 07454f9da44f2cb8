"""Bylines and dates a page marks up in its visible text by published conventions: the
``rel="author"`` link (HTML), hCard/hAtom microformats (``.author .fn``, ``.byline .fn``,
``.published`` with ``datetime`` or ``title``) and schema.org microdata (``itemprop=author``,
``itemprop=datePublished``). Markup inside navigation, asides, footers and boxes named as
related, recommended or comments is not the article's. Nothing here is specific to one site.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from byline.core.article.page_text import clean

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def _has_class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


_AUTHOR_MARKUP = (
    "//*[@itemprop='author' or @itemprop='creator']"
    f" | //*[{_has_class('author')} or {_has_class('byline')} or {_has_class('vcard')}]"
    f"//*[{_has_class('fn')}]"
    f" | //*[{_has_class('fn')} and ({_has_class('author')} or {_has_class('vcard')})]"
    " | //a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"
)
_DATE_MARKUP = (
    "//*[@itemprop='datePublished' or @itemprop='dateCreated']"
    f" | //*[{_has_class('published')} and not({_has_class('updated')})]"
    " | //time[@pubdate]"
)
OUTSIDE_ARTICLE = frozenset({"nav", "aside", "footer"})
"""Elements whose markup is about other pages or the site, not this article."""
_OTHER_BOX = re.compile(
    r"related|recommend|more-|comment|sidebar|widget|promo|teaser|newsletter",
    re.IGNORECASE,
)
"""Class or id words of boxes about other articles, comments or the site."""
_BY = re.compile(r"^by\s+")
_ISO_DAY = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_MAX_NAME_CHARS = 80


def in_other_box(element: HtmlElement) -> bool:
    """True when `element` stands in navigation, an aside, a footer or a box about other
    articles or comments, or in the site's navigation."""
    for ancestor in element.iterancestors():
        if not isinstance(ancestor.tag, str):
            continue
        if ancestor.tag in OUTSIDE_ARTICLE:
            return True
        marks = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}"
        if _OTHER_BOX.search(marks):
            return True
    return False


def _author_name(element: HtmlElement) -> str:
    """The name a byline element marks: its ``itemprop=name`` (text or ``content``), a
    ``content`` attribute, else its text."""
    for inner in element.iter():
        if inner is not element and inner.get("itemprop") == "name":
            return clean(inner.get("content") or inner.text_content())
    return clean(element.get("content") or element.text_content())


def marked_authors(tree: HtmlElement) -> list[str]:
    """The names of the first byline marked up in the article, in page order (one byline:
    the names marked inside the first element that holds any)."""
    names: list[str] = []
    first_box: HtmlElement | None = None
    for element in tree.xpath(_AUTHOR_MARKUP):
        if in_other_box(element):
            continue
        name = _author_name(element)
        if not name or len(name) > _MAX_NAME_CHARS or name.lower().startswith("http"):
            continue
        box = element.getparent()
        while box is not None and len(clean(box.text_content())) <= 2 * _MAX_NAME_CHARS:
            parent = box.getparent()
            if parent is None or len(clean(parent.text_content())) > 2 * _MAX_NAME_CHARS:
                break
            box = parent
        if first_box is None:
            first_box = box
        elif box is not first_box:
            break  # a second byline further on is another article's
        if name not in names:
            names.append(name)
    return names


def marked_dates(tree: HtmlElement) -> list[str]:
    """Publication dates marked up in the page (``datetime``, ``content`` or ``title`` of a
    ``datePublished`` or hAtom ``published`` element), as ``YYYY-MM-DD``, in page order."""
    dates: list[str] = []
    for element in tree.xpath(_DATE_MARKUP):
        if in_other_box(element):
            continue
        for value in (element.get("datetime"), element.get("content"), element.get("title")):
            if value and (match := _ISO_DAY.match(value)):
                dates.append(match.group(1))
                break
    return dates


def _is_other_box(element: HtmlElement) -> bool:
    if element.tag in OUTSIDE_ARTICLE:
        return True
    return _OTHER_BOX.search(f"{element.get('class') or ''} {element.get('id') or ''}") is not None


def names_only_in_other_boxes(tree: HtmlElement) -> frozenset[str]:
    """Short texts (a name's length) the page prints only inside boxes about other articles,
    comments or the site (see `in_other_box`), folded: a name among them is another
    article's writer."""
    inside: set[str] = set()
    outside: set[str] = set()
    stack: list[tuple[HtmlElement, bool]] = [(tree, False)]
    while stack:
        element, around = stack.pop()
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        boxed = around or _is_other_box(element)
        for text, within in ((element.text, boxed), (element.tail, around)):
            value = _BY.sub("", clean(text or "").casefold())
            if value and len(value) <= _MAX_NAME_CHARS:
                (inside if within else outside).add(value)
        stack.extend((child, boxed) for child in element)
    return frozenset(inside - outside)
