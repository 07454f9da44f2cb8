"""The lines that close a copied page's article without being its text (`importer.closing`),
on texts written here: sign-offs, a line about the writer, calls to action, form boxes."""

from __future__ import annotations

from byline.core.article.importer import recognise

P1 = (
    "The ferry company said on Monday that the new boats would enter service in the spring, "
    "a year later than it had promised."
)
P2 = (
    "Engineers found faults in the engines of the first two boats during sea trials in "
    "the autumn, and the yard had to replace them."
)
P3 = (
    "Passengers on the island route have waited for new boats for more than a decade, and "
    "the company says it now has 40,000 subscribers to its travel alerts."
)
TOP = "Harbour ferries delayed again\n\nBy Ines Varga\nMarch 4, 2024\n\n"


def body(*blocks: str) -> list[str]:
    text = TOP + "\n\n".join(blocks) + "\n"
    return [line for _, line in recognise(text).body]


def test_a_line_about_the_writer_after_the_text_leaves_the_body() -> None:
    bio = "Ines Varga is the paper's transport correspondent and has covered the port since 2015."
    assert body(P1, P2, P3, bio) == [P1, P2, P3]


def test_a_sign_off_after_the_text_leaves_the_body() -> None:
    assert body(P1, P2, P3, "Posted by Ines Varga, Transport Desk") == [P1, P2, P3]


def test_calls_to_action_after_the_text_leave_the_body() -> None:
    closing = [
        "Subscribe now to our weekend edition for the full story.",
        "For the latest stories download the Harbour Times app for your phone.",
    ]
    assert body(P1, P2, P3, *closing) == [P1, P2, P3]


def test_a_form_and_its_consent_line_inside_the_text_are_dropped() -> None:
    box = [
        "[ ] Send me offers and updates by email",
        "By submitting your details you agree to our terms and are aged 16 or over.",
        "Read our full mailing list terms here",
    ]
    assert body(P1, *box, P2, P3) == [P1, P2, P3]


def test_a_sentence_of_the_article_about_subscribers_stays() -> None:
    assert body(P1, P2, P3) == [P1, P2, P3]


def test_a_sentence_about_an_app_store_or_a_click_stays_in_the_body() -> None:
    app = (
        "The company's new timetable app is out today on the App Store and Google Play, and "
        "it shows every sailing."
    )
    click = "With the new system, by clicking a single button users can see where each boat is."
    assert body(P1, app, click, P2) == [P1, app, click, P2]


def test_a_quotation_closing_the_text_is_no_call_to_action() -> None:
    quote = "\u201cWe urge our members to register for the ballot,\u201d Ms Varga said."
    assert body(P1, P2, quote) == [P1, P2, quote]
