"""Decisions taken once per article (terms, teams, people), on invented sentences."""

from __future__ import annotations

from byline.core.entities.recogniser import find_mentions


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(text)]


def test_an_abbreviation_spelt_out_in_lower_case_is_a_term_everywhere() -> None:
    text = (
        "Velmora is building superbeam radio technology (SBRT) into its phones. "
        "SBRT is tipped to replace cables. Velmora said SBRT would ship soon."
    )
    assert not any(t == "SBRT" for t, _ in _pairs(text))


def test_an_abbreviation_before_a_technology_noun_is_a_term() -> None:
    text = "Sites hit by QKV attacks went down. Many QKV attacks come from abroad."
    assert not any(t == "QKV" for t, _ in _pairs(text))


def test_an_abbreviation_that_acts_as_a_company_stays() -> None:
    text = "The deal uses QKV technology. QKV said profits rose, and QKV's shares jumped."
    assert ("QKV", "ORG") in _pairs(text)


def test_a_capitalised_competition_name_makes_a_sports_report() -> None:
    text = "The Premiership race is open. The Leeds skipper admitted the League was hard."
    assert ("Leeds", "ORG") in _pairs(text)


def test_an_apposition_naming_a_kind_of_business_makes_an_organisation() -> None:
    text = (
        "Kelvaro Borsa, the Danish stock exchange that wants a rival, raised its offer. "
        "Kelvaro Borsa said profits rose."
    )
    assert ("Kelvaro Borsa", "ORG") in _pairs(text)
    assert ("Kelvaro Borsa", "PERSON") not in _pairs(text)


def test_a_numbered_section_of_a_law_is_no_product() -> None:
    pairs = _pairs("Talvora Ltd filed for Chapter 11 protection on Monday.")
    assert ("Chapter 11", "LAW") in pairs


def test_a_common_word_before_a_role_noun_opening_a_sentence_is_no_name() -> None:
    pairs = _pairs("The vote is due. Fellow shareholders Vantor Capital have doubts.")
    assert ("Vantor Capital", "ORG") in pairs
    assert not any(t == "Fellow" for t, _ in pairs)


def test_initials_closing_a_paragraph_are_a_sign_off() -> None:
    text = "Talvo Renk said the team would be ready for the tournament.  (QM)\n\nMore soon."
    assert not any(t == "QM" for t, _ in _pairs(text))


def test_the_agency_of_a_picture_credit_is_an_organisation() -> None:
    text = "A girl walks past the hall. (Photo by Tavi Rolsen/Kelvaro Images) © Kelvaro Images"
    pairs = _pairs(text)
    assert pairs.count(("Kelvaro Images", "ORG")) == 2
    assert ("Tavi Rolsen", "PERSON") in pairs
