"""The quotation records, the people mentioned, and the small text helpers every stage of
quote extraction shares.

This module is the leaf of :mod:`byline.core.quotes`: pairing (:mod:`.marks`), cues, names,
pronouns and attribution all import it, and it imports none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "KINDS",
    "MIN_FRAGMENT_WORDS",
    "SENTENCE_END",
    "UNATTRIBUTED",
    "Mention",
    "Quote",
    "RawQuote",
    "is_title_like",
    "literal_finditer",
    "prose_spans",
    "shown_text",
    "speech_end",
    "word_count",
]

#: Characters that end a sentence.
SENTENCE_END = ".!?…"
_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "is", "with"}
)

#: Fragments of at least this many words may stand without a cue in their own sentence (one
#: in the previous sentence is enough); shorter ones are scare quotes unless a cue is near.
MIN_FRAGMENT_WORDS = 5
#: The kinds of :class:`Quote`.
KINDS = ("speech", "fragment")
#: The word shown for a quotation's speaker when the text does not say who spoke (the quote
#: panel, ``byline quotes``): one word everywhere. JSON keeps ``null``.
UNATTRIBUTED = "Unattributed"


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation found in an article.

    Attributes:
        start: Offset of the first character inside the opening mark.
        end: Offset of the closing mark (exclusive end of the quoted words); for a quotation
            left unclosed at the end of its paragraph, the end of that paragraph.
        text: ``text[start:end]`` of the article: for a multi-paragraph quotation it includes
            the paragraph breaks and the reopening marks.
        speaker: Canonical name of the speaker as the article gives it (a person's fullest
            name, or an organisation), or ``None`` when the text does not say.
        speaker_mentions: ``(start, end)`` offsets of the attribution cue that named the
            speaker (e.g. the ``he said`` or ``Mr Smith said:`` words); empty when none.
        cue: How the speaker was found: ``"after"``, ``"before"``, ``"continuation"``,
            ``"intro"`` (the previous sentence introduces it), ``"previous"`` (the subject of
            the sentence before) or ``""``.
        kind: ``"speech"`` (words presented as said or written, standing as a sentence or
            introduced by a colon) or ``"fragment"`` (a few quoted words embedded in the
            writer's sentence and attributed to a source), so that a view can show or hide
            fragments.
    """

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_mentions: tuple[tuple[int, int], ...] = ()
    cue: str = ""
    kind: str = "speech"


@dataclass(slots=True)
class RawQuote:
    """A paired quotation before filtering and attribution (internal to the package).

    Attributes:
        open_mark: Offset of the opening mark.
        start: First character inside the opening mark.
        end: Offset of the closing mark, or end of the paragraph when unclosed.
        closed: Whether a closing mark was found.
        para_start: Offset of the paragraph holding the opening mark.
        para_end: Offset of the end of the paragraph holding the closing mark.
    """

    open_mark: int
    start: int
    end: int
    closed: bool
    para_start: int
    para_end: int


def speech_end(inner: str) -> str:
    """``inner`` without trailing space and without a nested single quote that closes after
    punctuation (``...the bike that threw you,'`` -> ``...the bike that threw you,``).

    A closing ``'``/``’`` right after a letter is kept (a plural possessive, ``the Tories'``).
    """
    s = inner.rstrip()
    while len(s) >= 2 and s[-1] in "'’" and s[-2] in SENTENCE_END + ",;:—–-'’":
        s = s[:-1].rstrip()
    return s


def shown_text(text: str) -> str:
    """A quotation's words as Byline shows and copies them (the quote panel, the speakers
    screen, ``byline quotes``): without the comma that ends the words inside the marks when
    the sentence goes on (``"…and civilians," he said``). It only ever drops that last
    character, so a search match's offsets into `text` still fit."""
    return text[:-1] if text.endswith(",") else text


def word_count(s: str) -> int:
    """Number of words in ``s``."""
    return len(_WORD_RE.findall(s))


def is_title_like(s: str) -> bool:
    """Whether ``s`` reads as a title (``Pride and Prejudice``) rather than words of speech.

    It does when it has no words, or at least two capitalised words (or numbers) and no
    lower-case word other than the small words titles keep in lower case.
    """
    words = _WORD_RE.findall(s)
    if not words:
        return True
    caps = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    lower = sum(1 for w in words if w[0].islower() and w.lower() not in _TITLE_SMALL_WORDS)
    return caps >= 2 and lower == 0


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named in the text.

    Attributes:
        pos: Offset of the mention.
        name: Canonical name.
        obj: The mention follows a verb (``tipped Smith``): an object, not a subject.
        poss: A possessive (``Smith's view``): the person qualifies a noun.
        prep: The mention follows a preposition (``the choice of Smith``, ``gave it to Smith``).
    """

    pos: int
    name: str
    obj: bool = False
    poss: bool = False
    prep: bool = False


def prose_spans(text: str) -> list[tuple[int, int]]:
    """Blocks that read as prose (several words ending with sentence punctuation)."""
    spans = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        block = m.group(0).strip()
        if word_count(block) >= 8 and block[-1:] in ".!?\"”'’)":
            spans.append((m.start(), m.end()))
    return spans


def literal_finditer(pattern: re.Pattern[str], text: str, literal: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, for a pattern whose every match begins with
    ``literal`` (lookbehinds before it are fine, as in a pattern for a whole word). The
    pattern is only tried where ``literal`` is written, which ``str.find`` jumps to: a
    pattern that opens with a lookbehind is otherwise tried at every offset of the text."""
    if not literal:
        yield from pattern.finditer(text)
        return
    at = text.find(literal)
    while at >= 0:
        m = pattern.match(text, at)
        if m is not None:
            yield m
        at = text.find(literal, m.end() if m is not None else at + 1)
