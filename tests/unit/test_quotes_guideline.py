"""Quotations and speakers as benchmarks/gold/GUIDELINES.md defines them: one test per class of
error, on sentences written for these tests."""

from __future__ import annotations

from byline.core.quotes import Quote, find_quotes


def found(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in find_quotes(text)]


def speakers(quotes: list[Quote]) -> list[str | None]:
    return [q.speaker for q in quotes]


# -- speakers ------------------------------------------------------------------------------


def test_organisation_and_title_before_the_name_give_the_person() -> None:
    text = '"We will appeal," said Acme Bank director of communications, Jane Roe.'
    assert speakers(find_quotes(text)) == ["Jane Roe"]
    text = '"Rates will rise," said Northbank chief economist, Omar Patel.'
    assert speakers(find_quotes(text)) == ["Omar Patel"]


def test_age_description_resolves_to_the_person_named_before() -> None:
    text = 'Chelsea striker Ben Cole scored again on Sunday. "I feel sharp," the 29-year-old said.'
    assert speakers(find_quotes(text)) == ["Ben Cole"]


def test_role_description_resolves_to_the_nearest_person() -> None:
    text = (
        "Olympic champion Mia Grant won the final in Leeds. "
        '"That was my best race," said the Leeds-based athlete.'
    )
    assert speakers(find_quotes(text)) == ["Mia Grant"]


def test_party_office_description_resolves_to_the_person() -> None:
    text = (
        "Sam Tully urged ministers to act on rail fares. "
        'Speaking in the chamber, the Liberal MP said: "Commuters cannot wait."'
    )
    assert speakers(find_quotes(text)) == ["Sam Tully"]


def test_attribution_in_the_previous_paragraph() -> None:
    text = "Coach Ann Lee was upbeat before the match.\n\n" + '"We are ready. The squad is fit."'
    assert speakers(find_quotes(text)) == ["Ann Lee"]


def test_split_quote_attributed_in_the_middle() -> None:
    text = '"It was bad," Tom Hart says, "but we coped."'
    assert found(text) == [
        ("It was bad,", "Tom Hart", "speech"),
        ("but we coped.", "Tom Hart", "speech"),
    ]


def test_asked_attributes_a_quotation() -> None:
    text = 'Reporters pressed Lena Fox on the budget. Lena Fox asked: "Who will pay for it?"'
    assert speakers(find_quotes(text)) == ["Lena Fox"]


def test_it_said_of_a_company_is_the_company() -> None:
    text = 'Acme Corp shares fell sharply on Monday. "Demand was weak," it said.'
    assert speakers(find_quotes(text)) == ["Acme Corp"]


def test_the_firm_said_is_the_firm_named_before() -> None:
    text = (
        "Zentrix sold fewer phones this year. Zentrix blamed the weather. "
        '"Sales will recover," the firm said.'
    )
    assert speakers(find_quotes(text)) == ["Zentrix"]


def test_spokesperson_of_a_named_organisation_speaks_for_it() -> None:
    text = 'A spokeswoman for Acme Corp said the talks were "premature".'
    assert found(text) == [("premature", "Acme Corp", "fragment")]


def test_police_ranks_and_party_labels_are_not_part_of_the_name() -> None:
    text = 'Det Insp Mark Hill said: "We need witnesses."'
    assert speakers(find_quotes(text)) == ["Mark Hill"]
    text = 'Fellow Lib Dem Nora Bale said: "This is a scandal."'
    assert speakers(find_quotes(text)) == ["Nora Bale"]
    text = '"I missed the kick," said Fly-half Rob Dane.'
    assert speakers(find_quotes(text)) == ["Rob Dane"]


def test_place_closing_a_title_is_not_part_of_the_name() -> None:
    text = (
        "The Attorney for the District of Ruritania Jo Mendel spoke on Friday. "
        '"The case is open," said Mendel.'
    )
    assert speakers(find_quotes(text)) == ["Jo Mendel"]


def test_middle_initial_is_part_of_the_name() -> None:
    text = 'Director Carla F. Ennis said: "We must act now." Ms Ennis added: "Test more."'
    assert speakers(find_quotes(text)) == ["Carla F. Ennis", "Carla F. Ennis"]


def test_aside_between_dashes_is_skipped() -> None:
    text = (
        "Liberal Ed Vane - who chairs the Transport Committee of the House - said the "
        'plan was "a waste of public money".'
    )
    assert speakers(find_quotes(text)) == ["Ed Vane"]


def test_according_to_before_the_subject_leaves_the_subject_speaking() -> None:
    text = (
        "Prime Minister Ray Holt met his critics. "
        'According to Mr Dale the prime minister said: "I will go in a year."'
    )
    assert speakers(find_quotes(text)) == ["Ray Holt"]


def test_credit_in_a_caption_never_speaks() -> None:
    text = (
        "Ben Ortiz leads the student union at the college.\n\n"
        "Students wait outside. (Photo by Kim Lo/Acme Images)\n\n"
        '"Rents are too high," he says.'
    )
    assert speakers(find_quotes(text)) == ["Ben Ortiz"]


def test_quote_mark_in_a_caption_never_leaks_the_mask() -> None:
    text = 'Caption: "Open Day" at the hall\n\n"We are delighted," a banner "Q" said.'
    for q in find_quotes(text):
        assert q.speaker is None or "QQ" not in q.speaker


# -- quotations -----------------------------------------------------------------------------


def test_one_quoted_adjective_after_said_is_a_fragment() -> None:
    text = 'Ms Roe said she was "thrilled" with the result.'
    assert found(text) == [("thrilled", "Roe", "fragment")]


def test_few_words_inside_reported_speech_are_a_fragment() -> None:
    text = 'Tory leader Ian Moor accused the two men of "squabbling like schoolboys".'
    assert found(text) == [("squabbling like schoolboys", "Ian Moor", "fragment")]


def test_what_someone_calls_is_a_fragment() -> None:
    text = 'Mr Ray Dunn is upset about what he calls the "naming and scolding" of tenants.'
    assert found(text) == [("naming and scolding", "Ray Dunn", "fragment")]


def test_quotation_in_single_curly_marks_closing_before_its_cue() -> None:
    text = "“We must learn to live with the virus,’ he says, and Pat Orr agrees."
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["We must learn to live with the virus,"]


def test_titles_of_works_with_a_comma_are_not_speech() -> None:
    text = (
        'Her film "Love, Actually Not" opened in May. The song "Yes, We Can Dance" was a hit. '
        'He wrote a book called "Bread, Wine and Salt" last year.'
    )
    assert find_quotes(text) == []


def test_capitalised_words_in_marks_without_a_speech_verb_are_no_quotation() -> None:
    text = 'Fans queued for "Winter Lights, Summer Nights" at the hall on Friday.'
    assert find_quotes(text) == []


def test_scare_quotes_are_no_quotation() -> None:
    text = 'The so-called "war on terror" went on. A "booming" trade grew in the "new" town.'
    assert find_quotes(text) == []


def test_nickname_and_gloss_are_no_quotation() -> None:
    text = 'John "Smokey" Doe said: "We won." They signed "Schutzvertrag," or "protection deals,".'
    assert [q.text for q in find_quotes(text)] == ["We won."]
    assert speakers(find_quotes(text)) == ["John Doe"]


def test_term_known_as_is_no_quotation() -> None:
    text = 'Ann Bell warned that kiosks, or "booths" as they are called, would close.'
    assert find_quotes(text) == []
