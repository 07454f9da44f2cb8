"""Classes of wrong speakers found on the dev3 split, each on a short text written for the test
with invented names: who a sentence says is speaking, the clause a pronoun reports, a sentence
about a person described rather than named, names carrying titles, organisations named by an
abbreviation or a head noun, groups, and ``Name: "..."`` attributions."""

from __future__ import annotations

from byline.core.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


def test_he_finds_the_speaker_of_an_inverted_clause_behind_a_title() -> None:
    # The speaker closes the sentence after the verb: with a title, an attitude verb, or
    # "according to"; the quotations come one or more sentences later.
    titled = (
        "Demand will grow, said Velcor's chief technology officer Anton Brisk.\n\n"
        "Buyers are waiting. "
        '"The rush has started," he said.'
    )
    attitude = 'Prices could rise, thinks Dr Anton Brisk. "But we may see a fall," he says.'
    according = (
        "The deal is part of a wider plan, according to Mr Brisk. "
        '"This is only the start," he said.'
    )
    assert speakers(titled) == ["Anton Brisk"]
    assert speakers(attitude) == ["Anton Brisk"]
    assert speakers(according) == ["Brisk"]


def test_a_name_with_an_auxiliary_before_its_speech_verb_is_the_speaker() -> None:
    text = (
        "Tomas Vell has failed the country, Oskar Brand has said.\n\n"
        '"We are going the wrong way," the opposition leader said.'
    )
    assert speakers(text) == ["Oskar Brand"]


def test_he_never_refers_to_a_name_in_the_clause_he_reports() -> None:
    text = (
        "Oskar Brand spoke in Harlow on Monday. "
        '"We need a change," he said. '
        'Mr Vell has failed to act, he claimed, saying he had the "wrong answer" to it.'
    )
    assert speakers(text) == ["Oskar Brand", "Oskar Brand"]


def test_a_sentence_about_a_described_person_leads_back_to_that_person() -> None:
    # "The 34-year-old" and "the Frenchman" are the subjects; the place named in the same
    # sentence is not who "he" is.
    aged = (
        "Guitarist Ned Tarrow has left the band Ferrow.\n\n"
        "The 34-year-old made his plans clear in Lisvale. "
        '"I am going to a new life," he told a radio station.'
    )
    nation = (
        "Harlow director of rugby Pierre Vantou has spoken out.\n\n"
        "Harlow host Dunmere on Sunday, but the Frenchman has endured a hard month. "
        '"It is a huge match," he told reporters.'
    )
    assert speakers(aged) == ["Ned Tarrow"]
    assert speakers(nation) == ["Pierre Vantou"]


def test_an_organisation_named_by_abbreviation_head_noun_or_body_gets_its_full_name() -> None:
    text = (
        "The Norvale Film Institute (NFI) named its films of the year. "
        'The NFI also questioned "the future of the evening news". '
        "The Institute also cited the loss of two stars. "
        'The institute concluded regulation "had a deep effect on television". '
        '"Writers have begun to censor their own shows," the NFI jury declared.'
    )
    assert speakers(text) == ["Norvale Film Institute"] * 3


def test_several_people_as_one_subject_are_no_speaker() -> None:
    pair = '"We had to learn the hard way," singer Ned Tarrow and drummer Ola Brisk said.'
    members = 'The remaining members of Ferrow said they hoped Tarrow "finds his happiness".'
    plural = (
        "Painters Ned Tarrow and Ola Brisk built the model of Lisvale. "
        '"The river made the city," said the artists.'
    )
    assert speakers(pair) == [None]
    assert speakers(members) == [None]
    assert speakers(plural) == [None]


def test_a_title_before_or_after_a_name_is_no_part_of_it() -> None:
    before = (
        "Referee Anton Brisk said he applied the rules. "
        '"The whistle was not needed," said Brisk. The referee had waved play on.'
    )
    after = (
        '"Every game will change," Dr Pierre Vantou games director at software firm Velcor '
        "told reporters."
    )
    assert speakers(before) == ["Anton Brisk"]
    assert speakers(after) == ["Pierre Vantou"]
