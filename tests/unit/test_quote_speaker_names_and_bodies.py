"""Speakers in their fullest form and bodies as speakers, each on a short text written for
the test with invented names: an initial in a name, the
body an unnamed spokesperson speaks for, a first name used alone, a body's short name, a
fronted adverb or participle before the subject, and a body written in lower case."""

from __future__ import annotations

from byline.core.entities.recogniser import find_entities
from byline.core.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    people = [e.name for e in find_entities(text) if e.label == "PERSON"]
    return [q.speaker for q in find_quotes(text, people)]


def test_an_initial_for_a_given_name_stays_in_the_speaker() -> None:
    text = (
        "Velcom is laying cable across the plain.\n\n"
        '"Digging the roads takes months," said Mr T. Marravan, head of networks at Velcom.'
    )
    assert speakers(text) == ["T. Marravan"]


def test_she_after_a_spokeswoman_of_a_body_is_that_body() -> None:
    text = (
        "A Department for Kite Safety spokeswoman said the two sides agreed on the rules. "
        '"Their quarrel is about the wording of the law," she said.'
    )
    assert speakers(text) == ["Department for Kite Safety"]


def test_an_executive_spokeswoman_speaks_for_the_executive_named_before() -> None:
    text = (
        "The Norvalian Executive has backed Mr Brask over his speech.\n\n"
        "But an executive spokeswoman insisted Mr Brask had meant landlords. "
        '"He was speaking of landlords who charge too much," she said.'
    )
    assert speakers(text) == ["Norvalian Executive"]


def test_a_first_name_used_alone_after_the_full_name_is_the_full_name() -> None:
    text = (
        "Marta Kovalenko says she and sister Ilse are not finished in rowing.\n\n"
        'But Marta rejected the criticism, saying: "We have trained hard all winter." '
        'Marta added: "Ilse had an injury." Marta said the family had a hard year. '
        '"It has not been easy," Marta continued.'
    )
    assert speakers(text) == ["Marta Kovalenko"] * 3


def test_a_mononym_given_before_the_birth_name_stays_as_written() -> None:
    text = (
        "Singer Kalia has won two awards. Kalia, born Kalia Dunmore, signed at 15. "
        'Kalia had to prove herself again. "I was away from home a lot," Kalia said.'
    )
    assert speakers(text) == ["Kalia"]


def test_a_party_short_name_is_the_name_the_article_writes_with_party() -> None:
    text = (
        "The Ruritan Labour Party is phoning voters at home. "
        'Asked about the calls, a Ruritan Labour spokesman said: "We follow every rule."'
    )
    assert speakers(text) == ["Ruritan Labour Party"]


def test_a_party_adjective_is_the_party_its_members_are_called_by() -> None:
    text = (
        "Both the Greys and the Progressives phone voters. "
        'A Progressive spokeswoman said: "We apply the rules in line with the law."'
    )
    assert speakers(text) == ["Progressives"]


def test_an_acronym_the_article_spells_out_without_brackets_is_the_name() -> None:
    text = (
        "The UK Kite Flyers Party spent more than any other group. "
        "Critics say the UKKFP bought its votes. "
        'But a UKKFP spokesman said: "Small parties must buy advertising."'
    )
    assert speakers(text) == ["UK Kite Flyers Party"]


def test_a_fronted_participle_before_the_subject_is_no_speaker() -> None:
    text = (
        "Actress Nadia Fenwright arrived late.\n\n"
        "Smiling in a short red coat, the actress paused to greet fans and "
        'joked: "It is warm but I chose it."'
    )
    assert speakers(text) == ["Nadia Fenwright"]


def test_a_participle_after_with_and_a_name_is_that_person_s() -> None:
    text = (
        "Mr Osric Dunlevy leads the Greys into the election.\n\n"
        "Likewise there is a softer line in the party's plans for fishing, with "
        'Mr Dunlevy stressing that ministers should not "start a pointless quarrel" about it.'
    )
    assert speakers(text) == ["Osric Dunlevy"]


def test_the_subject_after_and_closing_a_main_clause_speaks() -> None:
    text = (
        "Defender Piet Ansgard hopes to remain at the club.\n\n"
        'First meetings have been held and the defender said: "I expect it to be settled fast."'
    )
    assert speakers(text) == ["Piet Ansgard"]


def test_a_committee_written_in_lower_case_is_the_speaker_as_written() -> None:
    text = (
        "A national kite board should be created, a committee of MPs has said.\n\n"
        'There is a "deep shortage" in coaching, the Commons kites and gliders committee '
        'added. A national "gliding purse" should be created, the committee added.'
    )
    assert speakers(text) == ["Commons kites and gliders committee"] * 2


def test_a_body_described_in_lower_case_is_its_capitalised_name() -> None:
    text = (
        "A spokesman for the Kite Registrar's Office said calls were allowed.\n\n"
        'The kite registrar\'s office says there is a "grey" area if data is kept.'
    )
    assert speakers(text) == ["Kite Registrar's Office"]


def test_an_empty_subject_after_a_late_verb_is_no_speaker_and_no_error() -> None:
    quotes = find_quotes('The plan was fine, said  . "We are ready to go now."')
    assert [(q.text, q.speaker) for q in quotes] == [("We are ready to go now.", None)]


def test_a_label_naming_a_source_with_a_preposition_is_no_speaker() -> None:
    quotes = find_quotes('Headline from the Harbour Gazette: "Town faces ruin as the mill shuts."')
    assert [q.speaker for q in quotes] == [None]
