"""The speaker's final form is the fullest form of the name in the article (GUIDELINES §4), on
invented texts: a describing word the recogniser cuts off a name, an honorific, an acronym
the article defines, a company's short name and a possessive owner before a name."""

from __future__ import annotations

from byline.core.entities.recogniser import find_entities
from byline.core.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    people = [e.name for e in find_entities(text) if e.label == "PERSON"]
    return [q.speaker for q in find_quotes(text, people)]


def test_a_describing_word_before_a_name_is_no_part_of_the_speaker() -> None:
    text = (
        "Defiant Ana Vell says she will not resign as coach of the Velmora club.\n\n"
        '"I have never quit anything," she told reporters. "The support has been total."\n\n'
        'Vell added: "We will win again."'
    )
    assert speakers(text) == ["Ana Vell", "Ana Vell", "Ana Vell"]


def test_a_spokesperson_for_a_titled_person_speaks_for_the_full_name() -> None:
    text = (
        "Prime Minister Orla Fenwick will host the talks.\n\n"
        'A spokesman for Mrs Fenwick said she expected "a practical plan for the region".'
    )
    assert speakers(text) == ["Orla Fenwick"]


def test_an_acronym_is_the_body_named_before_it_with_commas() -> None:
    text = (
        "The Office of Kites, Gliders and Balloons (OKGB) regulates the sky.\n\n"
        'The OKGB said: "There is a strong safety case for the ban."'
    )
    assert speakers(text) == ["Office of Kites, Gliders and Balloons"]


def test_a_company_short_name_is_its_full_name_given_in_a_quotation() -> None:
    text = (
        'Jo Roe said in a statement: "I was let go by Corvane Airlines for no reason."\n\n'
        'Corvane has declined to discuss what it calls "private staff issues".'
    )
    assert speakers(text)[1] == "Corvane Airlines"


def test_a_day_or_a_place_owning_a_name_is_no_part_of_the_speaker() -> None:
    text = (
        'Fans were told to "stay at home and watch", Saturday\'s Velmora Courier said.\n\n'
        'A spokesman for Manchester\'s Quillon Centre called it "the best week to date".'
    )
    assert speakers(text) == ["Velmora Courier", "Quillon Centre"]
