"""Find-in-text: the matches of a query in an article's plain text.

Smart case, as in less and vim: a query in lower case ignores case, one with a capital letter
matches case exactly. Straight quotes in the query also match curly ones, so typing
``Turkey's`` finds ``Turkey’s``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_EQUIVALENTS = {"'": "['‘’ʼ]", '"': '["“”„]', "-": "[-‐‑‒–—]", " ": r"\s+"}
MAX_MATCHES = 100_000


def compile_query(query: str) -> re.Pattern[str] | None:
    """The regular expression for a literal query, or None for an empty one."""
    if not query.strip():
        return None
    pattern = "".join(_EQUIVALENTS.get(char, re.escape(char)) for char in query)
    flags = 0 if any(char.isupper() for char in query) else re.IGNORECASE
    return re.compile(pattern, flags)


@dataclass(frozen=True)
class SearchResult:
    """The matches of one query, as (start, end) offsets in text order."""

    query: str
    matches: tuple[tuple[int, int], ...]

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


def find_all(text: str, query: str) -> SearchResult:
    """Every non-overlapping match of `query` in `text` (at most `MAX_MATCHES`)."""
    pattern = compile_query(query)
    if pattern is None:
        return SearchResult(query, ())
    matches: list[tuple[int, int]] = []
    for match in pattern.finditer(text):
        if match.end() > match.start():
            matches.append(match.span())
            if len(matches) >= MAX_MATCHES:
                break
    return SearchResult(query, tuple(matches))
