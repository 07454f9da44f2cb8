"""Role words and organisations, each on sentences written for these tests: a role word
opening a sentence before a name, and the evidence that makes an unknown name an
organisation."""

from __future__ import annotations

from byline.core.entities import find_mentions


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(text)]


def test_role_word_opening_a_sentence_is_no_part_of_the_name() -> None:
    got = pairs(
        "Teenager Ruta Velkorin won her first final on Sunday. Velkorin was delighted.\n\n"
        "Referee Tam Oduya said he applied the laws. Deputy Prime Minister Jo Brannock agreed."
    )
    assert ("Ruta Velkorin", "PERSON") in got
    assert ("Velkorin", "PERSON") in got
    assert ("Tam Oduya", "PERSON") in got
    assert ("Jo Brannock", "PERSON") in got
    assert not [p for p in got if p[0].startswith(("Teenager", "Referee", "Prime", "Deputy"))]


def test_description_before_an_unknown_name_makes_it_an_organisation() -> None:
    got = pairs(
        "Telecom analysts Quorvane welcomed the move. The mail was filtered by Zentrix "
        "subsidiary Brellmark, the company said."
    )
    assert ("Quorvane", "ORG") in got
    assert ("Brellmark", "ORG") in got


def test_source_a_report_cites_is_an_organisation() -> None:
    got = pairs(
        'The deal was a mistake, Ana Field told Vandermail. "We will appeal," she said. '
        "Sales will double, according to Korrell Tables."
    )
    assert ("Vandermail", "ORG") in got
    assert ("Korrell Tables", "ORG") in got


def test_owner_of_a_product_is_an_organisation() -> None:
    got = pairs("Plexio's Qubit 300 camera sold well in the spring.")
    assert ("Plexio", "ORG") in got


def test_last_word_of_a_heading_is_no_cue_for_the_next_paragraph() -> None:
    got = pairs("Police renew appeal for missing reporter\n\nShopvaneRiley has been missing.")
    assert not [p for p in got if p[1] == "PERSON"]


def test_maker_named_as_a_firm_stays_an_organisation_before_product_nouns() -> None:
    got = pairs(
        "Net telephony firm Vocaro is rolling out a service. Users need a Vocaro account, and "
        "Vocaro allows free calls to other Vocaro users."
    )
    assert got.count(("Vocaro", "ORG")) == 4


def test_company_called_a_name_is_the_company() -> None:
    got = pairs(
        "The shop started paying for the services of a company called Maravane to ship parcels."
    )
    assert ("Maravane", "ORG") in got


def test_compact_model_word_belongs_to_the_product_name() -> None:
    got = pairs(
        "Vellum has unveiled the Qorra mini, a small computer. The Qorra mini is cheap, and "
        "the iZune shuffle is smaller still."
    )
    assert got.count(("Qorra mini", "PRODUCT")) == 2
    assert ("iZune shuffle", "PRODUCT") in got


def test_a_family_name_like_a_model_word_stays_a_person() -> None:
    got = pairs("Prime Minister Arben Nano said the pipeline would be built.")
    assert ("Arben Nano", "PERSON") in got


def test_name_ending_in_a_plural_noun_is_no_person() -> None:
    got = pairs("Tickets for Kobbet Fighters went on sale. The bill adds Vellor Sisters, Tam Roe.")
    assert ("Kobbet Fighters", "ORG") in got
    assert ("Vellor Sisters", "ORG") in got
    assert ("Tam Roe", "PERSON") in got


def test_role_abbreviation_inside_a_run_parts_employer_and_person() -> None:
    got = pairs(
        "The deal was signed by Brellvane Dynamics CEO Tomas Ruark. Talks were led by PM "
        "Ardo Venneth, and Irish PM Colm Darragh agreed."
    )
    assert ("Brellvane Dynamics", "ORG") in got
    assert ("Tomas Ruark", "PERSON") in got
    assert ("Ardo Venneth", "PERSON") in got
    assert ("Irish", "NORP") in got
    assert ("Colm Darragh", "PERSON") in got
    assert ("East Midlands", "LOC") in pairs("East Midlands MEP Dara Quill said so.")


def test_capitalised_role_word_before_a_full_name_is_no_part_of_it() -> None:
    got = pairs('"It is a win," said Supervisor Alfredo Varrin of the county.')
    assert ("Alfredo Varrin", "PERSON") in got
