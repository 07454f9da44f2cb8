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
from byline.core.article.page_meta import PageMeta, clean

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
        for piece in _SPLIT.split(_EMAIL.sub(" ", clean(credit))):
            if _NOT_A_NAME.search(piece):
                continue  # an address: its slashes part no names
            for part in _SLASH.split(piece):
                part = _DATE_LABEL.sub("", part).strip(" .:|-–—")
                if part and _is_name(part, sites) and part not in names:
                    names.append(part)
    return names


def _as_printed(names: list[str], printed: list[str]) -> list[str]:
    """`names` as the printed byline writes them: a name that holds a printed one, or is
    held by one ("Jane Doe Updated", "Todd" -> "Jane Doe", "Todd Bates"), takes its form;
    a name the byline does not print is dropped (the byline is what a reader sees). All the
    printed names when the extractor found none of them or fewer."""
    matched: list[str] = []
    for name in names:
        words = set(_words(name))
        for other in printed:
            theirs = set(_words(other))
            if (theirs <= words or words <= theirs) and other not in matched:
                matched.append(other)
                break
    return matched if matched and len(matched) >= len(printed) else list(printed)


def _join(names: list[str]) -> str:
    unique = list(dict.fromkeys(name for name in names if name))
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]


def choose_author(extracted: str | None, page: PageMeta, site_names: list[str]) -> str | None:
    """The byline: the extractor's names, checked against the byline printed on the page
    (which wins, as a reader sees it); else the declared authors. An organisation is an
    author only when no person is credited."""
    printed = _parts(page.bylines, [])  # an outlet may sign its own articles
    names = _parts([extracted or ""], site_names)
    if printed:
        names = _as_printed(names, printed)
    if not names:
        names = _parts(page.authors, site_names)
    organisations = {tuple(_words(name)) for name in page.organisations}
    people = [
        name
        for name in names
        if tuple(_words(name)) not in organisations
        and not is_organisation(name)
        and not is_site(name, site_names)
    ]
    return _join(people or names) if names else None
