"""Importing scraped plain text (article text below is written for these tests)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from byline.core.article import BlockKind, import_text, parse_article
from byline.core.article.importer import escape_markdown, recognise
from byline.core.errors import ArticleError
from byline.store.sources import article_from_text, load_article

BUNDLED_ID = "turkish-weapons-are-being-used-to-kill-russian-soldiers"
SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_5433e785a20123dd.txt"
"""The text the bundled article was imported from, in shared/ beside the checkout."""

# A page scraped the way the bundled article was: site chrome, headline, photo label and
# credit, paragraphs with curly quotes and non-ASCII letters, short subheadings.
SCRAPED = """Site icon Harbour Gazette

Ferry workers vote to strike over “unsafe” rota, union says

Ferry terminal

Passengers queue at the old terminal at Ødegård pier (Photo: AFP)

Crews on the island ferry have voted to walk out next month, the union said on Monday, \
after talks over the new rota broke down.

“We’ve warned them for a year,” said shop steward Ana Côté. “Nobody listens until the boats \
stop.”

Talks break down

The operator said it was “disappointed” and would keep a reduced timetable running – at \
least for now.

Ministers’ response

Ministers have been asked to intervene, although no date has been set for a meeting.

Exit mobile version
"""

SCRAPED_MARKDOWN = """---
title: Ferry workers vote to strike over “unsafe” rota, union says
id: ferry-workers-vote-to-strike-over-unsafe-rota-union-says
source: Harbour Gazette
---

![Ferry terminal]()

*Passengers queue at the old terminal at Ødegård pier (Photo: AFP)*

Crews on the island ferry have voted to walk out next month, the union said on Monday, \
after talks over the new rota broke down.

“We’ve warned them for a year,” said shop steward Ana Côté. “Nobody listens until the boats \
stop.”

## Talks break down

The operator said it was “disappointed” and would keep a reduced timetable running – at \
least for now.

## Ministers’ response

Ministers have been asked to intervene, although no date has been set for a meeting.
"""

# A plain page in the style of a broadcaster's site: a headline and paragraphs only.
PLAIN = """Village pond given protected status

A village pond that is home to a rare newt has been given protected status.

Residents had campaigned for three years to stop the land being built on.

"It's a small victory, but it matters to us," said one campaigner, who asked not to be named.

The council said it would publish a management plan in the autumn.
"""


# -- seed-like structure -----------------------------------------------------------------


def test_scraped_page_renders_exact_markdown() -> None:
    assert import_text(SCRAPED) == SCRAPED_MARKDOWN


def test_site_icon_names_the_source_and_chrome_is_dropped() -> None:
    imported = recognise(SCRAPED)
    assert imported.source == "Harbour Gazette"
    markdown = import_text(SCRAPED)
    assert "Site icon" not in markdown
    assert "Exit mobile version" not in markdown


def test_headline_becomes_title_and_figure_caption_are_recognised() -> None:
    imported = recognise(SCRAPED)
    assert imported.title == "Ferry workers vote to strike over “unsafe” rota, union says"
    assert imported.author is None
    assert imported.date is None
    assert imported.body[:2] == [
        ("figure", "Ferry terminal"),
        ("caption", "Passengers queue at the old terminal at Ødegård pier (Photo: AFP)"),
    ]


def test_short_title_like_lines_become_headings() -> None:
    kinds = [kind for kind, _ in recognise(SCRAPED).body]
    assert kinds == [
        "figure",
        "caption",
        "paragraph",
        "paragraph",
        "heading",
        "paragraph",
        "heading",
        "paragraph",
    ]


def test_scraped_page_parses_into_model() -> None:
    article = article_from_text(SCRAPED, Path("ferry.txt"))
    assert article.meta.title == "Ferry workers vote to strike over “unsafe” rota, union says"
    assert article.meta.source == "Harbour Gazette"
    assert article.id == "ferry-workers-vote-to-strike-over-unsafe-rota-union-says"
    assert [(b.kind, b.text) for b in article.blocks[:2]] == [
        (BlockKind.FIGURE, "Ferry terminal"),
        (BlockKind.CAPTION, "Passengers queue at the old terminal at Ødegård pier (Photo: AFP)"),
    ]
    assert [(s.id, s.title, s.level) for s in article.sections] == [
        ("lead", article.meta.title, 1),
        ("talks-break-down", "Talks break down", 2),
        ("ministers-response", "Ministers’ response", 2),
    ]


def test_paragraphs_are_kept_exactly() -> None:
    article = article_from_text(SCRAPED, Path("ferry.txt"))
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert paragraphs == [
        "Crews on the island ferry have voted to walk out next month, the union said on "
        "Monday, after talks over the new rota broke down.",
        "“We’ve warned them for a year,” said shop steward Ana Côté. “Nobody listens until "
        "the boats stop.”",
        "The operator said it was “disappointed” and would keep a reduced timetable running "
        "– at least for now.",
        "Ministers have been asked to intervene, although no date has been set for a meeting.",
    ]


def test_photo_credit_without_a_label_gets_a_generic_figure() -> None:
    text = (
        "Headline about a storm\n\nThe storm reached the coast overnight, closing roads.\n\n"
        "Flooded streets in the old town on Tuesday morning after heavy rain (Photo: Reuters)\n\n"
        "More rain is expected later in the week, forecasters said."
    )
    body = recognise(text).body
    assert body[1:3] == [
        ("figure", "Photo"),
        (
            "caption",
            "Flooded streets in the old town on Tuesday morning after heavy rain (Photo: Reuters)",
        ),
    ]


# -- plain pages, byline and date, lists -------------------------------------------------


def test_a_first_line_too_long_for_a_headline_stays_body_text() -> None:
    opening = "The river rose again overnight and the lower town woke to water in the streets"
    text = f"{opening}, " + "and the pumps ran all day long " * 100 + "\n"
    article = article_from_text(text, Path("flood.txt"))
    assert article.meta.title == " ".join(opening.split()[:12]) + "…"
    assert [b.kind for b in article.blocks] == [BlockKind.PARAGRAPH]
    assert article.blocks[0].text == text.strip()


def test_a_line_of_one_unbroken_megabyte_is_kept_whole() -> None:
    # An encoded blob or a long address in scraped text: one "word" of a million characters.
    # The byline rules look for an address with "@" in every line; read naively, that is
    # quadratic in a word's length and this import would not end.
    blob = "Q9x" * 350_000
    article = article_from_text(f"Harbour records\n\n{blob}\n", Path("blob.txt"))
    assert article.meta.title == "Harbour records"
    assert [b.text for b in article.blocks] == [blob]


def test_plain_page_without_headings_is_one_section() -> None:
    article = article_from_text(PLAIN, Path("pond.txt"))
    assert article.meta.title == "Village pond given protected status"
    assert article.meta.source is None
    assert [b.kind for b in article.blocks] == [BlockKind.PARAGRAPH] * 4
    assert article.blocks[2].text == (
        '"It\'s a small victory, but it matters to us," said one campaigner, who asked not '
        "to be named."
    )
    assert [(s.id, s.title) for s in article.sections] == [
        ("lead", "Village pond given protected status")
    ]


def test_byline_and_iso_date_under_the_headline() -> None:
    text = "Tram line extended\n\nBy Jo Marsh\n\n2024-03-12\n\nThe new stop opens in May."
    imported = recognise(text)
    assert imported.author == "Jo Marsh"
    assert imported.date == "2024-03-12"
    assert imported.body == [("paragraph", "The new stop opens in May.")]
    markdown = import_text(text)
    assert "author: Jo Marsh\ndate: '2024-03-12'\n" in markdown
    article = parse_article(markdown)
    assert (article.meta.author, article.meta.date) == ("Jo Marsh", "2024-03-12")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2024-03-12", "2024-03-12"),
        ("1 May 2024", "2024-05-01"),
        ("Published: 3 Sept 2023", "2023-09-03"),
        ("12 March 2024", "2024-03-12"),
        ("March 12, 2024", "2024-03-12"),
        ("Tuesday, 12 March 2024 09:15", "2024-03-12"),
        ("Jan 5, 2023", "2023-01-05"),
        ("Updated 30 December 2022, 18:40 GMT", "2022-12-30"),
    ],
)
def test_date_line_becomes_iso_date(line: str, expected: str) -> None:
    imported = recognise(f"Headline\n\n{line}\n\nA paragraph of text follows here.")
    assert imported.date == expected
    assert imported.body == [("paragraph", "A paragraph of text follows here.")]


def test_impossible_date_gives_no_date() -> None:
    imported = recognise("Headline\n\n2024-02-30\n\nA paragraph of text follows here.")
    assert imported.date is None
    assert imported.body == [("paragraph", "A paragraph of text follows here.")]


def test_written_by_and_date_in_either_order() -> None:
    imported = recognise("Headline\n\n2024-01-02\n\nWritten by Sam Ode\n\nBody text here.")
    assert (imported.author, imported.date) == ("Sam Ode", "2024-01-02")


def test_by_line_later_in_the_text_is_a_paragraph() -> None:
    imported = recognise("Headline\n\nFirst paragraph here.\n\nBy the way, it rained.")
    assert imported.author is None
    assert imported.body[-1] == ("paragraph", "By the way, it rained.")


def test_bullet_lists() -> None:
    text = (
        "School term dates announced\n\nThe council has published next year's dates.\n\n"
        "- Autumn term starts 4 September\n• Spring term starts 8 January\n"
        "* Summer term starts 15 April\n\nParents can find details online."
    )
    imported = recognise(text)
    assert imported.body[1] == (
        "list",
        "- Autumn term starts 4 September\n• Spring term starts 8 January\n"
        "* Summer term starts 15 April",
    )
    markdown = import_text(text)
    assert (
        "- Autumn term starts 4 September\n- Spring term starts 8 January\n"
        "- Summer term starts 15 April\n"
    ) in markdown
    article = parse_article(markdown)
    assert [(b.kind, b.text) for b in article.blocks if b.kind is BlockKind.LIST_ITEM] == [
        (BlockKind.LIST_ITEM, "Autumn term starts 4 September"),
        (BlockKind.LIST_ITEM, "Spring term starts 8 January"),
        (BlockKind.LIST_ITEM, "Summer term starts 15 April"),
    ]


def test_short_final_line_is_not_a_heading() -> None:
    text = (
        "Library reopens\n\nThe library reopened on Saturday after a long refit.\n\n"
        "Opening hours are unchanged.\n\nMore to follow"
    )
    body = recognise(text).body
    assert body[-1] == ("paragraph", "More to follow")
    assert "## " not in import_text(text)


def test_title_like_line_before_a_short_line_is_not_a_heading() -> None:
    text = "Headline\n\nFirst paragraph here.\n\nMaybe Heading\n\nShort one"
    assert [kind for kind, _ in recognise(text).body] == ["paragraph"] * 3


def test_multi_line_headline_is_joined() -> None:
    assert recognise("Two line\nheadline\n\nBody text here.").title == "Two line headline"


def test_crlf_and_bom_are_normalised() -> None:
    text = "\ufeffHeadline here\r\n\r\nOne paragraph.\r\nAnother paragraph.\r\n"
    imported = recognise(text)
    assert imported.title == "Headline here"
    assert imported.body == [("paragraph", "One paragraph."), ("paragraph", "Another paragraph.")]


def test_control_characters_are_made_visible() -> None:
    imported = recognise("Head\x1bline\n\nBell\x07 here.")
    assert imported.title == "Head\u241bline"
    assert imported.body == [("paragraph", "Bell\u2407 here.")]


@pytest.mark.parametrize("text", ["", "   \n\n\t\n", "Site icon X\n\nExit mobile version\n"])
def test_nothing_to_import(text: str) -> None:
    with pytest.raises(ArticleError, match="the text is empty"):
        import_text(text)


def test_markdown_specials_in_paragraphs_are_escaped() -> None:
    text = (
        "Headline\n\n# not a heading, *not emphasis* and [not a link](x) <b>no html</b> "
        "&amp; 1. not a list.\n\n- a sentence, not a list item.\n\n2024. A year to forget."
    )
    article = parse_article(import_text(text))
    assert [(b.kind, b.text) for b in article.blocks] == [
        (
            BlockKind.PARAGRAPH,
            "# not a heading, *not emphasis* and [not a link](x) <b>no html</b> &amp; "
            "1. not a list.",
        ),
        (BlockKind.LIST_ITEM, "a sentence, not a list item."),
        (BlockKind.PARAGRAPH, "2024. A year to forget."),
    ]
    assert article.blocks[0].styles == ()


# -- the bundled article -----------------------------------------------------------------


def test_bundled_article_sections_match_the_product_spec(bundled_article: Path) -> None:
    article = load_article(bundled_article).article
    title = "Turkish weapons are being used to kill Russian soldiers, civilians, Lavrov says"
    assert article.id == BUNDLED_ID
    assert article.meta.title == title
    assert [s.title for s in article.sections] == [
        title,
        "Expanding defense partnership with Ukraine",
        "Turkey’s role in US-Ukraine defense cooperation",
        "Turkey’s BRICS membership prospects",
        "Lavrov on US sanctions and trade restrictions",
        "Turkey secretly limits military goods to Russia under US pressure",
    ]
    assert article.sections[0].id == "lead"
    assert [s.level for s in article.sections] == [1, 2, 2, 2, 2, 2]


def test_bundled_article_metadata_invents_nothing(bundled_article: Path) -> None:
    loaded = load_article(bundled_article)
    meta = loaded.article.meta
    assert loaded.warnings == ()
    assert meta.source == "Turkish Minute"
    assert meta.date is None
    assert meta.url is None
    assert meta.author is None
    assert dict(meta.extra) == {}


def test_bundled_article_figure_and_caption(bundled_article: Path) -> None:
    article = load_article(bundled_article).article
    assert [b.kind for b in article.blocks[:3]] == [
        BlockKind.FIGURE,
        BlockKind.CAPTION,
        BlockKind.PARAGRAPH,
    ]
    assert article.blocks[1].text.endswith("(Photo: AFP)")


def test_importing_the_seed_reproduces_the_bundled_article(bundled_article: Path) -> None:
    if not SEED.is_file():
        pytest.skip(f"seed text {SEED} is not available on this machine")
    expected = bundled_article.read_bytes()
    produced = import_text(SEED.read_text(encoding="utf-8")).encode("utf-8")
    assert produced == expected


# -- properties --------------------------------------------------------------------------

_SPECIALS = [
    *"*_[]`#>-.<&\\!()~|+=:;'\"“”’ \t",
    "1.",
    "2)",
    "- ",
    "+ ",
    "> ",
    "# ",
    "&amp;",
    "&#35;",
    "&copy;",
    "<b>",
    "<!--",
    "http://x.y",
    "***",
    "---",
    "===",
    "```",
    "~~~",
    "    ",
    "é",
    "ß",
    "Ø",
    "中文",
    "😀",
    "\u00a0",
    "\u3000",
    "\n",
]
_PIECE = st.one_of(
    st.sampled_from(_SPECIALS),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=6),
)
_PARAGRAPH = st.lists(_PIECE, min_size=1, max_size=30).map("".join)
_ANY_PIECE = st.one_of(
    _PIECE,
    st.sampled_from(["\r", "\r\n", "\x00", "\x1b", "\x07", "\x85", "\ufeff", "\ud800", "\n\n"]),
    st.sampled_from(["---\n", "title: x\n", "date: 2024-01-02\n", "By X\n", "(Photo: AFP)"]),
)
_ANY_TEXT = st.lists(_ANY_PIECE, max_size=40).map("".join)


def _importer_lines(paragraph: str) -> list[str]:
    """The paragraph's lines as the importer keeps them (stripped, blank ones dropped)."""
    return [line.strip() for line in paragraph.split("\n") if line.strip()]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_PARAGRAPH)
def test_escape_markdown_round_trips(paragraph: str) -> None:
    lines = _importer_lines(paragraph)
    if not lines:
        return
    source = "\n".join(lines)
    article = parse_article("---\ntitle: T\n---\n\n" + escape_markdown(source) + "\n")
    # Markdown reads the line breaks inside a paragraph as spaces.
    assert [(b.kind, b.text) for b in article.blocks] == [(BlockKind.PARAGRAPH, " ".join(lines))]
    assert article.blocks[0].styles == ()


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_PARAGRAPH)
def test_imported_paragraph_round_trips(paragraph: str) -> None:
    lines = _importer_lines(paragraph)
    if not lines:
        return
    text = "Headline\n\nA first paragraph of the story, long enough to be one.\n\n"
    text += "\n".join(lines)
    body = recognise(text).body
    article = parse_article(import_text(text))
    # Every paragraph the importer recognised reads back exactly (a wrapped paragraph's
    # line breaks as spaces).
    expected = [" ".join(t.split("\n")) for kind, t in body if kind == "paragraph"]
    assert [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH] == expected


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_ANY_TEXT)
def test_import_and_parse_never_raise_anything_but_article_error(text: str) -> None:
    try:
        markdown = import_text(text)
    except ArticleError:
        pass
    else:
        imported = recognise(text)
        article = parse_article(markdown)
        assert article.meta.title == imported.title
        assert article.meta.source == imported.source
    with contextlib.suppress(ArticleError):
        parse_article(text)
