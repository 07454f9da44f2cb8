"""Notes a page prints with an article that are not its text: the writer's bio and the
credits at the end ("NAME is a reporter at ...", "(Reporting by A; Editing by B)", "B
contributed to this report"), and notices about where the article was published ("This
article was originally published on ...", "... appeared in the print edition"). Found by their
shape and by general English words; nothing here is specific to one site."""

from __future__ import annotations

import re

from byline.core.article.byline_words import ROLE_PATTERN

_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|da|di|al|bin)){1,3}"
_BIO = re.compile(
    rf"^\W*{_NAME}(?:,[^,]{{1,60}},)?\s+(?:is|was|has been)\s+(?:a|an|the)\b[^.]{{0,80}}"
    rf"\b(?:{ROLE_PATTERN}|reporter|novelist|professor|fellow|researcher|lecturer)s?\b"
    rf"|^\W*{_NAME}\s+(?:covers|writes about|reports on|reports for|writes for)\b"
)
"""The opening of a writer's bio: "NAME is a senior reporter ...", "NAME covers ..."."""
BIO_WORDS = 70
_CREDITS = re.compile(
    r"^\W*(?i:additional\s+)?(?i:reporting|writing|editing|edited|compiled|research"
    r"|fact[- ]checking|graphics?)(?:\s+and\s+\w+)?\s+(?i:by)\s+[A-Z]"
    r"|\b(?i:contributed (?:reporting )?to (?:this|the) (?:report|story|article))\b"
)
"""Credits that close an agency's story: "(Reporting by A; Editing by B)"."""
CREDIT_WORDS = 30
_REPUBLISHED = re.compile(
    r"^\W*(?:this|the above) (?:article|story|post|piece|essay|column|interview)\b"
    r".{0,60}\b(?:(?:was |is )?(?:originally|first) (?:published|appeared|posted|ran)"
    r"|republished|reproduced|appeared in the\b.{0,40}\bprint edition"
    r"|(?:is|was) (?:published|republished) (?:here )?(?:with|under|courtesy))"
    r"|^\W*(?:originally|first) (?:published|appeared) (?:on|in|at|by)\s+(?![\d])"
    r"|^\W*(?:a version of this (?:article|story)) (?:appears?|appeared)\b",
    re.IGNORECASE,
)
"""Where the article was published first: a republication or print-edition notice."""
NOTICE_WORDS = 45
_WORD = re.compile(r"[^\W_]+")
REPORTED = re.compile(r"[\"“”]|\b(?:said|says|told|wrote|writes|according to)\b")
"""Speech in a paragraph: the article reporting what someone said, not a note or prompt."""


def is_end_note(text: str) -> bool:
    """True for a writer's bio or a credit line (chrome when it closes the text)."""
    words = len(_WORD.findall(text))
    bio = _BIO.match(text) is not None and not REPORTED.search(text)
    return (words <= BIO_WORDS and bio) or (
        words <= CREDIT_WORDS and _CREDITS.search(text) is not None
    )


def is_publication_notice(text: str) -> bool:
    """True for a notice of where the article was first published or printed."""
    return len(_WORD.findall(text)) <= NOTICE_WORDS and _REPUBLISHED.search(text) is not None
