"""A name's type decided once per article from all its mentions and the words around them
(sentences written for these tests; every name is invented, or a town from the tables)."""

from __future__ import annotations

from byline.core.entities import find_mentions


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(text)]


def labels(text: str, name: str) -> set[str]:
    return {m.label for m in find_mentions(text) if m.text == name}


def test_a_name_that_speaks_of_itself_as_it_is_an_organisation() -> None:
    text = (
        "The ruling went against Vantrello. Vantrello said it would appeal. "
        "Later, Vantrello said that it had no further comment."
    )
    assert labels(text, "Vantrello") == {"ORG"}


def test_a_person_who_said_it_keeps_the_label() -> None:
    text = "Ana Vantrello won the vote. Ms Vantrello said it was a fair result."
    assert labels(text, "Vantrello") == {"PERSON"}


def test_a_firm_named_after_its_founder_is_the_firm_alone() -> None:
    text = (
        "The pumps came from parts maker Robert Quellbach. Quellbach has stopped making "
        "the part, and carmakers want compensation from Quellbach."
    )
    assert labels(text, "Quellbach") == {"ORG"}


def test_a_name_that_owns_a_person_is_the_party_or_employer() -> None:
    text = (
        "Tarvenna Cymlo wants an inquiry. Tarvenna Cymlo's Maria Lopez said the fires hurt "
        "Tarvenna Cymlo, and Tarvenna Cymlo's former President agreed."
    )
    assert labels(text, "Tarvenna Cymlo") == {"ORG"}


def test_a_word_with_a_digit_or_a_letter_and_hyphen_is_no_person() -> None:
    text = "Surf2go said prices would fall. Analysts at F-Vellum said demand was weak."
    got = pairs(text)
    assert ("Surf2go", "PERSON") not in got
    assert ("F-Vellum", "PERSON") not in got


def test_a_town_a_source_names_as_a_lender_is_the_lender() -> None:
    # "Kira" is a small town in the place tables; here it names a bank.
    text = (
        "Rents fell, research from Kira, the nation's largest mortgage lender, "
        "suggests. Kira's own survey agrees."
    )
    assert labels(text, "Kira") == {"ORG"}
    assert labels("Jo Roe moved from Kira to Leeds last year.", "Kira") == {"GPE"}


def test_a_place_with_a_plural_verb_as_subject_is_the_team() -> None:
    got = pairs("Latvia have confirmed that Harlo Venn will stay until the summer.")
    assert ("Latvia", "ORG") in got
    assert ("Latvia", "GPE") in pairs("Harlo Venn has lived in Latvia for years.")


def test_a_name_the_article_treats_as_a_thing_is_a_product() -> None:
    text = (
        "Vellumsoft's QX handheld games console went on sale. The QX can play films, and "
        "Vellumsoft expects the QX to sell well."
    )
    assert labels(text, "QX") == {"PRODUCT"}
    # An acronym-named body with "the" and no device word stays an organisation.
    text = "The QX said prices would rise. Analysts at the QX disagreed."
    assert "PRODUCT" not in labels(text, "QX")


def test_a_title_after_what_is_staged_in_it_is_a_work() -> None:
    text = (
        "Jo Roe takes the role of Ned in the revival of The Paper Lanterns. "
        "She turned down a part in The Long Harbour."
    )
    got = pairs(text)
    assert ("The Paper Lanterns", "WORK_OF_ART") in got
    assert ("The Long Harbour", "WORK_OF_ART") in got
