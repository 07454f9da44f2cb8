"""Page furniture the extractor keeps inside the main text, found by its shape and removed.

trafilatura's main text (its XML: ``p``, ``head``, ``list``, ``quote`` ...) still holds blocks
that are not the article: links to other articles, "Read more:" lines, newsletter and app
prompts, share buttons, copyright lines, lines of symbols, a "Posted on" or "By NAME" line,
and the writer's sign-off at the end ("NAME, Outlet News."). Each rule is about the block's
own shape and words, never about a site. The sign-off is kept aside: it names the writer when
the page credits nobody else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from byline.core.article.html_body import CAPTION, is_bold_line
from byline.core.article.html_notes import REPORTED, is_end_note, is_publication_notice

if TYPE_CHECKING:
    from lxml.etree import _Element

_WORD = re.compile(r"[^\W_]+")
_LABEL = re.compile(
    r"^\W*(?:read|see|also read|read also|related|related (?:articles?|stories|content|coverage)"
    r"|more|more on this|next|previous|watch|video|gallery|photos?|slideshow|listen|recommended"
    r"|trending|most (?:read|popular)|more from [^:]{1,40}|read more|in this (?:article|story)"
    r"|(?:table of )?contents|jump to|on this page|skip to)\W*\s*:",
    re.IGNORECASE,
)
"""A label that introduces a link to something else: "Read more:", "Video:", "Next:" ..."""
_LABEL_WORDS = 25
_CHROME_HEADING = re.compile(
    r"^\W*(?:related(?: \w+)?|read more|more from .*|recommended(?: for you)?|trending(?: now)?"
    r"|most (?:read|popular|viewed)|you (?:may|might) also (?:like|enjoy)|.*\bnewsletters?"
    r"|sign up.*|share this.*|share|comments?|leave a (?:reply|comment)|tags|topics"
    r"|more (?:stories|news|articles|on this(?: story)?)|(?:latest|top) (?:news|stories)"
    r"|editor'?s'? picks|don'?t miss|about the authors?"
    r"|(?:video|gallery|photos|slideshow)\s*:.*)\W*$",
    re.IGNORECASE,
)
_RELATED_HEADING = re.compile(
    r"^\W*(?:related(?: \w+)?|read more|more from .*|recommended(?: for you)?|trending(?: now)?"
    r"|most (?:read|popular|viewed)|you (?:may|might) also (?:like|enjoy)|more (?:stories|news"
    r"|articles|on this(?: story)?)|(?:latest|top) (?:news|stories)|editor'?s'? picks"
    r"|don'?t miss|also (?:read|see)|see also|further reading)\W*$",
    re.IGNORECASE,
)
"""The heading of a box of links to other articles: the teasers under it go with it."""
_PROMPT = re.compile(
    r"\b(?:sign(?:ing)? up|subscribe|subscription|newsletters?|inbox|news tips?"
    r"|(?:contact|email|e-mail|write to|message|tell) us\b|story to share|get in touch"
    r"|follow\b.{0,40}\bon (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads"
    r"|bluesky|mastodon|whatsapp|telegram)\b"
    r"|download (?:the|our)\b.{0,60}\bapps?|unlimited access|become a (?:member|supporter)"
    r"|support (?:our|independent|quality) journalism|follow (?:us|me|him|her|them) on"
    r"|(?:available|exclusive|only) (?:to|for) subscribers|subscribers? only)\b",
    re.IGNORECASE,
)
_PROMPT_ADDRESS = re.compile(
    r"(?:^|[,.?!]\s+)\W*(?:then\s+)?(?:sign up|subscribe|download|get|join|follow|register"
    r"|click|tap|support|become|email|log in)\b"
    r"|^\W*for (?:the )?(?:latest|more|all)\b|\b(?:you|your|our|us)\b",
    re.IGNORECASE,
)
_PROMPT_WORDS = 40
_SHARE = re.compile(
    r"^\W*(?:share|tweet|pin it|email|print|copy link)(?:\s+(?:this|on|via|to)\b.*)?\W*$",
    re.IGNORECASE,
)
_SERVICES = frozenset(
    re.findall(
        r"\w+",
        """facebook twitter x linkedin whatsapp email e mail pinterest reddit telegram print
        share copy link messenger tumblr flipboard threads bluesky mastodon sms""",
    )
)
"""Words of a row of share buttons: the common sharing services and actions."""
_NOTICE = re.compile(
    r"^\W*(?:advertisement|advertising|sponsored(?: content)?|ad)\b(?:\W*$|\s*[-–—:|]\s*)"
    r"|^\W*(?:story|article) continues\b|^\W*continue reading\b|^\W*scroll to continue\b"
    r"|^\W*listen to (?:this )?(?:article|story)\b|^\W*\d+\s*(?:min(?:ute)?s?)\.?\s+read\b"
    r"|^\W*(?:click|tap) here\b|^\W*(?:join the (?:conversation|discussion)"
    r"|(?:leave|add|post|show|view|read|see) (?:a |the |all )?(?:\d+ )?comments?"
    r"|be the first to comment|\d+\s+(?:comments?|replies|responses)\W*$)\b"
    r"|^\W*(?:you must be |please )?log(?:ged)? in to (?:comment|post|reply)\b",
    re.IGNORECASE,
)
"""Short lines of a page's furniture: advertising labels, "Story continues below",
"Listen to this article", "4 min read", "Click here ...", comment prompts."""
_NOTICE_WORDS = 15
_COOKIES = re.compile(r"^\W*(?:we|this (?:site|website)) uses? cookies\b", re.IGNORECASE)
_COOKIE_WORDS = 60
_LONE_LABEL_WORDS = 5
_TAGS = re.compile(r"^\W*(?:tags?|topics?|filed under|categories|category)\s*:", re.IGNORECASE)
_CREDIT = re.compile(
    r"^\W*(?:(?:photo(?:graph)?s?|pictures?|images?|illustrations?|video)(?:\s+credits?)?"
    r"|credits?)\s*(?::|by\b|courtesy\b)",
    re.IGNORECASE,
)
"""A line that is a photo credit: "Photo: NAME/Agency", "Image credit: ...", "Picture by"."""
_TRAILING_CREDIT = re.compile(
    r"[.!?)\u201d\"]\s*(?:(?:photo(?:graph)?|picture|image|illustration)s?(?:\s+credit)?"
    r"|credit)\s*(?::|by\b)\s*[^.!?]{1,80}\.?$"
    r"|\((?:[^()]{0,40}\b)?(?:photos?|images?|pictures?|file)(?:\b[^()]{0,40})?\)\.?$",
    re.IGNORECASE,
)
"""The credit that ends a caption standing as a paragraph ("... the bridge. Photograph:
NAME/Agency", "... in 2019. (File photo)")."""
_CAPTION_WORDS = 60
_COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)
_META_LINE = re.compile(
    r"^\W*(?:(?:posted|published|updated|last updated|written|created)"
    r"(?:\s*:|\s+(?:on|by|at)\b|\s*$)|(?:article|story|words|text) by\b)",
    re.IGNORECASE,
)
"""A byline or date line: "Posted on", "Published: ...", "Article by ..."."""
_BY_LINE = re.compile(
    r"^\W*(?i:by)\s*:?\s+[A-Z][\w.'’-]*(?:,?\s+(?:(?:and|&)\s+)?[A-Z][\w.'’-]*)*$"
)
"""A line that is only "By" and names: "By Jane Doe", "By A, B and C"."""
_BY_WORDS = 8
_META_WORDS = 12
_SIGN_OFF = re.compile(
    r"^(?:(?:posted|written|reported) by\s+)?(?P<name>[^\W\d][\w.'’-]*(?:\s+[^\W\d][\w.'’-]*){1,3})"
    r"\s*,\s*(?P<rest>[^,]{2,60}(?:,[^,]{2,60}){0,2})\.?$",
    re.IGNORECASE,
)


@dataclass
class Chrome:
    """What was found while removing furniture from a main text."""

    sign_off: str | None = None
    """The writer named by a sign-off at the end of the text."""


def _tag(element: _Element) -> str:
    return element.tag if isinstance(element.tag, str) else ""


def _text(element: _Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _outside_links(element: _Element) -> str:
    """The text of `element` that is not inside a link."""
    parts = [element.text or ""]
    for child in element:
        if _tag(child) != "ref":
            parts.append(_outside_links(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _is_link_card(element: _Element) -> bool:
    """A block that is a link and next to nothing else: a teaser of another article."""
    if element.find(".//ref") is None:
        return False
    rest = _outside_links(element)
    return len(_words(rest)) <= 2 and not rest.rstrip().endswith((".", "!", "?"))


def is_caption_text(text: str) -> bool:
    """True for a caption standing as a paragraph: short, and ending with a photo credit."""
    return len(_words(text)) <= _CAPTION_WORDS and _TRAILING_CREDIT.search(text) is not None


def _is_chrome_text(text: str, element: _Element) -> bool:
    words = _words(text)
    if not words:
        return True  # symbols only: "____", "***"
    if _LABEL.match(text) and len(words) <= _LABEL_WORDS:
        return True
    if (
        len(words) <= _PROMPT_WORDS
        and _PROMPT.search(text)
        and _PROMPT_ADDRESS.search(text)
        and not REPORTED.search(text)
    ):
        return True
    if len(words) <= 6 and _SHARE.match(text):
        return True
    if _COPYRIGHT.match(text):
        return True
    if len(words) <= _NOTICE_WORDS and _NOTICE.match(text):
        return True
    if len(words) <= _COOKIE_WORDS and _COOKIES.match(text):
        return True
    if len(words) <= _LONE_LABEL_WORDS and _CHROME_HEADING.match(text):
        return True  # "Comments", "Topics", "Related" standing alone
    if len(words) <= _LABEL_WORDS and _TAGS.match(text):
        return True
    if len(words) >= 2 and all(word in _SERVICES for word in words):
        return True
    if len(words) <= _BY_WORDS + 4 and _CREDIT.match(text):
        return True
    if is_caption_text(text) or is_publication_notice(text):
        return True
    if len(words) <= _META_WORDS and _META_LINE.match(text):
        return True
    if len(words) <= _BY_WORDS and _BY_LINE.match(text):
        return True
    return _is_link_card(element)


def _is_heading(element: _Element) -> bool:
    """A heading element, or a paragraph that will be written as one (a bold line)."""
    return _tag(element) == "head" or (_tag(element) == "p" and is_bold_line(element))


def _is_chrome(element: _Element) -> bool:
    tag = _tag(element)
    text = _text(element)
    if _is_heading(element):
        return bool(_CHROME_HEADING.match(text) or _RELATED_HEADING.match(text))
    if tag == "p":
        if element.find(".//graphic") is not None:
            return False
        return _is_chrome_text(text, element)
    if tag == "list":
        items = [item for item in element if _tag(item) == "item"]
        return bool(items) and all(_is_link_card(item) for item in items)
    return False


def _site_words(site_names: list[str]) -> set[str]:
    return {word for name in site_names for word in _words(name) if len(word) > 2}


def _sign_off(element: _Element, site_names: list[str]) -> str | None:
    """The writer's name when `element` is a sign-off: "NAME, Outlet News." with the outlet
    named like the site, or "Posted by NAME, ROLE"."""
    if _tag(element) != "p" or element.find(".//ref") is not None:
        return None
    text = _text(element)
    match = _SIGN_OFF.match(text)
    if not match or len(_words(text)) > _META_WORDS:
        return None
    labelled = text.lower().startswith(("posted by", "written by", "reported by"))
    if labelled or set(_words(match.group("rest"))) & _site_words(site_names):
        return match.group("name")
    return None


_BLOCKS = frozenset({"p", "head", "list", "quote", "table", "graphic", "code"})


def _blocks(parent: _Element) -> list[_Element]:
    """The blocks of a main text in order, looking inside containers (``div`` ...)."""
    found: list[_Element] = []
    for child in parent:
        tag = _tag(child)
        if tag in _BLOCKS:
            found.append(child)
        elif tag:
            found.extend(_blocks(child))
    return found


def _drop(element: _Element) -> None:
    """Remove `element`, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail and element.tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def remove_chrome(body: _Element, site_names: list[str]) -> Chrome:
    """Remove the furniture from `body` (trafilatura's main-text tree, edited in place), and
    a heading left with nothing under it; return the sign-off found at the end."""
    found = Chrome()
    for element in reversed(_blocks(body)[-3:]):
        if name := _sign_off(element, site_names):
            found.sign_off = name
            _drop(element)
            break
    blocks = _blocks(body)
    for element in blocks:
        if element.find(".//graphic") is not None and is_caption_text(_text(element)):
            element.set("rend", CAPTION)  # an image and its caption in one paragraph
    chrome = [element for element in blocks if _is_chrome(element)]
    chrome.extend(_end_notes(blocks))
    for index, element in enumerate(blocks):
        if _is_heading(element) and _RELATED_HEADING.match(_text(element)):
            chrome.extend(_teasers(blocks, index))
    text = [element for element in blocks if not _is_heading(element)]
    if any(element not in chrome for element in text):  # all furniture: kept as it is
        for element in chrome:
            index = blocks.index(element)
            if index and _is_image(blocks[index - 1]) and is_caption_text(_text(element)):
                element.set("rend", CAPTION)  # the caption of the image before it
            else:
                _drop(element)
    blocks = _blocks(body)
    for index, element in enumerate(blocks):
        if _is_heading(element) and not _has_content_under(element, blocks[index + 1 :]):
            _drop(element)
    return found


_END_BLOCKS = 4
"""How many blocks at the end of a text may be the writer's bio and credits."""


def _end_notes(blocks: list[_Element]) -> list[_Element]:
    """The bio and credit paragraphs among the last blocks of the text."""
    return [
        element
        for element in blocks[-_END_BLOCKS:]
        if _tag(element) == "p" and is_end_note(_text(element))
    ]


_TEASER_WORDS = 40
_MIN_TEASERS = 2
"""A paragraph under a teaser's title up to this long is its summary."""


def _teasers(blocks: list[_Element], index: int) -> list[_Element]:
    """The blocks of the box of other articles that the heading at `index` opens: lists,
    links, images, and teasers (a title of lower rank, a short summary under it), up to the
    next heading of its rank or the first block of other text. At the end of the text (no
    long paragraph after it), several short paragraphs right under the heading are teasers
    whose titles the extractor dropped (one is more likely the article's last word)."""
    level = _level(blocks[index])
    found: list[_Element] = []
    rest = blocks[index + 1 :]
    summary = len(rest) >= _MIN_TEASERS and all(
        len(_words(_text(element))) <= _TEASER_WORDS for element in rest
    )
    for element in rest:
        if _is_heading(element):
            if _level(element) <= level:
                break
            summary = True
        elif _tag(element) == "list" or _is_link_card(element) or _is_image(element):
            summary = False
        elif not (summary and len(_words(_text(element))) <= _TEASER_WORDS):
            break
        found.append(element)
    return found


def _is_image(element: _Element) -> bool:
    return _tag(element) == "graphic" or (
        _tag(element) == "p" and element.find(".//graphic") is not None and not _text(element)
    )


def _level(element: _Element) -> int:
    rend = element.get("rend", "h2") if _tag(element) == "head" else "h2"
    return int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2


def _has_content_under(heading: _Element, following: list[_Element]) -> bool:
    """True when some text (or a described image) stands under `heading` before the next
    heading of its rank or a higher one."""
    for element in following:
        if _is_heading(element) and _level(element) <= _level(heading):
            return False
        if _text(element) or element.get("alt") or element.find(".//graphic[@alt]") is not None:
            return True
    return False
