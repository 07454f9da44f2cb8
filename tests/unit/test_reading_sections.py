"""Which sections a move reads: scrolling reads the sections it passes through, a jump never
the ones it skips over."""

from __future__ import annotations

from byline.core.article.markdown import parse_article
from byline.core.article.model import Article
from byline.core.reading import ArticleState, sections_read

ARTICLE = "# T\n\nLead.\n\n## One\n\nFirst.\n\n## Two\n\nSecond.\n\n## Three\n\nThird.\n"


def _article() -> Article:
    return parse_article(ARTICLE, "t")


def _ids(article: Article, *indexes: int) -> frozenset[str]:
    return frozenset(article.sections[i].id for i in indexes)


def test_a_jump_reads_none_of_the_sections_it_skips() -> None:
    article = _article()
    three = article.sections[3]
    # To section 3 from the top, with all of it on screen but not the end of the article.
    assert sections_read(article, three.start, three.end, False, None) == frozenset()
    state = ArticleState().scrolled(article, three.start, three.end, False, passed=None)
    assert state.read_sections == frozenset()
    assert state.position is not None and state.position.section_id == three.id


def test_a_jump_to_the_end_reads_the_sections_wholly_on_screen() -> None:
    article = _article()
    two = article.sections[2]
    end = len(article.text)
    assert sections_read(article, two.start, end, True, None) == _ids(article, 2, 3)


def test_scrolling_reads_the_sections_ending_between_the_two_screens() -> None:
    article = _article()
    one, two, three = article.sections[1:]
    # From a screen showing section 1 to one showing the start of section 3.
    read = sections_read(article, two.start, three.start + 2, False, (one.start, two.start))
    assert read == _ids(article, 1, 2)
    # Scrolling up passes through the same text.
    assert sections_read(article, one.start, two.start, False, (two.start, three.start + 2)) == (
        _ids(article, 1, 2)
    )


def test_scrolling_to_the_end_reads_every_section_from_where_it_began() -> None:
    article = _article()
    one = article.sections[1]
    end = len(article.text)
    assert sections_read(article, one.start, end, True, (one.start, one.end)) == _ids(
        article, 1, 2, 3
    )
