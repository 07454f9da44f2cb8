"""Dates: when an article was published, from the date lines around its headline.

A date line is a line that is mostly a date: "March 12, 2024", "Published 3 Sept 2023 |
Updated ...", "2024-03-12T09:15:00Z", "11:59PM GMT 29 Dec 2014", "19.01.2020". Of several
dates the published one wins. A relative date ("3 hours ago") or an ambiguous one
("02/10/2020") is a date line without a date: no date rather than a wrong one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from byline.core.article.importer.lines import word_count

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
        (?P<y1>\d{{4}})(?P<s1>[-/])(?P<m1>\d{{1,2}})(?P=s1)(?P<d1>\d{{1,2}})(?:[T\s]\d{{1,2}}:\d{{2}}\S*)?
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
_LABELLED_TIME = re.compile(
    rf"^(?:published|updated|posted|last\s+updated)\s*:?\s*(?:on\s+|at\s+)?(?:{_TIME.pattern})"
    r"\s*(?:[A-Z]{2,4}\b)?\W*$",
    re.IGNORECASE,
)
"""A date label with a time and no day ("Published 10:42 AM EST"): a date line, no date."""
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
        return DateLine(None) if _LABELLED_TIME.match(text) else None
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
