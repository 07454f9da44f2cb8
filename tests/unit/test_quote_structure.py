"""Speakers found from sentence structure, on texts written for these tests: the antecedent of
he/she (a subject, not a name inside a title after a verb or preposition), relative clauses,
descriptions with a complement, organisations behind ``it`` and ``the company``."""

from __future__ import annotations

from byline.core.quotes import find_quotes


def speakers(text: str, people: tuple[str, ...] = ()) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, people)]


def test_he_is_the_subject_of_a_speech_verb_not_a_name_in_a_title() -> None:
    # A name after a title is the object of the verb or preposition before the title.
    text = (
        '"Debates help voters," said Lord Varn. '
        "Lord Varn's plan comes a month after crowds watched Mayor Tal Ost spar with his Green "
        "challenger Ruth Imre. "
        'He said it was a "deeply dubious habit" to let the mayor decide.'
    )
    assert speakers(text) == ["Varn", "Varn"]
    # The subject of the sentence's own speech verb, not the subject of an if-clause, even
    # after another speech verb (explain).
    text = (
        '"Debates help voters," said Lord Varn. '
        "If Mr Ost did not wish to join in, the hosts could cancel and explain why, Lord Varn "
        "said. "
        '"The voters deserve better," he said.'
    )
    assert speakers(text) == ["Varn", "Varn"]
    # A name followed by its speech verb is its subject, whatever word comes before it.
    text = (
        '"It is a sad day," said Lord Pell. '
        "Conservative peer Lord Brack said that he and Lord Pell had become friends. "
        '"He was a kind man," he said.'
    )
    assert speakers(text) == ["Pell", "Brack"]


def test_a_single_name_before_who_is_a_person() -> None:
    text = (
        "Okonjo, who lost the final to Mr Pirelli, will face him again in June. "
        '"I will be ready," he told reporters.'
    )
    assert speakers(text) == ["Okonjo"]


def test_a_relative_clause_gives_its_antecedent_as_the_speaker() -> None:
    text = (
        "The first to back the band was critic Ana Pilar, who said they were "
        '"noisy but in love with melody". '
        "The praise was echoed by director Sir Oto Kell who called the record "
        '"quietly astonishing". '
        "This matched the views of host Rafe Dunn, who stirred a row for saying he never "
        'listened to award shows, calling them "dreary".'
    )
    assert speakers(text) == ["Ana Pilar", "Oto Kell", "Rafe Dunn"]


def test_a_participle_after_a_speech_verb_takes_that_verbs_subject() -> None:
    text = (
        "Mr Ivo Marsh spoke at the rally. "
        'Walkers had turned up "to prove the fence was a foolish idea", he said adding that gates '
        'had been opened "safely" as far as he could tell.'
    )
    assert speakers(text) == ["Ivo Marsh", "Ivo Marsh"]
    text = 'Mr Ivo Marsh was late, joking: "The train had other plans."'
    assert speakers(text) == ["Ivo Marsh"]


def test_it_and_the_company_find_an_organisation_written_as_an_acronym() -> None:
    text = (
        "The Pension Relief Board (PRB) is in deficit, says the Lakeside Economists Forum "
        "(LEF). The LEF wants lawmakers to act. The LEF blames a 2004 rule, in a statement "
        'signed by members. It said it was "alarmed" by the shortfall.'
    )
    assert speakers(text) == ["Lakeside Economists Forum"]
    text = (
        "Shares in music firm KVB fell after a profit warning. "
        "KVB said two albums - one by Moonrake and one by Moonrake's rivals - were delayed. "
        '"Sales in January were lower than we had hoped," the company added.'
    )
    assert speakers(text) == ["KVB"]


def test_a_title_with_a_complement_is_the_holder_of_the_title() -> None:
    text = (
        "Director Ana Kovi's new epic opened at number six. "
        '"Europeans see me differently," said the director behind Red Harbour, Ash and '
        "Tin Crown."
    )
    assert speakers(text) == ["Ana Kovi"]


def test_a_preposition_or_a_number_word_opening_the_subject_is_no_speaker() -> None:
    text = (
        'Among them were posters carrying slogans, saying "we are so sorry" for the result. '
        'Thirty-one percent said they would pick something "else" next year.'
    )
    assert speakers(text) == [None, None]


def test_a_second_verb_after_but_shares_the_sentence_subject() -> None:
    text = (
        'Mr Oren Tate doubted whether the host would help, but added: "I am all for lower ratings."'
    )
    assert speakers(text) == ["Oren Tate"]


def test_the_spokesman_is_the_spokesperson_introduced_before() -> None:
    text = (
        '"It is a new approach," said a Harbour Office spokesman. '
        "The spokesman listed the problems of some towns.\n\n"
        '"It is about these problems," the spokesman added.'
    )
    assert speakers(text) == ["Harbour Office", "Harbour Office"]


def test_a_nationality_before_a_surname_is_no_part_of_the_name() -> None:
    text = (
        "World number one Nadia Brisk beat Ola Fenn. "
        "American Brisk will now face Ines Calder of Spain. "
        "Brisk believes her game can improve. "
        '"I began strongly and ended strongly," she said.'
    )
    assert speakers(text) == ["Nadia Brisk"]
