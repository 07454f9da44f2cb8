"""Find-in-text: smart case, quote equivalence, empty queries, wrapping navigation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from byline.core.search import MAX_MATCHES, SearchResult, TextSearch, compile_query

TEXT = "Turkey’s port. TURKEY said turkey. The Turkey-Ukraine deal."


def found(text: str, query: str) -> list[str]:
    return [text[start:end] for start, end in TextSearch(text).find_all(query).matches]


def test_lower_case_query_ignores_case() -> None:
    assert TextSearch(TEXT).find_all("turkey").matches == ((0, 6), (15, 21), (27, 33), (39, 45))


def test_lower_case_query_ignores_accents_offsets_unchanged() -> None:
    text = "The Hürriyet daily; Kemal Kılıçdaroğlu in Łódź said"
    assert found(text, "hurriyet") == ["Hürriyet"]
    assert found(text, "hürriyet") == ["Hürriyet"]
    assert found(text, "kilicdaroglu") == ["Kılıçdaroğlu"]
    assert found(text, "lodz said") == ["Łódź said"]
    assert found(text, "Hurriyet") == []  # a capital: exact, accents included


def test_query_with_a_capital_matches_case_exactly() -> None:
    assert TextSearch(TEXT).find_all("Turkey").matches == ((0, 6), (39, 45))
    assert TextSearch(TEXT).find_all("TURKEY").matches == ((15, 21),)


def test_straight_apostrophe_matches_curly() -> None:
    assert found(TEXT, "turkey's") == ["Turkey’s"]
    assert found("it's it’s it‘s itʼs", "it's") == ["it's", "it’s", "it‘s", "itʼs"]


def test_straight_double_quote_matches_curly() -> None:
    assert found('He said “no” and "no".', '"no"') == ["“no”", '"no"']


def test_curly_quote_in_query_matches_only_itself() -> None:
    assert found("it's it’s", "it’s") == ["it’s"]


def test_hyphen_matches_dashes_and_space_matches_any_white_space() -> None:
    assert found(TEXT, "turkey-ukraine") == ["Turkey-Ukraine"]
    assert found("1990–2000 and 1990-2000", "1990-2000") == ["1990–2000", "1990-2000"]
    assert found("end of\n\nsection", "of section") == ["of\n\nsection"]


def test_regex_metacharacters_are_literal() -> None:
    assert found("cost (approx.) $5 [est.]", "(approx.)") == ["(approx.)"]
    assert found("a.c abc", "a.c") == ["a.c"]
    assert found("cost $5 [est.]", "[est.]") == ["[est.]"]


@pytest.mark.parametrize("query", ["", " ", "  \t "])
def test_empty_query_finds_nothing(query: str) -> None:
    assert compile_query(query) is None
    result = TextSearch(TEXT).find_all(query)
    assert result.matches == ()
    assert len(result) == 0
    assert result.query == query
    assert result.next_index(0) is None
    assert result.next_index(0, backwards=True) is None


def test_no_match() -> None:
    result = TextSearch(TEXT).find_all("brazil")
    assert len(result) == 0
    assert result.next_index(10) is None


def test_matches_do_not_overlap() -> None:
    assert TextSearch("aaaa").find_all("aa").matches == ((0, 2), (2, 4))


RESULT = SearchResult("x", ((10, 12), (20, 22), (30, 32)))


@pytest.mark.parametrize(
    ("offset", "expected"),
    [(0, 0), (9, 0), (10, 1), (11, 1), (20, 2), (29, 2), (30, 0), (31, 0), (1000, 0)],
)
def test_next_index_forwards_wraps(offset: int, expected: int) -> None:
    assert RESULT.next_index(offset) == expected


@pytest.mark.parametrize(
    ("offset", "expected"),
    [(1000, 2), (31, 2), (30, 1), (21, 1), (20, 0), (11, 0), (10, 2), (0, 2)],
)
def test_next_index_backwards_wraps(offset: int, expected: int) -> None:
    assert RESULT.next_index(offset, backwards=True) == expected


def test_next_index_with_one_match_always_returns_it() -> None:
    result = SearchResult("x", ((5, 6),))
    assert [result.next_index(o) for o in (0, 5, 9)] == [0, 0, 0]
    assert [result.next_index(o, backwards=True) for o in (0, 5, 9)] == [0, 0, 0]


def test_stepping_forwards_visits_every_match_then_wraps() -> None:
    result = TextSearch(TEXT).find_all("turkey")
    index = result.next_index(-1)
    visited = []
    for _ in range(5):
        assert index is not None
        visited.append(index)
        index = result.next_index(result.matches[index][0])
    assert visited == [0, 1, 2, 3, 0]


def test_stepping_backwards_visits_every_match_then_wraps() -> None:
    result = TextSearch(TEXT).find_all("turkey")
    index = result.next_index(len(TEXT), backwards=True)
    visited = []
    for _ in range(5):
        assert index is not None
        visited.append(index)
        index = result.next_index(result.matches[index][0], backwards=True)
    assert visited == [3, 2, 1, 0, 3]


def _regex_matches(text: str, query: str) -> tuple[tuple[int, int], ...]:
    pattern = compile_query(query)
    assert pattern is not None
    return tuple(m.span() for m in pattern.finditer(text) if m.end() > m.start())


@settings(max_examples=400)
@given(
    st.text(alphabet="aAbBéÉ ’'-–\nİK", max_size=40),
    st.text(alphabet="abé '-", min_size=1, max_size=4).filter(str.strip),
)
def test_fast_lower_case_search_agrees_with_ignorecase_regex(text: str, query: str) -> None:
    assert TextSearch(text).find_all(query).matches == _regex_matches(text, query)


def test_text_that_changes_length_when_lowered_is_still_searched() -> None:
    text = "İstanbul and ISTANBUL"  # "İ".lower() is two characters: offsets would shift
    search = TextSearch(text)
    assert search.find_all("istanbul").matches == _regex_matches(text, "istanbul")
    assert search.find_all("and").matches == ((9, 12),)


def test_a_search_says_when_it_kept_only_the_first_matches() -> None:
    exactly = TextSearch("word " * MAX_MATCHES).find_all("word")
    many = TextSearch("word " * (MAX_MATCHES + 1)).find_all("word")
    patterned = TextSearch("Jo's " * (MAX_MATCHES + 1)).find_all("Jo's")  # a pattern search
    assert (len(exactly), exactly.capped) == (MAX_MATCHES, False)
    assert (len(many), many.capped) == (MAX_MATCHES, True)
    assert (len(patterned), patterned.capped) == (MAX_MATCHES, True)
