"""Plain text into lines, and the shape of a line (length, punctuation, capitals).

A browser copy of a page (and ``w3m -dump``) gives one line per block: a paragraph, a
heading, a menu entry. Text typed or saved by hand may instead wrap a paragraph over
several lines. So a run of lines between blank lines is one unit when it reads as one
wrapped paragraph, and one unit per line otherwise.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from byline.core.text import normalise_newlines, sanitize

SENTENCE_END = tuple(".!?…\"”’)]'")
"""What the last character of a line of running text usually is."""
_NUMERIC_ENTITY = re.compile(r"&#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});")
_BULLET = re.compile(r"^(?:[-*•‣◦●▪■□–]|\d{1,3}[.)])\s+\S")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
CACHE_SIZE = 4096
"""How many lines' measures are kept: a page's lines are looked at by several passes."""
MAX_WRAP_WIDTH = 100
"""Hard-wrapped text keeps its lines under this many characters."""
_SENTENCE_CLOSE = re.compile(r"[.!?…][\"”’)\]'»]*$")


@dataclass(frozen=True, slots=True)
class Line:
    """One unit of the text: a line, or a paragraph wrapped over several lines."""

    text: str
    """Stripped; lines of a wrapped paragraph are joined by "\\n"."""
    blank_before: bool
    """Whether a blank line (or the start of the text) comes before it."""

    @property
    def flat(self) -> str:
        """The text on one line."""
        return " ".join(self.text.split("\n"))


def decode_entities(text: str) -> str:
    """Numeric character references (``&#163;``) as the characters they stand for.

    Named references (``&amp;``) are left alone: in plain text they may be meant literally,
    while a numeric one is a leftover of markup (titles scraped from HTML carry them)."""

    def character(match: re.Match[str]) -> str:
        decoded = html.unescape(match.group())
        return decoded if decoded.isprintable() else match.group()

    return _NUMERIC_ENTITY.sub(character, text)


def _is_wrapped(lines: list[str]) -> bool:
    """Whether the lines of a block read as one paragraph broken to fit a width."""
    if len(lines) < 2 or any(_BULLET.match(line) for line in lines):
        return False
    longest = max(len(line) for line in lines)
    if longest > MAX_WRAP_WIDTH:
        return False
    # Wrapping fills every line but the last; a stack of short lines of growing length (a
    # label, a byline, a date) is not a wrapped paragraph.
    filled = all(len(line) >= 0.6 * longest for line in lines[:-1])
    continued = sum(1 for line in lines[1:] if line[0].islower())
    if filled and continued * 2 >= len(lines) - 1:
        return True
    mid_sentence = sum(1 for line in lines[:-1] if not line.endswith(SENTENCE_END))
    return (
        longest >= 50
        and all(len(line) >= 0.7 * longest for line in lines[:-1])
        and mid_sentence * 2 >= len(lines) - 1
    )


def split_lines(text: str) -> list[Line]:
    """The text's units, in order; blank lines and white space at line ends dropped."""
    text = decode_entities(sanitize(normalise_newlines(text)).lstrip("\ufeff"))
    units: list[Line] = []
    for raw in re.split(r"\n[ \t\u00a0]*\n", text):
        lines = [line.strip() for line in raw.split("\n") if line.strip()]
        if not lines:
            continue
        if _is_wrapped(lines):
            units.append(Line("\n".join(lines), True))
            continue
        units.extend(Line(line, index == 0) for index, line in enumerate(lines))
    return units


_KEY_PREFIX = re.compile(r"^(?:[•‣◦●▪■□*-]\s*|\d+\s*/\s*\d+\s*)+")
"""A bullet or a gallery's "1/21" counter before a line's words."""


@lru_cache(maxsize=CACHE_SIZE)
def line_key(text: str) -> str:
    """What two copies of one line share: its words, case folded, without a bullet or a
    gallery counter before them."""
    return " ".join(words(_KEY_PREFIX.sub("", text).casefold()))


def repeats(lines: list[str]) -> dict[str, int]:
    """How often each line's key occurs among `lines`; the entries of a table of contents
    are not counted (their headings stand once in the text)."""
    keys = [line_key(text) for text in lines]
    last: dict[str, int] = {}
    counts: dict[str, int] = {}
    for index, key in enumerate(keys):
        last[key] = index
        counts[key] = counts.get(key, 0) + 1
    for key in _contents(keys, last):
        counts[key] -= 1
    return counts


MIN_CONTENTS = 3
"""How many entries a table of contents has at least."""


def _contents(keys: list[str], last: dict[str, int]) -> set[str]:
    """The keys of a table of contents: a run of lines each found again further down, the
    copies in the same order and apart from each other (headings over their sections;
    a list of links repeated elsewhere repeats as a run)."""
    found: set[str] = set()
    run: list[int] = []
    for index, key in enumerate([*keys, ""]):
        later = last.get(key, -1) if key else -1
        if later > index and (not run or later > last[keys[run[-1]]] + 1):
            run.append(index)
            continue
        if len(run) >= MIN_CONTENTS:
            found.update(keys[i] for i in run)
        run = [index] if later > index else []
    return found


def words(text: str) -> list[str]:
    """The words of a text (letters and digits, with inner apostrophes and hyphens)."""
    return _WORD.findall(text)


@lru_cache(maxsize=CACHE_SIZE)
def word_count(text: str) -> int:
    """How many words a text has (lines are measured many times over: cached)."""
    return len(_WORD.findall(text))


def is_bullet(text: str) -> bool:
    """A list item: a bullet sign or a number with "." or ")" and a space, then text."""
    return bool(_BULLET.match(text))


def bullet_text(text: str) -> str:
    """A list item's text without its bullet sign (numbers are kept: they are content)."""
    if re.match(r"^\d", text):
        return text
    return re.sub(r"^\S+\s+", "", text, count=1)


def is_sentence(text: str) -> bool:
    """Running text: a line of several words that ends the way a sentence does."""
    count = word_count(text)
    return (count >= 6 and text.endswith(SENTENCE_END)) or count >= 25


def is_running_text(text: str) -> bool:
    """A paragraph of the article's prose: several words closed by a sentence's end mark
    (a bracket or quote may follow it), or a long run of words."""
    count = word_count(text)
    return (count >= 6 and bool(_SENTENCE_CLOSE.search(text))) or count >= 25


def closes_a_sentence(text: str) -> bool:
    """Ends with a sentence's end mark (a bracket or quote may follow it)."""
    return bool(_SENTENCE_CLOSE.search(text))


def starts_like_a_title(text: str) -> bool:
    """Starts with a capital letter, a digit or an opening quote followed by one."""
    stripped = text.lstrip("\"'“‘«(")
    return bool(stripped) and (stripped[0].isupper() or stripped[0].isdigit())


def title_case_share(text: str) -> float:
    """The share of words longer than three letters that start with a capital."""
    long_words = [word for word in words(text) if len(word) > 3]
    if not long_words:
        return 0.0
    return sum(1 for word in long_words if word[0].isupper()) / len(long_words)
