"""parse_article on Markdown articles written for these tests (tests/data/*.md)."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import pytest

from byline.core.article import Article, BlockKind, Section, parse_article
from byline.core.article.markdown import make_parser
from byline.core.article.model import BLOCK_SEPARATOR, InlineStyle
from byline.core.errors import ArticleError

DATA = Path(__file__).resolve().parents[1] / "data"


def load(name: str, fallback_title: str = "Fallback title") -> Article:
    return parse_article((DATA / name).read_text(encoding="utf-8"), fallback_title=fallback_title)


def section_rows(article: Article) -> list[tuple[int, str, str, int, int, int]]:
    return [(s.index, s.id, s.title, s.level, s.start, s.end) for s in article.sections]


def assert_consistent(article: Article) -> None:
    """Invariants every parsed article keeps: offsets agree with the text."""
    assert article.text == BLOCK_SEPARATOR.join(block.text for block in article.blocks)
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
        for span in block.styles:
            assert block.start <= span.start < span.end <= block.end
    assert [s.index for s in article.sections] == list(range(len(article.sections)))
    assert len({s.id for s in article.sections}) == len(article.sections)
    if article.sections:
        assert article.sections[-1].end == len(article.text)


# -- front matter ------------------------------------------------------------------------


def test_front_matter_fields() -> None:
    article = load("front_matter.md")
    meta = article.meta
    assert meta.title == "Harbour bridge reopens after two-year repair"
    assert meta.source == "The Coastal Courier"
    assert meta.author == "Priya Nandakumar"
    assert meta.url == "https://example.org/news/bridge"
    assert meta.language == "en"
    assert meta.id == "harbour-bridge"
    assert article.id == "harbour-bridge"
    assert article.text == "The bridge carried its first cars at dawn."
    assert_consistent(article)


def test_front_matter_date_becomes_iso_string() -> None:
    assert load("front_matter.md").meta.date == "2024-05-17"


def test_front_matter_datetime_becomes_iso_string() -> None:
    article = parse_article("---\ntitle: T\ndate: 2024-05-17 08:05:00\n---\n\nBody.\n")
    assert article.meta.date == "2024-05-17T08:05:00"


def test_unknown_front_matter_keys_are_kept_in_extra() -> None:
    extra = load("front_matter.md").meta.extra
    assert set(extra) == {"updated", "tags", "corrections"}
    assert extra["tags"] == ["transport", "local"]
    assert extra["corrections"] == {"Harbour Bridge": "place"}
    assert extra["updated"] == dt.datetime(2024, 5, 18, 9, 30, tzinfo=dt.UTC)


def test_id_is_derived_from_title_without_explicit_id() -> None:
    article = load("no_headings.md")
    assert article.meta.id is None
    assert article.id == "short-notice"


def test_numeric_title_is_accepted_as_text() -> None:
    assert parse_article("---\ntitle: 1984\n---\n\nBody.\n").meta.title == "1984"


def test_empty_front_matter_uses_fallback_title() -> None:
    article = parse_article("---\n---\n\nBody.\n", fallback_title="from file name")
    assert article.meta.title == "from file name"
    assert article.text == "Body."


# -- titles ------------------------------------------------------------------------------


def test_title_from_leading_h1_when_front_matter_has_none() -> None:
    article = load("h1_title.md")
    assert article.meta.title == "Council approves new library"
    assert article.id == "council-approves-new-library"
    # The H1 became the title: it is not a block of the body.
    assert article.blocks[0].kind is BlockKind.PARAGRAPH
    assert article.blocks[0].text == "The vote was unanimous."
    assert not article.text.startswith("Council")


def test_front_matter_title_wins_over_h1_which_stays_a_heading() -> None:
    article = parse_article("---\ntitle: Front title\n---\n\n# Body heading\n\nText.\n")
    assert article.meta.title == "Front title"
    assert article.blocks[0].kind is BlockKind.HEADING
    assert article.blocks[0].text == "Body heading"
    assert section_rows(article) == [(0, "body-heading", "Body heading", 1, 0, 19)]


def test_leading_h2_is_not_taken_as_title() -> None:
    article = parse_article("## Not a title\n\nText.\n", fallback_title="fallback")
    assert article.meta.title == "fallback"
    assert article.blocks[0].kind is BlockKind.HEADING


def test_fallback_title_without_front_matter_or_h1() -> None:
    article = load("no_title.md", fallback_title="no title")
    assert article.meta.title == "no title"
    assert article.id == "no-title"
    assert article.sections[0].title == "no title"


def test_default_fallback_title() -> None:
    article = parse_article("Some text.\n")
    assert article.meta.title == "Untitled"
    assert article.id == "untitled"


# -- blocks ------------------------------------------------------------------------------


def test_figure_and_caption() -> None:
    article = load("figure_caption.md")
    assert [(b.kind, b.text) for b in article.blocks] == [
        (BlockKind.FIGURE, "Fallen tree on Elm Street"),
        (BlockKind.CAPTION, "A fallen tree blocks Elm Street (Photo: Reuters)"),
        (BlockKind.PARAGRAPH, "Crews worked through the night."),
        (
            BlockKind.PARAGRAPH,
            "This emphasised paragraph follows a paragraph, so it is no caption.",
        ),
    ]
    # Figures and captions carry no style spans; the plain emphasised paragraph does.
    assert article.blocks[0].styles == ()
    assert article.blocks[1].styles == ()
    last = article.blocks[3]
    assert [(s.start, s.end, s.style) for s in last.styles] == [
        (last.start, last.end, InlineStyle.EMPHASIS)
    ]
    assert_consistent(article)


def test_a_figure_shows_its_label_as_plain_text() -> None:
    article = parse_article("![Harbour\\_view *at dawn* &amp; `night`](harbour.jpg)\n\nText.\n")
    assert (article.blocks[0].kind, article.blocks[0].text) == (
        BlockKind.FIGURE,
        "Harbour_view at dawn & night",
    )
    assert_consistent(article)


def test_lists_block_quotes_rule_and_code() -> None:
    article = load("blocks.md")
    assert [(b.kind, b.text, b.level) for b in article.blocks] == [
        (BlockKind.PARAGRAPH, "Plain soft and loud with code and a link.", 0),
        (BlockKind.LIST_ITEM, "first item", 1),
        (BlockKind.LIST_ITEM, "second item", 1),
        (BlockKind.LIST_ITEM, "nested item", 2),
        (BlockKind.LIST_ITEM, "one", 1),
        (BlockKind.LIST_ITEM, "two", 1),
        (BlockKind.BLOCKQUOTE, "Quoted words.", 1),
        (BlockKind.BLOCKQUOTE, "Quoted twice.", 2),
        (BlockKind.RULE, "", 0),
        (BlockKind.CODE, "x = 1", 0),
    ]
    assert [b.start for b in article.blocks] == [0, 43, 55, 68, 81, 86, 91, 106, 121, 123]
    assert_consistent(article)


def test_inline_spans_map_to_offsets_in_article_text() -> None:
    article = load("blocks.md")
    spans = [(s.start, s.end, s.style) for s in article.blocks[0].styles]
    assert spans == [
        (6, 10, InlineStyle.EMPHASIS),
        (15, 19, InlineStyle.STRONG),
        (25, 29, InlineStyle.CODE),
        (36, 40, InlineStyle.LINK),
    ]
    assert [article.text[start:end] for start, end, _ in spans] == [
        "soft",
        "loud",
        "code",
        "link",
    ]


def test_inline_spans_in_a_later_block_use_article_offsets() -> None:
    article = parse_article("First block.\n\nThen **bold** and *it*.\n")
    block = article.blocks[1]
    assert block.start == 14
    assert [(s.start, s.end, s.style) for s in block.styles] == [
        (19, 23, InlineStyle.STRONG),
        (28, 30, InlineStyle.EMPHASIS),
    ]
    assert article.text[19:23] == "bold"
    assert article.text[28:30] == "it"


def test_nested_emphasis_inside_strong() -> None:
    article = parse_article("A **big *small* big** end.\n")
    spans = {(s.style, article.text[s.start : s.end]) for s in article.blocks[0].styles}
    assert spans == {
        (InlineStyle.STRONG, "big small big"),
        (InlineStyle.EMPHASIS, "small"),
    }


def test_soft_line_break_becomes_a_space() -> None:
    article = parse_article("one line\nnext line\n")
    assert article.text == "one line next line"


def test_escaped_markdown_is_read_as_plain_text() -> None:
    article = parse_article("Price \\*not bold\\* and 3 \\< 4 \\& \\[x\\]\n")
    assert article.text == "Price *not bold* and 3 < 4 & [x]"
    assert article.blocks[0].styles == ()


def test_crlf_line_ends() -> None:
    article = parse_article("---\r\ntitle: Windows\r\n---\r\n\r\nOne.\r\n\r\nTwo.\r\n")
    assert article.meta.title == "Windows"
    assert article.text == "One.\n\nTwo."


# -- sections ----------------------------------------------------------------------------


def test_sections_lead_and_one_per_heading() -> None:
    article = load("h1_title.md")
    assert section_rows(article) == [
        (0, "lead", "Council approves new library", 1, 0, 23),
        (1, "funding", "Funding", 2, 25, 80),
        (2, "next-steps", "Next steps", 2, 82, 125),
        (3, "funding-2", "Funding", 2, 127, 173),
    ]
    assert [(s.first_block, s.end_block) for s in article.sections] == [
        (0, 1),
        (1, 3),
        (3, 5),
        (5, 7),
    ]
    assert [s.number for s in article.sections] == [1, 2, 3, 4]
    assert article.text[25:80] == "Funding\n\nMost of the money comes from a national grant."
    assert_consistent(article)


def test_duplicate_heading_titles_get_unique_ids() -> None:
    article = parse_article("## Update\n\nA.\n\n## Update\n\nB.\n\n## Update\n\nC.\n")
    assert [s.id for s in article.sections] == ["update", "update-2", "update-3"]
    assert [s.title for s in article.sections] == ["Update"] * 3


def test_heading_titled_lead_does_not_clash_with_the_lead_section() -> None:
    article = parse_article("Opening words.\n\n## Lead\n\nMore.\n")
    assert [s.id for s in article.sections] == ["lead", "lead-2"]


def test_article_without_headings_is_one_lead_section() -> None:
    article = load("no_headings.md")
    assert section_rows(article) == [(0, "lead", "Short notice", 1, 0, 70)]
    assert len(article.text) == 70
    assert (article.sections[0].first_block, article.sections[0].end_block) == (0, 2)


def test_article_starting_with_a_heading_has_no_lead_section() -> None:
    article = load("starts_with_heading.md")
    assert section_rows(article) == [
        (0, "saturday", "Saturday", 2, 0, 42),
        (1, "evening", "Evening", 3, 44, 82),
        (2, "sunday", "Sunday", 2, 84, 132),
    ]
    assert_consistent(article)


def test_empty_body() -> None:
    article = load("empty_body.md")
    assert article.meta.title == "Nothing here yet"
    assert article.meta.source == "Draft desk"
    assert article.blocks == ()
    assert article.text == ""
    assert article.sections == (Section(0, "lead", "Nothing here yet", 1, 0, 0, 0, 0),)
    assert article.word_count == 0
    assert article.reading_minutes == 0


def test_completely_empty_source() -> None:
    article = parse_article("", fallback_title="empty")
    assert article.text == ""
    assert [s.id for s in article.sections] == ["lead"]


def test_section_at_and_section_by_id() -> None:
    article = load("h1_title.md")
    assert article.section_at(0).id == "lead"
    assert article.section_at(24).id == "lead"  # in the separator after the lead
    assert article.section_at(25).id == "funding"
    assert article.section_at(10_000).id == "funding-2"
    assert article.section_at(-5).id == "lead"
    assert article.section_by_id("next-steps") is article.sections[2]
    assert article.section_by_id("gone") is None


def test_an_article_pickles_while_its_caches_fill() -> None:
    # The reader pickles a big article in a worker thread (to its analysis process) while its
    # event loop may count section words for the palette: each write below stands for that.
    text = "\n\n".join(f"## Section {n}\n\nWords of section {n}." for n in range(3000))
    article = parse_article(text, fallback_title="many sections")
    sections = iter(article.sections)

    class Pipe:
        def __init__(self) -> None:
            self.written = bytearray()

        def write(self, data: bytes) -> int:
            section = next(sections, None)
            if section is not None:
                article.section_words(section)  # the first call makes the article a cache
            self.written += data
            return len(data)

    pipe = Pipe()
    pickle.dump(article, pipe, protocol=pickle.HIGHEST_PROTOCOL)
    copy: Article = pickle.loads(pipe.written)
    assert copy == article
    assert not set(vars(copy)) - {"id", "meta", "blocks", "sections", "text", "complete"}
    assert copy.section_words(copy.sections[2]) == article.section_words(article.sections[2])


# -- malformed front matter --------------------------------------------------------------


def test_invalid_yaml_front_matter() -> None:
    with pytest.raises(ArticleError) as caught:
        load("malformed_yaml.md")
    message = str(caught.value)
    assert message.startswith("malformed front matter (line 3): ")
    assert "\n" not in message


def test_front_matter_list_instead_of_mapping() -> None:
    with pytest.raises(ArticleError) as caught:
        load("malformed_list.md")
    assert str(caught.value) == "malformed front matter: expected 'key: value' lines"


def test_front_matter_plain_string_instead_of_mapping() -> None:
    with pytest.raises(ArticleError, match="expected 'key: value' lines"):
        parse_article("---\njust words\n---\n\nBody.\n")


def test_front_matter_title_as_list() -> None:
    with pytest.raises(ArticleError) as caught:
        load("malformed_title_list.md")
    assert str(caught.value) == "front matter: 'title' must be text, not list"


def test_front_matter_source_as_mapping() -> None:
    with pytest.raises(ArticleError) as caught:
        parse_article("---\ntitle: T\nsource:\n  name: X\n---\n\nBody.\n")
    assert str(caught.value) == "front matter: 'source' must be text, not dict"


def test_front_matter_title_as_boolean() -> None:
    with pytest.raises(ArticleError, match="'title' must be text, not bool"):
        parse_article("---\ntitle: yes\n---\n\nBody.\n")


def test_oversized_front_matter_is_refused() -> None:
    padding = "\n".join(f"key{n}: {'x' * 100}" for n in range(700))
    with pytest.raises(ArticleError, match="front matter is larger than 64 KiB"):
        parse_article(f"---\ntitle: T\n{padding}\n---\n\nBody.\n")


# -- control characters ------------------------------------------------------------------


def test_control_characters_become_visible_placeholders_with_same_offsets() -> None:
    source = "Alarm\x07 then \x1b[31mred\x1b[0m and C1\x9b here.\n"
    article = parse_article(source)
    expected = "Alarm\u2407 then \u241b[31mred\u241b[0m and C1\ufffd here."
    assert article.text == expected
    assert len(article.text) == len(source.rstrip("\n"))
    assert not any(0x80 <= ord(c) <= 0x9F or ord(c) < 0x20 for c in article.text)


def test_control_characters_do_not_shift_style_offsets() -> None:
    article = parse_article("\x1b\x1b\x07 *word* \x85 **more**\n")
    assert article.text == "\u241b\u241b\u2407 word \ufffd more"
    spans = [(s.start, s.end, s.style) for s in article.blocks[0].styles]
    assert spans == [(4, 8, InlineStyle.EMPHASIS), (11, 15, InlineStyle.STRONG)]
    assert article.text[4:8] == "word"
    assert article.text[11:15] == "more"


def test_control_characters_in_front_matter_title_are_made_visible() -> None:
    article = parse_article("---\ntitle: Bell\x07 title\n---\n\nBody.\n")
    assert article.meta.title == "Bell\u2407 title"


def test_delete_character_placeholder() -> None:
    assert parse_article("a\x7fb\n").text == "a\u2421b"


# -- the one parser ----------------------------------------------------------------------


def test_make_parser_is_a_single_shared_instance() -> None:
    assert make_parser() is make_parser()


@pytest.mark.parametrize(
    "name",
    [
        "front_matter.md",
        "h1_title.md",
        "no_title.md",
        "figure_caption.md",
        "blocks.md",
        "no_headings.md",
        "starts_with_heading.md",
        "empty_body.md",
    ],
)
def test_data_files_parse_consistently(name: str) -> None:
    assert_consistent(load(name))


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13-01", "!!float not-a-number"])
def test_front_matter_value_yaml_cannot_construct_is_an_article_error(value: str) -> None:
    # YAML resolves these to a date or float and then fails to build it (ValueError).
    with pytest.raises(ArticleError, match="front matter"):
        parse_article(f"---\ntitle: T\ndate: {value}\n---\n\nBody.\n")


def test_word_count_counts_every_word_of_the_text_once() -> None:
    source = (
        "# Title\n\nOne two three.\n\n## Heading words\n\n- a list item\n- another\n\n"
        "> A quoted line\n\nLast paragraph, with *emphasis* and `code`.\n"
    )
    article = parse_article(source, fallback_title="t")
    assert article.word_count == len(article.text.split()) > 10
