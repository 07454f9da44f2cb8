"""The grammar of a cue's subject words: which capitalised words can be the speaker.

A subject span read without a parser still has structure a speaker must fit:

* a fronted phrase before the subject (``In his Harvest Day message the Ostrian leader``):
  the subject starts at the determiner after it;
* a relative clause after the subject (``The actor, whose films include A, B and C,``):
  the subject is the words before ``who``/``whose``;
* a name after a preposition (``a hall in Dunmere``) or a possessive determiner (``his
  Harvest Day message``) is an object or a modifier, never the subject;
* a subordinate clause closing the span (``... with what the institution``): its own subject
  is the speech verb's;
* a possessor before a lowercase noun (``Velcor's chief executive``) owns the role or thing:
  it is not who speaks.

Helpers of :class:`byline.core.quotes.speakers.SpeakerResolver`.
"""

from __future__ import annotations

import re

from byline.core.quotes.lexicon import words

__all__ = [
    "PREPOSITIONS",
    "before_relative",
    "drop_fronted",
    "governed",
    "last_clause",
    "possessor_of",
    "relative_antecedent",
]

#: Prepositions whose object is never the subject of the clause (a general English list).
PREPOSITIONS = words(
    "about above across after against along amid among around at before behind below beside "
    "between beyond by despite during for from in inside into near of off on onto outside over "
    "past since through throughout to toward towards under until upon via with within without"
)
#: Possessive determiners: the noun phrase after one is owned, not a subject.
POSSESSIVE_DETERMINERS = words("his her its their my our your")
#: Words that open a fronted phrase before a clause's subject.
_FRONTING = PREPOSITIONS | words("speaking asked writing addressing")
_DETERMINER_RE = re.compile(r"\b(?:the|a|an)\s+", re.IGNORECASE)
_RELATIVE_RE = re.compile(r",\s+(?:who|whose)\b")
_WORD_BEFORE_RE = re.compile(r"([\w'’\-]+)\W*$")


def drop_fronted(span: str) -> str:
    """The subject words after a fronted phrase without a comma: ``In his Harvest Day message
    the Ostrian leader`` -> ``the Ostrian leader``. The subject opens at the last determiner
    that follows neither a preposition nor another determiner; a span that does not open with
    a preposition is returned as it is."""
    tokens = span.split()
    if len(tokens) < 3 or tokens[0].lower() not in _FRONTING:
        return span
    for m in reversed(list(_DETERMINER_RE.finditer(span))):
        before = _WORD_BEFORE_RE.search(span, 0, m.start())
        if before is None:
            return span  # the determiner opens the span: no subject after a fronted phrase
        prev = before.group(1).lower()
        if prev not in PREPOSITIONS and prev not in POSSESSIVE_DETERMINERS:
            if prev in ("the", "a", "an"):
                continue
            return span[m.start() :]
    return span


#: A subordinate clause closing a span, with a noun phrase as its subject (``... with what the
#: institution``): that noun phrase is the speech verb's subject.
_LAST_CLAUSE_RE = re.compile(
    r"\b(?:what|which|that|whom|where|when|while|as|because|since|although|though|if)\s+"
    r"(?P<s>(?:the|a|an|its|his|her|their)\s+[^,]+)$"
)


#: A main clause with its verb, then ``and``/``but`` and the subject of the next clause
#: (``First meetings have been held and the defender``).
_COORDINATED_RE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|been|[a-z]+ed)\b[^,]*?[ \t]+(?:and|but)[ \t]+"
    r"(?P<s>(?:the|a|an)[ \t]+[^,]+)$"
)


def last_clause(span: str) -> str:
    """The subject of a subordinate clause that closes a span (``students were angry with what
    the institution`` -> ``the institution``), or of a main clause after ``and``/``but``
    (``meetings have been held and the defender`` -> ``the defender``); the span itself when
    none closes it."""
    m = _LAST_CLAUSE_RE.search(span.rstrip()) or _COORDINATED_RE.search(span.rstrip())
    return m.group("s") if m is not None else span


def before_relative(span: str) -> str:
    """The subject words before a relative clause (``The actor, whose films include A, B and
    C,`` -> ``The actor``); the span itself when it holds none or nothing precedes it."""
    m = _RELATIVE_RE.search(span)
    if m is None or not span[: m.start()].strip():
        return span
    return span[: m.start()]


def governed(span: str, start: int) -> bool:
    """Whether the word before ``span[start:]`` makes the capitalised words there an object
    or a modifier: a preposition (``in Dunmere``, ``for the Acme``) or a possessive
    determiner (``his Harvest Day message``)."""
    before = _WORD_BEFORE_RE.search(span, 0, start)
    if before is None:
        return False
    prev = before.group(1).lower()
    if prev == "the":
        inner = _WORD_BEFORE_RE.search(span, 0, before.start())
        prev = inner.group(1).lower() if inner is not None else ""
        return prev in PREPOSITIONS
    return prev in PREPOSITIONS or prev in POSSESSIVE_DETERMINERS


_POSSESSOR_RE = re.compile(r"['’]s\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)")


def possessor_of(span: str, end: int) -> str | None:
    """The lowercase noun phrase owned by the capitalised words ending at ``end`` with ``'s``
    (``Velcor's chief executive`` -> ``chief executive``), or ``None`` when they own nothing."""
    m = _POSSESSOR_RE.match(span, end - 2)
    return m.group(1) if m is not None else None


#: A name and the relative clause about it, still open where a quotation starts: ``Jo Roe,
#: who has called the plan a "`` (no comma, colon or quotation since ``who``).
_OPEN_RELATIVE_RE = re.compile(
    r"(?P<s>(?:[A-Z][\w.'’\-]*[ \t]+){0,3}[A-Z][\w'’\-]*),[ \t]+who\b"
    # "who he called": an object relative, whose own subject is someone else.
    r"(?![ \t]+(?:(?:he|she|they|we|I|you|it|the|a|an|his|her|their)\b|[A-Z]))"
    r"[^,;:\"“”]*$"
)


def relative_antecedent(before: str) -> tuple[str, int] | None:
    """``(name, offset)`` of the antecedent of a relative clause that ``before`` (the words
    of a sentence up to a quotation) ends inside: ``Mr Roe, who has called the plan a``; the
    clause is about that person, so the words quoted in it are theirs."""
    m = _OPEN_RELATIVE_RE.search(before)
    return (m.group("s"), m.start("s")) if m is not None else None
