"""General constructions behind wrong speakers on fresh labelled text, each on a short text
written for the test with invented names: an outlet that was told the words, titles and
descriptions left on a name, and the other classes of the round."""

from __future__ import annotations

from collections.abc import Sequence

from byline.core.quotes import find_quotes


def speakers(text: str, people: Sequence[str] = ()) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, people)]


def test_the_outlet_that_was_told_the_words_is_no_speaker() -> None:
    # "state" is also a speech verb: it modifies the noun here, the verb is "told".
    text = (
        "Officials say the farm is idle. "
        '"The boundaries did not match," state prosecutor Ana Vorte told Velpress. '
        '"So we acted."'
    )
    assert speakers(text) == ["Ana Vorte", "Ana Vorte"]


def test_a_title_the_recogniser_leaves_on_a_name_is_dropped() -> None:
    text = (
        "Deputy Prime Minister Hal Moss has said the system is broken and said there would "
        'be "radical reform".'
    )
    assert speakers(text, ("Prime Minister Hal Moss",)) == ["Hal Moss"]


def test_a_common_noun_opening_a_name_is_a_description() -> None:
    text = (
        "Teenager Mira Dosk won the Lakeside Open on Sunday.\n\n"
        'Dosk sank to her knees. "It is a big moment," she said.'
    )
    assert speakers(text) == ["Mira Dosk"]


def test_they_is_the_party_a_sentence_before_has_as_its_subject() -> None:
    text = (
        "The Greens want to scrap the tax. The rate would be set by each town. "
        'They say the tax puts a "ceiling" on what the richest pay.'
    )
    assert speakers(text) == ["Greens"]
    text = 'Officials claim the land is idle. They say it is "surplus" to the farm.'
    assert speakers(text) == [None]


def test_it_as_the_subject_of_a_fragment_is_the_body_named_before() -> None:
    text = (
        "The Velmar Film Institute named its ten best films. The Institute also said the "
        "death of actor Jo Roe was a loss. "
        'It credited the actor\'s "raw hypnotic energy" and his roles.'
    )
    assert speakers(text) == ["Velmar Film Institute"]


def test_a_fragment_whose_clause_opens_with_he_said_shares_a_later_verb() -> None:
    text = (
        '"We will spend more," said Mr Vanu. He said that the economy was a "marked '
        'improvement" on the past, but acknowledged that more was needed.'
    )
    assert speakers(text) == ["Vanu", "Vanu"]


def test_a_reported_clause_after_said_is_no_inverted_subject() -> None:
    text = (
        "Prof Ana Vorte, who ran the study with the help of Jo Roe MP, said she was shocked "
        'at the findings. "We expected a bit of this but nothing like this."'
    )
    assert speakers(text) == ["Ana Vorte"]


def test_went_on_and_put_it_before_a_colon_are_speech_verbs() -> None:
    text = (
        "Tory leader Hal Moss went on the offensive over the comments. "
        'The Tory leader went on: "He does not stop there."'
    )
    assert speakers(text) == ["Hal Moss"]
    text = (
        "Building a PC is cheap. As Gavin Vell of the Acme website put it: "
        '"It will be tough to build a PC so compact."'
    )
    assert speakers(text) == ["Gavin Vell"]
