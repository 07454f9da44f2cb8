"""A name's person-or-organisation type decided once from all its mentions (sentences written
for these tests)."""

from __future__ import annotations

from byline.core.entities import find_mentions


def labels(text: str, name: str) -> set[str]:
    return {m.label for m in find_mentions(text) if m.text == name}


def test_a_group_named_after_a_plural_kind_noun_is_an_organisation() -> None:
    text = (
        "Sales rose, according to technology analysts Brandquist. "
        "The figures beat forecasts, Brandquist said."
    )
    assert labels(text, "Brandquist") == {"ORG"}


def test_a_lone_word_after_the_is_no_person() -> None:
    text = "Rates will rise, and the Fed wants them higher. Analysts said the Fed was right."
    assert labels(text, "Fed") == set()


def test_a_common_word_with_no_cue_is_no_person() -> None:
    assert labels("Fans of Green Day cheered when Day played.", "Day") == set()


def test_people_keep_their_label() -> None:
    text = (
        "Analyst Jo Brandquist said sales rose. Ms Brandquist added that prices fell. "
        "Maria Lund won. Lund, who trains in Oslo, said little."
    )
    assert labels(text, "Brandquist") == {"PERSON"}
    assert labels(text, "Lund") == {"PERSON"}
