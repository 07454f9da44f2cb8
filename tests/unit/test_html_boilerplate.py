"""Classes of boilerplate inside a web page's main text, recognised by structure and general
words, on pages written here: each is removed, and article text of a like shape is kept."""

from __future__ import annotations

import pytest

from byline.core.article.html import html_to_markdown
from tests.unit.test_html_chrome import SECOND
from tests.unit.test_html_import import FILLER, body

LAST = "The council will publish a full report on the costs in the spring, officials said."


def article(furniture: str, *, at_end: bool = False) -> str:
    text = (
        f"<p>{FILLER}</p><p>{SECOND}</p><p>{LAST}</p>{furniture}"
        if at_end
        else f"<p>{FILLER}</p>{furniture}<p>{SECOND}</p><p>{LAST}</p>"
    )
    return f"""<!doctype html><html lang="en"><head><title>Bridge reopens</title></head><body>
<main><article><h1>Bridge reopens</h1><div>{text}</div></article></main></body></html>"""


def only_the_article(html: str) -> str:
    text = body(html_to_markdown(html))
    for paragraph in (FILLER, SECOND, LAST):
        assert paragraph in text
        text = text.replace(paragraph, "")
    return text.strip()


TEASERS = (
    '<section><h2>You might also like</h2><article><h3><a href="/a">Council votes</a></h3>'
    "<p>The council met on Tuesday to vote on a budget that cuts spending on roads.</p>"
    '</article><article><h3><a href="/b">Ferry fares rise</a></h3>'
    "<p>Fares on the ferry rise by ten per cent from May, the operator said.</p></article>"
    "</section>"
)


@pytest.mark.parametrize(
    ("furniture", "at_end"),
    [
        (TEASERS, True),
        (
            "<p>Mara Quill is a senior transport reporter at the Harbour Ledger. She can be "
            "reached at mquill@example.com.</p>",
            True,
        ),
        ("<p>Ivo Brandt covers city hall for the Ledger.</p>", True),
        ("<p>(Reporting by Mara Quill; Editing by Ivo Brandt)</p>", True),
        ("<p>Ivo Brandt contributed to this report.</p>", True),
        (
            "<p>This article appeared in the Britain section of the print edition under the "
            'headline "Span again"</p>',
            True,
        ),
        (
            "<p><em>This story was first published by Example Weekly and is republished "
            "here with permission.</em></p>",
            True,
        ),
        ("<p>12 Comments</p>", True),
        ("<p>Be the first to comment on this story.</p>", True),
        ("<p>Have a news tip? Contact us at tips@example.com</p>", True),
        ("<p>Do you have a story to share? Email us at news@example.com</p>", True),
        ("<p>Follow the Harbour Ledger on Facebook and Instagram for the latest news.</p>", True),
        (
            "<p>For the latest stories download the Harbour Ledger apps for phones and "
            "tablets.</p>",
            False,
        ),
        (
            '<p><strong>In this article:</strong></p><ul><li><a href="#a">Why it closed</a>'
            '</li><li><a href="#b">What next</a></li></ul>',
            False,
        ),
    ],
)
def test_a_class_of_boilerplate_is_removed(furniture: str, at_end: bool) -> None:
    assert only_the_article(article(furniture, at_end=at_end)) == ""


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ivo Brandt, a spokesman for the port, is a former editor of the local paper and said "
        "the bridge was safe.",
        "Mara Quill is a nurse who crosses the bridge every day on her way to the hospital.",
        "The report was first published in 2019 and has been updated every year since then.",
        "Reporting by the council's own engineers found that the steel was weaker than thought.",
        "Contact us, the residents' group wrote on its website, if you see cracks in the road.",
    ],
)
def test_article_text_shaped_like_boilerplate_is_kept(paragraph: str) -> None:
    assert paragraph in body(html_to_markdown(article(f"<p>{paragraph}</p>", at_end=True)))


def test_a_single_short_paragraph_after_a_related_heading_is_the_article_s_last_word() -> None:
    final = "Repairs to the northern span begin next year, the council said."
    html = article(
        f'<h2>Related</h2><p><a href="/a">Ferry fares rise</a></p><p>{final}</p>', at_end=True
    )
    assert final in body(html_to_markdown(html))
