"""Headings, bylines and headlines in browser copies of pages (all text written here)."""

from __future__ import annotations

import pytest

from byline.core.article.importer import recognise

P1 = (
    "The harbour board approved the plan on Tuesday evening after a debate that lasted "
    "more than four hours, officials said."
)
P2 = (
    "Residents who spoke at the meeting were divided, with some warning that the new quay "
    "would bring more lorries through the old town."
)
P3 = "Work is expected to start next spring and to take about two years to finish, they added."
P4 = "The board will publish the full plans and a timetable for the works later this month."
HEADLINE = "Harbour plan approved after long debate"


def article(*body: str, header: tuple[str, ...] = ("By Ana Ruiz",)) -> str:
    menu = ("Skip to content", "Home", "News", "Sport")
    return "\n\n".join((*menu, HEADLINE, *header, *body)) + "\n"


def headings(text: str) -> list[str]:
    return [line for kind, line in recognise(text).body if kind == "heading"]


# -- headings ----------------------------------------------------------------------------


def test_a_heading_sits_between_paragraphs_of_running_text() -> None:
    assert headings(article(P1, "Residents divided", P2, P3)) == ["Residents divided"]


def test_a_title_like_line_after_a_caption_or_a_label_is_not_a_heading() -> None:
    text = article(
        P1,
        "Quay workers at dawn (Photo: Ana Ruiz/Harbour Times)",
        "Work on the quay",
        P2,
        "Watch the video",
        "Council leader speaks",
        P3,
    )
    assert headings(text) == []


def test_headings_in_a_run_over_single_paragraphs_are_a_list_of_links() -> None:
    text = article(
        P1,
        "New ferry timetable starts in May",
        P2,
        "Old lighthouse to open to visitors",
        P3,
        "Fishing quotas cut again",
        P4,
    )
    assert headings(text) == []


def test_a_line_repeated_on_the_page_or_ending_in_a_date_is_not_a_heading() -> None:
    repeated = article(P1, "Harbour Times", P2, "Harbour Times", P3, P4)
    dated = article(P1, "Harbour board meets again 12.03.2024", P2, P3)
    assert headings(repeated) == []
    assert headings(dated) == []


def test_a_byline_after_the_text_is_not_a_heading() -> None:
    text = article(P1, P2, "Posted by Tom Bell, Community Team, Harbour Times", P3)
    assert headings(text) == []


def test_the_name_under_a_pull_quote_is_not_a_heading() -> None:
    quote = "“Nobody asked the people who live on the quay what they wanted.”"
    assert headings(article(P1, quote, "Mia Holm, Quay Residents", P2, P3)) == []


def test_interview_questions_before_a_speakers_answer_are_headings() -> None:
    text = article(
        P1,
        "Why did the board change its mind after two years of saying no?",
        "Ruiz: The money came through, and the survey showed the quay walls would not last.",
        "What happens next?",
        "Ruiz: We start the works in spring and keep one berth open the whole time.",
    )
    assert headings(text) == [
        "Why did the board change its mind after two years of saying no?",
        "What happens next?",
    ]


def test_a_short_question_between_paragraphs_is_a_heading() -> None:
    assert headings(article(P1, "Who pays for it?", P2, P3)) == ["Who pays for it?"]


# -- links and the article's end -----------------------------------------------------------


def test_links_behind_a_read_more_label_are_dropped() -> None:
    text = article(
        P1, "Read more: Ferry fares to rise", P2, "Read more", "Storm closes road", "Quay", P3
    )
    blocks = recognise(text).body
    assert [line for _, line in blocks] == [P1, P2, "Quay", P3]


def test_a_late_more_about_section_ends_the_article() -> None:
    long_text = [f"{P1} {P2}"] * 4
    teasers = ["Ferry fares to rise next year", f"{P3}", "Storm closes road", f"{P4}"]
    text = article(*long_text, "More about the harbour", *teasers)
    body = [line for _, line in recognise(text).body]
    assert body == long_text


# -- bylines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "author"),
    [
        (("By", "Ana Ruiz", "@anaruiz", "Tom Bell", "12 March 2024"), "Ana Ruiz and Tom Bell"),
        (("Article by", "harbourtimes"), "harbourtimes"),
        (("ByAna Ruiz Gazette logo",), "Ana Ruiz"),
        (("Ana Ruiz by Ana Ruiz",), "Ana Ruiz"),
        (("Harbour Wire/Harbour Times", "Published: 12 March 2024"), "Harbour Wire"),
        (("Harbour Times 02/10/2024 Ana Ruiz",), "Ana Ruiz"),
        (("Posted by Ana Ruiz, Community Team, Harbour Times",), "Ana Ruiz"),
    ],
)
def test_bylines_in_many_forms(header: tuple[str, ...], author: str) -> None:
    imported = recognise(article(P1, P2, P3, header=header))
    assert imported.title == HEADLINE
    assert imported.author == author
    assert [line for _, line in imported.body] == [P1, P2, P3]


def test_a_byline_opening_the_first_paragraph_keeps_the_paragraph() -> None:
    first = f"By Ana Ruiz: {P1}"
    imported = recognise(article(first, P2, P3, header=()))
    assert imported.author == "Ana Ruiz"
    assert imported.body[0] == ("paragraph", first)


def test_a_sign_off_or_an_author_line_after_the_text_names_the_writer() -> None:
    signed = recognise(article(P1, P2, P3, "Ana Ruiz, Harbour Radio News.", header=()))
    boxed = recognise(
        article(P1, P2, P3, "Share", "• Date 19.03.2024", "• Author Ana Ruiz", header=())
    )
    assert signed.author == "Ana Ruiz"
    assert (boxed.author, boxed.date) == ("Ana Ruiz", "2024-03-19")


def test_a_stack_of_short_lines_is_not_one_wrapped_paragraph() -> None:
    text = article(P1, P2, header=("Features\nBy Ana Ruiz\npublished 12 March 2024",))
    imported = recognise(text)
    assert (imported.author, imported.date) == ("Ana Ruiz", "2024-03-12")


# -- headlines ---------------------------------------------------------------------------


def test_a_menu_line_above_the_headline_is_not_the_title() -> None:
    menu = ("Live Radio Podcasts Weather Traffic", "Your Account", "• LOCAL")
    text = "\n\n".join((*menu, HEADLINE, "Ana Ruiz Image", "ByAna Ruiz", "12 March 2024", P1, P2))
    imported = recognise(text)
    assert (imported.title, imported.author) == (HEADLINE, "Ana Ruiz")


def test_a_title_cased_headline_may_end_with_an_abbreviation() -> None:
    headline = "Cold Snap Forecast for Wed. after Frost Alert Tues."
    text = "\n\n".join(("Dark Mode Go Top", headline, "Written: 2024-03-12", P1, P2, P3))
    imported = recognise(text)
    assert (imported.title, imported.date) == (headline, "2024-03-12")
