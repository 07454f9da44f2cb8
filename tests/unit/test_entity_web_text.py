"""Classes of error seen on web pages: job titles written in title case, a month alone, a
plural verb after a name inside a longer subject, a place name used by an organisation
(sentences written for these tests; the names are invented)."""

from __future__ import annotations

from byline.core.entities import find_mentions


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(text)]


def names(text: str) -> list[str]:
    return [m.text for m in find_mentions(text)]


def test_a_job_title_in_title_case_is_no_name() -> None:
    text = (
        "Jo Tann is a Software Engineer at Ploxa. Read more: Kim Farr, Director of "
        "Engineering at Ploxa; Ed Vole, Research Consultant at Ploxa."
    )
    got = names(text)
    for title in ("Software Engineer", "of Engineering", "Engineering", "Research Consultant"):
        assert title not in got
    assert ("Jo Tann", "PERSON") in pairs(text)
    assert ("Kim Farr", "PERSON") in pairs(text)
    # A newspaper named by a role word is still a name.
    assert "Morning Star" in names("He reads the Morning Star every day.")
    assert "Grand Scientist" in names("Before that he was a writer at Grand Scientist.")


def test_a_month_alone_is_a_date_not_a_place() -> None:
    got = pairs("Every March we honour the founders. Talks run weekly throughout March.")
    assert ("March", "GPE") not in got
    assert ("March", "DATE") in got


def test_a_plural_verb_inside_a_longer_subject_makes_no_group() -> None:
    text = "We shared the calm that is the Quellan and the peace of the Quellan are healing."
    assert ("Quellan", "ORG") not in pairs(text)
    assert ("Copper Lantern", "ORG") in pairs("Copper Lantern were the big winners.")


def test_a_town_name_used_only_by_an_organisation_is_the_organisation() -> None:
    # "Kira" and "Alba" are small towns in the place tables; here they name a company and an
    # institute, and no mention is used as a place.
    text = (
        "A major Kira outage cut access to its apps. Kira had not issued an explanation, and "
        "many Kira-owned services failed. Jo Roe, a researcher at Alba, an AI research "
        "institute in Norway, said outages were common."
    )
    got = pairs(text)
    assert ("Kira", "GPE") not in got and ("Kira", "ORG") in got
    assert ("Alba", "ORG") in got
    # Used as a place once: a place throughout.
    got = pairs("Jo Roe lives in Kira. The Kira council announced cuts. Kira-owned shops shut.")
    assert ("Kira", "ORG") not in got


def test_a_pair_of_ordinary_words_is_no_person_for_its_given_name_shape() -> None:
    # The name tables hold "Council" and "Baby" as given names.
    got = pairs("All Council Offices remain open. The show was made by Baby Window.")
    assert ("Council Offices", "PERSON") not in got
    assert ("Baby Window", "PERSON") not in got
    assert ("Rose Young", "PERSON") in pairs("The crowd cheered Rose Young loudly.")


def test_a_common_word_opening_a_crosshead_before_a_product_noun_is_no_product() -> None:
    text = "Freedom fighters replace old leaders\n\nThe streets were renamed last year."
    assert "Freedom" not in names(text)


def test_a_name_after_and_with_a_plural_verb_is_not_made_a_group() -> None:
    found = pairs("Jo Roe met the panel. Roe and Vell were fined for the delay.")
    assert ("Vell", "ORG") not in found


def test_a_surname_that_said_it_was_something_stays_a_person() -> None:
    text = (
        "The hearing ended late. Quillan said it was a shame, and Quillan added that the "
        "panel had been fair."
    )
    assert ("Quillan", "ORG") not in pairs(text)
