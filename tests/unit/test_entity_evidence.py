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
