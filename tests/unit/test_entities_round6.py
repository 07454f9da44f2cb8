"""Round-6 recogniser rules (every sentence here is invented for the test; each rule has a
trap where it must not fire)."""

from __future__ import annotations

from byline.core.entities import find_mentions

SPORT = " The striker and the goalkeeper spoke after the league penalty."
MUSIC = " The band and its singer said the new album has ten songs and the gigs sold out."


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(text)]


def texts(text: str) -> list[str]:
    return [m.text for m in find_mentions(text)]


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


def test_broadcast_channels_are_organisations() -> None:
    got = pairs("The show moved from Vellum Radio 3 to QTV2 and then to Ostra Movies 4 in May.")
    assert ("Vellum Radio 3", "ORG") in got and ("QTV2", "ORG") in got
    assert ("Ostra Movies 4", "ORG") in got


def test_channel_trap_model_numbers_stay_products() -> None:
    got = pairs("Buyers preferred the Zorbax 3 and the Falcon 9 over older kit.")
    assert ("Zorbax 3", "PRODUCT") in got and ("Falcon 9", "PRODUCT") in got


def test_title_as_subject_of_a_work_predicate() -> None:
    text = (
        "Moonlit Harbours is a wonderful song, and fans love it. "
        "Although Moonlit Harbours sold well, critics sneered."
    )
    got = pairs(text)
    assert got.count(("Moonlit Harbours", "WORK_OF_ART")) == 2
    got = pairs("Quiet Fields was voted the best film of the year.")
    assert ("Quiet Fields", "WORK_OF_ART") in got


def test_work_predicate_traps() -> None:
    # The work noun must end the phrase: "film director" describes a person.
    got = pairs("Ada Lorne is a film director from Leeds.")
    assert ("Ada Lorne", "WORK_OF_ART") not in got
    # Pronouns and function words are no titles.
    assert texts("It is a great song. This was the best album.") == []


def test_hat_trick_alone_makes_no_sports_report() -> None:
    text = (
        "The singer scored a hat-trick of prizes, and the band is in a league of its own. "
        "The Glasgow show sold out, and Leeds fans queued."
    )
    assert ("Glasgow", "GPE") in pairs(text)


def test_the_plural_is_a_band_in_a_music_report() -> None:
    got = pairs("Critics compared them with the Quellers." + MUSIC)
    assert ("Quellers", "ORG") in got
    # Elsewhere "the Xs" is a group of people.
    got = pairs("Officials said the Varrims had been offered help.")
    assert ("Varrims", "NORP") in got


def test_given_name_that_is_also_a_function_word() -> None:
    got = pairs("The prize went to songs by Will Hartley and others.")
    assert ("Will Hartley", "PERSON") in got
    # The modal verb in lower case, or a capital one before no family name, is no name.
    assert texts("Prices will rise.") == []
    assert not any(t.startswith("Will") for t in texts("He asked if Will Things Change."))


def test_division_ends_an_organisation() -> None:
    assert ("Quarrow Division", "ORG") in pairs("He praised Quarrow Division for the record.")


def test_dj_is_a_title_and_lp_is_no_name() -> None:
    got = pairs("The band thanked DJ Tom Varga for playing their first LP.")
    assert ("Tom Varga", "PERSON") in got
    assert not any(t in ("LP", "DJ Tom Varga") for t, _ in got)


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


def test_name_before_a_work_noun_is_the_artist() -> None:
    got = pairs("They performed the Lena Harrow track Blue Rooms on Friday.")
    assert ("Lena Harrow", "PERSON") in got
    # Otherwise a pair after "the" stays an organisation.
    assert ("Open Market", "ORG") in pairs("He quoted the Open Market report.")


def test_who_were_marks_a_group() -> None:
    got = pairs("Fans cheered Quellers Vane, who were nominated twice.")
    assert ("Quellers Vane", "ORG") in got
    assert ("Tom Varga", "PERSON") in pairs("Fans cheered Tom Varga, who was nominated.")


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


def test_weekday_before_a_newspaper_head() -> None:
    got = pairs("He told the Sunday Telegraph that sales fell on Sunday.")
    assert ("Sunday Telegraph", "ORG") in got and ("Sunday", "DATE") in got
    got = pairs("On Monday Post Office staff went on strike.")
    assert ("Monday", "DATE") in got and ("Post Office", "ORG") in got


def test_office_named_after_a_post() -> None:
    got = pairs("A statement from the Prime Minister's Office said talks would go on.")
    assert ("Prime Minister's Office", "ORG") in got
    got = pairs("The Trade Secretary's office said nothing.")
    assert not any(t.endswith("office") for t, _ in got)


def test_place_and_plural_nickname_is_a_club_in_a_sports_report() -> None:
    got = pairs("Talks with Calverton Hawks broke down, said Leeds Panthers." + SPORT)
    assert ("Leeds Panthers", "ORG") in got
    # Outside sport the rule does not apply.
    assert ("Leeds Panthers", "ORG") not in pairs("Leeds Panthers said the event was off.")


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


def test_list_item_before_a_work_noun_is_not_a_title() -> None:
    got = pairs("Nominees are drama Quiet Fields, and Ada Lorne biopic Lorne.")
    assert ("Quiet Fields", "WORK_OF_ART") in got
    assert ("Ada Lorne", "WORK_OF_ART") not in got


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


def test_a_work_cue_that_is_also_a_verb_needs_a_determiner_a_name_or_a_possessive() -> None:
    assert pairs("The new tax will hit Vodafone profits.") == [("Vodafone", "ORG")]
    assert ("Chelsea", "WORK_OF_ART") not in pairs("The question could hit Chelsea hard.")
    assert pairs("Every track Robbie has released sold well.") == [("Robbie", "PERSON")]
    assert ("Moonlit Harbours", "WORK_OF_ART") in pairs("Her hit Moonlit Harbours charted.")
    assert ("Dark Rooms", "WORK_OF_ART") in pairs("Mike Leigh's play Dark Rooms opened.")
    got = pairs("They sang the Dana Reeve hit Blue Morning live.")
    assert ("Blue Morning", "WORK_OF_ART") in got


def test_work_cue_verb_trap_a_sentence_opening_capital_is_not_an_artist() -> None:
    assert pairs("Storms hit Florida again.") == [("Florida", "GPE")]
