"""Patterns tried only where a match can start give the matches a full scan gives."""

from __future__ import annotations

import re

from byline.core.entities.scan import matches_at, occurrences

_TEXT = (
    'Jo "Spanner" Roe met xJo "Ace" Lee; 12 Volt and 1234 Volt, 7-1 win, a12-3 win, '
    '"The Long Road" and said" The Short Way" to iPod users (not xiPod). ABs and AB.'
)


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_occurrences_are_sorted_and_overlapping() -> None:
    assert occurrences("banana", ["ana", "nan"]) == [1, 2, 3]
    assert occurrences("banana", ["x"]) == []


def test_matches_at_equals_finditer_when_every_start_is_offered() -> None:
    patterns = [
        r"(?<![\w-])\d{1,3} (?=[A-Z])",
        r"\b\d{1,3}-\d{1,3} win\b",
        r"(?:(?<=[“])|(?<=\s\")|(?<=^\"))[A-Z][\w’'-]*(?:\s[\w’'-]+){1,11}(?=[”\"])",
        r"(?<![\w@./-])i[A-Z][a-z]{2,}",
        r"\b[A-Z][a-z]+ \"[A-Z]\w*\" [A-Z]\w*",
    ]
    for source in patterns:
        pattern = re.compile(source)
        every = range(len(_TEXT) + 1)
        assert _spans(matches_at(pattern, _TEXT, every)) == _spans(list(pattern.finditer(_TEXT)))


def test_matches_at_skips_starts_inside_the_match_before() -> None:
    pattern = re.compile(r"ab+")
    assert _spans(matches_at(pattern, "abbb ab", [0, 1, 2, 5])) == [(0, 4), (5, 7)]
