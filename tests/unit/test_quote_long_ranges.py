"""A quotation's speaker does not depend on how much text comes before or after its article:
the reader analyses a big document range by range, many articles at a time, and the rules
that read the whole text (namesakes, spelled-out abbreviations, a party's full name, the
quotations attributed so far) give the same speakers there as on the article alone."""

from __future__ import annotations

from byline.core.entities.recogniser import find_entities
from byline.core.quotes import find_quotes

ARTICLE = (
    "Ned Varrow and his sister Ana Varrow run the Velmora Kite Club.\n\n"
    'Varrow said: "We fly every Sunday, whatever the weather."\n\n'
    "The UK Ruritania Party wants a new law for the sky. "
    'The UKRP said: "Kites deserve protection."\n\n'
    'Mira Tarrow, the club\'s treasurer, was pleased. "The money is safe," she said.'
)
#: Other articles of the same range, with speakers of their own.
OTHERS = (
    "The river rose again overnight and the roads stayed closed until noon.\n\n"
    'Ola Brisk, a farmer, said: "The fields are under water."\n\n'
) * 80


def speakers(text: str) -> list[str | None]:
    people = [e.name for e in find_entities(text) if e.label == "PERSON"]
    return [q.speaker for q in find_quotes(text, people) if "fields" not in q.text]


def test_an_article_s_speakers_are_the_same_alone_and_in_a_long_range() -> None:
    alone = speakers(ARTICLE)
    assert alone == ["Ana Varrow", "UK Ruritania Party", "Mira Tarrow"]
    assert speakers(OTHERS + ARTICLE) == alone
    assert speakers(ARTICLE + "\n\n" + OTHERS) == alone
