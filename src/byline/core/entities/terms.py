"""Technical terms written in capitals are no names, and a numbered section is a law.

Articles about technology are full of abbreviations in capitals (``UWB``, ``DDoS``,
``HSDPA``) that the shape rules take for organisations or products, and every mention is
then drawn. Two cues in the article itself tell a term from a name, and both are decided for
the abbreviation as a whole, so that every mention goes together:

* the article spells it out in lower-case words just before it in brackets
  (``ultra-wideband technology (UWB)``, ``minority ethnic led (MEL)``): a common noun
  abbreviated, not a proper name (``the Ruritanian Post Company (RPC)`` is spelt in capitals);
* it stands before a noun that names a kind of technology (``UWB technology``, ``DDoS
  attacks``, ``EV-DO standard``) and nothing in the article says it acts or owns as a
  company does (``X said``, ``X's shares``, ``at X``).

A writer's initials in brackets closing a paragraph after its last sentence (``... in the
tournament. (NM)``, a sign-off on web pages) are no organisation either, unless the article
uses the letters elsewhere.

A numbered part of a law read as a model code (``Chapter 11``, ``Article 50``, ``Section
28``: a capitalised division noun and a number) is a LAW, not a PRODUCT.

Only one-word names made of capitals (with at most one lower-case letter inside, ``DDoS``,
not ``VexGuard``, and hyphens, ``EV-DO``) are considered; a country or a known place never
is.
"""

from __future__ import annotations

import re

from byline.core.entities import rules as R
from byline.core.entities.chunks import Cand, gaz_label

__all__ = ["drop_terms"]

_LAW_SECTION = re.compile(r"(?:Chapter|Article|Section|Clause|Title|Schedule) \d+[A-Z]?")

#: Labels a technical abbreviation is wrongly given (by its shape, or as a title).
_TERM_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})
_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:-[A-Z0-9]+)?$")
_END_OF_BLOCK = re.compile(r"\)[ \t]*(?:\n|$)")
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")
_BRACKET_BEFORE = re.compile(r"((?:[\w-]+[ ,]+){1,6})\($")
_LOWER_WORD = re.compile(r"^[a-z][a-z-]+$")
_OWNS = re.compile(r"['’]s?\s")
_POST_BEFORE = re.compile(r"\bat\s+(?:the\s)?$")


def drop_terms(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` without the mentions of abbreviations the article uses as technical terms,
    numbered sections of laws relabelled LAW."""
    by_name: dict[str, list[Cand]] = {}
    for c in cands:
        if c.label == "PRODUCT" and _LAW_SECTION.fullmatch(text, c.start, c.end):
            c.label = "LAW"
        if c.label in _TERM_LABELS and c.end - c.start <= 12:
            name = text[c.start : c.end]
            if _ABBREVIATION.match(name) and sum(ch.islower() for ch in name) <= 1:
                by_name.setdefault(name, []).append(c)
    if not by_name:
        return cands
    terms = {name for name, ms in by_name.items() if _is_term(text, name, ms)}
    terms.update(name for name, ms in by_name.items() if len(ms) == 1 and _sign_off(text, ms[0]))
    if not terms:
        return cands
    return [c for c in cands if not (c.label in _TERM_LABELS and text[c.start : c.end] in terms)]


def _is_term(text: str, name: str, mentions: list[Cand]) -> bool:
    if gaz_label(name) or name in R.STOP_ACRONYMS:
        return False
    if any(_acts(text, c) for c in mentions):
        return False
    if any(_spelt_before(text, name, c) for c in mentions):
        return True
    return any(_tech_noun_after(text, c) for c in mentions)


def _tech_noun_after(text: str, c: Cand) -> bool:
    m = _NEXT_WORD.match(text, c.end, c.end + 40)
    return bool(m and m.group(1) in R.TECH_NOUNS)


def _acts(text: str, c: Cand) -> bool:
    """Does this mention own, speak or act as an organisation does (or hold a post)?"""
    if _OWNS.match(text, c.end):
        return True
    m = _NEXT_WORD.match(text, c.end, c.end + 40)
    if m and (m.group(1) in R.SPEECH_VERBS or m.group(1) in R.ORG_POSSESSED):
        return True
    return bool(_POST_BEFORE.search(text, max(0, c.start - 12), c.start))


def _spelt_before(text: str, name: str, c: Cand) -> bool:
    """``ultra-wideband technology (UWB)``: lower-case words before the bracket, the last
    of them lower case, and the abbreviation's first letter opening one of them."""
    if text[c.start - 1 : c.start] != "(" or text[c.end : c.end + 1] != ")":
        return False
    m = _BRACKET_BEFORE.search(text, max(0, c.start - 80), c.start)
    if not m:
        return False
    words = [w for w in re.split(r"[ ,]+", m.group(1)) if w]
    if not words or not _LOWER_WORD.match(words[-1]):
        return False
    first = name[0].lower()
    return any(w.lower().startswith(first) for w in words)


def _sign_off(text: str, c: Cand) -> bool:
    """``... in the tournament.  (NM)`` at the end of a paragraph: a writer's initials."""
    if not (2 <= c.end - c.start <= 4) or text[c.start - 1 : c.start] != "(":
        return False
    if not _END_OF_BLOCK.match(text, c.end):
        return False
    before = text[max(0, c.start - 6) : c.start - 1].rstrip()
    return before.endswith((".", "!", "?", "”", '"'))
