"""Team sheets at the foot of a match report (texts and names written for these tests)."""

from __future__ import annotations

from byline.core.entities import find_mentions

REPORT = (
    "Rovers beat Athletic at home on Saturday. Quorlan opened the scoring before Vesk "
    "levelled, and Tamsett won it late from a corner.\n\n"
    "The visitors had chances, but shot wide at Tamsett's feet.\n\n"
    "Hobbe, Ardell, Quorlan, Prewitt (Gatrey 64), Vesk, Olunde (Marsk 71), Tamsett.\n\n"
    "Subs not used: Dralle.\n\n"
    "Quorlan 12, Tamsett 88 pen.\n\n"
    "Prewitt (40).\n\n"
    "K Lorne (Norfolk)."
)


def labels_of(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in find_mentions(text):
        out.setdefault(m.text, set()).add(m.label)
    return out


def test_team_sheet_names_are_people_everywhere_in_the_report() -> None:
    found = labels_of(REPORT)
    for name in ("Hobbe", "Quorlan", "Prewitt", "Gatrey", "Marsk", "Tamsett", "Dralle", "Vesk"):
        assert found.get(name) == {"PERSON"}, (name, found.get(name))
    assert not any(any(ch.isdigit() for ch in text) for text in found if text[0].isupper())
    assert found.get("Norfolk") == {"GPE"}
    tamsett = [m for m in find_mentions(REPORT) if m.text == "Tamsett"]
    assert len(tamsett) == 4


def test_a_comma_list_without_minutes_is_no_team_sheet() -> None:
    text = "Pages: Home, News, Sport, Weather, Contact.\n\nGiven the rain, Sport was called off."
    assert "Given" not in labels_of(text)
