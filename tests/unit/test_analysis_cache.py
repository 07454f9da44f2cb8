"""The analysis cache: what is written reads back the same, in a compact form; entries of
another format are misses; a big article's source is let go once the whole is parsed."""

from __future__ import annotations

import json
from pathlib import Path

from byline.core.analysis import Analysis, analyse
from byline.core.entities.types import Entity, EntityCorrections, EntityMention, Mentions
from byline.core.quotes.marks import Quote
from byline.store.analysis_cache import JsonCache, cache_key, cached_analysis, stored_analysis
from byline.store.sources import PREVIEW_CHARS, load_article


def test_an_analysis_reads_back_the_same_through_json(bundled_article: Path) -> None:
    found = analyse(load_article(bundled_article).article)
    assert found.entities and found.quotes
    assert Analysis.from_json(json.loads(json.dumps(found.to_json()))) == found


def test_a_mention_keeps_its_own_spelling_and_label() -> None:
    entity = Entity(
        name="Sergey Lavrov",
        label="PERSON",
        mentions=Mentions.of(
            (
                EntityMention(0, 13, "Sergey Lavrov", "PERSON"),
                EntityMention(40, 46, "Lavrov", "ORG"),
                EntityMention(90, 96, "Lavrov", "PERSON"),
            )
        ),
        variants=("Lavrov",),
    )
    quote = Quote(60, 80, "“No,” he said.", "Sergey Lavrov", ((70, 72),), "said")
    found = Analysis((entity,), (quote,))
    data = json.loads(json.dumps(found.to_json()))
    assert data["entities"][0]["mentions"] == [0, 13, 0, 0, 40, 46, 1, 1, 90, 96, 1, 0]
    assert Analysis.from_json(data) == found


def test_entries_of_another_format_or_malformed_are_misses(
    bundled_article: Path, tmp_path: Path
) -> None:
    article = load_article(bundled_article).article
    store = JsonCache(tmp_path)
    found = cached_analysis(article, EntityCorrections(), store)
    key = cache_key(article, EntityCorrections())
    assert stored_analysis(article, EntityCorrections(), store) == found
    data = found.to_json()
    for damaged in (
        {**data, "format": 1},
        {key: value for key, value in data.items() if key != "format"},
        {**data, "entities": [{**data["entities"][0], "mentions": [0, 5, 99, 0]}]},
        {**data, "entities": [{**data["entities"][0], "mentions": [0, 5, 0]}]},
    ):
        store.put(key, damaged)
        assert stored_analysis(article, EntityCorrections(), store) is None


def test_the_source_is_let_go_once_the_whole_article_is_parsed(
    bundled_article: Path, tmp_path: Path
) -> None:
    text = bundled_article.read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]
    path = tmp_path / "big.md"
    path.write_text(text + body * (PREVIEW_CHARS // len(body) + 2), encoding="utf-8")
    loaded = load_article(path, preview=True)
    assert not loaded.article.complete
    whole = loaded.complete_article()
    assert whole.complete
    assert loaded.article is whole
    assert loaded.markdown is None
    assert loaded.complete_article() is whole
    assert whole == load_article(path).article
