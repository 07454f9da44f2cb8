"""Names written with common words or shapes the capitalised-run rules miss, on invented
sentences: institutions and parties named by an everyday noun, ..."""

from __future__ import annotations

from byline.core.entities.recogniser import find_mentions


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(text)]


def test_an_institution_named_by_a_common_word_is_an_organisation() -> None:
    text = (
        "Jorvan Pellick said voters trusted Labour on schools. The bill was rushed through "
        "Parliament, and critics in the Commons said the Treasury had misled them."
    )
    pairs = _pairs(text)
    for name in ("Labour", "Parliament", "Commons", "Treasury"):
        assert (name, "ORG") in pairs, name


def test_a_company_named_by_a_common_word_is_kept_with_evidence() -> None:
    text = "Traders bought shares in Signal on Monday, and Signal was up by a tenth."
    assert _pairs(text).count(("Signal", "ORG")) == 2


def test_a_generic_noun_with_a_capital_stays_no_entity() -> None:
    text = "Investors hoped the Bank would hold rates. Shares in Bank and Signal rose."
    assert not any(t == "Bank" for t, _ in _pairs(text))


def test_a_holiday_day_is_a_date() -> None:
    pairs = _pairs("The film opens on Christmas Day, and the sequel on Easter Eve.")
    assert ("Christmas Day", "DATE") in pairs and ("Easter Eve", "DATE") in pairs


def test_a_rank_before_a_common_noun_makes_no_person() -> None:
    pairs = _pairs("The vote comes before the General Election, said Dr No of the Velmora club.")
    assert not any(t == "Election" for t, _ in pairs)
    assert ("No", "PERSON") in pairs


def test_a_product_named_with_a_lower_case_i_is_a_product() -> None:
    pairs = _pairs("Velmora sold more iZorbs this year, and the iZorb Nano comes next.")
    assert ("iZorbs", "PRODUCT") in pairs and ("iZorb Nano", "PRODUCT") in pairs
