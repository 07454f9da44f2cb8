"""The speaker's final form is the fullest form of the name in the article (GUIDELINES §4), on
invented texts: a describing word the recogniser cuts off a name, ..."""

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
