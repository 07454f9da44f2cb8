"""Who wrote a web page's article: the extractor's names checked against the byline printed on
the page and the page's metadata, cleaned of what is not a writer's name.

Extractors and metadata mix other things into a byline: a role split off as a name ("Jane Doe;
Senior Reporter"), an outlet or agency after the writer ("Jane Doe / Reuters"), a date or an
e-mail run into the name, a social-media handle or an address for a name, the site's own name.
Each is recognised by its shape and by general English words (roles, words that name an
organisation), never by a site's name or markup. Pure: text in, text out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from byline.core.article.byline_words import ROLE_NOUNS, ROLE_WORDS
from byline.core.article.page_meta import PageMeta
from byline.core.article.page_text import clean

_WORD = re.compile(r"\w+")
_SPLIT = re.compile(r"\s*(?:;|,|\s&\s|\band\b)\s*", re.IGNORECASE)
_SLASH = re.compile(r"\s*/\s*")
_LABEL_AUTHOR = re.compile(
    r"^(?:(?:article|written|posted|story|words|text|report(?:ed)?)\s+)?(?:by|from)$"
    r"|^(?:written|article|posted|staff)$",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(r"^[@#]|^https?:|^www\.|\.(?:com|org|net|co|io|news)\b", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+")
_BY = re.compile(r"^(?:(?:written|posted|story|words|text|reported)\s+)?by\s*:?\s+", re.I)
_USER_NAME = re.compile(r"^[a-z0-9_.-]+$")
"""A login name a content system fills the author with ("admin", "jdoe"): not a byline."""
_DATE_LABEL = re.compile(r"\s+(?:updated|published|posted|modified|last)\b.*$", re.IGNORECASE)
ORGANISATION_WORDS = frozenset(
    re.findall(
        r"\w+",
        """press news agency media wire wires service services newsroom desk staff times post
        radio television tv network networks group magazine journal daily weekly herald
        tribune gazette broadcasting corporation company inc ltd llc""",
    )
)
"""English words that make a credit an organisation's ("Associated Press", "News Desk")."""


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _squeezed(text: str, desk: bool = False) -> str:
    """`text`'s words run together, without a leading "the" (and, with `desk`, without
    trailing words that name a desk: "Example Post Staff" -> "examplepost")."""
    words = _words(text)
    words = words[1:] if words[:1] == ["the"] else words
    while desk and len(words) > 1 and words[-1] in DESK_WORDS:
        words.pop()
    return "".join(words)


DESK_WORDS = frozenset({"staff", "desk", "team", "newsroom", "news", "editors", "editorial"})
"""Words that make a site's name a credit to its staff ("Example Post Staff")."""


def is_site(name: str, site_names: Iterable[str], exact: bool = False) -> bool:
    """True when `name` is the site's own name or its address's name ("The Example Post",
    "examplepost"); unless `exact`, also its beginning or its staff ("Example Post Staff")."""
    key = _squeezed(name, desk=not exact)
    if not key:
        return False
    for site in site_names:
        squeezed = _squeezed(site)
        if squeezed == key or (not exact and squeezed.startswith(key) and len(key) >= 4):
            return True
    return False


def is_role(name: str) -> bool:
    """True for a byline part that is only a role: "Senior Reporter", "Staff Writer"."""
    words = _words(name)
    return bool(words) and all(w in ROLE_WORDS for w in words) and words[-1] in ROLE_NOUNS


def is_organisation(name: str) -> bool:
    """True for a credit that names no person: one word ("Reuters", a handle-like outlet
    name), or one with a word that names an organisation ("Associated Press")."""
    words = _words(name)
    return len(words) <= 1 or any(word in ORGANISATION_WORDS for word in words)


def _is_name(name: str, site_names: Iterable[str]) -> bool:
    """False for a label the extractor took for a name ("Article by"), an address, a
    handle, a role, and the site's own name (the publisher, not a byline)."""
    return (
        0 < len(name.split()) <= 12
        and not _LABEL_AUTHOR.match(name)
        and not _NOT_A_NAME.search(name)
        and any(char.isalpha() for char in name)
        and not any(char.isdigit() for char in name)
        and not is_role(name)
        and not is_site(name, site_names)
    )


def _parts(credit_lines: Iterable[str], site_names: Iterable[str]) -> list[str]:
    """The names in credits that may each hold several ("A; B", "A, Role", "A and B",
    "A / Agency")."""
    sites = list(site_names)
    names: list[str] = []
    for credit in credit_lines:
        for piece in _SPLIT.split(_BY.sub("", _EMAIL.sub(" ", clean(credit)))):
            if _NOT_A_NAME.search(piece):
                continue  # an address: its slashes part no names
            for part in _SLASH.split(piece):
                part = _DATE_LABEL.sub("", part).strip(" .:|-–—")
                if part and _is_name(part, sites) and part not in names:
                    names.append(part)
    return names


def _join(names: list[str]) -> str:
    unique = list(dict.fromkeys(name for name in names if name))
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]


def _folded(text: str) -> str:
    return " ".join(clean(text).casefold().split())


def _is_person(name: str, page: PageMeta, site_names: list[str]) -> bool:
    organisations = {tuple(_words(org)) for org in page.organisations}
    return (
        tuple(_words(name)) not in organisations
        and not is_organisation(name)
        and not is_site(name, site_names)
    )


def choose_author(extracted: str | None, page: PageMeta, site_names: list[str]) -> str | None:
    """The byline, by this precedence:

    1. The byline printed under the headline ("By A and B", "Author: A"): what a reader
       sees, taken as printed, an outlet signing its own article included.
    2. Else the first of these that credits a person: the byline marked up in the text
       (``rel=author``, hCard, microdata), the declared authors (JSON-LD, then ``<meta>``
       tags), the extractor's. A weaker source's person beats a stronger source's
       organisation, as a declared author is often the publisher.
    3. Else the first organisation credited that is not the site itself (an agency): the
       site named as author only in the markup or metadata is its publisher, not a byline.

    `site_names` are the names the site goes by (its declared name, the ``<title>``'s
    suffix, its address's name)."""
    printed = _parts(page.bylines, [])
    if printed:
        return _join(printed)
    sources = [
        [name for name in _parts(given, site_names) if not _USER_NAME.match(name)]
        for given in (page.marked_authors, page.authors)
    ]
    guessed = _parts([extracted or ""], site_names)
    sources.append([name for name in guessed if _folded(name) not in page.boxed_names])
    for names in sources:
        people = [name for name in names if _is_person(name, page, site_names)]
        if people:
            return _join(people)
    return next((_join(names) for names in sources if names), None)
