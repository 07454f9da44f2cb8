"""Titles of works: which cue words license a title, and the traps where they must not (sentences
written for these tests)."""

from __future__ import annotations

from byline.core.entities import find_mentions


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(text)]


def texts(text: str) -> list[str]:
    return [m.text for m in find_mentions(text)]


def test_work_list_needs_and_or() -> None:
    got = pairs("After the song Night Bell, Harriet turned to jazz.")
    assert ("Night Bell", "WORK_OF_ART") in got
    assert ("Harriet", "WORK_OF_ART") not in got
    got = pairs("She sang the songs Night Bell, Red Shore and Long Road.")
    assert {("Night Bell", "WORK_OF_ART"), ("Red Shore", "WORK_OF_ART")} <= set(got)
    assert ("Long Road", "WORK_OF_ART") in got


def test_year_licenses_ambiguous_work_cue() -> None:
    got = pairs("She recorded 1970s hits such as Paper Moonlight and Silver Rain.")
    assert ("Paper Moonlight", "WORK_OF_ART") in got and ("Silver Rain", "WORK_OF_ART") in got
    # A number that is not a year licenses nothing.
    assert ("Ronald Pike", "PERSON") in pairs("He sold 5000 singles to Ronald Pike.")


def test_possessive_before_pronoun_led_title() -> None:
    got = pairs("Mara Quill's I Never Said Goodbye topped the charts.")
    assert ("I Never Said Goodbye", "WORK_OF_ART") in got


def test_title_as_subject_of_a_work_predicate() -> None:
    text = (
        "Moonlit Harbours is a wonderful song, and fans love it. "
        "Although Moonlit Harbours sold well, critics sneered."
    )
    got = pairs(text)
    assert got.count(("Moonlit Harbours", "WORK_OF_ART")) == 2
    got = pairs("Quiet Fields was voted the best film of the year.")
    assert ("Quiet Fields", "WORK_OF_ART") in got


def test_work_predicate_traps() -> None:
    # The work noun must end the phrase: "film director" describes a person.
    got = pairs("Ada Lorne is a film director from Leeds.")
    assert ("Ada Lorne", "WORK_OF_ART") not in got
    # Pronouns and function words are no titles.
    assert texts("It is a great song. This was the best album.") == []


def test_name_before_a_work_noun_is_the_artist() -> None:
    got = pairs("They performed the Lena Harrow track Blue Rooms on Friday.")
    assert ("Lena Harrow", "PERSON") in got
    # Otherwise a pair after "the" is no person: an organisation where the article says so.
    got = pairs("He quoted the Open Market report. Shares in Open Market fell.")
    assert ("Open Market", "ORG") in got


def test_list_item_before_a_work_noun_is_not_a_title() -> None:
    got = pairs("Nominees are drama Quiet Fields, and Ada Lorne biopic Lorne.")
    assert ("Quiet Fields", "WORK_OF_ART") in got
    assert ("Ada Lorne", "WORK_OF_ART") not in got


def test_a_work_cue_that_is_also_a_verb_needs_a_determiner_a_name_or_a_possessive() -> None:
    assert pairs("The new tax will hit Vodafone profits.") == [("Vodafone", "ORG")]
    assert ("Chelsea", "WORK_OF_ART") not in pairs("The question could hit Chelsea hard.")
    assert pairs("Every track Robbie has released sold well.") == [("Robbie", "PERSON")]
    assert ("Moonlit Harbours", "WORK_OF_ART") in pairs("Her hit Moonlit Harbours charted.")
    assert ("Dark Rooms", "WORK_OF_ART") in pairs("Mike Leigh's play Dark Rooms opened.")
    got = pairs("They sang the Dana Reeve hit Blue Morning live.")
    assert ("Blue Morning", "WORK_OF_ART") in got


def test_work_cue_verb_trap_a_sentence_opening_capital_is_not_an_artist() -> None:
    assert pairs("Storms hit Florida again.") == [("Florida", "GPE")]


def test_a_show_before_a_star_or_creator_and_a_name_is_a_work() -> None:
    text = (
        "The poll put Velvet Harbour star Jo Pellam first and Quiet Lanes creator Amos Trell "
        "second."
    )
    got = [(m.text, m.label) for m in find_mentions(text)]
    assert ("Velvet Harbour", "WORK_OF_ART") in got and ("Quiet Lanes", "WORK_OF_ART") in got
    assert ("Jo Pellam", "PERSON") in got
