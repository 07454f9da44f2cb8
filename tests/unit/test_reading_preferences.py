"""Which entity types are highlighted, and showing or hiding one (the palette's commands)."""

from __future__ import annotations

from byline.core.entities.types import LABELS
from byline.core.reading import NAME_TYPES, Preferences


def test_the_names_are_shown_by_default_and_the_rest_is_quiet() -> None:
    preferences = Preferences()
    shown = [label for label in LABELS if preferences.shows_entity_type(label)]
    assert shown == ["PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART"]
    assert not any(preferences.shows_entity_type(t) for t in ("DATE", "MONEY", "NORP"))


def test_hiding_one_type_keeps_the_others_in_label_order() -> None:
    hidden = Preferences().with_entity_type_toggled("GPE")
    assert not hidden.shows_entity_type("GPE")
    assert hidden.entity_types == tuple(
        label for label in LABELS if label in NAME_TYPES and label != "GPE"
    )


def test_showing_a_quiet_type_adds_it_to_the_names() -> None:
    shown = Preferences().with_entity_type_toggled("DATE")
    assert shown.shows_entity_type("DATE") and shown.shows_entity_type("PERSON")


def test_going_back_to_the_names_alone_means_the_default_again() -> None:
    preferences = Preferences().with_entity_type_toggled("GPE").with_entity_type_toggled("GPE")
    assert preferences.entity_types is None
    assert preferences == Preferences()


def test_with_every_type_hidden_showing_one_shows_that_one() -> None:
    preferences = Preferences(entity_types=())
    assert not any(preferences.shows_entity_type(label) for label in LABELS)
    assert preferences.with_entity_type_toggled("ORG").entity_types == ("ORG",)


def test_toggling_changes_nothing_else() -> None:
    preferences = Preferences(theme="nord", sidebar=False, highlight_entities=False)
    toggled = preferences.with_entity_type_toggled("PERSON")
    assert (toggled.theme, toggled.sidebar, toggled.highlight_entities) == ("nord", False, False)


def test_types_unknown_to_this_version_are_dropped_on_a_toggle() -> None:
    preferences = Preferences(entity_types=("PERSON", "SPECIES"))
    assert preferences.shows_entity_type("SPECIES")
    assert preferences.with_entity_type_toggled("ORG").entity_types == ("PERSON", "ORG")
