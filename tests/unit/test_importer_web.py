"""Importing a browser copy of a web page (every page below is written for these tests)."""

from __future__ import annotations

import pytest

from byline.core.article import BlockKind, import_text, parse_article
from byline.core.article.importer import recognise
from byline.core.errors import ArticleError

P1 = (
    "The harbour board approved the plan on Tuesday evening after a debate that lasted "
    "more than four hours, officials said."
)
P2 = (
    "Residents who spoke at the meeting were divided, with some warning that the new quay "
    "would bring more lorries through the old town."
)
P3 = "Work is expected to start next spring and to take about two years to finish, they added."


def page(*header: str, body: tuple[str, ...] = (P1, P2, P3), footer: tuple[str, ...] = ()) -> str:
    """A page copied one line per block, with menus before and links after."""
    menu = ("Skip to content", "Home", "News", "Sport", "Weather", "Search", "Menu")
    return "\n".join((*menu, "", *header, "", *body, *footer)) + "\n"


RELATED = (
    "Related",
    "Council elections: who is standing in the harbour ward",
    "Old ferry to be sold for scrap after forty years",
    "Most read",
    "Storm closes coastal road for second day",
)


def test_kicker_and_breadcrumb_before_the_headline() -> None:
    text = page("Home > News > Local", "Local News |", "Harbour plan approved after long debate")
    assert recognise(text).title == "Harbour plan approved after long debate"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Ana Ruiz", "Ana Ruiz"),
        ("By Ana Ruiz and Tom Bell", "Ana Ruiz and Tom Bell"),
        ("By Ana Ruiz, Tom Bell and Li Wei", "Ana Ruiz, Tom Bell and Li Wei"),
        ("By Ana Ruiz, Reuters", "Ana Ruiz"),
        ("By Ana Ruiz | ana@example.org", "Ana Ruiz"),
        ("Written by Ana Ruiz, Staff Writer", "Ana Ruiz"),
    ],
)
def test_bylines(line: str, author: str) -> None:
    imported = recognise(page("Harbour plan approved after long debate", line))
    assert imported.author == author
    assert all(line not in text for _, text in imported.body)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published: March 12, 2024 at 9:15 a.m. | Updated: March 13, 2024", "2024-03-12"),
        ("Updated 13 March 2024 | Published 12 March 2024", "2024-03-12"),
        ("2024-03-12T09:15:00Z", "2024-03-12"),
        ("11:59PM GMT 29 Dec 2014", "2014-12-29"),
        ("Jun 18th 2018", "2018-06-18"),
        ("19.01.2020", "2020-01-19"),
        ("3 hours ago", None),
        ("02/10/2020", None),
    ],
)
def test_dates(line: str, date: str | None) -> None:
    imported = recognise(page("Harbour plan approved after long debate", "By Ana Ruiz", line))
    assert imported.date == date
    assert imported.body[0] == ("paragraph", P1)


@pytest.mark.parametrize(
    "credit",
    [
        "The old quay at dawn. Photograph: Sam Hale",
        "The old quay at dawn. Photo by Sam Hale / Harbour Times",
        "The old quay at dawn. Credit: Sam Hale",
        "The old quay at dawn (Getty Images)",
        "The old quay at dawn. (Sam Hale/Harbour Times)",
    ],
)
def test_captions_with_credits(credit: str) -> None:
    imported = recognise(page("Harbour plan approved after long debate", body=(P1, credit, P2)))
    assert ("caption", credit) in imported.body
    assert [kind for kind, _ in imported.body].count("paragraph") == 2


def test_caption_with_its_credit_on_the_next_line() -> None:
    body = (P1, "The old quay at dawn, before the work starts.", "Photograph: Sam Hale", P2)
    imported = recognise(page("Harbour plan approved after long debate", body=body))
    assert ("caption", "The old quay at dawn, before the work starts.\nPhotograph: Sam Hale") in (
        imported.body
    )


def test_single_newline_blocks_are_paragraphs_and_text_is_kept_exactly() -> None:
    markdown = import_text(page("Harbour plan approved after long debate", "By Ana Ruiz"))
    article = parse_article(markdown)
    assert article.meta.title == "Harbour plan approved after long debate"
    assert [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH] == [P1, P2, P3]


def test_chrome_anywhere_is_dropped_and_links_after_the_article_go() -> None:
    body = (P1, "Advertisement", "Share this article", "Read more", P2, "4 Min Read", P3)
    footer = ("12 comments", "Follow", "Sign up for our newsletter", *RELATED)
    imported = recognise(page("Harbour plan approved after long debate", body=body, footer=footer))
    assert imported.body == [("paragraph", P1), ("paragraph", P2), ("paragraph", P3)]


@pytest.mark.parametrize(
    "heading", ["Why the quay matters", "A ‘once in a generation’ project", "What Comes Next."]
)
def test_headings_with_closing_quotes_or_a_final_period(heading: str) -> None:
    imported = recognise(page("Harbour plan approved after long debate", body=(P1, heading, P2)))
    assert imported.body[1] == ("heading", heading)


def test_no_chrome_line_becomes_a_heading() -> None:
    body = (P1, "Follow", P2, "4 Min Read", P3)
    imported = recognise(page("Harbour plan approved after long debate", body=body))
    assert [kind for kind, _ in imported.body] == ["paragraph"] * 3


def test_numbered_list_items_keep_their_numbers() -> None:
    body = (P1, "1. Build the new quay.", "2. Move the ferry berth.", P2)
    article = parse_article(import_text(page("Harbour plan approved", body=body)))
    items = [b.text for b in article.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == ["1. Build the new quay.", "2. Move the ferry berth."]


def test_numeric_entities_are_decoded_in_titles_and_text() -> None:
    imported = recognise("Harbour deal worth &#163;1.8m agreed\n\nThe deal is worth &#163;1.8m.\n")
    assert imported.title == "Harbour deal worth £1.8m agreed"
    assert imported.body == [("paragraph", "The deal is worth £1.8m.")]


@pytest.mark.parametrize("text", ["Advertisement\nShare\nFollow\n", "\n\n  \n"])
def test_a_page_of_chrome_only_is_a_clear_error(text: str) -> None:
    with pytest.raises(ArticleError, match="the text is empty"):
        import_text(text)
