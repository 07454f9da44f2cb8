"""Constructions of fresh news text, each on sentences written for these tests: a role word
opening a sentence before a name, and the evidence that makes an unknown name an
organisation."""

from __future__ import annotations

from byline.core.entities import find_mentions


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(text)]


def test_role_word_opening_a_sentence_is_no_part_of_the_name() -> None:
    got = pairs(
        "Teenager Ruta Velkorin won her first final on Sunday. Velkorin was delighted.\n\n"
        "Referee Tam Oduya said he applied the laws. Deputy Prime Minister Jo Brannock agreed."
    )
    assert ("Ruta Velkorin", "PERSON") in got
    assert ("Velkorin", "PERSON") in got
    assert ("Tam Oduya", "PERSON") in got
    assert ("Jo Brannock", "PERSON") in got
    assert not [p for p in got if p[0].startswith(("Teenager", "Referee", "Prime", "Deputy"))]
