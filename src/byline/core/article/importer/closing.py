"""What a copied page prints between the article's last paragraph and the end of its text:
the writer's sign-off ("Posted by NAME, ROLE", "Author: NAME"), a line about the writer
("NAME is a reporter ..."), and calls to action (subscribe, sign up, download the app, a
form's consent line). The author is read from such lines (`authorship`); the lines
themselves are not the article's text, so they leave its body when they close it.

A call to action is a box's line anywhere in the text when it addresses the reader by
itself ("By submitting ... you agree to", "download our app") or does not read as running
text ("Read our full mailing list terms here"); a sentence of the article that mentions
subscribers or newsletters keeps its place. Words are general English, never an outlet's.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from byline.core.article.importer.lines import is_running_text, word_count
from byline.core.article.importer.metadata import byline_names

_ACTION = re.compile(
    r"""\b(?:sign(?:ing)?[ -]up|subscribe(?:\ now|\ today)?|register\ (?:now|today|for)|
        mailing\ list|terms\ (?:&|and)\ conditions|privacy\ (?:policy|notice)|
        inbox|unsubscribe)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""What a call to action asks, when it is addressed to the reader (`_ADDRESSED`)."""
_ADDRESSED = re.compile(r"\b(?:you|your|our|us)\b|^\W*(?:sign|subscribe|register)\b", re.I)
_PROMPT = re.compile(
    r"""\b(?:download\ (?:the|our)\b[^.]{0,40}\bapps?|app\ store|google\ play|
        by\ (?:submitting|signing\ up|subscribing|clicking|registering)|you\ agree\ to|
        tick\ (?:the|this)\ box|support\ (?:our|independent)\ journalism)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Calls to action that address the reader by themselves."""
_FORM_CONTROL = re.compile(r"^\[[ _]*[xX✓]?[ _]*\]")
"""A form's text box or check box as a copy prints it ("[ ]", "[     ]")."""
_SIGN_OFF_LABEL = re.compile(
    r"^\W*(?:author|posted\ by|written\ by|words\ by|(?:additional\ )?reporting\ by|"
    r"edited\ by|editing\ by)\b",
    re.IGNORECASE | re.VERBOSE,
)
MAX_ACTION_WORDS = 45
MAX_SIGN_OFF_WORDS = 16
MAX_BIO_WORDS = 60
CLOSING_BLOCKS = 4
"""How many of the body's last blocks may be a sign-off, a bio or a call to action."""


_QUOTE_MARKS = re.compile('["“”«»]')
"""Someone's words: a paragraph that quotes them is the article's, whatever they ask for."""


def _is_prompt(text: str) -> bool:
    """A prompt that addresses the reader ("By submitting your email you agree to ...",
    "download our app"): a sentence of the article that mentions an app store or a click
    addresses no one and stays."""
    if not _PROMPT.search(text) or _QUOTE_MARKS.search(text):
        return False
    return not is_running_text(text) or _ADDRESSED.search(text) is not None


def is_call_to_action(text: str) -> bool:
    """A line asking the reader to subscribe, sign up, download an app or agree to terms
    (addressed to the reader: "you", "your", "our", or an imperative), or a form's box."""
    if _FORM_CONTROL.match(text):
        return True
    if word_count(text) > MAX_ACTION_WORDS or _QUOTE_MARKS.search(text):
        return False
    if _is_prompt(text):
        return True
    return _ACTION.search(text) is not None and _ADDRESSED.search(text) is not None


def is_box_line(text: str) -> bool:
    """A form's box, a prompt that addresses the reader, or a call to action that does not
    read as running text."""
    return is_call_to_action(text) and (
        bool(_FORM_CONTROL.match(text)) or _is_prompt(text) or not is_running_text(text)
    )


def _is_sign_off(text: str) -> bool:
    return bool(_SIGN_OFF_LABEL.match(text)) and word_count(text) <= MAX_SIGN_OFF_WORDS


def _is_bio(text: str, people: Collection[str]) -> bool:
    """A line about the article's writer: their name, then "is" or "has" ("Jane Doe is a
    reporter covering ..."). `people`: the writers' names, folded."""
    folded = " ".join(text.casefold().split())
    return word_count(text) <= MAX_BIO_WORDS and any(
        person and re.match(rf"{re.escape(person)}\s+(?:is|was|has|covers|writes)\b", folded)
        for person in people
    )


def is_closing(text: str, people: Collection[str]) -> bool:
    """A sign-off, a line about the writer, or a call to action."""
    return (
        _is_sign_off(text)
        or byline_names(text) is not None
        or _is_bio(text, people)
        or is_call_to_action(text)
    )


def without_closing(body: list[tuple[str, str]], people: Collection[str]) -> list[tuple[str, str]]:
    """The body without the sign-offs, writer's bios and calls to action among its last
    blocks (`CLOSING_BLOCKS`), up to its last paragraph of the article's text."""
    kept = list(body)
    for index in range(len(kept) - 1, max(-1, len(kept) - 1 - CLOSING_BLOCKS), -1):
        kind, text = kept[index]
        if kind == "paragraph" and is_closing(text, people):
            del kept[index]
        elif kind == "paragraph" and is_running_text(text):
            break
    return kept
