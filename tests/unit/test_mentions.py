"""`Mentions`: an entity's mentions kept as numbers, read back as `EntityMention`s."""

from __future__ import annotations

import pickle

import pytest

from byline.core.entities import find_entities
from byline.core.entities.types import EntityMention, Mentions

FOUND = (
    EntityMention(0, 13, "Sergey Lavrov", "PERSON"),
    EntityMention(40, 46, "Lavrov", "ORG"),
    EntityMention(90, 96, "Lavrov", "PERSON"),
    EntityMention(120, 126, "Moscow", "GPE"),
)


def test_mentions_read_back_as_the_mentions_they_were_made_of() -> None:
    mentions = Mentions.of(FOUND)
    assert len(mentions) == 4 and mentions
    assert tuple(mentions) == FOUND
    assert mentions[1] == FOUND[1] and mentions[-1] == FOUND[-1]
    assert list(mentions.starts) == [0, 40, 90, 120]
    assert list(mentions.ends) == [13, 46, 96, 126]
    assert mentions.texts == ("Sergey Lavrov", "Lavrov", "Lavrov", "Moscow")
    assert mentions.labels == ("PERSON", "ORG", "PERSON", "GPE")
    with pytest.raises(IndexError):
        mentions[4]
    assert not Mentions.of(())


def test_slices_and_equality_are_by_value() -> None:
    mentions = Mentions.of(FOUND)
    assert mentions == FOUND
    assert FOUND == mentions  # noqa: SIM300 - the tuple on the left asks the reflected __eq__
    assert mentions[1:3] == FOUND[1:3]
    assert mentions[::2] == FOUND[::2]
    assert mentions[3:1] == ()
    assert mentions != FOUND[:3]
    assert mentions == Mentions.of(list(FOUND))
    assert hash(mentions) == hash(Mentions.of(FOUND))


def test_joined_shifted_and_split_keep_each_mention() -> None:
    first, second = Mentions.of(FOUND[:2]), Mentions.of(FOUND[2:])
    joined = Mentions.joined([first, second])
    assert joined == FOUND
    moved = joined.shifted(1000)
    assert [(m.start, m.end) for m in moved] == [(m.start + 1000, m.end + 1000) for m in FOUND]
    runs = joined.reordered([3, 0, 2, 1]).split([1, 3])
    assert runs[0] == (FOUND[3],) and runs[1] == (FOUND[0], FOUND[2], FOUND[1])


def test_mentions_survive_pickling_even_as_part_of_a_bigger_store() -> None:
    whole = Mentions.of(FOUND)
    for mentions in (whole, whole[1:3], whole[:0]):
        assert pickle.loads(pickle.dumps(mentions)) == mentions


def test_bad_columns_are_refused() -> None:
    with pytest.raises(ValueError):
        Mentions.from_columns([0], [5], [1], [0], ["one text"])
    with pytest.raises(ValueError):
        Mentions.from_columns([0], [5], [0], [99], ["one text"])
    with pytest.raises(ValueError):
        Mentions.from_columns([0, 7], [5], [0], [0], ["one text"])
    with pytest.raises(ValueError):
        Mentions.of([EntityMention(0, 1, "x", "NOT A LABEL")])


def test_entities_read_their_mentions_from_the_text() -> None:
    text = "Sergey Lavrov spoke in Moscow. Lavrov left Moscow on Friday."
    entities = find_entities(text)
    assert entities
    for entity in entities:
        assert entity.count == len(entity.mentions)
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
