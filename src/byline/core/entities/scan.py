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

__all__ = ["matches_at"]


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
