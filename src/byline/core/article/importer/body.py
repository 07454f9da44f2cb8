"""The article's lines as blocks: paragraphs, section headings, lists, photos and captions.

Each line is classified by its shape and what surrounds it: a caption carries a photo
credit (a credit alone on the next line joins the caption above it), a heading is a short
line shaped like a title between running text, a list is a run of bulleted or numbered
lines, and chrome inside the text (share bars, ad slots, "Read more" links) is dropped.
"""

from __future__ import annotations

from byline.core.article.importer.chrome import has_credit, is_chrome, is_credit_only
from byline.core.article.importer.lines import (
    SENTENCE_END,
    is_bullet,
    starts_like_a_title,
    title_case_share,
    words,
)

MAX_HEADING_WORDS = 14
MAX_HEADING_CHARS = 120
MAX_LABEL_WORDS = 8
MAX_CAPTION_WORDS = 80
_CLOSING_QUOTES = ("”", "’", '"', "'", "»")


def is_title_like(text: str) -> bool:
    """A short line shaped like a heading: a capital first, not ending like a sentence.

    A heading may end in a closing quote (a quoted phrase) or, when most of its words are
    capitalised, in a full stop."""
    if "\n" in text or len(text) > MAX_HEADING_CHARS:
        return False
    count = len(words(text))
    if not 1 <= count <= MAX_HEADING_WORDS or not starts_like_a_title(text):
        return False
    if text.endswith(_CLOSING_QUOTES):
        return not text[:-1].rstrip().endswith((".", ",", "!", "?", ";", ":"))
    if text.endswith(".") and not text.endswith(".."):
        inner = text[:-1]
        return (
            count <= 10
            and title_case_share(text) >= 0.75
            and not any(mark in inner for mark in [".", "!", "?"])
        )
    return not text.endswith(SENTENCE_END) and not text.endswith((",", ";", ":"))


def _is_paragraph_like(text: str) -> bool:
    return text.endswith(SENTENCE_END) or len(words(text)) > MAX_HEADING_WORDS


def _add_caption(body: list[tuple[str, str]], text: str) -> None:
    """A caption, with the short title-like paragraph before it as its photo's label."""
    if body and body[-1][0] == "paragraph":
        label = body[-1][1]
        if len(words(label)) <= MAX_LABEL_WORDS and is_title_like(label):
            body[-1] = ("figure", label)
            body.append(("caption", text))
            return
    body.append(("figure", "Photo"))
    body.append(("caption", text))


def classify(lines: list[str]) -> list[tuple[str, str]]:
    """The blocks of the article's lines, as (kind, text)."""
    lines = [line for line in lines if not is_chrome(line)]
    body: list[tuple[str, str]] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        previous_kind = body[-1][0] if body else None
        if is_credit_only(line) and previous_kind == "caption":
            body[-1] = ("caption", f"{body[-1][1]}\n{line}")
        elif is_credit_only(line) and previous_kind == "paragraph" and _captionable(body[-1][1]):
            caption = body.pop()[1]
            _add_caption(body, f"{caption}\n{line}")
        elif has_credit(line) and "\n" not in line:
            _add_caption(body, line)
        elif all(is_bullet(item) for item in line.split("\n")):
            if previous_kind == "list":
                body[-1] = ("list", f"{body[-1][1]}\n{line}")
            else:
                body.append(("list", line))
        elif (
            is_title_like(line)
            and previous_kind not in (None, "heading")
            and following is not None
            and _is_paragraph_like(following)
            and not has_credit(following)
            and not is_credit_only(following)
        ):
            body.append(("heading", line))
        else:
            body.append(("paragraph", line))
    return body


def _captionable(text: str) -> bool:
    """Whether a paragraph may be the text of a caption whose credit follows it."""
    return "\n" not in text and len(words(text)) <= MAX_CAPTION_WORDS
