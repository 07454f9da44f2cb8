"""Bylines and dates of web pages in their many kinds of markup, on pages written here."""

from __future__ import annotations

import pytest

from byline.core.article.html import html_to_markdown
from byline.core.article.page_byline import byline_names
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
        ("KVNW Staff Report March 14, 2022", ["KVNW Staff Report"]),
        ("Nina Holt Date August 9, 2021", ["Nina Holt"]),
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
        '<p class="date">Written: 2024-02-14 09:20:45 / Updated: 2024-02-15 10:00</p>',
        "<p>Posted: Wednesday, February 14, 2024</p>",
        '<p>Updated: Feb 16, 2024</p><time datetime="2024-02-14T09:20:45+09:00">Wed</time>',
        "<div><span>14 February 2024</span></div>",
    ],
)
def test_the_date_printed_under_the_headline_wins_over_a_date_elsewhere(printed: str) -> None:
    related = "<aside><p>Earlier: floods close roads, February 10, 2024</p></aside>"
    head = '<meta property="article:modified_time" content="2024-02-16T10:00:00+00:00">'
    markdown = html_to_markdown(page(printed + TEXT + related, head))
    assert front(markdown)["date"] == "2024-02-14"


def test_a_date_after_the_article_has_begun_is_not_its_date() -> None:
    head = '<meta property="article:published_time" content="2023-11-06T10:00:00+00:00">'
    markdown = html_to_markdown(page(TEXT + "<p>March 3, 2021</p>", head))
    assert front(markdown)["date"] == "2023-11-06"


SITE = '<meta property="og:site_name" content="The Harbour Ledger">'


@pytest.mark.parametrize(
    ("byline", "head", "author"),
    [
        ('<p class="byline">By Mara Quill, Senior Reporter</p>', "", "Mara Quill"),
        (
            '<p class="byline">By Mara Quill, Political Editor and Ivo Brandt, Reporter</p>',
            "",
            "Mara Quill and Ivo Brandt",
        ),
        ('<p class="byline">By Mara Quill, Ivo Brandt and Noor Vale, Newswire</p>', "", None),
        (
            '<p class="byline">By Mara Quill Updated 10:05 AM, Tue March 5, 2024</p>',
            "",
            "Mara Quill",
        ),
        ('<p class="byline">By Mara Quill mquill@example.com</p>', "", "Mara Quill"),
        ('<p class="byline">Mara Quill / Newswire</p>', "", "Mara Quill"),
        ("", '<meta name="author" content="Mara Quill, Staff Writer">', "Mara Quill"),
        ("", '<meta name="author" content="@maraquill">', ""),
        ("", '<meta name="author" content="Harbour Ledger Staff">', ""),
        ("", '<meta name="author" content="Harbour Ledger">', ""),
        ('<p class="byline">By Harbour Ledger Staff</p>', "", "Harbour Ledger Staff"),
    ],
)
def test_a_byline_keeps_the_writers_and_drops_roles_outlets_dates_and_handles(
    byline: str, head: str, author: str | None
) -> None:
    markdown = html_to_markdown(page(byline + TEXT, SITE + head))
    wanted = "Mara Quill, Ivo Brandt and Noor Vale" if author is None else author
    assert front(markdown).get("author", "") == wanted


def test_an_agency_is_the_author_only_when_no_person_is_credited() -> None:
    alone = html_to_markdown(page('<p class="byline">By United Newswire Service</p>' + TEXT))
    assert front(alone)["author"] == "United Newswire Service"
    shared = html_to_markdown(page('<p class="byline">Mara Quill / United Press</p>' + TEXT))
    assert front(shared)["author"] == "Mara Quill"


def test_a_date_inside_an_updated_line_is_not_the_publication_date() -> None:
    dates = (
        '<p>Last updated <time datetime="2024-03-09">March 9</time></p>'
        '<p>First published <time datetime="2024-03-05">March 5</time></p>'
    )
    assert front(html_to_markdown(page(dates + TEXT)))["date"] == "2024-03-05"
