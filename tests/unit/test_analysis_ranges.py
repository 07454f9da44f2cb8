"""A big article's analysis, range by range: the range around the reader's place comes first,
and the whole result is the same whichever range went first."""

from __future__ import annotations

from pathlib import Path

import pytest

from byline.core import analysis
from byline.core.analysis import Analysis, analyse, text_ranges
from byline.store.sources import load_article


@pytest.fixture
def big(bundled_article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(analysis, "ANALYSIS_RANGE_CHARS", 4096)
    text = bundled_article.read_text(encoding="utf-8")
    path = tmp_path / "big.md"
    path.write_text(text + text.split("\n---\n", 1)[1] * 6, encoding="utf-8")
    return path


def test_the_range_around_the_reader_comes_first_and_the_whole_is_unchanged(big: Path) -> None:
    article = load_article(big).article
    ranges = text_ranges(article, 4096)
    assert len(ranges) > 3
    start, end = ranges[2]
    partials: list[Analysis] = []
    whole = analyse(article, around=start + 10, partial=partials.append)
    assert len(partials) == 1
    mentions = [m for entity in partials[0].entities for m in entity.mentions]
    assert mentions and all(start <= m.start and m.end <= end for m in mentions)
    assert all(start <= q.start and q.end <= end for q in partials[0].quotes)
    assert whole == analyse(article)
    assert sum(entity.count for entity in whole.entities) > len(mentions)


def test_a_one_range_article_has_no_partial_analysis(bundled_article: Path) -> None:
    partials: list[Analysis] = []
    analyse(load_article(bundled_article).article, partial=partials.append)
    assert partials == []
