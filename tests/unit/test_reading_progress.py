"""The one definition of reading progress, and how it is shown."""

from __future__ import annotations

import pytest

from byline.core.article.markdown import parse_article
from byline.core.reading import ArticleState, Bookmark, Position, progress, progress_label


def test_progress_is_the_text_before_the_top_and_100_at_the_end() -> None:
    assert progress(200, 0) == 0.0
    assert progress(200, 91) == 45.5
    assert progress(200, 500) == 100.0
    assert progress(200, 10, at_end=True) == 100.0
    assert progress(0, 0) == 0.0


@pytest.mark.parametrize(
    ("percent", "shown"), [(0.0, "0%"), (45.5, "45%"), (99.99, "99%"), (100.0, "100%")]
)
def test_progress_is_shown_in_whole_percent_rounded_down(percent: float, shown: str) -> None:
    assert progress_label(percent) == shown


def test_a_position_and_a_bookmark_at_the_end_are_at_100_percent() -> None:
    article = parse_article("# T\n\nLead text here.\n\n## Last\n\nThe last words.\n", "t")
    top = article.sections[-1].start
    assert Position.at(article, top, at_end=True).percent == 100.0
    bookmark = Bookmark.at(article, top, "now", at_end=True)
    assert bookmark.position.percent == 100.0
    assert bookmark.label == "§2 Last — The last words.…"
    state = ArticleState().scrolled(article, top, len(article.text), at_end=True, passed=None)
    assert state.percent == 100.0
