"""Classes of wrong speakers found on the dev6 split (articles nobody tuned on), each on a short
text written for the test with invented names: a first name or a numbered stage name that the
article also writes in full, a club or a place taken for a person, a passive agent, an
attribution in commas, a speaker label, post-nominal letters and a pronoun as a fragment's
subject."""

from __future__ import annotations

from byline.core.quotes import find_quotes


def speakers(text: str, people: tuple[str, ...] = ()) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, people)]


def test_a_first_name_alone_is_the_one_person_the_article_names_in_full() -> None:
    text = (
        "Singer Ned Tarrow has left the band.\n\n"
        "His sister Mira, who also sang with them, agreed. "
        '"He needs a rest," she said.\n\n'
        "Mira Tarrow now presents a show on radio."
    )
    assert speakers(text) == ["Mira Tarrow"]


def test_a_first_name_shared_by_two_people_is_left_alone() -> None:
    text = 'Mira Tarrow and Mira Vell were on the panel. Mira said: "We both agreed."'
    assert speakers(text) == ["Mira"]


def test_a_stage_name_with_a_number_is_kept_whole() -> None:
    text = (
        "The duo won three awards. Their album, on which Kito 500 and Big Dell each made one "
        "disc, was a hit.\n\n"
        'Kito 500 thanked fans. "We really love you," he said. "I hope you stay."'
    )
    assert speakers(text, ("Kito",)) == ["Kito 500", "Kito 500"]


def test_a_name_joined_to_a_preposition_object_is_no_subject() -> None:
    # "against Harlow and Ostrow Vale": both clubs follow the preposition; the player named
    # as a possessive before them is who "he" is.
    text = (
        "Dunmere have made a bid for Ned Tarrow. "
        "Tarrow's future at Lisvale has been in doubt for weeks. "
        "However, good games against Harlow and Ostrow Vale have pleased the fans. "
        '"The crowd was great to me," he said.'
    )
    assert speakers(text) == ["Ned Tarrow"]


def test_a_name_after_a_fronted_phrase_stays_the_subject() -> None:
    text = (
        "Ned Tarrow scored twice. "
        'In the game against Harlow, Ola Brisk was the best player. "I felt good," she said.'
    )
    assert speakers(text) == ["Ola Brisk"]


def test_the_agent_of_a_passive_speech_verb_speaks() -> None:
    text = (
        "Velcor has launched a cheap phone. "
        'The Nine, sold for £300, was described by Ana Roe as the "most important phone". '
        'The case was described by Ms Roe as "bring your own charger and headphones".'
    )
    assert speakers(text) == ["Ana Roe", "Ana Roe"]


def test_an_attribution_in_commas_names_the_speaker_of_its_clause() -> None:
    clause = 'The aim, says Velcor, is to lay a "railway for the coming decades" in Lisvale.'
    relative = (
        "Ned Tarrow spoke in Harlow. The plans are argued over in the council which, said Mr "
        'Tarrow, "is part of the long tiresome process."'
    )
    sentence = (
        "Ola Brisk spoke in Harlow. Instead, said Ms Brisk, the fees were meant to deter "
        'visitors. "The owners see a chance to charge you for the same view again and again."'
    )
    assert speakers(clause) == ["Velcor"]
    assert speakers(relative) == ["Ned Tarrow"]
    assert speakers(sentence) == ["Ola Brisk"]


def test_a_clause_after_a_speech_verb_is_no_attribution_in_commas() -> None:
    text = (
        "But Ned Tarrow, an MP for Harlow, said the dispute would soon pass, and that "
        '"voters by next spring will forget what it was about".'
    )
    assert speakers(text) == ["Ned Tarrow"]


def test_a_participle_closing_the_sentence_before_takes_its_subject() -> None:
    text = (
        "The figures came out on Friday. Treasury Secretary Ned Tarrow made light of the "
        'results, saying they showed resilience. "The harbour trade is rising at a steady pace."'
    )
    assert speakers(text) == ["Ned Tarrow"]


def test_post_nominal_letters_are_no_part_of_the_name() -> None:
    text = (
        "The chairman of the Harbour Guild, Ned Tarrow QC has warned there is a clear danger "
        'that tenants on the "edges of the city" would lose out. '
        '"What is going to happen to old tenants when the rent doubles? They will be evicted."'
    )
    assert speakers(text) == ["Ned Tarrow", "Ned Tarrow"]


def test_a_capitalised_title_after_the_name_is_no_speaker() -> None:
    text = (
        "Velcor reported its figures. Ned Tarrow, Group Economist at Velcor, said: "
        '"The value of the stock continues to grow and grow."'
    )
    assert speakers(text) == ["Ned Tarrow"]


def test_a_name_as_a_label_before_a_colon_is_the_speaker() -> None:
    text = (
        "Both managers spoke before the game.\n\n"
        '- Harlow boss Ned Tarrow: "After conceding nine goals in four games, I am not sure." \n'
        ' - Lisvale boss Ola Brisk: "We know they can cause us trouble at home."'
    )
    assert speakers(text) == ["Ned Tarrow", "Ola Brisk"]


def test_letters_before_a_name_stay_a_title() -> None:
    text = 'Harlow Vale MEP Ned Tarrow said: "The party has changed for ever."'
    assert speakers(text) == ["Ned Tarrow"]


def test_a_pronoun_as_a_fragments_subject_is_its_antecedent() -> None:
    text = (
        "The Attorney General, Lord Ned Tarrow, has sent no guidance to councils. "
        'He said he would speak to the councils "in the coming weeks" about it. '
        'He has ruled out a "single approach" to the fines.'
    )
    assert speakers(text) == ["Ned Tarrow", "Ned Tarrow"]


def test_a_name_written_after_a_title_is_no_first_name_of_another() -> None:
    royal = (
        "Prince Olaf and his bride hosted a dinner. Olaf Brand, the opposition leader, sent his "
        'regards. Olaf said the couple were "absolutely delighted to be here tonight".'
    )
    knight = (
        "Auditor General Sir Anton Brisk reported on Monday. "
        'Sir Anton said "steady gains had been seen since the audit started".'
    )
    assert speakers(royal) == ["Olaf"]
    assert speakers(knight) == ["Anton Brisk"]


def test_a_mononym_the_article_uses_throughout_stays_as_written() -> None:
    text = (
        "Singer Kalia has won two awards. Kalia, born Kalia Dunmore, signed with a label at 15. "
        "Kalia had to prove herself again. "
        'Kalia remains calm about her fame. "I was away from home a lot," she said.'
    )
    assert speakers(text, ("Kalia", "Kalia Dunmore")) == ["Kalia"]


def test_i_in_an_interviews_answer_is_the_person_labelled() -> None:
    text = (
        "The Lisvale Review asked Mr Tarrow five questions.\n\n"
        "The Lisvale Review: What do you mean by a thinkpool?\n\n"
        "Ned Tarrow: A thinkpool is a set of people who solve problems together. In the first "
        'versions of my lectures, I called them "jointly clever networks", but the new term '
        "is shorter."
    )
    assert speakers(text) == ["Ned Tarrow"]


def test_a_name_with_a_middle_initial_is_the_fullest() -> None:
    text = (
        "Ned Tarrow has a new book. Ned W. Tarrow teaches at Lisvale.\n\n"
        'Ned Tarrow said: "A set of people can solve problems together."'
    )
    assert speakers(text) == ["Ned W. Tarrow"]
