"""Find-in-text: the matches of a query in an article's plain text.

Smart case, as in less and vim: a query in lower case ignores case and accents (``hurvane``
finds ``Hürvane``, ``kilicoglan`` ``Kılıçoğlan``), one with a capital letter matches
exactly. Straight quotes in the query also match curly ones, so typing ``Turkey's`` finds
``Turkey’s``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from byline.core.text import fold_accents

_EQUIVALENTS = {"'": "['‘’ʼ]", '"': '["“”„]', "-": "[-‐‑‒–—]", " ": r"\s+"}
MAX_MATCHES = 100_000


def _is_smart_case_exact(query: str) -> bool:
    return any(char.isupper() for char in query)


def _pattern_source(query: str) -> str:
    """The query as a regular expression: literal, with the quote/dash/space equivalents."""
    return "".join(_EQUIVALENTS.get(char, re.escape(char)) for char in query)


def compile_query(query: str) -> re.Pattern[str] | None:
    """The regular expression for a literal query, or None for an empty one."""
    if not query.strip():
        return None
    flags = 0 if _is_smart_case_exact(query) else re.IGNORECASE
    return re.compile(_pattern_source(query), flags)


@dataclass(frozen=True)
class SearchResult:
    """The matches of one query, as (start, end) offsets in text order."""

    query: str
    matches: tuple[tuple[int, int], ...]
    capped: bool = False
    """Whether the text holds more matches than these, the first `MAX_MATCHES`."""

    def __len__(self) -> int:
        return len(self.matches)

    def next_index(self, offset: int, backwards: bool = False) -> int | None:
        """Index of the first match after `offset` (or the last before it), wrapping."""
        if not self.matches:
            return None
        starts = [start for start, _ in self.matches]
        if backwards:
            index = bisect.bisect_left(starts, offset) - 1
            return index % len(self.matches)
        index = bisect.bisect_right(starts, offset)
        return index % len(self.matches)


class TextSearch:
    """Searches of one text, fast on big ones.

    A lower-case query is matched against a lower-cased copy of the text, accents folded (made
    on the first such search and kept; folding keeps the length), with exact matching, which
    is several times faster than ``re.IGNORECASE``; a query with no quote, dash or space is
    then a plain `str.find` loop.
    When lower-casing changes the text's length (``İ`` becomes two characters), offsets would
    no longer line up, so that text is searched with ``re.IGNORECASE`` instead.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered: str | None = None

    def _lowered_text(self) -> str | None:
        if self._lowered is None:
            lowered = self.text.lower()
            self._lowered = fold_accents(lowered) if len(lowered) == len(self.text) else ""
        return self._lowered or None

    def find_all(self, query: str) -> SearchResult:
        """Every non-overlapping match of `query` (at most `MAX_MATCHES`), smart case."""
        if not query.strip():
            return SearchResult(query, ())
        if not _is_smart_case_exact(query):
            lowered, folded = self._lowered_text(), fold_accents(query.lower())
            if lowered is not None and len(folded) == len(query):
                if any(char in _EQUIVALENTS for char in folded):
                    pattern = re.compile(_pattern_source(folded))
                    return _result(query, _find_pattern(lowered, pattern))
                return _result(query, _find_literal(lowered, folded))
        exact = compile_query(query)
        assert exact is not None
        return _result(query, _find_pattern(self.text, exact))


def _result(query: str, matches: tuple[tuple[int, int], ...]) -> SearchResult:
    """The first `MAX_MATCHES` of `matches` (found up to one more, to tell if there are more)."""
    return SearchResult(query, matches[:MAX_MATCHES], capped=len(matches) > MAX_MATCHES)


def _find_literal(text: str, needle: str) -> tuple[tuple[int, int], ...]:
    matches: list[tuple[int, int]] = []
    find, size = text.find, len(needle)
    start = find(needle)
    while start >= 0 and len(matches) <= MAX_MATCHES:
        matches.append((start, start + size))
        start = find(needle, start + size)
    return tuple(matches)


def _find_pattern(text: str, pattern: re.Pattern[str]) -> tuple[tuple[int, int], ...]:
    matches: list[tuple[int, int]] = []
    for match in pattern.finditer(text):
        if match.end() > match.start():
            matches.append(match.span())
            if len(matches) > MAX_MATCHES:
                break
    return tuple(matches)
