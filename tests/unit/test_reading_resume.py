"""Where an article reopens: the remembered position, unless it is the start or not parsed yet."""

from __future__ import annotations

from dataclasses import replace

import pytest

from byline.core.article.markdown import parse_article
from byline.core.article.model import Article
from byline.core.reading import ArticleState, Position

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


def test_nothing_to_resume_when_never_read_or_at_the_start(article: Article) -> None:
    assert ArticleState().resume_offset(article) is None
    at_start = ArticleState(position=Position("lead", 0, 0.0))
    assert at_start.resume_offset(article) is None


def test_resumes_where_the_reader_left_off(article: Article) -> None:
    beta = article.sections[2]
    state = ArticleState(position=Position.at(article, beta.start + 3))
    assert state.resume_offset(article) == beta.start + 3


def test_a_section_that_is_gone_falls_back_to_the_percentage(article: Article) -> None:
    state = ArticleState(position=Position("gamma", 4, 50.0))
    assert state.resume_offset(article) == len(article.text) // 2


def test_a_preview_without_the_section_has_nowhere_to_resume_yet(article: Article) -> None:
    preview = replace(article, sections=article.sections[:2], complete=False)
    state = ArticleState(position=Position("beta", 4, 80.0))
    assert state.resume_offset(preview) is None
    assert state.resume_offset(article) == article.sections[2].start + 4
