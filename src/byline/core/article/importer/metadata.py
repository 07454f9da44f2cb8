"""Bylines: who wrote an article, from the lines around its headline ("By Jane Doe",
"Jane Doe | Outlet", "Posted on March 3, 2024 by Jane Doe", a sign-off after the text).
"""

from __future__ import annotations

import re
from functools import lru_cache

from byline.core.article.byline_words import NAME_PARTICLES, ROLE_PATTERN
from byline.core.article.importer.dates import DATE
from byline.core.article.importer.dates import date_line as date_line  # for page_meta
from byline.core.article.importer.lines import CACHE_SIZE, word_count

BYLINE = re.compile(
    r"^(?:by|(?:posted|written|words|reporting|story|article)\s+by|author|authors|words)"
    r"\s*(?::|\s)\s*(?P<names>\S.*)$",
    re.IGNORECASE,
)
_GLUED_BYLINE = re.compile(r"^By(?=[A-Z][\w.])(?P<names>\S.*)$")
"""A "By" run into the name (a copy that lost the space between two elements)."""
_BY_LABEL = re.compile(
    r"^(?:(?:article|posted|written|words|story|reporting)\s+)?by:?$|^authors?:?$", re.IGNORECASE
)
_OPENING_BYLINE = re.compile(r"^By\s+(?P<names>[^:–—.]{3,80}?)\s*[:–—]\s+\S")
"""A byline that opens the first paragraph: "By Jane Doe: The council said ..."."""
_TWICE = re.compile(r"^(?P<name>.{3,50}?)\s+by\s+(?P=name)$", re.IGNORECASE)
"""A name under its own avatar: "Jane Doe by Jane Doe"."""
_SIGN_OFF = re.compile(r"^(?P<name>[^,]{3,40}),\s+[^,]{2,60}?[.!]?$")
"""A sign-off closing the text: "Jane Doe, Harbour Radio News."."""
_HANDLE = re.compile(r"^@\w+$|^\S+@\S+$|^\[email\s*protected\]$")
_CUT = re.compile(
    r"\s*(?:\||•|·|—|–|-\s|\s[A-Z][\w-]*\s+logo\b|\bpublished\b|\bupdated\b|\bposted\b|\bon\s+(?=\w+\s+\d)|"
    r"(?<![^\s@])[^\s@]+@\S+|\[email\s*protected\]|\(\s*@|\s@\w|\bfor\s+(?=[A-Z]))",
    re.IGNORECASE,
)
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.IGNORECASE)
_ROLE = re.compile(
    rf"\b(?:{ROLE_PATTERN}|staff|senior|chief|associate|deputy|news\s+desk)\b", re.IGNORECASE
)
OUTLET_WORDS = frozenset(
    [
        "news",
        "times",
        "post",
        "press",
        "herald",
        "journal",
        "tribune",
        "gazette",
        "daily",
        "weekly",
        "radio",
        "tv",
        "media",
        "magazine",
        "network",
        "agency",
        "service",
        "wire",
        "bureau",
        "desk",
        "staff",
        "online",
        "chronicle",
        "observer",
        "telegraph",
        "standard",
        "star",
        "mail",
        "express",
        "review",
        "report",
        "reports",
        "today",
        "world",
        "international",
        "group",
        "digital",
        "channel",
        "broadcasting",
        "sun",
        "globe",
        "courier",
        "record",
        "register",
        "sentinel",
        "examiner",
        "inquirer",
        "independent",
        "mirror",
        "guardian",
        "republic",
        "monitor",
        "dispatch",
        "bulletin",
    ]
)
"""Common English words of publications' names ("Daily", "Herald", "Network"): a comma
piece holding one is an outlet, not a co-author."""
MAX_NAME_WORDS = 5
MAX_NAME_LINES = 4
"""How many lines under a "By" label may hold names (and handles)."""
MAX_SIGN_OFF_WORDS = 10


def is_name(text: str) -> bool:
    """Shaped like a person's (or an agency's) name: a few capitalised words, no digits."""
    parts = text.split()
    if not 1 <= len(parts) <= MAX_NAME_WORDS or len(text) > 50 or any(c.isdigit() for c in text):
        return False
    if any(c in text for c in ':;!?"“”()/|@'):
        return False
    return all(p[0].isupper() or p.lower() in NAME_PARTICLES or p.startswith("al-") for p in parts)


def _capitals_only(text: str) -> str:
    """Names printed in capitals cut where the capitals stop: "JANE DOE and JOHN ROE
    Agency Name" -> "JANE DOE and JOHN ROE"."""
    parts = text.split()
    if len(parts) < 2 or not (parts[0].isupper() and parts[1].isupper()):
        return text
    for index, part in enumerate(parts):
        if not (part.isupper() or part.lower() in ("and", "&")):
            return " ".join(parts[:index])
    return text


def is_person(text: str) -> bool:
    """A piece after a comma that names a person, not an outlet or a desk: two or three
    capitalised words, none a word of a publication's name."""
    parts = text.split()
    return (
        2 <= len(parts) <= 3
        and is_name(text)
        and not any(part.lower().strip(".") in OUTLET_WORDS for part in parts)
        and not _ROLE.search(text)
    )


def _names(text: str) -> list[str]:
    cut = _CUT.search(text)
    if cut and cut.start() > 0:
        text = text[: cut.start()]
    text = _capitals_only(text)
    # "Jane Doe and John Roe, Outlet": a comma after the last "and" starts the outlet.
    joined = list(re.finditer(r"\band\b|&", text, re.IGNORECASE))
    if joined and (comma := text.find(",", joined[-1].end())) > 0:
        text = text[:comma]
    pieces = [p.strip(" .,") for p in _SPLIT_NAMES.split(text) if p.strip(" .,")]
    names = [p for p in pieces if not _ROLE.search(p) and is_name(p)]
    if not names and len(pieces) == 1 and pieces[0].isalnum() and not pieces[0].isdigit():
        names = pieces  # a site's account name: "By harbourtimes"
    # "Jane Doe, Reuters", "Jane Doe, Features Desk, Outlet": without "and" or "&", what
    # follows a comma is a role or an outlet, unless it is another person's name.
    if len(names) > 1 and not joined:
        people = [name for name in names[1:] if is_person(name)]
        names = [names[0], *people] if len(people) == len(names) - 1 else names[:1]
    return names


def byline_names(text: str) -> list[str] | None:
    """The names of a "By ..." line, or None for another line."""
    text = text.lstrip("•‣◦●▪■□*- ")
    match = BYLINE.match(text) or _GLUED_BYLINE.match(text)
    if not match or "\n" in text or len(text) > 160:
        return None
    names = _names(match.group("names"))
    if not names:
        return None
    return names


def join_names(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def is_byline_label(text: str) -> bool:
    """A "By" (or "Article by", "Author") standing alone: the names are on the next lines."""
    return bool(_BY_LABEL.match(text.strip()))


def names_under_label(lines: list[str]) -> tuple[list[str], int]:
    """The names on the lines after a "By" label (handles and e-mail lines skipped) and
    how many lines they take; a lone lower-case name ("harbourtimes") counts."""
    names: list[str] = []
    taken = 0
    for text in lines[:MAX_NAME_LINES]:
        if _HANDLE.match(text) or (names and text.lower() in ("and", "&", ",")):
            taken += 1
            continue
        simple = len(text.split()) == 1 and text.isalnum() and not text.isdigit()
        more = len(text.split()) >= 2  # a one-word line after a name is a label ("Date")
        if not ((is_name(text) and (more or not names)) or (simple and not names)):
            break
        names.append(text)
        taken += 1
    return names, taken if names else 0


def opening_byline(text: str) -> list[str]:
    """The names of a byline that opens a paragraph ("By Jane Doe: ..."), or []."""
    match = _OPENING_BYLINE.match(text)
    return _names(match.group("names")) if match else []


def repeated_name(text: str) -> str | None:
    """The name of a "Jane Doe by Jane Doe" line (an avatar's alt text, then the byline)."""
    match = _TWICE.match(text)
    return match.group("name") if match and is_name(match.group("name")) else None


def sign_off_name(text: str) -> str | None:
    """The writer named by a sign-off line ("Jane Doe, Harbour Radio News.")."""
    match = _SIGN_OFF.match(text)
    if match is None or word_count(text) > MAX_SIGN_OFF_WORDS:
        return None
    name = match.group("name")
    return name if is_name(name) and 2 <= len(name.split()) <= 3 else None


def name_after_date(text: str) -> str | None:
    """A person's name closing a line of source and date ("Outlet 02/10/2020 Jane Doe")."""
    matches = list(DATE.finditer(text))
    if not matches or "\n" in text:
        return None
    rest = text[matches[-1].end() :].strip(" |·•,-")
    return rest if is_name(rest) and 2 <= len(rest.split()) <= 4 else None


@lru_cache(maxsize=CACHE_SIZE)
def is_metadata(text: str) -> bool:
    """A byline or date line (cached: several passes ask about the same lines)."""
    return byline_names(text) is not None or date_line(text) is not None or is_byline_label(text)


_DATED_BY = re.compile(r"\bby\s+(?P<names>\S.*)$", re.IGNORECASE)
MAX_DATED_BYLINE_WORDS = 7


def dated_byline(text: str) -> tuple[str | None, list[str]] | None:
    """A date line that ends with its byline ("Posted on March 3, 2024 by Jane Doe"): the
    date and the names; None for another line."""
    match = _DATED_BY.search(text)
    if match is None or not DATE.search(text[: match.start()]):
        return None
    line = date_line(text[: match.start()])
    names = _names(match.group("names"))
    if line is None or not names or word_count(match.group("names")) > MAX_DATED_BYLINE_WORDS:
        return None
    return line.date, names


def name_before_date(text: str) -> str | None:
    """A person's name opening a date line ("Jane Doe | March 3, 2024", "Jane Doe
    Published March 3, 2024")."""
    match = DATE.search(text)
    cut = _CUT.search(text)
    if match is None or cut is None or "\n" in text or not 0 < cut.start() <= match.start():
        return None
    name = text[: cut.start()].strip(" ,")
    if date_line(text[cut.start() :]) is None:
        return None
    return name if is_name(name) and 2 <= len(name.split()) <= 4 else None


def name_before_role(text: str) -> str | None:
    """The name of a "Jane Doe Transport correspondent" line (a byline without "By")."""
    parts = text.split()
    for size in (2, 3):
        name, role = " ".join(parts[:size]).rstrip(","), " ".join(parts[size:])
        if role and _ROLE.search(role) and not _ROLE.search(name) and is_name(name):
            return name
    return None
