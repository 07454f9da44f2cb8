"""Which entity types are highlighted, and showing or hiding one (the palette's commands)."""

from __future__ import annotations

from byline.core.entities.types import LABELS
from byline.core.reading import Preferences


def test_every_type_is_shown_by_default() -> None:
    preferences = Preferences()
    assert all(preferences.shows_entity_type(label) for label in LABELS)


def test_hiding_one_type_keeps_the_others_in_label_order() -> None:
    hidden = Preferences().with_entity_type_toggled("GPE")
    assert not hidden.shows_entity_type("GPE")
    assert hidden.entity_types == tuple(label for label in LABELS if label != "GPE")


def test_showing_the_last_hidden_type_means_all_again() -> None:
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
