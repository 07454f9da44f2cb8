"""Patterns tried only where a match can start.

The regex engine skips ahead quickly only to a pattern's literal first character; a pattern
that opens with a look-behind or a word boundary is tried at every character of the text.
When a cheap scan (``str.find``, or a pattern that opens with a literal) finds the few places
where a match can start, trying the pattern only there gives the matches ``finditer`` gives,
for a fraction of the work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["matches_at", "occurrences"]


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, for a pattern that never matches the empty
    string and whose every match starts at one of ``starts`` (ascending, duplicates allowed):
    leftmost first, none overlapping the one before."""
    out: list[re.Match[str]] = []
    end = 0
    for pos in starts:
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m:
            out.append(m)
            end = m.end()
    return out


def occurrences(text: str, literals: Iterable[str]) -> list[int]:
    """Sorted positions where any of ``literals`` occurs (``str.find`` is fast)."""
    starts: set[int] = set()
    for literal in literals:
        i = text.find(literal)
        while i >= 0:
            starts.add(i)
            i = text.find(literal, i + 1)
    return sorted(starts)
