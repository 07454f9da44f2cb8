"""Browser copies of pages in more shapes: headlines that read like sentences, bylines
without "By", several co-authors, time-only and "Updated" date lines (every page below is
written for these tests)."""

from __future__ import annotations

import pytest

from byline.core.article.importer import recognise

BODY = (
    "The harbour board approved the plan on Tuesday evening after a debate that lasted "
    "more than four hours, officials said.",
    "Residents who spoke at the meeting were divided, with some warning that the new quay "
    "would bring more lorries through the old town.",
    "Work is expected to start next spring and to take about two years to finish, they added.",
    "Opponents have until the end of the month to lodge an appeal with the planning office.",
)
TITLE = "Harbour plan approved after long debate"


def page(*header: str, body: tuple[str, ...] = BODY) -> str:
    """A page copied one line per block: a menu, the header lines, the text, links."""
    menu = ("Skip to content", "Home", "News", "Sport", "Search", "Menu")
    footer = ("Share this article", "Facebook", "Twitter", "Related stories", "Comments")
    return "\n".join((*menu, "", *header, "", *body, "", *footer)) + "\n"


@pytest.mark.parametrize(
    "title",
    ["Is the harbour plan dead after the long debate?", "Residents call harbour plan 'a disaster'"],
)
def test_a_headline_that_reads_like_a_sentence_over_its_byline(title: str) -> None:
    imported = recognise(page(title, "By Ana Ruiz", "March 5, 2024"))
    assert (imported.title, imported.author, imported.date) == (title, "Ana Ruiz", "2024-03-05")


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (("Ana Ruiz | Harbour Courier", "March 5, 2024"), "Ana Ruiz"),
        (("Ana Ruiz, Staff Writer", "March 5, 2024"), "Ana Ruiz"),
        (("Ana Ruiz and Tom Bell", "March 5, 2024"), "Ana Ruiz and Tom Bell"),
        (("Ana Ruiz Published March 5, 2024",), "Ana Ruiz"),
        (("Ana Ruiz - March 5, 2024",), "Ana Ruiz"),
        (("Ana Ruiz · March 5, 2024",), "Ana Ruiz"),
    ],
)
def test_a_name_without_by_beside_the_date(lines: tuple[str, ...], author: str) -> None:
    imported = recognise(page(TITLE, *lines))
    assert (imported.title, imported.author, imported.date) == (TITLE, author, "2024-03-05")
    assert not any(line in text for line in lines for _, text in imported.body)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Ana Ruiz, Tom Bell", "Ana Ruiz and Tom Bell"),
        ("By Ana Ruiz, Harbour Daily News", "Ana Ruiz"),
        ("By Ana Ruiz and Tom Bell, Harbour Courier", "Ana Ruiz and Tom Bell"),
        ("By ANA RUIZ and TOM BELL Harbour Wire Service", "ANA RUIZ and TOM BELL"),
    ],
)
def test_co_authors_and_an_outlet_after_them(line: str, author: str) -> None:
    assert recognise(page(TITLE, line, "March 5, 2024")).author == author


def test_names_on_lines_of_their_own_under_a_by_label() -> None:
    imported = recognise(page(TITLE, "By", "Ana Ruiz", "and", "Tom Bell", "March 5, 2024"))
    assert imported.author == "Ana Ruiz and Tom Bell"


def test_a_time_without_a_day_is_a_date_line_not_the_headline() -> None:
    imported = recognise(page(TITLE, "By Ana Ruiz", "Published 10:00 AM EST", "March 5, 2024"))
    assert (imported.title, imported.date) == (TITLE, "2024-03-05")
    assert not any("10:00" in text for _, text in imported.body)


def test_the_published_date_wins_over_an_updated_one_above_it() -> None:
    header = (TITLE, "By Ana Ruiz", "Updated: March 6, 2024", "Published: March 5, 2024")
    assert recognise(page(*header)).date == "2024-03-05"


def test_year_month_day_with_slashes() -> None:
    assert recognise(page(TITLE, "By Ana Ruiz", "2024/03/05")).date == "2024-03-05"


def test_a_reporting_credit_at_the_end_names_the_writer() -> None:
    body = (*BODY, "Reporting by Ana Ruiz; Editing by Tom Bell")
    assert recognise(page(TITLE, "March 5, 2024", body=body)).author == "Ana Ruiz"


def headings(text: str) -> list[str]:
    return [line for kind, line in recognise(text).body if kind == "heading"]


def with_body(*lines: str) -> str:
    return page(TITLE, "By Ana Ruiz", "March 5, 2024", body=lines)


@pytest.mark.parametrize(
    "chrome",
    [
        "View 23 comments",
        "Continue reading below",
        "Article continues below",
        "Scroll to continue with content",
        "Skip Ad",
        "Promoted Stories",
        "Featured",
        "Explore more",
        "More Great Harbour Stories",
    ],
)
def test_chrome_inside_the_text_is_never_a_heading(chrome: str) -> None:
    text = with_body(BODY[0], chrome, BODY[1], "What happens next", BODY[2], BODY[3])
    assert headings(text) == ["What happens next"]
    assert chrome not in [line for _, line in recognise(text).body]


def test_a_heading_after_a_short_paragraph() -> None:
    text = with_body(BODY[0], "Nobody knows yet.", "The view from the quay", BODY[1], BODY[2])
    assert headings(text) == ["The view from the quay"]


def test_a_heading_over_a_list_inside_the_text() -> None:
    items = ("• March: the appeal window closes", "• April: work begins")
    assert headings(with_body(BODY[0], BODY[1], "Key dates", *items, BODY[2])) == ["Key dates"]


def test_a_label_over_a_list_closing_the_text_is_not_a_heading() -> None:
    links = ("• Ferry fares to rise in spring", "• Council backs new cycle lanes")
    assert headings(with_body(*BODY, "Elsewhere in the region", *links)) == []


def test_numbered_headings_between_paragraphs() -> None:
    text = with_body(BODY[0], "1. Check the timetable", BODY[1], "2. Book early", BODY[2])
    assert headings(text) == ["1. Check the timetable", "2. Book early"]
    numbered_list = with_body(BODY[0], "1. Check the timetable", "2. Book early", BODY[1])
    assert headings(numbered_list) == []


def test_a_heading_over_a_photo_and_its_caption() -> None:
    photo = ("[quay-photo]", "The new quay at dawn. Photo: Tom Bell")
    text = with_body(BODY[0], BODY[1], "The view from the quay", *photo, BODY[2], BODY[3])
    assert headings(text) == ["The view from the quay"]


@pytest.mark.parametrize("chrome", ["Follow Ana Ruiz", "Gift this article"])
def test_follow_and_gift_buttons_are_chrome(chrome: str) -> None:
    assert headings(with_body(BODY[0], BODY[1], chrome, BODY[2])) == []


def test_the_name_over_an_author_bio_is_not_a_heading() -> None:
    bio = "Ana Ruiz is a reporter covering the harbour and the islands for the paper."
    assert headings(with_body(*BODY, "Ana Ruiz", bio)) == []


def test_co_authors_on_lines_of_their_own_beside_the_date() -> None:
    imported = recognise(page(TITLE, "Ana Ruiz", "Tom Bell", "March 5, 2024"))
    assert imported.author == "Ana Ruiz and Tom Bell"
    assert not any(name in text for name in ("Ana Ruiz", "Tom Bell") for _, text in imported.body)


def test_the_name_under_about_the_author_when_the_top_names_nobody() -> None:
    card = ("About the author", "Ana Ruiz", "Ana Ruiz is a reporter covering the harbour.")
    assert recognise(page(TITLE, "March 5, 2024", body=(*BODY, *card))).author == "Ana Ruiz"
