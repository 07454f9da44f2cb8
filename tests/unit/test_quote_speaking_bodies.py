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
        'It was "far too soon" to predict if cinema visits would recover, the Vantor Film '
        "Council said."
    )
    assert speakers(text) == ["Vantor Film Council"]


def test_a_party_named_by_its_members_in_the_plural_speaks() -> None:
    text = 'The Greens warned both parties against "playing on fears" on the new tax.'
    assert speakers(text) == ["Greens"]


def test_a_party_named_by_its_label_speaks_under_its_fullest_name() -> None:
    text = (
        "The Ruritanian Labour Party sent its leaflets to every house in Vell. "
        'Ruritanian Labour says it avoids those lists but not when making "voter '
        'sorting" rounds.'
    )
    assert speakers(text) == ["Ruritanian Labour Party"]


def test_a_member_of_a_party_in_the_singular_is_no_party() -> None:
    text = (
        "Liberal Democrat peer Lord Ostry asked for monitors at the poll - saying "
        'there could be lawsuits "of a size unknown for a century".'
    )
    assert speakers(text) != ["Liberal Democrat"]


def test_an_unnamed_source_of_a_body_speaks_for_it_and_so_does_the_source_after() -> None:
    text = (
        "The Vellan Party has hired Mr Ostry again. A Vellan Party source told the Daily "
        'Courier Mr Ostry would "lead from the front" the campaign. "Old photographs will '
        'jog the memory of voters," the source told the paper.'
    )
    assert speakers(text) == ["Vellan Party", "Vellan Party"]


def test_a_source_close_to_someone_speaks_for_nobody() -> None:
    text = 'Mr Ostry left the party. A source close to Mr Ostry said he was "worn out" of it.'
    assert speakers(text) == [None]


def test_a_fronted_phrase_before_the_company_is_no_speaker() -> None:
    text = (
        "Ostrel Fabrics makes curtains and dresses. "
        'In May, the firm had warned that its spring trade was "weaker than hoped".'
    )
    assert speakers(text) != ["In May"]


def test_the_company_is_the_body_of_the_nearer_speech_verb_before_it() -> None:
    text = (
        "Vell Motors earned more last year. Vell Motors Credit Corp (VMCC) said it may lend "
        "for homes. VMCC has added much to profit but VM said its own profit would shrink "
        'soon. "A dividend of $2 stays our aim," the company said.'
    )
    assert speakers(text) == ["Vell Motors"]
