"""Which section `]` and `[` go to from a place in the article."""

from __future__ import annotations

import pytest

from byline.core.article.markdown import parse_article
from byline.core.article.model import Article
from byline.core.navigation import section_after, section_before

SOURCE = """# Harbour news

Lead paragraph one.

## Alpha

Alpha body text.

## Beta

Beta body text.
"""


@pytest.fixture
def article() -> Article:
    return parse_article(SOURCE)


def titles(article: Article) -> list[str]:
    return [section.title for section in article.sections]


def test_the_article_has_a_lead_and_two_sections(article: Article) -> None:
    assert len(article.sections) == 3
    assert article.sections[0].start == 0


def test_next_section_from_anywhere_in_a_section(article: Article) -> None:
    _, alpha, beta = article.sections
    assert section_after(article, 0) == alpha
    assert section_after(article, alpha.start - 1) == alpha
    assert section_after(article, alpha.start) == beta
    assert section_after(article, beta.start - 1) == beta


def test_no_next_section_in_the_last(article: Article) -> None:
    beta = article.sections[-1]
    assert section_after(article, beta.start) is None
    assert section_after(article, len(article.text)) is None


def test_previous_section_from_inside_a_section_is_its_own_heading(article: Article) -> None:
    _, alpha, beta = article.sections
    assert section_before(article, alpha.start + 1) == alpha
    assert section_before(article, beta.start + 3) == beta
    assert section_before(article, len(article.text)) == beta


def test_previous_section_from_a_heading_is_the_one_before(article: Article) -> None:
    lead, alpha, beta = article.sections
    assert section_before(article, beta.start) == alpha
    assert section_before(article, alpha.start) == lead


def test_previous_section_from_the_start_is_the_first(article: Article) -> None:
    assert section_before(article, 0) == article.sections[0]
