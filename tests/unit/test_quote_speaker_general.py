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
        "Deputy Prime Minister Hal Moss has said the scheme is failing and said there would "
        'be "sweeping change".'
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
        "The Greens want to abolish the levy. The rate would be fixed by each county. "
        'They say the levy sets a "cap" on what the largest farms owe.'
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
        '"We will build more," said Mr Vanu. He said that the harbour was a "clear '
        'advance" on the old quay, but acknowledged that more was needed.'
    )
    assert speakers(text) == ["Vanu", "Vanu"]


def test_a_reported_clause_after_said_is_no_inverted_subject() -> None:
    text = (
        "Prof Ana Vorte, who led the survey with the support of Jo Roe MP, said she was stunned "
        'by the results. "We expected some of this but not this much."'
    )
    assert speakers(text) == ["Ana Vorte"]


def test_went_on_and_put_it_before_a_colon_are_speech_verbs() -> None:
    text = (
        "Tory leader Hal Moss went on the attack over the remarks. "
        'The Tory leader went on: "She does not end there."'
    )
    assert speakers(text) == ["Hal Moss"]
    text = (
        "Fixing a bike is cheap. As Gavin Vell of the Acme website put it: "
        '"It will be hard to find a bike so light."'
    )
    assert speakers(text) == ["Gavin Vell"]
