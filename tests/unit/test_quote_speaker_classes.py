"""Classes of wrong speakers found on labelled dev text, each on a short text written for the
test with invented names: clergy titles, the organisation behind ``it`` or ``the organisation``,
a name in apposition after a title, and the fullest form of a company's name."""

from __future__ import annotations

from byline.core.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


def test_a_clergy_title_is_no_part_of_the_name() -> None:
    text = (
        "Cardinal Aldo Benvenisti, the Archbishop of Norvale, said the plan was a "
        '"grave mistake". Cardinal Benvenisti added: "We will not be silent on this."'
    )
    assert speakers(text) == ["Aldo Benvenisti", "Aldo Benvenisti"]


def test_it_said_is_the_organisation_not_a_place_named_later() -> None:
    # Dunmere is written twice, but as a place ("in Dunmere"); the sentence before the quote
    # has an unnamed spokesperson of an organisation as its subject.
    text = (
        "Farmers in Dunmere have protested for weeks. Dunmere councillors closed the roads. "
        'A spokesman for Marsh Watch called the ruling "a plain disgrace". '
        '"Officials are trying to silence every critic," the organisation said.'
    )
    assert speakers(text)[-1] == "Marsh Watch"


def test_the_firm_refers_back_past_a_place_to_the_company() -> None:
    text = (
        "Velcor has pulled out of an Ostland road contract. "
        'Velcor said "the original plan could not be carried out at a sensible cost". '
        "But the firm rejected claims it was quitting Ostland. "
        '"We remain committed to our projects in Ostland," it said in a statement.'
    )
    assert speakers(text) == ["Velcor", "Velcor"]


def test_a_name_in_apposition_after_a_title_of_a_place_speaks() -> None:
    text = (
        "The Bishop of Norvale, the Right Reverend Tomas Brel, told listeners that people "
        'should "think hard about the gospel" before voting.'
    )
    assert speakers(text) == ["Tomas Brel"]


def test_a_company_named_by_its_first_word_gets_its_full_name() -> None:
    text = (
        "Brenwick International builds bridges in three countries. "
        'Brenwick said "the contract could not be completed on time".'
    )
    assert speakers(text) == ["Brenwick International"]


def test_he_goes_back_past_a_description_to_the_titled_subject_not_an_event() -> None:
    # "prop" is a title before the name, not a verb taking it as object; "the Harbour Shield" is
    # written after "the": an event, not a person.
    text = (
        "Ostria prop Jon Brack is keeping cheerful despite a cracked wrist keeping him out of "
        "the Harbour Shield.\n\n"
        "The 27-year-old hurt his left wrist during the draw on Sunday. He will have "
        'a scan on Friday. He said: "This is not a knock that will keep me from training."'
    )
    assert speakers(text) == ["Jon Brack"]


def test_he_after_a_fronted_phrase_is_the_subject_of_the_speech_verb() -> None:
    text = (
        "Speaking in Harlow, Mr Jon Brack claimed the plan was weak. "
        "Tearing into the conduct of his opponents in office he said: "
        '"I make you this pledge today."'
    )
    assert speakers(text) == ["Jon Brack"]


def test_a_participle_after_a_reported_clause_takes_the_main_clause_speaker() -> None:
    text = (
        "Bishop Ana Velt backed the plan. In a statement, she said the reform was a "
        '"very welcome step", adding: "The scheme is one that we would urge on every town."'
    )
    assert speakers(text) == ["Ana Velt", "Ana Velt"]


def test_an_unnamed_relation_of_a_named_person_is_no_speaker() -> None:
    text = (
        "Tomas Vrell was jailed on Monday. Mr Vrell's lawyer called the court "
        '"illegal and incompetent". Her coach said she was "simply exhausted".'
    )
    assert speakers(text) == [None, None]


def test_a_fragment_goes_to_the_named_subject_of_its_own_clause() -> None:
    text = (
        "Jon Brack says his words were twisted. Party leader Ann Lee received his "
        'choice "with sorrow". Mr Brack thinks that the plan lies between the cries of '
        '"far too hard" and "far too soft".'
    )
    assert speakers(text)[0] == "Ann Lee"


def test_the_statement_speaks_for_whoever_issued_it_earlier() -> None:
    # The party's full name is written only inside a quotation.
    text = (
        "Jon Brack resigned on Friday. In a statement, the party said his words had been "
        'twisted. "He firmly backs our programme," said the statement. '
        'Ann Lee said: "It is the real spirit of the Harbour Party."'
    )
    assert speakers(text) == ["Harbour Party", "Ann Lee"]


def test_a_verb_after_but_shares_the_subject_written_before_the_quotation() -> None:
    text = (
        'Campaign group the Harbour Alliance "praised" Mr Jon Brack for his change of heart, '
        "but said it fell some way short."
    )
    assert speakers(text) == ["Harbour Alliance"]


def test_a_participle_after_a_fragment_takes_the_sentence_subject() -> None:
    text = (
        'Mr Jon Brack used his lecture to warn against a "same-for-every-town" scheme unless '
        'it was vital, adding: "We must spend the money where it matters most."'
    )
    assert speakers(text) == ["Jon Brack", "Jon Brack"]


def test_an_organisation_named_head_of_name_speaks_whole() -> None:
    # "<head> of <name>": the whole name speaks, as subject and as the body behind "it said".
    text = (
        "Last spring the Royal College of Tanners said there was a "
        '"flood of cheap leather". The Velmar Chambers of Trade welcomed the plan. '
        '"This step gives every side something it wanted," it said.'
    )
    assert speakers(text) == ["Royal College of Tanners", "Velmar Chambers of Trade"]


def test_an_unnamed_spokesperson_speaks_for_the_body_just_named() -> None:
    # GUIDELINES 4.4: "a spokesman" after a sentence about a body, "the spokesman" after "A
    # <body> spokesman", "the council's spokesperson" and "she" for "an assembly spokeswoman".
    text = (
        'ZAP backed the fees but said limits were due. "This is a warning," a spokesman said.'
        "\n\nA Grenland Trust spokesman said the trust had no more to say. "
        '"We will look at it," the spokesman said.'
        "\n\nThe Velmar Film Council said the fall was foreseen. "
        '"There was no escape," the council\'s spokesperson said.'
        "\n\nThe Ruritanian Assembly has backed Mr Jon Brack. But an assembly spokeswoman "
        'insisted Mr Brack had meant landlords. "He was speaking of landlords," she said.'
    )
    assert speakers(text) == ["ZAP", "Grenland Trust", "Velmar Film Council", "Ruritanian Assembly"]


def test_a_peerage_rank_is_not_part_of_the_name() -> None:
    # GUIDELINES 4.1: ranks and honorifics go, as "Lord" and "Lady" do.
    text = 'Labour peer Baroness Velma Trent said so. "Distrust will grow," she said.'
    assert speakers(text) == ["Velma Trent"]
