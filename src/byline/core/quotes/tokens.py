"""Capitalised word sequences and what their words are: names, roles, organisations.

The token-level half of name resolution; :class:`byline.core.quotes.names.NameResolver` builds
on it to index the people and organisations of one article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from byline.core.quotes.lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    NATIONALITIES,
    NOT_ROLE,
    ORG_HEADS,
    ROLE_NOUNS,
    ROLE_WORDS,
    VERB_ALT,
    words,
)

__all__ = [
    "CAPSEQ_RE",
    "RANK_MODIFIERS",
    "STAGE_SUBJECT_RE",
    "capseqs",
    "describes_person",
    "is_acronym",
    "is_org_tokens",
    "is_role_noun",
    "org_of_name",
    "person_part",
    "rank_words",
    "stage_name",
    "strip_possessive",
]

#: A capitalised word, or a middle initial (``Jo W. Roe``) before a name word.
_TOKEN = (
    r"(?:[A-Z][\w'’\-\.]*[\w]"
    r"|[A-Z]\.(?=[ \t]+[A-Z][a-z])(?![ \t]+(?:The|A|An|In|It|He|She|But|And|This|That|They|We)\b)"
    r"|[A-Z])"
)
#: Lower-case name particles inside a name (``Ana den Varrow``, ``Luis da Orrell``).
_PARTICLES = "de|van|von|der|den|du|di|da|del|della|dos|das|ter|ten|bin|al|la|le"
CAPSEQ_RE = re.compile(rf"{_TOKEN}(?:[ \t]+(?:(?:{_PARTICLES})[ \t]+){{0,2}}{_TOKEN})*")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
#: ``Fly-half``, ``Ex-minister``: a word with a lower-case part after a hyphen is a title or a
#: description, never part of a name (``Jean-Paul``, ``Vell-Roe`` keep their capitals).
_LOWER_HYPHEN_RE = re.compile(r"-[a-z]")


def is_role_noun(word: str) -> bool:
    """Whether a lowercase word reads as a role noun placed before a name."""
    w = word.lower()
    if w in ROLE_NOUNS:
        return True
    return (
        len(w) > 4 and w not in NOT_ROLE and w.endswith(("er", "or", "ist", "man", "woman", "ian"))
    )


def capseqs(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, str]]:
    """Capitalised word sequences as ``(start, words)``, split after possessive words."""
    out: list[tuple[int, str]] = []
    for m in CAPSEQ_RE.finditer(text, lo, len(text) if hi is None else hi):
        start = m.start()
        for part in re.split(r"(?<=['’]s) +", m.group(0)):
            out.append((start, part))
            start += len(part) + 1
    return out


def strip_possessive(tok: str) -> str:
    """``tok`` without a trailing possessive (``Smith's`` -> ``Smith``)."""
    return _POSSESSIVE_RE.sub("", tok) if tok.endswith(("'s", "’s")) else tok


def is_acronym(tok: str) -> bool:
    """Whether ``tok`` is written in capitals, with at least two letters (``BBC``, ``U.N.``)."""
    if not tok.isupper():
        return False  # fast path: most words have a lower-case letter
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def is_org_tokens(tokens: Sequence[str]) -> bool:
    """Whether a capitalised sequence names an organisation (a head word such as ``Ministry``,
    or a lone acronym)."""
    return any(strip_possessive(t) in ORG_HEADS for t in tokens) or (
        len(tokens) == 1 and is_acronym(tokens[0])
    )


def person_part(tokens: Sequence[str]) -> list[str]:
    """The trailing tokens of a capitalised sequence that form a personal name."""
    out: list[str] = []
    for tok in reversed(tokens):
        clean = strip_possessive(tok)
        if out and clean != tok:
            break  # "New York's Hot": a possessive ends the name to its right
        if (
            clean in ROLE_WORDS
            or clean in FUNCTION_WORDS
            or clean in HONORIFICS
            or clean in ORG_HEADS
            or is_acronym(clean)
            or (out and clean.lower() in ROLE_NOUNS)
            or (out and clean in NATIONALITIES and len(out) >= 2)
            or (out and _LOWER_HYPHEN_RE.search(clean) is not None)
        ):
            break
        out.append(clean)
        if len(out) >= 4:
            break
    return list(reversed(out))


_STAGE_RE = re.compile(
    r"(?<![\w'’\-])(?:(?P<the>The)\s+(?P<words>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})"
    r"|(?P<num>\d{1,3})\s+(?P<word>[A-Z][a-z][\w\-]*))(?![\w'’\-])"
)
#: Words between a subject and its speech verb (``40 Volt has also said``).
_AUX = r"(?:\s+(?:has|had|have|also|later|then|once|previously|recently|would|will|has\s+since))*"
STAGE_SUBJECT_RE = re.compile(
    _STAGE_RE.pattern + rf"(?=(?:'s)?{_AUX}\s+(?:{VERB_ALT})\b"
    rf"|\s+[a-z]+(?:ed|s)\b[^.;:!?\n]{{0,100}}?\band\s+(?:also\s+)?(?:{VERB_ALT})\b)"
)


def stage_name(phrase: str) -> str | None:
    """``phrase`` as a stage name (``The Drift``, ``40 Volt``), or ``None``.

    A stage name is ``The`` + one to three capitalised words, or a number of at most three digits
    + one capitalised word, that is not an organisation, role, nationality or plural group
    (``The Government``, ``The Prime Minister``, ``The British``, ``50 Britons``).
    """
    m = _STAGE_RE.fullmatch(" ".join(phrase.split()))
    if m is None:
        return None
    tokens = (m.group("words") or m.group("word") or "").split()
    for tok in tokens:
        if (
            tok in ORG_HEADS
            or tok in ROLE_WORDS
            or tok in FUNCTION_WORDS
            or tok in HONORIFICS
            or tok in NATIONALITIES
            or tok.rstrip("s") in NATIONALITIES
            or tok.lower() in ROLE_NOUNS
            or is_acronym(tok)
        ):
            return None
    if m.group("num") and (tokens[0].endswith("s") or tokens[0].lower() in ROLE_NOUNS):
        return None  # "50 Britons", "30 Officials": a count of people, not a name
    return " ".join(phrase.split())


#: Words that make a title another office: ``deputy``/``shadow`` ``prime minister``.
RANK_MODIFIERS = words("deputy vice shadow former assistant junior acting ex under co")


def rank_words(phrase: str) -> frozenset[str]:
    """The rank words of a lower-cased title (``deputy prime minister`` -> ``{deputy}``)."""
    return frozenset(re.split(r"[\s\-]+", phrase)) & RANK_MODIFIERS


#: An appositive that describes one person: ``, a 19-year-old student at``, ``, the coach,``.
_PERSON_APPOSITIVE_RE = re.compile(
    r"[ \t]*(?:\([^()\n]{0,60}\))?,[ \t]+(?:a|an|the)[ \t]+"
    r"(?P<desc>[\w\-]+(?:[ \t]+[a-z][\w\-]*){0,4}?)"
    r"(?=[ \t]*[,.;]|[ \t]+(?:at|of|for|in|from|who|with|on)\b)"
)


def describes_person(tail: str) -> bool:
    """Whether ``tail`` (the text after a name) opens with an appositive describing a person."""
    m = _PERSON_APPOSITIVE_RE.match(tail)
    if m is None:
        return False
    head = m.group("desc").split()[-1].lower()
    return re.fullmatch(r"\d+-year-old", head) is not None or is_role_noun(head)


#: A name built as ``<head> of <name>`` (``the Royal Guild of Bakers``, ``the Velmar Chambers
#: of Trade and Industry``): capitalised words, ``of``, capitalised words joined by ``and``.
_OF_NAME_RE = re.compile(
    r"(?P<head>(?:[A-Z][\w&\-]*[ \t]+){0,3}(?P<last>[A-Z][\w&\-]*))[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?[A-Z][\w&\-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][\w&\-]*)*"
)


def org_of_name(span: str) -> str | None:
    """The organisation named ``<head> of <name>`` in ``span``, or ``None``.

    The head is an organisation word (``Guild`` is not listed, ``College`` is) or a
    capitalised plural after ``the`` (``the Chambers``, ``the Friends``): a person's name never
    ends in the first and never follows ``the``, so ``Jo Roe of Acme`` (a person and an
    affiliation), ``Jo Williams of Acme`` and ``Duke of Kent`` (a title) are no organisations.
    """
    for m in _OF_NAME_RE.finditer(span):
        head = m.group("head").split()
        definite = re.search(r"(?:^|\s)(?i:the)[ \t]+$", span[: m.start()]) is not None
        while head and head[0] in FUNCTION_WORDS:
            definite = definite or head[0] == "The"
            head = head[1:]
        last = m.group("last")
        if not head or head[0] in HONORIFICS or head[0] in ROLE_WORDS:
            continue
        plural = (
            definite
            and len(last) > 3
            and last.endswith("s")
            and not last.endswith(("ss", "us", "is"))
        )
        if last in ORG_HEADS or plural:
            return span[m.start("head") + m.group("head").index(head[0]) : m.end()]
    return None
