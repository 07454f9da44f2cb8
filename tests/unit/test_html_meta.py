"""Bylines and dates of web pages in their many kinds of markup, on pages written here."""

from __future__ import annotations

import pytest

from byline.core.article.html import html_to_markdown
from byline.core.article.page_meta import byline_names
from tests.unit.test_html_import import FILLER, front, page

TEXT = f"<p>{FILLER}</p><p>{FILLER}</p>"


def json_ld(fields: str) -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        f'"@type": "NewsArticle", {fields}}}</script>'
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jane Doe", ["Jane Doe"]),
        ("Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe, John Roe & Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]),
        ("Jane Doe, Reuters", ["Jane Doe"]),
        ("Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"]),
        ("Jane Doe Staff Writer", ["Jane Doe"]),
        ("Jane Doe | 5 March 2024", ["Jane Doe"]),
        ("HLNF Staff Report October 27, 2023", ["HLNF Staff Report"]),
        ("Todd Bates Date February 5, 2020", ["Todd Bates"]),
        ("Theresa May", ["Theresa May"]),
        ("harbourtimes", ["harbourtimes"]),
        ("the newsroom", []),
    ],
)
def test_the_names_of_a_byline(text: str, names: list[str]) -> None:
    assert byline_names(text) == names


def test_a_by_label_before_names_in_links_credits_every_name() -> None:
    byline = (
        '<div class="meta"><span>By</span> <a href="/a">Jane Doe</a> and '
        '<a href="/b">John Roe</a></div>'
    )
    markdown = html_to_markdown(page(byline + TEXT, '<meta name="author" content="Jane Doe">'))
    assert front(markdown)["author"] == "Jane Doe and John Roe"


def test_a_labelled_byline_in_one_element_wins_over_a_publisher_in_the_metadata() -> None:
    head = '<meta name="author" content="Example Media Group">'
    markdown = html_to_markdown(page("<p>Written by Jane Doe</p>" + TEXT, head))
    assert front(markdown)["author"] == "Jane Doe"


def test_an_organisation_is_an_author_only_when_no_person_is_credited() -> None:
    authors = (
        '"author": [{"@type": "Person", "name": "Jane Doe"}, '
        '{"@type": "Organization", "name": "Example Wire"}]'
    )
    markdown = html_to_markdown(page(TEXT, json_ld(authors)))
    assert front(markdown)["author"] == "Jane Doe"
    alone = '"author": [{"@type": "Organization", "name": "Example Wire"}]'
    assert front(html_to_markdown(page(TEXT, json_ld(alone))))["author"] == "Example Wire"


@pytest.mark.parametrize(
    "printed",
    [
        '<p class="date">Written: 2023-11-07 15:03:30 / Updated: 2023-11-08 09:00</p>',
        "<p>Posted: Tuesday, November 7, 2023</p>",
        '<p>Updated: Nov 9, 2023</p><time datetime="2023-11-07T15:03:30+09:00">Tue</time>',
        "<div><span>7 November 2023</span></div>",
    ],
)
def test_the_date_printed_under_the_headline_wins_over_a_date_elsewhere(printed: str) -> None:
    related = "<aside><p>Earlier: floods close roads, November 3, 2023</p></aside>"
    head = '<meta property="article:modified_time" content="2023-11-09T10:00:00+00:00">'
    markdown = html_to_markdown(page(printed + TEXT + related, head))
    assert front(markdown)["date"] == "2023-11-07"


def test_a_date_after_the_article_has_begun_is_not_its_date() -> None:
    head = '<meta property="article:published_time" content="2023-11-06T10:00:00+00:00">'
    markdown = html_to_markdown(page(TEXT + "<p>March 3, 2021</p>", head))
    assert front(markdown)["date"] == "2023-11-06"
