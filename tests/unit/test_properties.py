"""Property-based tests: the core never raises on arbitrary text (other than a clear
ArticleError), and every span it returns lies inside the text it describes."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from byline.core.article import Article, import_text, parse_article
from byline.core.entities import find_entities
from byline.core.errors import ArticleError
from byline.core.quotes import find_quotes
from byline.core.text import sanitize

VOCABULARY = (
    "John", "Smith", "Mr", "Ms.", "Lavrov", "Acme", "Corp", "Ltd", "Paris", "Turkey’s",
    "European", "Union", "the", "of", "and", "said", "says", "told", "according", "to",
    "he", "she", "they", "It", "On", "Monday", "2024", "$5", "million", "12%", "km",
    "“", "”", '"', "‘", "’", "'", "«", "»", ",", ".", ":", ";", "!", "?", "—", "-",
    "\n", "\n\n", " ", " ", " ", "#", "## ", "> ", "- ", "1. ", "* ", "_", "`", "```", "---",
    "[", "]", "(", ")", "![", "<b>", "&amp;", "&#13;", "\\", "|", "\t", "\r", "\x1b[31m",
    "\x07", "\x9b", "\u200d", "\u0301", "漢字", "👩‍👩‍👧", "עברית", "\ufeff", "\x00",
    "By Jane Doe", "Site icon News", "Photo: AFP", "(Photo: Reuters)", "Published 3 May 2024",
)  # fmt: skip

news_like = st.lists(st.sampled_from(VOCABULARY), max_size=120).map(" ".join)
any_text = st.one_of(
    st.text(max_size=400), news_like, st.lists(st.sampled_from(VOCABULARY)).map("".join)
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_article(article: Article) -> None:
    text = article.text
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= len(text)
        assert text[block.start : block.end] == block.text
        for span in block.styles:
            assert block.start <= span.start <= span.end <= block.end
    assert article.sections, "every article has at least one section"
    previous_end = 0
    for section in article.sections:
        assert 0 <= section.start <= section.end <= len(text)
        assert section.start >= previous_end or section.start == section.end
        previous_end = section.end
    assert len({section.id for section in article.sections}) == len(article.sections)
    meta = article.meta
    shown = (text, meta.title, meta.author, meta.source, meta.date)
    for value in (*shown, *(section.title for section in article.sections)):
        assert value is None or sanitize(value) == value, f"control character in {value!r}"


@SETTINGS
@given(any_text)
def test_parse_article_never_raises_and_offsets_fit(source: str) -> None:
    try:
        article = parse_article(source)
    except ArticleError:
        return
    check_article(article)


@SETTINGS
@given(any_text)
def test_import_text_never_raises_and_its_markdown_always_parses(text: str) -> None:
    try:
        markdown = import_text(text)
    except ArticleError as error:
        assert "empty" in str(error)
        return
    # What the importer writes must always read back: no ArticleError here.
    check_article(parse_article(markdown))


@SETTINGS
@given(any_text)
def test_find_quotes_spans_lie_inside_the_text(text: str) -> None:
    for quote in find_quotes(text, ["John Smith"]):
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        for start, end in quote.speaker_mentions:
            assert 0 <= start <= end <= len(text)


@SETTINGS
@given(any_text)
def test_find_entities_spans_lie_inside_the_text(text: str) -> None:
    for entity in find_entities(text):
        assert entity.mentions
        for mention in entity.mentions:
            assert 0 <= mention.start <= mention.end <= len(text)
            assert text[mention.start : mention.end] == mention.text


@SETTINGS
@given(any_text)
def test_analysis_of_a_parsed_article_fits_its_text(source: str) -> None:
    from byline.core.analysis import analyse

    try:
        article = parse_article(source)
    except ArticleError:
        return
    analysis = analyse(article)
    for quote in analysis.quotes:
        assert article.text[quote.start : quote.end] == quote.text
        article.section_at(quote.start)
    for entity in analysis.entities:
        for mention in entity.mentions:
            assert article.text[mention.start : mention.end] == mention.text


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(news_like, min_size=1, max_size=8).map("\n\n".join))
async def test_reader_renders_random_articles(tmp_path: Path, source: str) -> None:
    from byline.store.sources import load_article
    from byline.store.state import StateStore
    from byline.ui.app import BylineApp

    path = tmp_path / "random.md"
    path.write_text(source.replace("\x00", ""), encoding="utf-8", errors="replace")
    try:
        loaded = load_article(path)
    except ArticleError:
        return
    app = BylineApp(loaded, StateStore(tmp_path / "config"))
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("space", "]", "G", "[", "g", "E", "escape", '"', "escape"):
            await pilot.press(key)
        await pilot.pause()
        assert app.is_running
