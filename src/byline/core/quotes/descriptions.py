"""What a definite description's head says about its referent: a person (``the striker``,
``the 29-year-old``, ``the Frenchman``), an organisation (``the company``) or neither.

Used by :mod:`byline.core.quotes.antecedents` to resolve a description at a cue, and by
:mod:`byline.core.quotes.pronouns` to read a sentence whose subject is a description of a person
as being about that person.
"""

from __future__ import annotations

import re

from byline.core.quotes.lexicon import (
    ANON_HEADS,
    NATIONALITIES,
    ORG_HEADS,
    ORG_NOUNS,
    ROLE_WORDS,
)
from byline.core.quotes.tokens import is_role_noun, strip_possessive

__all__ = ["is_demonym", "is_org_description", "is_person_description"]

_AGE_RE = re.compile(r"\d+-year-old$")
_PREPOSITIONS = frozenset({"of", "for", "at", "from", "in", "with", "behind"})


def is_org_description(head: str) -> bool:
    """Whether a description's head word names an organisation (``company``, ``ministry``)."""
    low = head.lower()
    return low in ORG_NOUNS or strip_possessive(head) in ORG_HEADS or low.capitalize() in ORG_HEADS


def is_demonym(words: list[str]) -> bool:
    """Whether a description's head is a capitalised word for one person of a nation: a
    nationality read as a noun (``the German``, ``the Iraqi``: not ``the British``, a people),
    or any capitalised head after an age (``the 24-year-old Swiss``, ``the 32-year-old
    Spaniard``) that is not an organisation."""
    head = strip_possessive(words[-1]) if words else ""
    if any(w in _PREPOSITIONS for w in words):
        return False  # "the 58-year-old singer of Some Title": the head is not the last word
    if not head[:1].isupper() or head in ROLE_WORDS or is_org_description(head):
        return False
    if head in NATIONALITIES and head.endswith(("an", "i")):
        return True
    if len(head) > 5 and head.endswith(("man", "woman")):
        return True  # "the Frenchman", "the Dutchwoman": one person of a nation
    return len(words) >= 2 and any(_AGE_RE.search(w.lower()) for w in words[:-1])


def is_person_description(words: list[str]) -> bool:
    """Whether the words after ``the`` describe one person (``29-year-old``, ``England
    coach``, ``Olympic champion``): a role noun or an age as the head, never an
    organisation, a group (a plural) or an anonymous source (``the spokesman``)."""
    if not words:
        return False
    head = strip_possessive(words[-1])
    low = head.lower()
    if _AGE_RE.search(low):
        return True
    if is_org_description(head) or low in ANON_HEADS:
        return False
    if head in ROLE_WORDS or is_demonym(words):
        return True
    if not head.islower():
        return False
    if low.endswith("s") and not low.endswith(("ss", "ess")):
        return False  # a group: "the protesters"
    return is_role_noun(low)


#: Two people joined as one subject: ``Jo Roe and drummer Al Lee`` (full names both).
_PAIR_RE = re.compile(
    r"(?:[a-z][\w\-]*[ \t]+){0,3}(?:[A-Z][\w'’\-]*[ \t]+)+[A-Z][\w'’\-]*"
    r"[ \t]+(?:and|&)[ \t]+(?:[a-z][\w\-]*[ \t]+){0,3}"
    r"(?:[A-Z][\w'’\-]*[ \t]+)+[A-Z][\w'’\-]*"
)
#: A plural head before its affiliation: ``the remaining members of Acme``.
_PLURAL_OF_RE = re.compile(
    r"(?:(?i:the|some|many|two|three|several)[ \t]+)?(?:[a-z][\w\-]*[ \t]+){0,2}"
    r"(?P<head>[a-z]+s)[ \t]+(?:of|from|at|in)[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w&'’\-]*(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)?[A-Z][\w&'’\-]*)*"
)
#: A plural description of people: ``the artists``, ``their lawyers``.
_PLURAL_RE = re.compile(
    r"(?i:the|its|their|his|her)[ \t]+(?:[\w\-]+[ \t]+){0,2}(?P<head>[a-z]+s)[ \t,]*"
)
#: Plural heads of the unnamed sources that speak for their organisation (§4.4).
_SPOKES_PLURALS = frozenset({"officials", "sources", "representatives", "spokespeople"})


def is_group(span: str) -> bool:
    """Whether a subject names several people (GUIDELINES §4.7: no speaker): two full names
    joined by ``and``, a plural head with its affiliation (``members of Acme``) or a plural
    description of people (``the artists``)."""
    span = span.strip(" ,")
    if _PAIR_RE.fullmatch(span) is not None:
        return True
    plural = _PLURAL_OF_RE.fullmatch(span) or _PLURAL_RE.fullmatch(span)
    if plural is None:
        return False
    head = plural.group("head")
    if head.endswith(("ss", "us", "is")) or head in _SPOKES_PLURALS:
        return False
    # "the firms said": several organisations are no one speaker either.
    return plural.re is _PLURAL_OF_RE or is_role_noun(head[:-1]) or is_org_description(head[:-1])
