"""An article and its analysis cross a process pool unchanged (the pool pickles both)."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

from byline.core.analysis import Analysis, analyse
from byline.core.article import Article, parse_article

SOURCE = """---
title: Talks in Geneva
author: Ana Şahin
---

## Monday

Sergey Lavrov met John Smith of Acme Corp in Geneva on 3 May 2024.

"We will keep talking," Smith said. "The deal is close."

## Tuesday

The European Union said the talks would go on.
"""


def _echo_article(article: Article) -> Article:
    return article


def _analyse_there(article: Article) -> Analysis:
    return analyse(article)


def test_an_article_and_its_analysis_round_trip_through_a_process_pool() -> None:
    article = parse_article(SOURCE, fallback_title="talks")
    article.section_words(article.sections[0])  # a filled cache is not part of the article
    with ProcessPoolExecutor(max_workers=1) as pool:
        article_there = pool.submit(_echo_article, article).result()
        analysis_there = pool.submit(_analyse_there, article).result()
    assert article_there == article
    assert article_there.section_words(article.sections[1]) == article.section_words(
        article.sections[1]
    )
    assert analysis_there == analyse(article)
    assert analysis_there.quotes and analysis_there.entities
