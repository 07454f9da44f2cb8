"""The classes of error of issue 17, each on sentences written for these tests: capitalised
common words, nationalities and regions, dotted and shouted place names, laws and
organisations across connectors, words before and after a name."""

from __future__ import annotations

from byline.core.entities import find_mentions


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(text)]


def test_capitalised_common_words_are_no_organisations() -> None:
    got = pairs("The Reporter went out. Celebrity matters less than Freedom, said Ann Lee.")
    assert ("Ann Lee", "PERSON") in got
    assert not [p for p in got if p[0] in ("Reporter", "Celebrity", "Freedom")]


def test_pair_of_common_words_is_no_person() -> None:
    got = pairs("Analysts at Harbour Asset Advisors expect more, the report said.")
    assert ("Harbour Asset Advisors", "PERSON") not in got


def test_nationality_and_region() -> None:
    got = pairs(
        "Streets named after German officials face change in the Caribbean and the Americas."
    )
    assert ("German", "NORP") in got
    assert ("Caribbean", "LOC") in got
    assert ("Americas", "LOC") in got


def test_dotted_country_abbreviations_are_places() -> None:
    got = pairs("Talks between the U.S. and the U.K. went well. The U.S. District Court agreed.")
    assert got.count(("U.S.", "GPE")) == 1
    assert ("U.K.", "GPE") in got
    assert ("U.S. District Court", "ORG") in got


def test_dateline_in_capitals() -> None:
    got = pairs("Photo: Pix Agency Images LEEDS (BRITAIN), SEPTEMBER 28 -- Rain fell all day.")
    assert ("LEEDS", "GPE") in got
    assert ("BRITAIN", "GPE") in got
    assert ("SEPTEMBER 28", "DATE") in got


def test_a_law_is_one_span_across_its_connectors() -> None:
    got = pairs("Requests under the Freedom of Information Act rose, and the Treaty of Ghent held.")
    assert ("Freedom of Information Act", "LAW") in got
    assert ("Treaty of Ghent", "LAW") in got


def test_an_organisation_listing_its_remits_is_one_span() -> None:
    got = pairs("The Department of Roads and Harbours and the Chamber of Trade both objected.")
    assert ("Department of Roads and Harbours", "ORG") in got
    assert ("Chamber of Trade", "ORG") in got
    got = pairs("Officials at the Department of Health and John Moor disagreed.")
    assert ("Department of Health", "ORG") in got
    assert ("John Moor", "PERSON") in got


def test_words_around_a_name_are_no_part_of_it() -> None:
    got = pairs("Model Sarah Vance left. Fellow Lib Dem Ian Price agreed with Paul Brook MP.")
    assert ("Sarah Vance", "PERSON") in got
    assert ("Lib Dem", "NORP") in got
    assert ("Ian Price", "PERSON") in got
    assert ("Paul Brook", "PERSON") in got


def test_given_name_and_family_name_that_is_a_facility_word() -> None:
    assert ("Frank Field", "PERSON") in pairs("Frank Field MP said the plan was wrong.")


def test_diseases_units_and_streets() -> None:
    got = pairs("Covid-19 cases rose on Lindenallee as it hit ten degrees Celsius.")
    assert ("Lindenallee", "FAC") in got
    assert not [p for p in got if p[0] in ("Covid-19", "Celsius")]


def test_titles_of_works_by_cue_and_in_quotation_marks() -> None:
    got = pairs("The comedy Back To Harlow, sequel to Leaving Harlow, topped the charts.")
    assert ("Back To Harlow", "WORK_OF_ART") in got
    assert ("Leaving Harlow", "WORK_OF_ART") in got
    got = pairs("The band played such classics as Paper Moons, Rainfall and Quiet Harbour.")
    assert ("Paper Moons", "WORK_OF_ART") in got
    assert ("Quiet Harbour", "WORK_OF_ART") in got
    got = pairs("Her study, “The Long Road of Small Towns”, is out. He said “we are late”.")
    assert ("The Long Road of Small Towns", "WORK_OF_ART") in got
    assert not [p for p in got if p[0] == "we are late"]


def test_places_by_their_last_or_first_word() -> None:
    got = pairs("Snow fell on Pyeongsan Province, and ferries left for St Vardo, said St Paul.")
    assert ("Pyeongsan Province", "GPE") in got
    assert ("St Vardo", "GPE") in got
    assert ("St Paul", "PERSON") in got


def test_organisation_then_its_place() -> None:
    assert ("Kingsway College London", "ORG") in pairs("Kingsway College London said no.")


def test_abbreviated_months_and_holidays_are_dates() -> None:
    got = pairs("Shops were busy on Sept. 29, 2020, and again at Christmas.")
    assert ("Sept. 29, 2020", "DATE") in got
    assert ("Christmas", "DATE") in got


def test_one_type_per_name_across_the_article() -> None:
    text = (
        "Vantrix makes the new Coldfold technology. Coldfold stops copying. "
        "Critics doubt that Coldfold works. Vexo Images Ltd sold prints, and Vexo said so."
    )
    got = pairs(text)
    assert got.count(("Coldfold", "PRODUCT")) == 3
    assert ("Vexo Images Ltd", "ORG") in got
    assert ("Vexo", "ORG") in got


def test_an_unknown_plural_after_the_is_no_nationality() -> None:
    got = find_mentions(
        "Tickets for the Brallers sold out, and support for the Conservatives fell."
    )
    found = [(m.text, m.label) for m in got]
    assert ("Brallers", "NORP") not in found
    assert ("Conservatives", "NORP") in found


def test_a_common_word_opening_a_sentence_is_no_organisation() -> None:
    text = "Engineers reported the fault on Monday. Many engineers work nights."
    assert "Engineers" not in [m.text for m in find_mentions(text)]
