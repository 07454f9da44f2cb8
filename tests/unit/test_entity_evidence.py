"""A name no cue labels is shown only with evidence from the article (sentences written for
these tests; the names are invented)."""

from __future__ import annotations

from byline.core.entities import find_mentions


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(text)]


def texts(text: str) -> list[str]:
    return [m.text for m in find_mentions(text)]


def test_an_unknown_name_with_no_evidence_is_not_shown() -> None:
    # Invented words that no table knows and no word around labels: a village, a film or a
    # player just as well as a company.
    assert "Zorvath" not in texts("The road to Zorvath was closed after the storm.")
    assert "Quellbrook" not in texts("Fans queued for Quellbrook in the rain.")


def test_what_an_organisation_owns_or_does_is_evidence() -> None:
    assert ("Zorvath", "ORG") in pairs("Investors sold Zorvath shares after the storm.")
    assert ("Quellbrook", "ORG") in pairs("The storm hit Quellbrook's profits.")
    assert ("Quellbrook", "ORG") in pairs("They met Quellbrook's managing director.")
    assert ("Trevanto", "ORG") in pairs("In May Trevanto announced a new phone.")
    assert ("Trevanto", "ORG") in pairs("In May Trevanto has launched a new phone.")


def test_an_apposition_naming_the_kind_is_evidence() -> None:
    got = pairs("Prices rose at Quellbrook, the country's third-biggest bank, on Friday.")
    assert ("Quellbrook", "ORG") in got
    assert ("Trevanto", "ORG") in pairs("He said that Trevanto is a software company.")


def test_words_before_the_name_are_evidence() -> None:
    assert ("Zorvath", "ORG") in pairs("He bought shares in Zorvath last year.")
    assert ("Zorvath", "ORG") in pairs("The paper is owned by Zorvath these days.")
    assert ("Zorvath", "ORG") in pairs("Ann Reed, development director at Zorvath, agreed.")


def test_the_shape_of_a_company_name_is_evidence() -> None:
    assert ("QuellSoft", "ORG") in pairs("The deal with QuellSoft was signed.")
    assert ("Marrow & Pike", "ORG") in pairs("The deal with Marrow & Pike was signed.")
    assert "McTavish" not in [t for t, label in pairs("A deal with McTavish.") if label == "ORG"]


def test_one_supported_name_supports_its_list() -> None:
    got = pairs("The deal worried Zorvath, Quellbrook and Trevanto. Zorvath shares fell.")
    assert {("Zorvath", "ORG"), ("Quellbrook", "ORG"), ("Trevanto", "ORG")} <= set(got)
    assert "Quellbrook" not in texts("The deal worried Zorvath, Quellbrook and Trevanto.")


def test_a_cued_mention_elsewhere_supports_every_mention() -> None:
    text = "The firm Zorvath grew. Fans of Zorvath queued. Later Zorvath grew again."
    assert [p for p in pairs(text) if p[0] == "Zorvath"] == [("Zorvath", "ORG")] * 3


def test_a_small_or_ambiguous_place_needs_a_place_cue() -> None:
    # "Reading" is a town and a common word: alone it proves nothing.
    assert "Reading" not in texts("Reading was hard for him at school, said Tom Hale.")
    assert ("Reading", "GPE") in pairs("He grew up in Reading with Tom Hale.")


def test_a_name_before_its_county_or_state_is_a_place() -> None:
    got = pairs("David Reed, 34, from Quellbrook, Gloucestershire, said he was innocent.")
    assert ("Quellbrook", "GPE") in got


def test_a_word_shouted_in_a_crosshead_is_no_organisation() -> None:
    text = "ACCIDENT\n\nA car hit a wall in Leeds on Monday.\n\nARRESTS\n\nNobody was held."
    assert [t for t, label in pairs(text) if label == "ORG"] == []


def test_capitals_inside_a_word_make_no_person() -> None:
    text = "The Nvidia GeForce RTX card is fast. The RTX range sold out."
    assert all(label != "PERSON" for _, label in pairs(text))
    # Initials and name prefixes are still people.
    assert ("Martin L. Yarrow", "PERSON") in pairs("The study by Martin L. Yarrow was praised.")
    assert ("Ann McAdam", "PERSON") in pairs("The study by Ann McAdam was praised.")


def test_a_one_word_name_acting_on_its_own_things_is_an_organisation() -> None:
    text = "Plinth has expanded its range of players. Critics say Plinth moved too late."
    got = [(m.text, m.label) for m in find_mentions(text)]
    assert got.count(("Plinth", "ORG")) == 2


def test_a_person_placed_at_a_name_makes_it_the_employer() -> None:
    # "<person> of X", "X's <person>", "X vice-president", "firms such as X": where people
    # work, an organisation the article gives no other cue for.
    got = pairs('"Sales rose," said Brenna Coltwhistle of Zorvath.')
    assert ("Zorvath", "ORG") in got
    got = pairs('"Sales rose," said Quellbrook\'s Brenna Coltwhistle on Friday.')
    assert ("Quellbrook", "ORG") in got
    got = pairs('"Sales rose," said Anselm Varga, Trevanto vice-president of sales.')
    assert ("Trevanto", "ORG") in got
    assert ("Zorvath", "ORG") in pairs("Rivals such as Zorvath cut their prices.")
