"""Where a person's name starts, on invented sentences: a capitalised word that describes the
person (an adjective opening the sentence, the topic of a post) is no part of the name, and a
given name that is also a common word stays when the article names the person so again."""

from __future__ import annotations

from byline.core.entities.recogniser import find_mentions


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(text)]


def test_an_adjective_opening_the_sentence_is_cut_off_the_name() -> None:
    pairs = _pairs("Defiant Ana Vell says she will not resign. Vell has led the club since May.")
    assert ("Ana Vell", "PERSON") in pairs
    assert not any(t.startswith("Defiant") for t, _ in pairs)


def test_a_common_word_opening_a_question_is_cut_off_the_name() -> None:
    pairs = _pairs("Was Ana Vell right to stay? Vell thinks so.")
    assert ("Ana Vell", "PERSON") in pairs


def test_the_topic_of_a_post_is_no_part_of_the_holder_name() -> None:
    pairs = _pairs("Guests include US Secretary of State Orlena Vasko, who flew in on Monday.")
    assert ("Orlena Vasko", "PERSON") in pairs
    assert not any(t.startswith(("State", "of")) for t, _ in pairs)


def test_a_given_name_that_is_a_common_word_stays_when_the_article_repeats_it() -> None:
    text = "Rose Ana Vell spoke first. Later, Rose Ana Vell took questions."
    assert _pairs(text).count(("Rose Ana Vell", "PERSON")) == 2


def test_a_given_name_opening_a_question_goes_when_the_article_names_the_rest() -> None:
    text = "Grant Ana Vell the points? The panel did not, and Ana Vell appealed."
    assert ("Ana Vell", "PERSON") in _pairs(text)
    assert ("Grant Ana Vell", "PERSON") not in _pairs(text)


def test_a_plural_noun_ending_a_post_list_of_remits_is_no_part_of_the_name() -> None:
    text = "The Minister for Schools, Sport and Families Ana Vell opened the hall."
    pairs = _pairs(text)
    assert ("Ana Vell", "PERSON") in pairs
    assert not any(t.startswith("Families") for t, _ in pairs)
