"""Authors and dates declared by the published conventions (schema.org JSON-LD and
microdata, OpenGraph, Dublin Core, analytics tags, ``rel=author``, hCard/hAtom), and the
precedence between them, on pages written here."""

from __future__ import annotations

import json
from typing import Any

import pytest

from byline.core.article.html import html_to_markdown
from tests.unit.test_html_import import FILLER, front

TEXT = f"<p>{FILLER}</p><p>{FILLER} The vote is due next week.</p><p>{FILLER}</p>"
HEADLINE = "Harbour bridge reopens"


def page(head: str = "", before: str = "", after: str = "", h1: str = HEADLINE) -> str:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{HEADLINE} | The Harbour Ledger</title>{head}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>{heading}{before}{TEXT}</article>{after}
<footer><p>Copyright The Harbour Ledger. All rights reserved.</p></footer></body></html>"""


def ld(**fields: Any) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def meta(name: str, content: str, attribute: str = "name") -> str:
    return f'<meta {attribute}="{name}" content="{content}">'


PERSON = {"@type": "Person", "name": "Mara Quill"}


@pytest.mark.parametrize(
    ("html", "author", "date"),
    [
        (
            page(ld(author="Mara Quill", datePublished="2024-03-05T10:00:00Z")),
            "Mara Quill",
            "2024-03-05",
        ),
        (
            page(ld(**{"@type": "BlogPosting"}, author=PERSON, dateCreated="2024-03-05")),
            "Mara Quill",
            "2024-03-05",
        ),
        (
            page(
                ld(
                    author=[PERSON, {"@type": "Person", "name": "Ivo Brandt"}],
                    datePublished="2024-03-05",
                )
            ),
            "Mara Quill and Ivo Brandt",
            "2024-03-05",
        ),
        (
            page(
                ld(
                    **{"@type": ["ReportageNewsArticle", "Article"]},
                    author={"name": "Mara Quill"},
                    datePublished="March 5, 2024",
                )
            ),
            "Mara Quill",
            "2024-03-05",
        ),
        (
            page(
                ld(
                    author="Mara Quill",
                    dateModified="2024-03-09",
                    datePublished="2024-03-05T23:30:00-05:00",
                )
            ),
            "Mara Quill",
            "2024-03-05",
        ),
        (
            page(
                meta("article:published_time", "2024-03-05T09:00:00+01:00", "property")
                + meta("article:author", "https://social.example/maraquill", "property")
                + meta("author", "Mara Quill")
            ),
            "Mara Quill",
            "2024-03-05",
        ),
        (
            page(meta("DC.creator", "Quill, Mara") + meta("DC.date", "2024-03-05")),
            "Mara Quill",
            "2024-03-05",
        ),
        (
            page(
                meta("dcterms:creator", "Mara Quill", "property")
                + meta("dcterms:created", "2024-03-05", "property")
            ),
            "Mara Quill",
            "2024-03-05",
        ),
        (
            page(
                meta("parsely-author", "Mara Quill")
                + meta("parsely-author", "Ivo Brandt")
                + meta("parsely-pub-date", "2024-03-05T10:00:00Z")
            ),
            "Mara Quill and Ivo Brandt",
            "2024-03-05",
        ),
        (
            page(meta("sailthru.author", "Mara Quill") + meta("sailthru.date", "2024-03-05 10:00")),
            "Mara Quill",
            "2024-03-05",
        ),
        (
            page(
                meta("author", "By Mara Quill")
                + meta("og:updated_time", "2024-03-09", "property")
                + meta("article:published_time", "2024-03-05", "property")
            ),
            "Mara Quill",
            "2024-03-05",
        ),
    ],
)
def test_declared_authors_and_dates_in_every_standard(html: str, author: str, date: str) -> None:
    meta_data = front(html_to_markdown(html))
    assert (meta_data.get("author"), meta_data.get("date"), meta_data["title"]) == (
        author,
        date,
        HEADLINE,
    )


def test_a_json_ld_graph_names_its_author_by_reference_and_its_page_date_is_not_the_article_s() -> (
    None
):
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": "Harbour Ledger", "datePublished": "2023-01-01"},
            {"@type": "Person", "@id": "#writer", "name": "Mara Quill"},
            {
                "@type": "NewsArticle",
                "headline": HEADLINE,
                "author": {"@id": "#writer"},
                "datePublished": "2024-03-05T08:00:00+01:00",
            },
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    found = front(html_to_markdown(page(head)))
    assert (found["author"], found["date"]) == ("Mara Quill", "2024-03-05")


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="meta"><a rel="author" href="/authors/mq">Mara Quill</a></div>',
        '<p class="byline author vcard"><a class="url fn n" href="/a/mq">Mara Quill</a></p>',
        '<div class="byline"><span class="author vcard"><span class="fn">Mara Quill</span>'
        "</span></div>",
        '<div itemprop="author" itemscope><span itemprop="name">Mara Quill</span></div>',
    ],
)
def test_a_byline_marked_up_in_the_text_beats_a_user_name_in_the_metadata(byline: str) -> None:
    html = page(meta("author", "admin"), before=byline)
    assert front(html_to_markdown(html))["author"] == "Mara Quill"


@pytest.mark.parametrize(
    "dated",
    [
        '<time class="entry-date published" datetime="2024-03-05T10:00:00+00:00">Tuesday</time>'
        '<time class="updated" datetime="2024-03-09">Saturday</time>',
        '<abbr class="published" title="2024-03-05T10:00:00">Tuesday</abbr>',
        '<meta itemprop="datePublished" content="2024-03-05"><span>Tuesday</span>',
    ],
)
def test_a_publication_date_marked_up_in_the_text_is_the_date(dated: str) -> None:
    html = page(meta("article:modified_time", "2024-03-09", "property"), before=dated)
    assert front(html_to_markdown(html))["date"] == "2024-03-05"


@pytest.mark.parametrize(
    "head",
    [
        ld(author={"@type": "Organization", "name": "The Harbour Ledger"}),
        ld(author={"@type": "NewsMediaOrganization", "name": "Harbour Ledger News"}),
        ld(author="Harbour Ledger", publisher={"@type": "Organization", "name": "Harbour Ledger"}),
        meta("author", "The Harbour Ledger"),
    ],
)
def test_the_outlet_declared_as_author_is_its_publisher_not_a_byline(head: str) -> None:
    assert "author" not in front(html_to_markdown(page(head)))


def test_a_person_in_a_weaker_source_beats_the_outlet_in_a_stronger_one() -> None:
    head = ld(author={"@type": "Organization", "name": "Harbour Ledger"}) + meta(
        "author", "Mara Quill"
    )
    assert front(html_to_markdown(page(head)))["author"] == "Mara Quill"


def test_a_wire_service_other_than_the_outlet_is_the_author_when_no_person_is() -> None:
    head = ld(author={"@type": "Organization", "name": "Example Wire Service"})
    assert front(html_to_markdown(page(head)))["author"] == "Example Wire Service"


def test_a_byline_in_a_box_of_related_articles_is_not_the_articles() -> None:
    related = (
        '<aside class="related"><h3>Related</h3><div><a href="/x">Ferry fares rise</a>'
        '<span class="byline">By Ivo Brandt</span></div></aside>'
    )
    html = page(meta("article:published_time", "2024-03-05", "property"), after=related)
    assert "author" not in front(html_to_markdown(html))
