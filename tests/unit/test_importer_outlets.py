"""Browser copies of typical page layouts of outlets the rules were not built on.

Every page below is written for these tests, one block a line with blank lines between
blocks (what a copy of a page, or `w3m -dump`, gives). Each test checks what a reader
sees: the headline, the byline and date (none rather than a wrong one), the section
headings (a line that might be chrome stays a paragraph), and that every paragraph kept
is a line of the page, character for character.
"""

from __future__ import annotations

from byline.core.article import BlockKind, import_text, parse_article
from byline.core.article.importer import ImportedArticle, recognise

R1 = (
    "The port authority said on Tuesday that about 4,000 workers had joined the strike, "
    "leaving dozens of container ships waiting at anchor outside the harbour."
)
R2 = (
    "Union leaders said the walkout would last at least three days unless employers "
    "improved their offer, which they described as a pay cut in all but name."
)
R3 = (
    "Employers' groups said the demands would add more than 12% to labour costs and warned "
    "that shipping lines could divert cargo to other ports in the region."
)
R4 = (
    "Talks between the two sides broke down late on Monday after a fourth round of "
    "negotiations failed to produce an agreement on overtime rates."
)
R5 = (
    "The government has so far refused to intervene, saying the dispute is a matter for "
    "the employers and the unions to settle between themselves."
)
R6 = (
    "Economists warned that a long stoppage would hit exporters of fruit and coffee, whose "
    "goods cannot wait for weeks on the quayside without spoiling."
)


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def headings(imported: ImportedArticle) -> list[str]:
    return [text for kind, text in imported.body if kind == "heading"]


def assert_text_kept(text: str) -> None:
    """Every paragraph, heading and list item reads back as a line of the page."""
    article = parse_article(import_text(text))
    lines = {line.strip() for line in text.splitlines()}
    for block in article.blocks:
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING):
            assert block.text in lines, block.text


WIRE = page(
    "Skip to main content",
    "World\nBusiness\nMarkets\nSustainability\nLegal\nTechnology\nMore",
    "World",
    "Port workers in three countries walk out over pay",
    "By Jane Smith and Omar Haddad",
    "5 minute read",
    "March 12, 2024 9:41 AM GMT Updated 2 hours ago",
    "[1/3] Dock workers gather at the gates of the container terminal in Santos, Brazil, "
    "March 11, 2024. REUTERS/Carla Carniel Purchase Licensing Rights",
    "SAO PAULO/ROTTERDAM, March 12 (Reuters) - " + R1,
    R2,
    R3,
    "\u201cWe cannot accept another year of real pay cuts,\u201d said union leader Rui Costa.",
    R4,
    "Reporting by Jane Smith in Sao Paulo and Omar Haddad in Rotterdam; Editing by Mark Potter",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Read Next",
    "Markets fall as oil prices climb for a third day",
    "Central bank holds rates, signals cuts later this year",
)


def test_agency_wire_copy() -> None:
    imported = recognise(WIRE)
    assert imported.title == "Port workers in three countries walk out over pay"
    assert imported.author == "Jane Smith and Omar Haddad"
    assert imported.date == "2024-03-12"
    assert headings(imported) == []
    assert_text_kept(WIRE)


AP_WIRE = page(
    "Menu",
    "World News",
    "Italy's ferry operators cancel crossings as storm nears",
    "By NICOLE MARTIN",
    "Updated 3:12 PM GMT+1, October 4, 2023",
    "Share",
    "ROME (AP) \u2014 " + R1,
    R2,
    R3,
    R4,
    "___",
    "Follow AP's coverage of the weather at https://example.org/hub/weather",
)


def test_associated_press_style_copy() -> None:
    imported = recognise(AP_WIRE)
    assert imported.title == "Italy's ferry operators cancel crossings as storm nears"
    assert imported.author == "NICOLE MARTIN"
    assert imported.date == "2023-10-04"
    assert headings(imported) == []


BLOG = page(
    "My Sourdough Journal",
    "Baking bread, one loaf at a time",
    "Home\nAbout\nRecipes\nContact",
    "Why my starter failed in winter (and how I fixed it)",
    "Posted on January 8, 2023 by Maria Lopez",
    "Leave a comment",
    R1,
    R2,
    "What went wrong",
    R3,
    R4,
    "The fix",
    R5,
    "Share this:",
    "Twitter\nFacebook",
    "Like this:",
    "Like Loading...",
    "Related",
    "Five things I learned from my first loaf",
    'In "Bread"',
    "Posted in Bread, Starters Tagged sourdough, winter",
    "Post navigation",
    "Previous Post A rye bread for beginners",
    "Next Post Baking with spelt",
    "3 thoughts on \u201cWhy my starter failed in winter (and how I fixed it)\u201d",
    "Anna says:",
    "January 9, 2023 at 10:02 am",
    "Thanks, this helped a lot!",
    "Reply",
    "Leave a Reply Cancel reply",
    "Search for:",
    "Recent Posts",
    "A rye bread for beginners\nBaking with spelt",
    "Archives",
    "January 2023\nDecember 2022",
    "Categories",
    "Bread\nStarters",
)


def test_blog_post_with_a_sidebar_and_comments() -> None:
    imported = recognise(BLOG)
    assert imported.title == "Why my starter failed in winter (and how I fixed it)"
    assert imported.author == "Maria Lopez"
    assert imported.date == "2023-01-08"
    assert headings(imported) == ["What went wrong", "The fix"]
    assert_text_kept(BLOG)


MAGAZINE = page(
    "Subscribe",
    "Sign In",
    "Culture",
    "The Long Read",
    "The last lighthouse keepers",
    "On a windswept rock off the coast, two men keep a light that no longer needs them. "
    "What do they do all day?",
    "By Tom Ellis",
    "Photographs by Sara Kim",
    "June 3, 2022",
    "[image]",
    "The lighthouse on Gull Rock, seen from the supply boat. Photograph: Sara Kim for The Magazine",
    R1,
    "\u201cNobody tells you how loud the quiet is\u201d",
    "Nobody tells you how loud the quiet is, he says, and then he laughs at himself for saying it.",
    R2,
    "The supply boat",
    R3,
    "Advertisement",
    R4,
    "A life in shifts",
    R5,
    "\u201cThe light is the only thing that keeps its promises\u201d",
    R6,
    "This article appears in the July 2022 issue.",
    "More Culture",
    "The village that sings to its bees",
    "How a forgotten opera found its audience",
)


def test_magazine_feature_with_pull_quotes() -> None:
    imported = recognise(MAGAZINE)
    assert imported.title == "The last lighthouse keepers"
    assert imported.author == "Tom Ellis"
    assert imported.date == "2022-06-03"
    assert headings(imported) == ["The supply boat", "A life in shifts"]
    assert_text_kept(MAGAZINE)


LOCAL = page(
    "Springfield Gazette",
    "72\u00b0",
    "Sunny",
    "Hi 75\u00b0 Lo 58\u00b0",
    "Weather\nTraffic\nObituaries\nE-Edition",
    "Thursday, March 14, 2024",
    "Local News",
    "City council approves new bus routes",
    "By Dana White dwhite@example.com",
    "Mar 13, 2024",
    "Updated Mar 13, 2024",
    R1,
    R2,
    "Weather Alert",
    "Flood watch in effect until 8 PM",
    R3,
    "What's next",
    R4,
    R5,
    "Dana White covers city hall for the Gazette. Reach her at 555-0100.",
    "Tags",
    "Bus\nCity Council",
    "Most Popular",
    "Man arrested after chase on Route 9\nSchool board delays vote on new calendar",
)


def test_local_news_page_with_a_weather_widget() -> None:
    imported = recognise(LOCAL)
    assert imported.title == "City council approves new bus routes"
    assert imported.author == "Dana White"
    assert imported.date == "2024-03-13"
    assert headings(imported) == ["What's next"]
    assert_text_kept(LOCAL)


COOKIES = page(
    "We use cookies to improve your experience on our site. If you keep browsing, you "
    "accept our use of cookies.",
    "Accept all\nManage preferences\nReject all",
    "News\nOpinion\nSport\nCulture",
    "Ministers promise faster trains on northern lines",
    "The plan would cut journey times by a quarter, but critics say the money is not there",
    "Priya Shah",
    "Transport correspondent",
    "Published 4 April 2024",
    R1,
    R2,
    "Morning Briefing",
    "Get the day's top stories in your inbox every weekday morning.",
    "Enter your email address",
    "Sign up",
    "By signing up you agree to our Privacy Policy.",
    R3,
    "A new approach",
    R4,
    R5,
    "Most viewed",
    "Storm closes coastal road for second day",
)


def test_page_with_a_cookie_banner_and_a_newsletter_box() -> None:
    imported = recognise(COOKIES)
    assert imported.title == "Ministers promise faster trains on northern lines"
    assert imported.date == "2024-04-04"
    assert imported.author in (None, "Priya Shah")
    assert headings(imported) == ["A new approach"]
    assert_text_kept(COOKIES)


RELATED = page(
    "Home > Business",
    "Bakery chain to close 40 shops as costs bite",
    "By Leo Grant",
    "12 February 2024",
    R1,
    "Related Articles",
    "Supermarket sales slow as shoppers cut back on treats",
    "Energy bills: what the new price cap means for you",
    R2,
    "READ MORE: Why flour prices doubled in two years",
    R3,
    "You might also like:",
    "High street footfall falls for sixth month",
    R4,
    "Council tax: Households face biggest rise in a decade as councils run short",
    R5,
    "Jobs at risk",
    R6,
)


def test_related_articles_between_paragraphs() -> None:
    imported = recognise(RELATED)
    assert imported.title == "Bakery chain to close 40 shops as costs bite"
    assert imported.author == "Leo Grant"
    assert imported.date == "2024-02-12"
    assert headings(imported) == ["Jobs at risk"]
    assert_text_kept(RELATED)


LIVE = page(
    "Live",
    "Storm Agnes live: ferries cancelled and roads closed as winds reach 80mph",
    "Updated 14:05 BST",
    "Key events",
    "Show key events only",
    "14:02 BST",
    "Ferry services cancelled",
    R1,
    "13:45 BST",
    R2,
    "12:30 BST",
    "Roads closed in the west",
    R3,
    "Share",
)


def test_live_page_gives_no_wrong_date_or_author() -> None:
    imported = recognise(LIVE)
    assert imported.title.startswith("Storm Agnes live")
    assert imported.author is None
    assert imported.date is None
    assert_text_kept(LIVE)


CAPTIONS = page(
    "Harbour News",
    "Seals return to the estuary after thirty years",
    "By Ana Ruiz",
    "5 May 2021",
    R1,
    "[image]",
    "A grey seal on the sandbank at low tide",
    R2,
    "Volunteers count the seals every spring",
    "Volunteers count the seals every spring",
    R3,
    "Counting the colony",
    R4,
    R5,
)


def test_a_caption_without_a_credit_after_an_image_is_not_a_heading() -> None:
    imported = recognise(CAPTIONS)
    assert headings(imported) == ["Counting the colony"]
    assert_text_kept(CAPTIONS)


SHORT_LINES = page(
    "Harbour News",
    "Seals return to the estuary after thirty years",
    "By Ana Ruiz",
    R1,
    "Key facts",
    "Grey seals",
    "About 400 animals",
    "Counted every spring",
    R2,
    "So what changed?",
    R3,
    R4,
)


def test_a_run_of_short_lines_holds_no_heading() -> None:
    imported = recognise(SHORT_LINES)
    assert "Key facts" not in headings(imported)
    assert "Counted every spring" not in headings(imported)
    assert_text_kept(SHORT_LINES)


EXPLAINER = page(
    "Explainers",
    "What the new tenancy law means for renters",
    "By Sam Okafor",
    "9 September 2023",
    "In this article",
    "Who is covered\nWhat changes for deposits\nCan landlords still evict?",
    R1,
    "Who is covered",
    R2,
    R3,
    "What changes for deposits",
    R4,
    "Can landlords still evict?",
    R5,
    R6,
    "Most read",
    "Storm closes coastal road for second day",
)


def test_headings_listed_in_a_table_of_contents_stay_headings() -> None:
    imported = recognise(EXPLAINER)
    assert headings(imported) == [
        "Who is covered",
        "What changes for deposits",
        "Can landlords still evict?",
    ]
    assert_text_kept(EXPLAINER)


def test_a_link_title_repeated_in_a_list_after_the_text_is_not_a_heading() -> None:
    text = page(
        "Bakery chain to close 40 shops as costs bite",
        "By Leo Grant",
        R1,
        R2,
        "Flour prices doubled in two years",
        R3,
        R4,
        "More on this story",
        "Flour prices doubled in two years",
        "Energy bills rise again",
    )
    assert headings(recognise(text)) == []


def test_the_days_date_in_a_masthead_is_not_the_articles_date() -> None:
    text = page(
        "Springfield Gazette",
        "Thursday, March 14, 2024",
        "Weather\nTraffic\nObituaries",
        "Local News",
        "City council approves new bus routes",
        R1,
        R2,
        R3,
    )
    imported = recognise(text)
    assert imported.title == "City council approves new bus routes"
    assert imported.date is None


def test_a_section_label_beside_the_date_is_not_an_author() -> None:
    text = page("World Politics", "City council approves new bus routes", "Mar 13, 2024", R1, R2)
    imported = recognise(text)
    assert (imported.author, imported.date) == (None, "2024-03-13")


def test_a_commenter_is_not_the_author() -> None:
    text = page(
        "City council approves new bus routes",
        "Mar 13, 2024",
        R1,
        R2,
        R3,
        "2 Comments",
        "Posted by Gary Fields",
        "Great news for the east side, finally.",
    )
    assert recognise(text).author is None


def test_image_source_and_caption_labels_are_a_caption_not_the_headline() -> None:
    text = page(
        "Home\nNews\nSport",
        "City council approves new bus routes",
        "13 March 2024",
        "Share",
        "Image source, Getty Images",
        "Image caption, A bus at the depot",
        "By Dana White",
        R1,
        R2,
        R3,
    )
    imported = recognise(text)
    assert imported.title == "City council approves new bus routes"
    assert ("caption", "Image source, Getty Images") in imported.body


def test_a_name_with_a_role_beside_the_date_is_the_byline() -> None:
    text = page(
        "Transport",
        "City council approves new bus routes",
        "Six routes will be added in May, the council said",
        "Dana White Transport correspondent",
        "Wed 13 Mar 2024 06.00 GMT",
        R1,
        R2,
    )
    imported = recognise(text)
    assert (imported.author, imported.date) == ("Dana White", "2024-03-13")
