"""Who wrote an article and when: the byline and date lines around its headline, and,
when the top of the page names nobody, a byline opening the text, a sign-off closing it or
a labelled "Author" / "Posted by" line just after it.

The lines used as byline or date are reported, so that they leave the article's body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from byline.core.article.importer.chrome import is_chrome
from byline.core.article.importer.dates import date_line, find_date
from byline.core.article.importer.metadata import (
    byline_names,
    dated_byline,
    is_byline_label,
    is_name,
    is_person,
    join_names,
    name_after_date,
    name_before_date,
    name_before_role,
    names_under_label,
    opening_byline,
    repeated_name,
    sign_off_name,
)

DATE_LINES_ABOVE = 2
"""How near above the headline a date line is its date (further up: the day's date in the
page's masthead)."""
MAX_NAME_LINES = 3
"""How many lines of co-authors' names a byline without "By" may take."""
LINES_AFTER_TEXT = 40
"""How far after the main text a labelled byline or date line is looked for."""
SIGN_OFF_LINES = 3
"""How many lines at the main text's end (and just after it) may be a sign-off."""
TEXT_END_LINES = 8
"""How many of the main text's last lines may hold a labelled byline ("Posted by")."""
_LABELLED = re.compile(
    r"^\W*(?:author|posted by|written by|(?:additional\s+)?reporting by)\b", re.IGNORECASE
)
_ABOUT_THE_AUTHOR = re.compile(r"^\W*about\s+the\s+(?:author|writer|reporter)\W*$", re.I)
_UPDATED_LABEL = re.compile(r"^\W*(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
_LABELLED_DATE = re.compile(r"^\W*(?:date|published|posted)\b", re.IGNORECASE)
_COMMENTS = re.compile(
    r"^\W*(?:\d+\s+)?(?:comments?|responses?|replies|leave a (?:comment|reply)|"
    r"join the (?:conversation|discussion)|\d+ thoughts? on\b)",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s+[|•·–—-]\s+|\s*\|\s*")
_SECTION_WORDS = frozenset(
    (
        "news",
        "world",
        "business",
        "politics",
        "opinion",
        "sport",
        "sports",
        "culture",
        "science",
        "technology",
        "tech",
        "health",
        "future",
        "life",
        "lifestyle",
        "style",
        "travel",
        "local",
        "national",
        "international",
        "economy",
        "markets",
        "money",
        "environment",
        "climate",
        "education",
        "arts",
        "entertainment",
        "ideas",
        "analysis",
        "features",
        "food",
        "weather",
        "video",
        "live",
        "latest",
        "breaking",
        "home",
        "top",
        "stories",
        "review",
        "reviews",
        "comment",
        "editorial",
        "magazine",
        "crime",
        "law",
        "media",
        "music",
        "film",
        "books",
        "tv",
        "open",
        "progress",
        "more",
        "special",
        "report",
    )
)
"""Words of a section label ("World News", "Open Future"): not a person's name."""


@dataclass
class Authorship:
    """The author and date found, and the indexes (in the zone under the headline) of the
    lines they were read from."""

    author: str | None = None
    date: str | None = None
    dated: bool = False
    updated: bool = False
    used: set[int] = field(default_factory=set)

    def credit(self, names: list[str]) -> None:
        if self.author is None and names:
            self.author = join_names(names)

    def give_date(self, date: str | None, updated: bool = False) -> None:
        """The first date found, unless it was labelled "Updated" and a published one
        follows; a date line without a trusted date ("3 hours ago") leaves room for one."""
        if date is None:
            return
        if not self.dated or (self.updated and not updated):
            self.date, self.dated, self.updated = date, True, updated


def _scan_zone(found: Authorship, zone: list[str]) -> None:
    """Byline lines, "By" labels with the names under them, and date lines of the zone."""
    index = 0
    while index < len(zone):
        text = zone[index]
        names = byline_names(text)
        if is_byline_label(text):
            names, taken = names_under_label(zone[index + 1 :])
            if taken:
                found.used.update(range(index, index + taken + 1))
                found.credit(names)
                index += taken + 1
                continue
        elif names is not None:
            found.used.add(index)
            found.credit(names)
            if date := find_date(text):
                found.give_date(date)
        elif (dated := dated_byline(text)) is not None:
            found.used.add(index)
            found.give_date(dated[0])
            found.credit(dated[1])
        elif (name := repeated_name(text)) is not None:
            found.used.add(index)
            found.credit([name])
        elif (line := date_line(text)) is not None:
            found.used.add(index)
            found.give_date(line.date, bool(_UPDATED_LABEL.match(text)))
        index += 1


def _name_next_to_a_date(zone: list[str], above: list[str]) -> tuple[str, list[str]] | None:
    """A line that is only a name next to a date line (a byline without "By"), with the
    co-authors' names on the lines right under it: the names and their lines. Of an agency
    and an outlet ("Agency/Outlet") the agency is the credit."""
    lines = [text for text in [*above, *zone] if not is_chrome(text)]
    for index, text in enumerate(lines):
        names = _credited(text)
        if not names or any(word.lower() in _SECTION_WORDS for word in " ".join(names).split()):
            continue
        taken = [text]
        for other in lines[index + 1 : index + MAX_NAME_LINES]:
            if not is_person(other) or any(w.lower() in _SECTION_WORDS for w in other.split()):
                break
            names.append(other)
            taken.append(other)
        end = index + len(taken)
        near = lines[max(0, index - 2) : index] + lines[end : end + 2]
        if any(date_line(other) is not None for other in near):
            return join_names(names), taken
    return None


def _credited(text: str) -> list[str]:
    """The names of a line that holds only names, perhaps with a role or an outlet after
    a separator ("Jane Doe | Outlet", "Jane Doe, Reporter", "Jane Doe and John Roe")."""
    parts = [part.strip() for part in text.split("/")]
    if len(parts) == 2 and all(is_name(part) for part in parts):
        return [parts[0]]  # "Agency/Outlet"
    text = _SEPARATOR.split(text, maxsplit=1)[0].strip()
    text = name_before_role(text) or text
    if re.search(r",\s+\S", text) and not re.search(r"\band\b|&", text):
        text = text.split(",")[0]
    names = [name.strip() for name in re.split(r"\s*(?:,|&|\band\b)\s*", text)]
    if all(is_name(name) and 2 <= len(name.split()) <= 4 for name in names):
        return names
    return []


def _before_comments(lines: list[str]) -> list[str]:
    """The lines before a comments section: its "Posted by" lines name commenters."""
    for index, text in enumerate(lines):
        if _COMMENTS.match(text):
            return lines[:index]
    return lines


def find_authorship(
    zone: list[str], above: list[str], text_end: list[str], after: list[str]
) -> Authorship:
    """Author and date from the `zone` under the headline (its header and the first lines
    of the text), the lines `above` the headline, the last lines of the text (`text_end`)
    and the lines `after` the text (chrome too: a comments section ends the search)."""
    found = Authorship()
    zone = [" ".join(text.split("\n")) for text in zone]
    _scan_zone(found, zone)
    for text in zone:
        found.credit(opening_byline(text))
    if found.author is None:
        above_found = Authorship()
        _scan_zone(above_found, above)
        found.author = above_found.author
    if found.author is None and (named := _name_next_to_a_date(zone, above)):
        found.author = named[0]
        found.used.update(i for i, text in enumerate(zone) if text in named[1])
    for index, text in enumerate([*above, *zone]):
        if found.author is None and (name := name_after_date(text) or name_before_date(text)):
            found.author = name
            found.used.update([index - len(above)] if index >= len(above) else [])
    if not found.dated:
        for text in reversed(above[-DATE_LINES_ABOVE:]):
            if (line := date_line(text)) is not None:
                found.give_date(line.date)
                break
    after = [text for text in _before_comments(after) if not is_chrome(text)]
    for text in [*after[:SIGN_OFF_LINES], *reversed(text_end[-SIGN_OFF_LINES:])]:
        if found.author is None and (name := sign_off_name(text)):
            found.author = name
    closing = [*text_end, *after[:LINES_AFTER_TEXT]]
    for index, text in enumerate(closing):
        if found.author is None and _LABELLED.match(text):
            found.credit(byline_names(text) or [])
        if found.author is None and _ABOUT_THE_AUTHOR.match(text) and index + 1 < len(closing):
            found.credit([closing[index + 1]] if is_person(closing[index + 1]) else [])
        if not found.dated and _LABELLED_DATE.match(text) and (line := date_line(text)):
            found.give_date(line.date)
    return found
