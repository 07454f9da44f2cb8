"""Speaker attribution by syntactic situation, on sentences written for these tests: a quote's
speaker before it, after it, in the sentence before, across a caption, through an acronym, a
title, a document or an unnamed spokesperson."""

from __future__ import annotations

from byline.core.quotes import find_quotes
from byline.core.quotes.cues import sentence_subject
from byline.core.quotes.names import NameResolver
from byline.core.quotes.sources import DOCUMENT_RE, document_author, spokesperson_org


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


# -- the sentence before --------------------------------------------------------------------


def test_a_sentence_between_two_quotes_breaks_the_continuation() -> None:
    text = (
        'Coach Ann Lee said: "We lost the game." '
        "But her agent insisted she had merely rested. "
        '"The tests are fine."'
    )
    assert speakers(text) == ["Ann Lee", None]


def test_a_reported_sentence_closing_with_the_speaker_attributes_the_next_quote() -> None:
    text = 'Phones will vanish into clothing, says Mr Ode Varga. "Pockets will be the new screens."'
    assert speakers(text) == ["Ode Varga"]
    text = 'Rents will rise again next year, Kira Dunn added. "Tenants cannot pay more."'
    assert speakers(text) == ["Kira Dunn"]


def test_a_fragment_after_a_reported_sentence_has_its_source() -> None:
    text = (
        "Savings would pay for nurses, Mr Tom Lasker said. "
        'The rest would go to ending some "unfair charges".'
    )
    assert speakers(text) == ["Tom Lasker"]


# -- the subject of the clause --------------------------------------------------------------


def test_adding_takes_the_subject_of_the_clause_not_its_object() -> None:
    text = 'Mia Hart paid tribute to Jo Lind, saying: "She played superbly."'
    assert speakers(text) == ["Mia Hart"]
    text = 'The Green Party said the plan was weak, adding: "Nobody will benefit."'
    assert speakers(text) == ["Green Party"]


def test_sentence_subject_stops_at_the_first_verb() -> None:
    assert sentence_subject("Mia Hart paid tribute to Jo Lind") == "Mia Hart"
    assert sentence_subject("Party leader Ali Maher said he would") == "Party leader Ali Maher"
    assert sentence_subject("A spokesman for Acme Bank urged calm") == ("A spokesman for Acme Bank")


def test_an_inverted_verb_before_the_quote() -> None:
    assert speakers('The film is made by Lee Sands. Said Mr Sands: "It is a new game."') == [
        "Lee Sands"
    ]


def test_a_verb_with_no_subject_keeps_the_last_speaker() -> None:
    text = 'Ms Ivy Roe insisted: "We did well." And continued: "We will do better."'
    assert speakers(text) == ["Ivy Roe", "Ivy Roe"]


def test_he_right_before_the_verb_is_its_subject() -> None:
    text = (
        "Ministers were angered by threats from the home secretary, Ray Okafor, over what he "
        'called the "chaos" in schools.'
    )
    assert speakers(text) == ["Ray Okafor"]


# -- the model of the article's people ------------------------------------------------------


def test_a_single_name_with_a_persons_appositive_is_a_person() -> None:
    text = (
        "Omar (not his real name), a 22-year-old nurse at a hospital in Leeds, moved home. "
        'He does not intend to return. "I felt alone in the flat."'
    )
    assert speakers(text) == ["Omar"]


def test_a_lower_case_particle_stays_inside_the_name() -> None:
    assert speakers('Festival director Anna van den Berg said: "The show goes on."') == [
        "Anna van den Berg"
    ]


def test_a_deputy_title_is_not_the_office() -> None:
    text = (
        "Deputy prime minister Hal Moss met union leaders. "
        'The prime minister said: "We will not back down."'
    )
    assert speakers(text) == [None]


def test_pronouns_read_past_a_photo_caption() -> None:
    text = (
        "Lena Fox, a student in Hull, backs the rent strike.\n\n"
        "Students queue for tests. Many were told to isolate. (Photo by Jon Pike/Agency)\n\n"
        '"Rents come before lives," she says.'
    )
    assert speakers(text) == ["Lena Fox"]


# -- organisations, documents, spokespeople -------------------------------------------------


def test_an_acronym_resolves_to_the_name_it_abbreviates() -> None:
    text = (
        "Northern Mills posted a jump in sales. NM is the region's biggest employer. "
        'NM said sales rose "across the board".'
    )
    assert speakers(text) == ["Northern Mills"]


def test_a_document_speaks_for_its_author() -> None:
    text = 'The book, by reporter Jo Vance and serialised in a paper, said they felt "contempt".'
    assert speakers(text) == ["Jo Vance"]


def test_words_relayed_from_an_unnamed_document_have_no_speaker() -> None:
    text = 'Official guidance said files could go if they served "no purpose", Mr Ed Wynn said.'
    assert speakers(text) == [None]


def test_document_author() -> None:
    text = "Wim Dekker wrote it. The Dekker report said so."
    res = NameResolver(text, text, [])
    found = DOCUMENT_RE.fullmatch("the Dekker report")
    assert found is not None
    assert document_author(res, found, len(text)) == "Wim Dekker"
    found = DOCUMENT_RE.fullmatch("Government guidance")
    assert found is not None
    assert document_author(res, found, len(text)) is None


def test_an_unnamed_spokesperson_speaks_for_the_whole_organisation() -> None:
    span = "A Department for Roads and Rail spokeswoman"
    assert spokesperson_org(span, span.split()) == "Department for Roads and Rail"
    span = "a spokesman for Acme"
    assert spokesperson_org(span, span.split()) == "Acme"
    assert spokesperson_org("a friend", ["a", "friend"]) is None


def test_an_attribution_in_commas_attributes_the_next_quote() -> None:
    text = 'Most of all, Mr Ari Penn says, people were bored. "Listen to the radio today."'
    assert speakers(text) == ["Ari Penn"]


def test_a_cue_in_the_next_sentence_is_not_the_quotes() -> None:
    text = (
        'Mr Ray Dole said: "Prices rose." Sam Ikeda spoke next. '
        '"We can grow." This is the record Mr Dole must defend, she said.'
    )
    assert speakers(text) == ["Ray Dole", "Sam Ikeda"]


def test_the_last_speaker_goes_on_after_a_short_narrative_gap() -> None:
    text = (
        '"We are ready," said Ola Brandt.\n\n'
        'Looking ahead, Brandt wants a move abroad. "I am 30 now."'
    )
    assert speakers(text) == ["Ola Brandt", "Ola Brandt"]
    text = (
        '"We are ready," said Ola Brandt.\n\n'
        'Coach Pim Verstappen wants a move abroad. "I am 30 now."'
    )
    assert speakers(text) == ["Ola Brandt", "Pim Verstappen"]


def test_a_full_name_only_inside_quotes_completes_the_surname() -> None:
    text = '"I met Tomas Erlander last week," she said. Mr Erlander said: "It went well."'
    assert speakers(text)[1] == "Tomas Erlander"
