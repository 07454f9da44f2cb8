"""Lines shaped like headings that are a page's furniture instead: a label of the page's
interface ("Play video", "Get the app", "About Us", "Image caption"), a byline (names, a role,
the article's own writer), a source or media label ("Source: ...", "Chart: ..."), a credit
("Credit...NAME"), a single word (a section's name in a menu, an outlet), or a phrase cut off
at a function word ("Supported by"). A heading wrongly made shows furniture in the sections
sidebar, while a heading missed only loses a jump target: these rules lean to "not a
heading". General English words only; nothing here is specific to one site.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from byline.core.article.byline_words import ROLE_NOUNS, ROLE_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
UI_VERBS = frozenset(
    re.findall(
        r"\w+",
        """play watch listen read view show hide expand close open get download install
        contact share email print copy save gift reuse republish jump skip add explore follow
        subscribe sign log click tap continue load see more""",
    )
)
"""Verbs of a page's controls ("Play video", "Jump to comments")."""
UI_NOUNS = frozenset(
    re.findall(
        r"\w+",
        """article articles story stories content app apps video videos audio podcast comments
        comment topic topics us link page site newsletter newsletters gallery photos image
        images caption captions feedback author authors transcript full""",
    )
)
"""What a page's controls act on ("this article", "the app", "us")."""
UI_PHRASE_WORDS = frozenset(
    re.findall(
        r"\w+",
        """about in this the a our your image photo video caption ad ads feedback breaking news
        live updates latest top stories story article most read popular related recommended
        sponsored partner content author authors more from on of editor editors picks
        opinion analysis exclusive explainer listen watch share comments newsletter us""",
    )
)
"""Words of the interface's own phrases ("Image caption", "Breaking News", "In this
article"): a line made only of them is a label, not a section's title."""
_MEDIA_LABEL = re.compile(
    r"^\W*(?:sources?|chart|graphic|graphics|map|data|credits?|photos?|images?|pictures?"
    r"|illustrations?|video|watch|listen|read|note|via)\s*(?::|\.{2,}|…)",
    re.IGNORECASE,
)
FUNCTION_WORDS = frozenset(
    re.findall(r"\w+", "by of the to for and or a an with from in on at as via")
)
"""Words a title does not end with ("Supported by")."""
SECTION_ENDS = frozenset({"news", "stories", "updates", "videos", "podcasts", "opinion"})
"""The last word of a section's name in a menu ("World News", "Local Stories")."""
_NAME_JOIN = re.compile(r"\s*(?:,|\band\b|&)\s*")
_CAPITALISED = re.compile(r"^[A-Z][\w.'’-]*$")
MAX_NAME_WORDS = 3


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _is_names(text: str) -> bool:
    """Two names or more joined ("A Doe and B Roe"), or a name and a role ("A Doe, Senior
    Reporter"): a byline."""
    parts = [part for part in _NAME_JOIN.split(text) if part]
    if len(parts) < 2:
        return False
    roles = [part for part in parts if _is_role(part)]
    names = [
        part
        for part in parts
        if 2 <= len(part.split()) <= MAX_NAME_WORDS
        and all(_CAPITALISED.match(word) for word in part.split())
    ]
    return len(names) + len(roles) == len(parts) and bool(names)


def _is_role(text: str) -> bool:
    words = _words(text)
    return bool(words) and all(w in ROLE_WORDS for w in words) and words[-1] in ROLE_NOUNS


def is_furniture(text: str, people: Collection[str] = ()) -> bool:
    """True when a title-shaped line is a label of the page rather than a section's title;
    `people` are the article's credited writers and its outlet, folded."""
    words = _words(text)
    if text.rstrip().endswith("?"):
        return False
    if len(words) < 2 or words[-1] in FUNCTION_WORDS:
        return True
    if words[0] in UI_VERBS and (len(words) <= 2 or any(w in UI_NOUNS for w in words[1:])):
        return True
    if all(word in UI_PHRASE_WORDS for word in words) or (
        len(words) == 2 and words[-1] in SECTION_ENDS
    ):
        return True
    if _MEDIA_LABEL.match(text) or _is_role(text) or _is_names(text):
        return True
    folded = " ".join(words)
    return any(person and person in folded for person in people)
