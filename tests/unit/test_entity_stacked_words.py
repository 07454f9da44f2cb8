"""Spans and person-or-organisation decisions from structure, on invented sentences."""

from __future__ import annotations

from byline.core.entities.recogniser import find_mentions


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(text)]


def test_a_plural_noun_opening_a_sentence_is_no_part_of_the_name() -> None:
    pairs = _pairs("The list was long. Veterans Maria and Bellweather came tenth.")
    assert ("Maria", "PERSON") in pairs
    assert not any(text.startswith("Veterans") for text, _ in pairs)


def test_a_plural_title_is_no_part_of_the_name() -> None:
    pairs = _pairs("Presidents Maria Prothero and Tomas Vell met on Monday.")
    assert ("Maria Prothero", "PERSON") in pairs


def test_a_common_word_before_a_nationality_is_cut_off() -> None:
    pairs = _pairs("Cult Danish group Varnholm have revealed plans.")
    assert ("Danish", "NORP") in pairs
    assert not any(text.startswith("Cult") for text, _ in pairs)


def test_a_plural_noun_before_a_code_is_cut_off() -> None:
    pairs = _pairs("It works well. Firms QX3D and TRS both offer it.")
    assert not any(text.startswith("Firms") for text, _ in pairs)


def test_a_two_word_nationality_stays_whole() -> None:
    pairs = _pairs("North Korean troops crossed. South African Jon Dakk won.")
    assert ("North Korean", "NORP") in pairs
    assert ("South African", "NORP") in pairs


def test_stacked_titles_at_a_sentence_start_all_go() -> None:
    assert _pairs("Deputy Speaker Marla Quint agreed it was fine.") == [("Marla Quint", "PERSON")]


def test_a_name_in_a_list_headed_by_firms_is_an_organisation() -> None:
    pairs = _pairs("Technology firms Sony, Tessaly, Matsushita and Philips are developing it.")
    assert ("Philips", "ORG") in pairs
    assert ("Philips", "PERSON") not in pairs


def test_a_list_after_companies_such_as_holds_organisations() -> None:
    pairs = _pairs("It comes from companies such as Dovetron, Kelvaro and Philips as well.")
    assert ("Philips", "PERSON") not in pairs


def test_a_name_introduced_with_its_initials_is_an_organisation() -> None:
    pairs = _pairs("A man is suing Fenwick Lowry (FL), saying its glue is weak. FL denied it.")
    assert ("Fenwick Lowry", "ORG") in pairs


def test_a_list_of_people_after_a_plural_role_stays_people() -> None:
    pairs = _pairs("Sprinters Jo Philips and Al Roe won.")
    assert ("Jo Philips", "PERSON") in pairs
    assert ("Al Roe", "PERSON") in pairs


def test_a_place_after_an_indefinite_article_stays_a_place() -> None:
    pairs = _pairs("Details were printed in a Leeds newspaper before the speech.")
    assert pairs == [("Leeds", "GPE")]
    assert _pairs("The Leeds newspaper said so.") == [("Leeds", "ORG")]
