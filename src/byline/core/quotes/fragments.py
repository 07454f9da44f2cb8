"""Quoted words inside the writer's sentence: attributed fragment, title, name or scare quote.

A *fragment* is a few quoted words embedded in a sentence (``He called the plan "a
disgrace".``). It is a quotation when a source is said to have used the words: a verb of saying,
calling or describing, or a noun such as ``statement`` or ``report``, in its sentence or in the
sentence before (:func:`cue_near`). Without one it is a scare quote (``a "booming" trade``).
Quoted words that name something are never quotations (:func:`names_something`): the title
after ``the film``/``his book``, a name after ``called``/``titled``, a term after ``the word``,
``so-called`` words, and a nickname between two parts of a name (``John "Smokey" Doe``).

All functions read the *masked* article (:func:`byline.core.quotes.cues.mask_quotes`), so a cue
word inside another quotation never counts.
"""

from __future__ import annotations

import re

from byline.core.quotes.cues import sentence_end, sentence_start
from byline.core.quotes.lexicon import FRAGMENT_CUE_RE, NAMING_VERBS, TITLE_NOUNS
from byline.core.quotes.model import RawQuote

__all__ = ["cue_near", "is_nickname", "names_something", "previous_sentence"]

_WORD_BEFORE_RE = re.compile(r"([\w'’\-]+)[ \t]*[,:]?[ \t]*$")
_NAME_AFTER_RE = re.compile(r"[ \t]+[A-Z][a-z]")
_TERM_AFTER_RE = re.compile(r",?[ \t]+as[ \t]+(?:\w+[ \t]+){0,2}(?:known|called)\b")
#: A fragment this short needs its cue in its own sentence before it (or an attribution
#: closing the sentence): a verb farther away usually governs other words.
SHORT_FRAGMENT_WORDS = 1


def names_something(text: str, masked: str, r: RawQuote) -> bool:
    """Whether the quoted words are a title, a name, a term or a nickname, not someone's words.

    A title noun right before the mark (``the song "..."``) makes them a title whatever their
    case; a naming verb (``called``, ``titled``, ``known as``) only when the words start with a
    capital (``a plan called "Open City"``; ``what he calls "tidewords"`` stays a fragment).
    """
    before = masked[max(r.para_start, r.open_mark - 60) : r.open_mark]
    m = _WORD_BEFORE_RE.search(before)
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    if low == "so-called" or low in TITLE_NOUNS:
        return True
    first = text[r.start : r.start + 2].lstrip("'‘ ")[:1]
    capital = first.isupper() or first.isdigit()
    if low in NAMING_VERBS and capital:
        return True
    if low == "as" and capital and re.search(r"\b(?:known|referred\s+to)\s+as\s*$", before):
        return True
    if r.closed and _TERM_AFTER_RE.match(masked, r.end + 1) is not None:
        return True  # "dorms" as they are known: a term, not someone's words
    return is_nickname(text, masked, r)


def is_nickname(text: str, masked: str, r: RawQuote) -> bool:
    """``John "Smokey" Doe``: one to three capitalised words in marks between two name words."""
    before = masked[max(r.para_start, r.open_mark - 60) : r.open_mark]
    m = _WORD_BEFORE_RE.search(before)
    if m is None:
        return False
    word = m.group(1)
    # John "Smokey" Doe: a nickname between a first name and a surname.
    inner = text[r.start : r.end].split()
    if (
        word[:1].isupper()
        and r.closed
        and before.endswith((" ", "\t"))
        and 1 <= len(inner) <= 3
        and all(w[:1].isupper() for w in inner)
    ):
        return _NAME_AFTER_RE.match(masked, r.end + 1) is not None
    return False


def previous_sentence(masked: str, pos: int) -> tuple[int, int] | None:
    """``(start, end)`` of the sentence before the one holding ``pos``, or ``None``."""
    lo = sentence_start(masked, pos)
    end = lo
    while end > 0 and masked[end - 1].isspace():
        end -= 1
    if end <= 0:
        return None
    return sentence_start(masked, end - 1), end


def cue_near(masked: str, r: RawQuote, words: int) -> bool:
    """Whether a word of saying, calling or describing attributes the fragment of ``words``
    words: in its own sentence or in the sentence before it; for a fragment of at most
    :data:`SHORT_FRAGMENT_WORDS` words, only before it in its own sentence."""
    lo = sentence_start(masked, r.open_mark)
    if words <= SHORT_FRAGMENT_WORDS:
        return FRAGMENT_CUE_RE.search(masked, lo, r.open_mark) is not None
    hi = sentence_end(masked, r.end + 1) if r.closed else r.end
    if FRAGMENT_CUE_RE.search(masked, lo, hi) is not None:
        return True
    prev = previous_sentence(masked, r.open_mark)
    return prev is not None and FRAGMENT_CUE_RE.search(masked, prev[0], prev[1]) is not None
