"""Direct-quotation extraction for news articles.

The extractor pairs double quotation marks (straight ``"`` and curly ``“ ”``) paragraph by
paragraph, following the conventions of English news copy:

* a quotation that runs over several paragraphs reopens each new paragraph with a mark and only
  the last paragraph closes it; the result is one :class:`Quote`;
* a mark that *looks like an opener* (whitespace before it, a word after it) while a quotation is
  open and the previous character is sentence-final punctuation is a *reopening* of the same
  quotation (collapsed paragraph breaks: ``...believe in. "And, unlike..."``);
* single quotes (``'...'`` / ``‘...’``) are never paired, so apostrophes, plural possessives
  (``Tories'``) and nested quotes inside speech cannot confuse the pairing;
* a quotation left open at the end of a paragraph stops there unless the next paragraph reopens
  with a mark, so an unbalanced mark never swallows the rest of the article; a closing mark with
  no opener is ignored.

Scare quotes and quoted titles are then filtered out, and each remaining quotation is
attributed, by :mod:`byline.core.quotes.attribution`; :func:`byline.core.quotes.find_quotes`
runs the whole pipeline.

The module is pure and standard-library only; nothing here raises on arbitrary input.
"""

from __future__ import annotations

import re

from byline.core.quotes.model import SENTENCE_END, Quote, RawQuote, speech_end

__all__ = ["MARKS", "Quote", "RawQuote", "is_sentence_like", "pair_marks", "prev_nonspace"]

OPEN_CURLY = "“"
CLOSE_CURLY = "”"
STRAIGHT = '"'
MARKS = frozenset({OPEN_CURLY, CLOSE_CURLY, STRAIGHT, "„", "«", "»"})
_OPENERS = frozenset({OPEN_CURLY, "„", "«"})
_CLOSERS = frozenset({CLOSE_CURLY, "»"})


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into ``(start, end)`` spans of blocks separated by blank lines."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in re.finditer(r"\n[ \t\r]*\n\s*", text):
        if match.start() > pos:
            spans.append((pos, match.start()))
        pos = match.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _mark_kind(text: str, i: int, lo: int, hi: int) -> str:
    """Classify the mark at ``text[i]`` as ``"open"``, ``"close"`` or ``"either"``."""
    ch = text[i]
    if ch in _OPENERS:
        return "open"
    if ch in _CLOSERS:
        return "close"
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    left_space = before.isspace() or before in "([{—–-/"
    right_space = after.isspace() or after in ",.;:!?)]}—–…"
    if left_space and not right_space:
        return "open"
    if right_space and not left_space:
        return "close"
    if left_space and right_space:
        return "either"
    # Mark between two non-space characters: "word"word or ."W
    if before in SENTENCE_END + ",;:" and after.isalnum():
        return "open"
    return "close"


def prev_nonspace(text: str, i: int, lo: int = 0) -> str:
    """The last character of ``text[lo:i]`` that is not a space, or ``""``."""
    j = i - 1
    while j >= lo and text[j].isspace():
        j -= 1
    return text[j] if j >= lo else ""


def pair_marks(text: str) -> list[RawQuote]:
    """Pair the double quotation marks of ``text`` into raw quotations.

    Args:
        text: Article body, blocks separated by blank lines.

    Returns:
        Raw quotations in document order, possibly spanning several paragraphs.
    """
    quotes: list[RawQuote] = []
    paras = _paragraphs(text)
    current: RawQuote | None = None
    for index, (lo, hi) in enumerate(paras):
        if current is not None:
            # A quote left open at the end of the previous paragraph continues only when this
            # paragraph reopens with a mark.
            if text[lo] in MARKS and _mark_kind(text, lo, lo, hi) != "close":
                first = lo + 1
            else:
                quotes.append(current)
                current = None
                first = lo
        else:
            first = lo
        for i in range(first, hi):
            if text[i] not in MARKS:
                continue
            kind = _mark_kind(text, i, lo, hi)
            if current is None:
                if kind in ("open", "either"):
                    current = RawQuote(i, i + 1, hi, False, lo, hi)
                # a closer with no opener is ignored
                continue
            if kind == "open":
                prev = prev_nonspace(text, i, lo)
                if prev and prev in SENTENCE_END + ",;:—–-":
                    continue  # reopening mark inside a running quotation
                # An opener without a closer before it: end the old quote, start a new one.
                current.end = max(current.start, i - 1)
                while current.end > current.start and text[current.end - 1].isspace():
                    current.end -= 1
                quotes.append(current)
                current = RawQuote(i, i + 1, hi, False, lo, hi)
                continue
            current.end = i
            current.closed = True
            current.para_end = hi
            quotes.append(current)
            current = None
        if current is not None:
            current.end = hi
            current.para_end = hi
            nxt = paras[index + 1][0] if index + 1 < len(paras) else None
            if nxt is None or not (
                text[nxt] in MARKS and _mark_kind(text, nxt, nxt, hi) != "close"
            ):
                _close_on_single(text, current)
            if nxt is None:
                quotes.append(current)
                current = None
    if current is not None:
        quotes.append(current)
    return [q for q in quotes if q.end > q.start and text[q.start : q.end].strip()]


#: A single closing mark after punctuation and before an attribution (``...now,’ he says``).
_SINGLE_CLOSE_RE = re.compile(r"[,.!?…]’(?=[ \t]+[a-z])")


def _close_on_single(text: str, raw: RawQuote) -> None:
    """Close a quotation left open at its paragraph's end on a single curly mark that can
    only be its closer (a typo for ``”``): after punctuation, before a lower-case word, with
    no single opener ``‘`` inside the quotation that it could close instead."""
    inner = text[raw.start : raw.end]
    if "‘" in inner:
        return
    m = next(reversed(list(_SINGLE_CLOSE_RE.finditer(inner))), None)
    if m is not None:
        raw.end = raw.start + m.end() - 1
        raw.closed = True


def is_sentence_like(text: str, raw: RawQuote) -> bool:
    """Whether a quotation reads as a sentence of speech rather than an embedded fragment.

    It does when it opens its paragraph or follows a sentence end (or a colon), and its words
    end with punctuation inside the closing mark (or it is unclosed / multi-paragraph); a
    nested single quote closing after that punctuation (``,'"``) does not hide it.
    """
    inner = speech_end(text[raw.start : raw.end])
    prev = prev_nonspace(text, raw.open_mark, raw.para_start)
    opens_sentence = prev == "" or prev in SENTENCE_END + ":" or prev in MARKS
    ends_sentence = (not raw.closed) or (inner[-1:] in SENTENCE_END + ",—–-" if inner else False)
    if "\n\n" in inner:
        ends_sentence = True
    first = inner.lstrip("'‘ .…([")[:1]
    starts_upper = first.isupper() or first.isdigit()
    return opens_sentence and ends_sentence and starts_upper
