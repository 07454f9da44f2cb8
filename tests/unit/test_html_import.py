"""Web pages to Byline's Markdown (`byline.core.article.html`), on small pages written here."""

from __future__ import annotations

from typing import Any

import pytest

from byline.core.article.front_matter import parse_front_matter
from byline.core.article.html import html_to_markdown, looks_like_html
from byline.core.article.markdown import parse_article
from byline.core.article.model import BlockKind
from byline.core.errors import ArticleError
from tests.local_web import ARTICLE_PAGE

FILLER = (
    "The committee met for the third time this month to go through the plans, and members "
    "asked for more detail on the costs before any decision is taken."
)


def page(
    body: str, head: str = "", title: str = "Bridge reopens after repairs", h1: str = ""
) -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title}</title>{head}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>{h1 or title}</h1>{body}</article>
<footer><p>Copyright The Example Post. All rights reserved.</p></footer></body></html>"""


def front(markdown: str) -> dict[str, Any]:
    assert markdown.startswith("---\n")
    return parse_front_matter(markdown.split("---\n")[1])


def body(markdown: str) -> str:
    return markdown.split("---\n", 2)[2]


def test_metadata_comes_from_the_page() -> None:
    markdown = html_to_markdown(ARTICLE_PAGE, "http://127.0.0.1:8000/article")
    meta = front(markdown)
    assert meta["title"] == "Harbour crane toppled by storm"
    assert meta["author"] == "Mira Castell"
    assert meta["date"] == "2024-03-05"
    assert meta["source"] == "The Example Gazette"
    assert meta["url"] == "https://news.example/harbour-crane"
    assert meta["fetched_from"] == "http://127.0.0.1:8000/article"
    assert meta["language"] == "en"
    assert "## Ships wait outside the port" in markdown
    assert "Subscribe" not in markdown and "Home" not in body(markdown)


def test_the_title_is_the_headline_without_the_site_name_and_entities_decoded() -> None:
    # The <h1> carries an entity encoded twice, as pages copied through a CMS often do.
    html = page(
        f"<p>{FILLER}</p><p>{FILLER}</p>",
        '<meta property="og:site_name" content="The Example Post">',
        title="Fish &amp; chips: prices up &#163;1 &#8212; report | The Example Post",
        h1="Fish &amp; chips: prices up &amp;#163;1 &#8212; report",
    )
    meta = front(html_to_markdown(html))
    assert meta["title"] == "Fish & chips: prices up £1 — report"


def test_headings_lists_quotes_emphasis_and_links_are_kept() -> None:
    html = page(
        f"<p>The <em>new</em> bridge is <strong>open</strong>, said "
        f'<a href="/people/ana">Ana Sahin</a>. {FILLER}</p>'
        f"<h2>What changed</h2><p>{FILLER}</p>"
        "<ul><li>Wider lanes for buses</li><li>A path for bicycles</li></ul>"
        "<ol><li>First the deck</li><li>Then the rails</li></ol>"
        f"<blockquote><p>“It was worth the wait,” she said. {FILLER}</p></blockquote>"
        f"<h3>Costs</h3><p>{FILLER}</p>",
    )
    markdown = html_to_markdown(html, "https://post.example/bridge")
    assert "The *new* bridge is **open**, said [Ana Sahin](https://post.example/people/ana)." in (
        markdown
    )
    assert "\n## What changed\n" in markdown and "\n### Costs\n" in markdown
    assert "- Wider lanes for buses\n- A path for bicycles" in markdown
    assert "1. First the deck\n2. Then the rails" in markdown
    assert "\n> “It was worth the wait,” she said." in markdown
    article = parse_article(markdown, fallback_title="x")
    assert [s.title for s in article.sections][1:] == ["What changed", "Costs"]
    kinds = {block.kind for block in article.blocks}
    assert {BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE, BlockKind.HEADING} <= kinds


def test_a_figure_keeps_its_caption() -> None:
    html = page(
        f"<p>{FILLER}</p>"
        '<figure><img src="/img/bridge.jpg" alt="The bridge">'
        "<figcaption>The bridge at dusk on Monday (Photo: Jo Bloggs)</figcaption></figure>"
        f"<p>{FILLER}</p>"
    )
    markdown = html_to_markdown(html, "https://post.example/bridge")
    assert "![The bridge](https://post.example/img/bridge.jpg)\n\n*The bridge at dusk" in markdown
    article = parse_article(markdown, fallback_title="x")
    figure = [b for b in article.blocks if b.kind in (BlockKind.FIGURE, BlockKind.CAPTION)]
    assert [b.kind for b in figure] == [BlockKind.FIGURE, BlockKind.CAPTION]


def test_the_byline_and_date_come_from_meta_tags() -> None:
    head = (
        '<meta name="author" content="Lena Ortiz">'
        '<meta property="article:published_time" content="2023-07-14T18:00:00-04:00">'
    )
    meta = front(html_to_markdown(page(f"<p>{FILLER}</p><p>{FILLER}</p>", head)))
    assert (meta["author"], meta["date"]) == ("Lena Ortiz", "2023-07-14")


def test_only_json_ld_has_the_date_and_authors() -> None:
    head = """<script type="application/ld+json">{"@context": "https://schema.org",
      "@graph": [{"@type": "WebPage", "name": "Bridge"},
                 {"@type": "NewsArticle", "headline": "Bridge reopens after repairs",
                  "datePublished": "2021-11-02T09:00:00Z",
                  "author": [{"@type": "Person", "name": "Ana Sahin"}, "Tom Reed"]}]}</script>"""
    meta = front(html_to_markdown(page(f"<p>{FILLER}</p><p>{FILLER}</p>", head)))
    assert meta["date"] == "2021-11-02"
    assert meta["author"] == "Ana Sahin and Tom Reed"


def test_a_label_taken_for_an_author_falls_back_to_the_metadata() -> None:
    head = '<meta name="author" content="Lena Ortiz">'
    html = page(f'<p class="byline"><span class="author">Article by</span></p><p>{FILLER}</p>')
    meta = front(html_to_markdown(html.replace("<title>", head + "<title>")))
    assert meta["author"] == "Lena Ortiz"


def test_text_that_looks_like_markdown_is_escaped() -> None:
    html = page(f"<p>*Not* emphasis, [not a link](x) and 2 &lt; 3. {FILLER}</p><p>{FILLER}</p>")
    article = parse_article(html_to_markdown(html), fallback_title="x")
    assert article.text.startswith("*Not* emphasis, [not a link](x) and 2 < 3.")


def test_a_drop_cap_in_an_element_of_its_own_stays_with_its_paragraph() -> None:
    html = page(
        f'<div class="cap">W</div><p><a href="/topic/w">ork</a> on the bridge ended. {FILLER}</p>'
        f"<p>{FILLER}</p>"
    )
    article = parse_article(html_to_markdown(html), fallback_title="x")
    assert article.text.startswith("Work on the bridge ended.")


def test_a_one_letter_element_before_a_capitalised_paragraph_is_left_alone() -> None:
    html = page(f"<span>B</span><p>Plan B was chosen in the end. {FILLER}</p><p>{FILLER}</p>")
    article = parse_article(html_to_markdown(html), fallback_title="x")
    assert "BPlan" not in article.text
    assert "Plan B was chosen in the end." in article.text


def test_a_blank_line_made_of_two_breaks_ends_a_paragraph() -> None:
    html = page(
        f"<p>The bridge reopened on Monday. {FILLER}<br /><br />\nTraffic was light at first, "
        f"{FILLER.lower()}<br><br>Cyclists came back.<br>Walkers <em>too</em>, {FILLER.lower()}"
        "</p>"
    )
    paragraphs = [
        block.text
        for block in parse_article(html_to_markdown(html), fallback_title="x").blocks
        if block.kind is BlockKind.PARAGRAPH
    ]
    assert [p.split()[:3] for p in paragraphs] == [
        ["The", "bridge", "reopened"],
        ["Traffic", "was", "light"],
        ["Cyclists", "came", "back."],
    ]
    assert "Cyclists came back.\nWalkers too," in paragraphs[2]  # one break stays a break


def test_malformed_html_still_imports() -> None:
    html = f"<html><body><p>Unclosed <b>bold <i>and {FILLER}</p></div></span><p>{FILLER}"
    article = parse_article(html_to_markdown(html), fallback_title="x")
    assert "Unclosed bold and The committee met" in article.text


@pytest.mark.parametrize("html", ["", "<html><body></body></html>", "<html><p> </p></html>"])
def test_a_page_without_text_is_a_clear_error(html: str) -> None:
    with pytest.raises(ArticleError, match=r"^(not a web page|no article text)"):
        html_to_markdown(html)


def test_html_is_recognised_by_its_content() -> None:
    assert looks_like_html("\ufeff  <!DOCTYPE html><html><p>x</p>")
    assert looks_like_html("<!-- saved --><html lang=en>")
    assert looks_like_html("<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>")
    assert not looks_like_html("Headline\n\nBy Ana\n\nText with <b>tags</b> in it.")
    assert not looks_like_html("<b>Bold start</b> but no document")


def test_a_bold_line_alone_is_a_heading_but_a_bold_sentence_or_link_is_not() -> None:
    html = page(
        f"<p>{FILLER}</p><p><strong>Where the money goes</strong></p><p>{FILLER}</p>"
        f"<p><b>This whole sentence is only stressed.</b></p><p>{FILLER}</p>"
        '<p><strong>MORE: <a href="/other">Another story</a></strong></p>'
        f"<p>{FILLER} Again.</p>"
    )
    article = parse_article(html_to_markdown(html), fallback_title="x")
    assert [s.title for s in article.sections][1:] == ["Where the money goes"]


HEADLINE = "Bridge reopens after two years of repairs"


def test_a_site_logo_in_an_h1_is_not_the_title() -> None:
    html = f"""<!doctype html><html><head><title>{HEADLINE} | Harbour Ledger</title></head>
<body><header><h1 class="site-title"><a href="/">Harbour Ledger</a></h1></header>
<article><h2>{HEADLINE}</h2><p>{FILLER}</p><p>{FILLER}</p></article></body></html>"""
    assert front(html_to_markdown(html))["title"] == HEADLINE


@pytest.mark.parametrize(
    ("title", "head", "h1", "url"),
    [
        (
            f"Harbour Ledger: {HEADLINE}",
            SITE_NAME := '<meta property="og:site_name" content="Harbour Ledger">',
            "",
            None,
        ),
        (f"{HEADLINE} | Harbour Ledger", "", f"<span>Exclusive</span> {HEADLINE}", None),
        (f"{HEADLINE} - Harbour Ledger", "", "", "https://www.harbourledger.co.uk/news/1"),
    ],
)
def test_the_title_loses_a_site_name_or_a_kicker_around_it(
    title: str, head: str, h1: str, url: str | None
) -> None:
    html = page(f"<p>{FILLER}</p><p>{FILLER}</p>", head, title=title, h1=h1 or title)
    if not h1:
        html = html.replace(f"<h1>{title}</h1>", "")
    assert front(html_to_markdown(html, url=url))["title"] == HEADLINE
