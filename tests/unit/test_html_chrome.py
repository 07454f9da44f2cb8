"""Page furniture inside the main text (`byline.core.article.html_chrome`), on pages written
here: each kind is removed, the article text around it is kept."""

from __future__ import annotations

import pytest

from byline.core.article.html import html_to_markdown
from byline.core.article.markdown import parse_article
from byline.core.article.model import BlockKind
from tests.unit.test_html_import import FILLER, body, front, page

SECOND = (
    "Engineers said the work on the southern span took longer than planned because the old "
    "steel had to be tested piece by piece before anything could be replaced."
)


def article(furniture: str, *, after: bool = False, head: str = "") -> str:
    """A page whose article holds `furniture` between (or after) two paragraphs."""
    if after:
        return page(f"<p>{FILLER}</p><p>{SECOND}</p>{furniture}", head)
    return page(f"<p>{FILLER}</p>{furniture}<p>{SECOND}</p>", head)


@pytest.mark.parametrize(
    ("furniture", "gone"),
    [
        ('<p>Read more: <a href="/other">Ferry fares rise again</a></p>', "Ferry fares"),
        ('<p><a href="/other">Ferry fares rise again as fuel costs climb</a></p>', "Ferry"),
        ("<p><b>Video:</b> The bridge at night (Example TV)</p>", "bridge at night"),
        ("<p>Sign up to our morning newsletter for the day's news.</p>", "newsletter"),
        ("<p>Download our app for the latest updates from the city.</p>", "app for"),
        ("<p>Share on Pinterest</p>", "Pinterest"),
        ("<p>© 2024 The Example Post. All rights reserved.</p>", "rights"),
        ("<p>____________________</p>", "____"),
        ("<p>Posted: Monday, June 13, 2022. 08:45 am.</p>", "Monday"),
        ("<p>By Jane Doe</p>", "Jane Doe"),
    ],
)
def test_furniture_inside_the_text_is_removed(furniture: str, gone: str) -> None:
    text = body(html_to_markdown(article(furniture)))
    assert gone not in text
    assert FILLER[:40] in text and SECOND[:40] in text


def test_a_list_of_links_to_other_articles_is_removed_and_a_list_of_points_kept() -> None:
    links = (
        '<ul><li><a href="/a">Council votes on the budget</a></li>'
        '<li><a href="/b">Ferry fares rise again</a></li></ul>'
    )
    points = "<ul><li>The south span is open.</li><li>The north span opens in May.</li></ul>"
    text = body(html_to_markdown(article(links + points)))
    assert "Council votes" not in text and "Ferry fares" not in text
    assert "- The south span is open." in text


def test_a_sentence_that_mentions_a_newsletter_or_starts_with_by_is_kept() -> None:
    sentences = (
        "<p>By then, the council had already closed the bridge to lorries.</p>"
        "<p>The mayor's weekly newsletter described the repairs as overdue and costly.</p>"
    )
    text = body(html_to_markdown(article(sentences)))
    assert "By then, the council" in text
    assert "weekly newsletter described" in text


def test_a_newsletter_heading_and_its_prompt_go_and_real_headings_stay() -> None:
    furniture = (
        "<h2>Morning Briefing Newsletter</h2>"
        "<p>Get the best stories of the week in your inbox.</p>"
        "<h2>What happens next</h2>"
    )
    text = body(html_to_markdown(article(furniture)))
    assert "Briefing" not in text and "inbox" not in text
    assert "## What happens next" in text


def test_a_sign_off_names_the_writer_when_the_page_credits_nobody() -> None:
    head = '<meta property="og:site_name" content="Example Radio News">'
    markdown = html_to_markdown(
        article("<p>Mira Castell, Example Radio News.</p>", after=True, head=head)
    )
    assert front(markdown)["author"] == "Mira Castell"
    assert "Mira Castell" not in body(markdown)


def test_a_posted_by_line_at_the_end_names_the_writer_and_leaves_the_text() -> None:
    markdown = html_to_markdown(
        article("<p>Posted by Jane Doe, Marketing Lead, Example Corp</p>", after=True)
    )
    assert front(markdown)["author"] == "Jane Doe"
    assert "Posted by" not in body(markdown)


def test_a_last_paragraph_with_a_comma_is_not_a_sign_off() -> None:
    markdown = html_to_markdown(article("<p>Mira Castell, the engineer, agreed.</p>", after=True))
    assert "author" not in front(markdown)
    assert "Mira Castell, the engineer, agreed." in body(markdown)


def test_a_heading_that_holds_a_block_or_an_anchor_is_kept() -> None:
    heading = '<h2><div><a name="next-steps">What happens next</a></div></h2>'
    assert "## What happens next" in body(html_to_markdown(article(heading)))


def test_a_bold_question_standing_alone_is_a_heading() -> None:
    question = (
        "<p><strong>Thanks for joining us! To start us off, could you tell our readers a "
        "little about where you grew up?</strong></p>"
    )
    text = body(html_to_markdown(article(question)))
    assert "## Thanks for joining us!" in text


def test_a_bold_heading_left_with_nothing_under_it_goes_and_a_bold_by_phrase_stays() -> None:
    furniture = (
        "<p><strong>By the numbers</strong></p>" + f"<p>{SECOND}</p>"
        "<p><strong>Curious about bridges?</strong></p>"
        "<p>Then sign up for our newsletter to get the latest news in your inbox.</p>"
    )
    text = body(html_to_markdown(article(furniture, after=True)))
    assert "## By the numbers" in text
    assert "Curious" not in text and "sign up" not in text


@pytest.mark.parametrize(
    ("furniture", "gone"),
    [
        ("<p>Advertisement</p>", "Advertisement"),
        ("<p>ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT</p>", "SCROLL"),
        ("<p>Story continues below advertisement</p>", "continues"),
        ("<p>Listen to this article</p>", "Listen"),
        ("<p>4 min read</p>", "min read"),
        ("<p>Click here to read the full report.</p>", "Click here"),
        ("<p>Facebook Twitter LinkedIn WhatsApp Email</p>", "LinkedIn"),
        ("<p>Comments</p><p>You must be logged in to comment.</p>", "logged in"),
        ("<p>Join the conversation</p>", "conversation"),
        ("<p>Tags: bridges, transport, city council</p>", "city council"),
        ('<p>Topics</p><ul><li><a href="/t/a">Transport</a></li></ul>', "Topics"),
        ("<p>We use cookies to improve your experience. See our cookie policy.</p>", "cookie"),
        ("<p>This story is available to subscribers. Subscribe now.</p>", "subscribers"),
        ("<p>Support independent journalism. Become a member today.</p>", "Become a"),
        ("<p>Follow us on Twitter for more local news.</p>", "Follow us"),
        ("<p>Image credit: Example Agency</p>", "Example Agency"),
        ("<p>Workers on the span in January. Photograph: Ivo Brandt/Newswire</p>", "Brandt"),
        ("<p>The old toll booth on the east bank. (File photo)</p>", "toll booth"),
        ('<h2>You might also like</h2><p><a href="/a">Ferry fares rise again</a></p>', "might"),
    ],
)
def test_notices_prompts_credits_and_labels_inside_the_text_are_removed(
    furniture: str, gone: str
) -> None:
    text = body(html_to_markdown(article(furniture)))
    assert gone not in text
    assert FILLER[:40] in text and SECOND[:40] in text


def test_sentences_that_start_like_furniture_are_kept() -> None:
    sentences = (
        "<p>Advertising revenue at the port fell by a fifth, the harbour board said.</p>"
        '<p>"We lost subscribers when the ferry stopped," the shop owner said.</p>'
        "<p>Comments from residents were mostly about the noise of the night works.</p>"
    )
    text = body(html_to_markdown(article(sentences)))
    assert "Advertising revenue" in text and "lost subscribers" in text
    assert "Comments from residents" in text


def test_a_credited_caption_after_an_image_is_its_caption() -> None:
    image = (
        '<p><img src="https://example.org/span.jpg" alt="The span"></p>'
        "<p>Workers on the span in January. (File photo)</p>"
    )
    markdown = html_to_markdown(article(image))
    blocks = parse_article(markdown).blocks
    kinds = [(block.kind, block.text) for block in blocks if "Workers" in block.text]
    assert kinds == [(BlockKind.CAPTION, "Workers on the span in January. (File photo)")]


def test_a_page_that_is_only_a_credited_caption_keeps_it() -> None:
    caption = (
        "Workers on the span in January, when the old steel of the southern half was lifted "
        "out piece by piece and taken to the yard for testing. Photo: Ivo Brandt"
    )
    html = page(f"<p>{caption}</p>")
    assert "Workers on the span" in body(html_to_markdown(html))
