"""What a sports or music report changes: cities and countries are teams, plurals are bands
(sentences written for these tests)."""

from __future__ import annotations

from byline.core.entities import find_mentions

SPORT = " The striker and the goalkeeper spoke after the league penalty."
MUSIC = " The band and its singer said the new album has ten songs and the gigs sold out."


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(text)]


def test_national_teams_in_a_sports_report_are_org() -> None:
    got = pairs("Portugal beat Latvia 2-0 in Lisbon on a wet night." + SPORT)
    assert ("Portugal", "ORG") in got and ("Latvia", "ORG") in got
    assert ("Lisbon", "GPE") in got  # place preposition


def test_sports_team_traps() -> None:
    got = pairs("After a loss to Germany, the coach moved to Austria." + SPORT)
    assert ("Germany", "ORG") in got and ("Austria", "GPE") in got
    got = pairs("Britain's Tom Pellow won the final." + SPORT)
    assert ("Britain", "GPE") in got
    assert ("Wales", "GPE") in pairs("Wales' Tom Pellow won the final." + SPORT)
    # Not a sports report: countries stay places.
    assert ("Latvia", "GPE") in pairs("Portugal and Latvia signed a trade deal on Monday.")


def test_more_sport_cue_words() -> None:
    text = "Wales face Hungary in a friendly. The skipper and a team-mate joined the tournament."
    got = pairs(text)
    assert ("Wales", "ORG") in got and ("Hungary", "ORG") in got


def test_club_named_after_a_city_in_a_sports_report() -> None:
    got = pairs("He was linked with Sporting Lisbon and Dynamo Minsk." + SPORT)
    assert ("Sporting Lisbon", "ORG") in got and ("Dynamo Minsk", "ORG") in got
    got = pairs("He was linked with Sporting Lisbon last week.")
    assert ("Sporting Lisbon", "ORG") not in got  # no sports report: no club reading


def test_team_sheet_makes_a_sports_report() -> None:
    sheet = (
        "J Borrin (Leeds), T Quedley (York), M Varga (Leeds), P Tarrant (Bristol), "
        "S Orrel (Oxford), D Halloway (Leeds)."
    )
    got = pairs("The squad for Saturday reads: " + sheet)
    assert ("Leeds", "ORG") in got and ("Bristol", "ORG") in got
    assert ("T Quedley", "PERSON") in got
    # Three bracketed names are not a team sheet: places stay places.
    got = pairs("Delegates: J Borrin (Leeds), T Quedley (York), M Varga (Bristol).")
    assert ("Leeds", "GPE") in got


def test_bracketed_club_after_a_player() -> None:
    text = "Dominic Tarrant (Calverton Vale, capt) leads the side." + SPORT
    assert ("Calverton Vale", "ORG") in pairs(text)


def test_weak_sport_cues_need_variety() -> None:
    # "try", "tries" and "transfer" have everyday senses: no sports report here.
    text = (
        "Firms try to transfer files; the regulator tries again. We try harder. "
        "Visitors flew to Denver for the launch."
    )
    assert ("Denver", "GPE") in pairs(text)


def test_team_possessive_is_the_team() -> None:
    got = pairs("He starts in Norway's team against Wales." + SPORT)
    assert ("Norway", "ORG") in got


def test_hat_trick_alone_makes_no_sports_report() -> None:
    text = (
        "The singer scored a hat-trick of prizes, and the band is in a league of its own. "
        "The Glasgow show sold out, and Leeds fans queued."
    )
    assert ("Glasgow", "GPE") in pairs(text)


def test_the_plural_is_a_band_in_a_music_report() -> None:
    got = pairs("Critics compared them with the Quellers." + MUSIC)
    assert ("Quellers", "ORG") in got
    # Elsewhere an unknown "the Xs" is no nationality: a band, a party or a film as often.
    got = pairs("Officials said the Varrims had been offered help.")
    assert ("Varrims", "NORP") not in got


def test_place_and_plural_nickname_is_a_club_in_a_sports_report() -> None:
    got = pairs("Talks with Calverton Hawks broke down, said Leeds Panthers." + SPORT)
    assert ("Leeds Panthers", "ORG") in got
    # Outside sport the rule does not apply.
    assert ("Leeds Panthers", "ORG") not in pairs("Leeds Panthers said the event was off.")


def test_a_score_before_a_result_makes_a_sports_report() -> None:
    got = pairs("Wigan's 17-16 win over Oldham was hard. Harlo Venn said the rugby was tough.")
    assert ("Wigan", "ORG") in got and ("Oldham", "ORG") in got


def test_a_club_named_after_a_small_town_is_the_team_in_a_sports_report() -> None:
    got = pairs("Rovers closed the gap on Crewe after a 1-1 draw." + SPORT)
    assert ("Crewe", "ORG") in got


def test_a_team_after_a_place_preposition_follows_its_other_mentions() -> None:
    text = (
        "Harlo Venn will captain Latvia. Latvia's coach backed him, and Latvia's fans agreed. "
        "He scored in Latvia's win last year." + SPORT
    )
    assert pairs(text).count(("Latvia", "ORG")) == 4


def test_a_given_name_ending_like_a_verb_opens_a_name() -> None:
    assert ("Mohammed Varlo", "PERSON") in pairs('He said: "Mohammed Varlo has been my hero."')


def test_a_given_name_that_is_also_a_town_before_a_surname_is_a_person() -> None:
    got = pairs("Wigan's 17-16 win was hard. Wigan prop David Barnes broke his arm." + SPORT)
    assert ("David Barnes", "PERSON") in got
