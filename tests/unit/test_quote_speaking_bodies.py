"""Organisations that speak (GUIDELINES §4.3-4.5), each construction on a short text written
for the test with invented names: a body's attribution closing a sentence of reported speech,
``it`` for the body named before, ``the company`` for the article's company, an unnamed
source or statement of a named body, an abbreviation the article defines, and capitalised
words that open a sentence without naming anyone."""

from __future__ import annotations

from byline.core.entities.recogniser import find_entities
from byline.core.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    people = [e.name for e in find_entities(text) if e.label == "PERSON"]
    return [q.speaker for q in find_quotes(text, people)]


def test_a_body_closing_a_sentence_of_reported_speech_speaks_its_fragment() -> None:
    text = (
        "The Vantor Film Council publishes its figures every spring. "
        'It was "too early" to predict whether the fall would go on, the Vantor Film '
        "Council said."
    )
    assert speakers(text) == ["Vantor Film Council"]
