"""Tests for the quotation search rules."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from byline.core.quotes.search import (
    QuoteQuery,
    match_quote,
    normalise,
    normalise_with_map,
    parse_query,
)


def test_normalise_folds_case_accents_and_quotes() -> None:
    assert normalise("Hürriyet") == "hurriyet"
    assert normalise("“Café” it’s") == '"cafe" it\'s'
    assert normalise("STRASSE") == normalise("straße")


def test_letters_without_a_decomposition_fold_as_typed_without_the_accent() -> None:
    assert normalise("Kılıçdaroğlu") == "kilicdaroglu"
    assert normalise("Łódź, Øresund, Ærø, Đoković, ÞÓR") == "lodz, oresund, aero, dokovic, thor"
    text = "said Kemal Kılıçdaroğlu on Tuesday"
    spans = match_quote(parse_query("speaker:kilicdaroglu kemal"), text, "Kemal Kılıçdaroğlu")
    assert spans is not None


def test_parse_query_speaker_forms() -> None:
    assert parse_query("speaker:lavrov some words") == QuoteQuery("some words", "lavrov")
    assert parse_query('speaker:"sergey lavrov" weapons') == QuoteQuery("weapons", "sergey lavrov")
    assert parse_query("just words") == QuoteQuery("just words", None)
    assert parse_query("") == QuoteQuery("", None)


def test_accent_insensitive_match_maps_to_original_offsets() -> None:
    text = "He told the Hürriyet daily"
    spans = match_quote(parse_query("hurriyet"), text, None)
    assert spans is not None
    assert [text[a:b] for a, b in spans] == ["Hürriyet"]


def test_offsets_survive_length_changes() -> None:
    text = "Die Straße ist groß und die Straße ist lang"
    spans = match_quote(parse_query("strasse"), text, None)
    assert spans is not None
    assert [text[a:b] for a, b in spans] == ["Straße", "Straße"]
    decomposed = "Cafe\u0301 au lait at the cafe\u0301"
    spans = match_quote(parse_query("CAFE"), decomposed, None)
    assert spans is not None
    assert [decomposed[a:b] for a, b in spans] == ["Cafe\u0301", "cafe\u0301"]


def test_all_words_must_appear_in_text_or_speaker() -> None:
    text = "Turkish weapons are being used"
    assert match_quote(parse_query("weapons turkish"), text, "Sergey Lavrov") is not None
    assert match_quote(parse_query("weapons lavrov"), text, "Sergey Lavrov") == [(8, 15)]
    assert match_quote(parse_query("weapons drones"), text, "Sergey Lavrov") is None


def test_phrase_must_be_contiguous() -> None:
    text = "we are ready and we are willing"
    spans = match_quote(parse_query('"are willing"'), text, None)
    assert spans == [(text.index("are willing"), len(text))]
    assert match_quote(parse_query('"ready willing"'), text, None) is None
    curly = match_quote(parse_query("“are   ready”"), text, None)
    assert curly == [(3, 12)]


def test_speaker_filter() -> None:
    q = parse_query("speaker:lavrov")
    assert match_quote(q, "anything", "Sergey Lavrov") == []
    assert match_quote(q, "anything", "Anthony Gooch") is None
    assert match_quote(q, "anything", None) is None
    full = parse_query('speaker:"sergey lavrov"')
    assert match_quote(full, "x", "Sergey  Lavrov") == []


def test_apostrophes_unified() -> None:
    text = "It’s time"
    spans = match_quote(parse_query("it's"), text, None)
    assert spans == [(0, 4)]


def test_overlapping_spans_are_merged() -> None:
    text = "banana"
    assert match_quote(parse_query("ana"), text, None) == [(1, 6)]


@given(st.text())
def test_normalising_a_text_is_normalising_each_character(text: str) -> None:
    # Plain ASCII takes a short cut; a single character other than ASCII never does.
    normalised, index = normalise_with_map(text)
    pieces = [normalise_with_map(ch)[0] for ch in text]
    assert normalised == "".join(pieces) == normalise(text)
    assert index == [i for i, piece in enumerate(pieces) for _ in piece] + [len(text)]
