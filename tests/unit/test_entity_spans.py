"""Where a name starts and ends: a leading ``the``, a pronoun ``I``, a sentence's first capital, a
place before a name (sentences written for these tests)."""

from __future__ import annotations

from byline.core.entities import find_mentions


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(text)]


def texts(text: str) -> list[str]:
    return [m.text for m in find_mentions(text)]


def test_nationality_before_a_full_name_is_split() -> None:
    got = pairs("Canadian Mary Ellen Pryce said the vote was fair.")
    assert ("Canadian", "NORP") in got and ("Mary Ellen Pryce", "PERSON") in got
    # One word after a nationality-like given name stays one name.
    assert ("Christian Ardent", "PERSON") in pairs("Christian Ardent said the vote was fair.")


def test_sentence_initial_common_noun_is_dropped() -> None:
    text = "Her film review ran in Film Talk magazine.\n\nFilm: Quiet Hills; actor: Tom Rell."
    got = pairs(text)
    assert ("Film", "ORG") not in got and ("Film", "PERSON") not in got
    assert ("Tom Rell", "PERSON") in got


def test_pronoun_i_after_a_name() -> None:
    got = pairs("I have told Maria I will be there.")
    assert ("Maria", "PERSON") in got and ("Maria I", "PERSON") not in got
    assert ("Elizabeth I", "PERSON") in pairs("The reign of Elizabeth I was long.")


def test_mid_sentence_old_is_part_of_the_name() -> None:
    got = pairs("He bought shares in the Old Marwick brewery on Monday.")
    assert any(t.startswith("Old Marwick") for t, _ in got)
    # Opening a sentence, "Old" may be an adjective: it is still dropped.
    got = pairs("Trade rose. Old Brannock families sold land.")
    assert not any(t.startswith("Old") for t, _ in got)


def test_press_name_keeps_the_before_a_connector() -> None:
    got = pairs("Rates rose.\n\nThe Times on Monday said rates would rise.")
    assert ("The Times", "ORG") in got


def test_mid_sentence_the_belongs_to_the_name() -> None:
    got = pairs("Fans cheered when the label dropped The Quellers, who were on tour.")
    assert ("The Quellers", "ORG") in got
    got = pairs("Tickets went to protege The Marrow, who has a new single out.")
    assert ("The Marrow", "PERSON") in got


def test_the_traps() -> None:
    # At a sentence start "The" is the article.
    assert "The Quellers" not in texts("Tickets sold out. The Quellers played on.")
    # Before a known place or a title it is not part of a name.
    got = pairs("Trade with The Netherlands grew, and The President said so.")
    assert ("Netherlands", "GPE") in got
    assert not any(t.startswith("The ") for t, _ in got)


def test_division_ends_an_organisation() -> None:
    assert ("Quarrow Division", "ORG") in pairs("He praised Quarrow Division for the record.")


def test_missing_space_after_full_stop_ends_the_name() -> None:
    got = texts("It should have been Quarrow Lane.Those critics were wrong.")
    assert "Quarrow Lane" in got and not any("Those" in t for t in got)
    # Dots inside a name are kept.
    assert "Amazon.com" in texts("He ordered it from Amazon.com last week.")


def test_place_before_a_kind_of_organisation_and_its_name() -> None:
    got = pairs("The Leeds firm Arden Vale won the contract.")
    assert ("Leeds", "GPE") in got and ("Arden Vale", "ORG") in got
    # With no name after the noun the place names the organisation itself.
    assert ("Leeds", "ORG") in pairs("The Leeds company said it would cut jobs.")


def test_weekday_before_a_newspaper_head() -> None:
    got = pairs("He told the Sunday Telegraph that sales fell on Sunday.")
    assert ("Sunday Telegraph", "ORG") in got and ("Sunday", "DATE") in got
    got = pairs("On Monday Post Office staff went on strike.")
    assert ("Monday", "DATE") in got and ("Post Office", "ORG") in got


def test_repeated_number_led_name() -> None:
    text = (
        "Rapper 40 Volt said he was hurt. Later 40 Volt left the studio. "
        "Police spoke to 40 Volt again."
    )
    assert pairs(text).count(("40 Volt", "PERSON")) >= 2
    # A pair seen once or twice, and plurals, are not names.
    assert "40 Volt" not in texts("The 40 Volt rule applies. So does the 40 Volt limit.")
    text = "He won 3 Oscars. Then 3 Oscars more. In all 3 Oscars."
    assert not any(t.startswith("3 ") for t in texts(text))


def test_a_country_named_with_and_keeps_its_span_before_a_date() -> None:
    got = [
        (m.text, m.label) for m in find_mentions("They will visit Trinidad and Tobago on June 2.")
    ]
    assert ("Trinidad and Tobago", "GPE") in got


def test_a_group_before_a_speaker_after_the_is_split_off() -> None:
    got = pairs('For the Lib Dems Maria Venn said: "Taxes will rise."')
    assert ("Lib Dems", "NORP") in got and ("Maria Venn", "PERSON") in got


def test_a_role_abbreviation_before_a_name_is_no_part_of_it() -> None:
    got = pairs(
        "The deal was struck by ISP Velmonet and by CEO Harlo Venn. Velmonet's shares rose."
    )
    assert ("Velmonet", "ORG") in got and ("Harlo Venn", "PERSON") in got


def test_a_religious_title_is_no_part_of_the_name() -> None:
    assert ("Harlo Venn", "PERSON") in pairs("Ayatollah Harlo Venn spoke on Friday.")


def test_a_land_demonym_in_er_is_a_nationality() -> None:
    got = pairs("It was when New Zealander Harlo Venn was the coach.")
    assert ("New Zealander", "NORP") in got and ("Harlo Venn", "PERSON") in got
