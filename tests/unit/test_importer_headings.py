"""Lines of a copied page shaped like headings that are its furniture (`importer.headings`),
on texts written here: between paragraphs of the article they stay text, never headings."""

from __future__ import annotations

import pytest

from byline.core.article.importer import import_text
from byline.core.article.markdown import parse_article

PARAGRAPHS = [
    "The committee met for the third time this month to go through the plans, and members "
    "asked for more detail on the costs before any decision is taken.",
    "Engineers said the work on the southern span took longer than planned because the old "
    "steel had to be tested piece by piece before anything could be replaced.",
    "The council will publish a full report on the costs of the repairs in the spring, "
    "officials said on Monday, and residents will be asked for their views.",
    "Traffic on the bridge is expected to return to normal within a fortnight, according to "
    "the port authority, which runs the crossing for the city.",
]


def headings(line: str, byline: str = "") -> list[str]:
    top = ["Harbour bridge reopens", "", *([byline, ""] if byline else [])]
    text = "\n".join([*top, PARAGRAPHS[0], "", PARAGRAPHS[1], "", line, "", *PARAGRAPHS[2:]])
    article = parse_article(import_text(text), fallback_title="")
    return [block.text for block in article.blocks if block.kind == "heading"]


@pytest.mark.parametrize(
    "line",
    [
        "Business",  # one word: a section's name in a menu, an outlet
        "Supported by",  # cut off at a function word
        "Play video",
        "Get the app",
        "Reuse this content",
        "Jump to comments",
        "Contact Us",
        "Image caption",
        "Breaking News",
        "World News",
        "Senior Reporter",
        "Mara Quill and Ivo Brandt",
        "Mara Quill, Senior Reporter",
        "Source: Harbour Port Authority",
        "Credit...Ivo Brandt for The Harbour Ledger",
    ],
)
def test_a_label_of_the_page_is_not_a_heading(line: str) -> None:
    assert headings(line) == []


def test_the_articles_own_writer_alone_on_a_line_is_not_a_heading() -> None:
    assert headings("Mara Quill", byline="By Mara Quill") == []


@pytest.mark.parametrize(
    "line",
    ["What happens next", "The cost of the repairs", "Why did the bridge close?", "Key points"],
)
def test_a_sections_title_is_still_a_heading(line: str) -> None:
    assert headings(line) == [line]
