"""Bylines and dates: who wrote an article and when, from the lines around its headline.

A date line is a line that is mostly a date: "March 12, 2024", "Published 3 Sept 2023 |
Updated ...", "2024-03-12T09:15:00Z", "11:59PM GMT 29 Dec 2014", "19.01.2020". Of several
dates the published one wins. A relative date ("3 hours ago") or an ambiguous one
("02/10/2020") is a date line without a date: no date rather than a wrong one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from byline.core.article.importer.lines import CACHE_SIZE, word_count

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_NUMBER = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
_DAY = r"(?:\d{1,2})(?:st|nd|rd|th)?"
DATE = re.compile(
    rf"""(?<![\w.])(?:
        (?P<y1>\d{{4}})-(?P<m1>\d{{1,2}})-(?P<d1>\d{{1,2}})(?:[T\s]\d{{1,2}}:\d{{2}}\S*)?
      | (?P<mn2>{MONTHS})\.?\s+(?P<d2>{_DAY}),?\s+(?P<y2>\d{{4}})
      | (?P<d3>{_DAY})(?:\s+of)?\s+(?P<mn3>{MONTHS})\.?,?\s+(?P<y3>\d{{4}})
      | (?P<a4>\d{{1,2}})(?P<sep>[./])(?P<b4>\d{{1,2}})(?P=sep)(?P<y4>\d{{4}})
    )(?![\w])""",
    re.IGNORECASE | re.VERBOSE,
)
RELATIVE = re.compile(
    r"^(?:(?:updated|published|posted)\s*:?\s*)?(?:\d+|an?|one|a\ few)\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$"
    r"|^(?:today|yesterday|just\ now)(?:\s+at\s+.*)?$",
    re.IGNORECASE | re.VERBOSE,
)
_DATE_WORDS = re.compile(
    r"\b(?:published|updated|posted|last|first|modified|on|at|date|time|am|pm|a\.m|p\.m|"
    r"gmt|utc|bst|cet|cest|est|edt|pst|pdt|ist|et|pt|mon|tue|tues|wed|thu|thur|thurs|fri|"
    r"sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|and|updated on)\b",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\b", re.I)
_PUBLISHED = re.compile(r"(?:published|posted|first\s+published)\W*$", re.IGNORECASE)
_UPDATED = re.compile(r"(?:updated|modified|last\s+updated)\W*(?:on\s+)?$", re.IGNORECASE)


def _iso(match: re.Match[str]) -> str | None:
    """The ISO date of a DATE match; None when it is not a real day or is ambiguous."""
    g = match.groupdict()
    try:
        if g["y1"]:
            return dt.date(int(g["y1"]), int(g["m1"]), int(g["d1"])).isoformat()
        if g["y4"]:
            first, second = int(g["a4"]), int(g["b4"])
            if first > 12 >= second:
                return dt.date(int(g["y4"]), second, first).isoformat()
            if second > 12 >= first:
                return dt.date(int(g["y4"]), first, second).isoformat()
            return dt.date(int(g["y4"]), first, first).isoformat() if first == second else None
        name = (g["mn2"] or g["mn3"]).lower()[:3]
        day = int(re.sub(r"\D", "", g["d2"] or g["d3"]))
        return dt.date(int(g["y2"] or g["y3"]), _MONTH_NUMBER[name], day).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class DateLine:
    """A line recognised as a date line, and the date it gives (None: none trusted)."""

    date: str | None


def _chosen(text: str, matches: list[re.Match[str]]) -> re.Match[str]:
    """The published date of several: labelled "Published", else not "Updated", else first."""
    labelled = [m for m in matches if _PUBLISHED.search(text[max(0, m.start() - 25) : m.start()])]
    if labelled:
        return labelled[0]
    plain = [m for m in matches if not _UPDATED.search(text[max(0, m.start() - 25) : m.start()])]
    return (plain or matches)[0]


def date_line(text: str, max_rest_words: int = 3) -> DateLine | None:
    """The date of a line that is mostly a date, or None when the line is something else.

    `max_rest_words` is how many words other than dates, times and date labels may remain
    (a byline may share the line: callers pass a larger number for that case)."""
    if "\n" in text or len(text) > 160:
        return None
    if RELATIVE.match(text.strip(" .|")):
        return DateLine(None)
    matches = list(DATE.finditer(text))
    if not matches:
        return None
    rest = DATE.sub(" ", text)
    rest = _TIME.sub(" ", rest)
    rest = _DATE_WORDS.sub(" ", rest)
    if word_count(rest) > max_rest_words:
        return None
    return DateLine(_iso(_chosen(text, matches)))


def find_date(text: str) -> str | None:
    """The published date anywhere in a short line (a byline with its date), or None."""
    matches = list(DATE.finditer(text))
    return _iso(_chosen(text, matches)) if matches else None


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
    r"\S+@\S+|\[email\s*protected\]|\(\s*@|\s@\w|\bfor\s+(?=[A-Z]))",
    re.IGNORECASE,
)
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.IGNORECASE)
_ROLE = re.compile(
    r"\b(?:writer|reporter|editor|correspondent|contributor|columnist|staff|senior|chief|"
    r"producer|journalist|analyst|photographer|associate|deputy|news\s+desk)\b",
    re.IGNORECASE,
)
_PARTICLES = frozenset(
    {"de", "da", "van", "von", "der", "den", "del", "la", "le", "bin", "al", "du"}
)
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
    return all(p[0].isupper() or p.lower() in _PARTICLES or p.startswith("al-") for p in parts)


def _names(text: str) -> list[str]:
    cut = _CUT.search(text)
    if cut and cut.start() > 0:
        text = text[: cut.start()]
    pieces = [p.strip(" .,") for p in _SPLIT_NAMES.split(text) if p.strip(" .,")]
    names = [p for p in pieces if not _ROLE.search(p) and is_name(p)]
    if not names and len(pieces) == 1 and pieces[0].isalnum() and not pieces[0].isdigit():
        names = pieces  # a site's account name: "By harbourtimes"
    # "Jane Doe, Reuters", "Jane Doe, Features Desk, Outlet": without "and" or "&", what
    # follows a comma is a role or an outlet; co-authors are joined by "and".
    if len(names) > 1 and not re.search(r"\band\b|&", text, re.IGNORECASE):
        del names[1:]
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
        if _HANDLE.match(text):
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


def name_before_role(text: str) -> str | None:
    """The name of a "Jane Doe Transport correspondent" line (a byline without "By")."""
    parts = text.split()
    for size in (2, 3):
        name, role = " ".join(parts[:size]), " ".join(parts[size:])
        if role and _ROLE.search(role) and not _ROLE.search(name) and is_name(name):
            return name
    return None
