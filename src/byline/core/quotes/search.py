"""Search rules for quotations.

A query is whitespace-separated words, optionally with ``"quoted phrases"`` and one
``speaker:NAME`` (or ``speaker:"full name"``) filter. Matching is case- and accent-insensitive
(``hurvane`` finds ``Hürvane``) and treats curly and straight quotes/apostrophes alike:

* every plain word must appear in the quotation text *or* in the speaker's name (as a substring,
  so ``varg`` finds ``Varga``);
* every phrase must appear in the quotation text as a contiguous run (whitespace-insensitive);
* the ``speaker:`` filter must appear in the speaker's name (so ``speaker:varga`` matches
  ``Quillon Varga``); a quotation without a speaker never matches a speaker filter.

:func:`match_quote` returns the spans in the *original* quotation text that matched, for
highlighting; normalisation may change lengths (``ß`` -> ``ss``, ``ﬁ`` -> ``fi``, dropped
combining marks), so it keeps a map from normalised to original offsets.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from byline.core.text import LATIN_LETTERS

__all__ = ["QuoteQuery", "match_quote", "normalise", "parse_query"]

_UNIFY = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "′": "'",
        "`": "'",
    }
)


@cache  # a text has few distinct characters: each is worked out once
def _normalise_char(ch: str) -> str:
    out = []
    for c in unicodedata.normalize("NFKD", ch.translate(_UNIFY)):
        if unicodedata.combining(c):
            continue
        out.append(c)
    return "".join(out).casefold().translate(_UNIFY).translate(LATIN_LETTERS)


def normalise_with_map(s: str) -> tuple[str, list[int]]:
    """Normalise ``s`` and map each normalised character back to its original offset.

    Args:
        s: Any string.

    Returns:
        ``(normalised, index)`` where ``index[i]`` is the offset in ``s`` of the character that
        produced ``normalised[i]``; ``index`` has one extra entry equal to ``len(s)``.
    """
    unified = s.translate(_UNIFY)  # one character for one
    if unified.isascii():  # the usual case, where casefolding is lowering, one for one
        return unified.lower(), list(range(len(s) + 1))
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(s):
        for c in _normalise_char(ch):
            chars.append(c)
            index.append(i)
    index.append(len(s))
    return "".join(chars), index


def normalise(s: str) -> str:
    """Casefold, strip accents (NFKD, drop combining marks; fold ``ı ł ø æ đ`` and the like)
    and unify quotes/apostrophes.

    Args:
        s: Any string.

    Returns:
        The normalised string.
    """
    unified = s.translate(_UNIFY)
    if unified.isascii():
        return unified.lower()
    return "".join(map(_normalise_char, s))


@dataclass(frozen=True)
class QuoteQuery:
    """A parsed quotation search.

    Attributes:
        text: The text part of the query (words and ``"phrases"``), as typed.
        speaker: The ``speaker:`` filter, or ``None``.
    """

    text: str
    speaker: str | None = None

    @property
    def terms(self) -> tuple[list[str], list[str]]:
        """``(words, phrases)`` of the text part, normalised."""
        words: list[str] = []
        phrases: list[str] = []
        for m in re.finditer(r'"([^"]*)"?|(\S+)', normalise(self.text)):
            if m.group(1) is not None:
                phrase = " ".join(m.group(1).split())
                if phrase:
                    phrases.append(phrase)
            elif m.group(2):
                words.append(m.group(2))
        return words, phrases


_SPEAKER_RE = re.compile(r'(?:^|\s)speaker:(?:"([^"]*)"?|(\S*))', re.IGNORECASE)


def parse_query(q: str) -> QuoteQuery:
    """Parse ``speaker:varga some words`` / ``speaker:"quillon varga" "a phrase"``.

    Args:
        q: The query as typed.

    Returns:
        The parsed query; the last ``speaker:`` filter wins.
    """
    q = (q or "").translate(_UNIFY)
    speaker: str | None = None
    for m in _SPEAKER_RE.finditer(q):
        value = m.group(1) if m.group(1) is not None else m.group(2)
        value = " ".join((value or "").split())
        speaker = value or speaker
    text = " ".join(_SPEAKER_RE.sub(" ", q).split())
    return QuoteQuery(text=text, speaker=speaker)


def _find_all(hay: str, needle: str) -> list[tuple[int, int]]:
    spans = []
    start = hay.find(needle)
    while start >= 0 and needle:
        spans.append((start, start + len(needle)))
        start = hay.find(needle, start + 1)
    return spans


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(w) for w in phrase.split()))


def find_terms(
    norm_text: str, norm_speaker: str, words: list[str], patterns: list[re.Pattern[str]]
) -> list[tuple[int, int]] | None:
    """The search test on normalised text: every word in the text (or the speaker) and
    every phrase pattern in the text. Returns the matches (sorted, normalised offsets) or
    None when the quote does not match."""
    found: list[tuple[int, int]] = []
    for word in words:
        hits = _find_all(norm_text, word)
        if not hits and word not in norm_speaker:
            return None
        found.extend(hits)
    for pattern in patterns:
        hits = [(m.start(), m.end()) for m in pattern.finditer(norm_text)]
        if not hits:
            return None
        found.extend(hits)
    return sorted(found)


def match_quote(
    query: QuoteQuery, quote_text: str, speaker: str | None
) -> list[tuple[int, int]] | None:
    """Match a quotation against a query.

    Args:
        query: Parsed query.
        quote_text: The quotation's text.
        speaker: The quotation's speaker, if known.

    Returns:
        ``None`` when it does not match; otherwise the sorted, merged ``(start, end)`` spans in
        ``quote_text`` (original offsets) that matched text terms (possibly empty, e.g. for a
        speaker-only query).
    """
    norm_text, index = normalise_with_map(quote_text or "")
    norm_speaker = normalise(speaker or "")
    if query.speaker is not None:
        wanted = " ".join(normalise(query.speaker).split())
        if not speaker or wanted not in " ".join(norm_speaker.split()):
            return None
    words, phrases = query.terms
    found = find_terms(norm_text, norm_speaker, words, [phrase_pattern(p) for p in phrases])
    if found is None:
        return None
    spans: list[tuple[int, int]] = []
    for a, b in found:
        start, end = index[a], index[b - 1] + 1
        while end < len(quote_text) and unicodedata.combining(quote_text[end]):
            end += 1  # keep a decomposed accent with its letter
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans
