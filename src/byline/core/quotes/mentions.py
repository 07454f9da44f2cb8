"""Person mentions of a stretch of the article, with their role in the sentence.

A mention is a subject, the object of a verb (``tipped Smith``), the object of a preposition
(``the choice of Smith``) or a possessive (``Smith's film``): pronoun resolution
(:mod:`byline.core.quotes.pronouns`) only takes subjects. A title between the governing word and
the name is looked through, so ``to support prime minister Jo Roe`` and ``with his Democratic
challenger Jo Roe`` are an object and a preposition's object, while ``Acme spokesman Jo Roe``
at a sentence's start stays a subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from typing import Protocol

from byline.core.quotes.lexicon import HONORIFICS, ROLE_NOUNS, VERB_RE, words
from byline.core.quotes.model import Mention
from byline.core.quotes.tokens import (
    RANK_MODIFIERS,
    capseqs,
    is_role_noun,
    person_part,
    stage_name,
    strip_possessive,
)

__all__ = ["ArticleNames", "find_mentions"]


class ArticleNames(Protocol):
    """What finding mentions reads of an article's names (`names.NameResolver` has it)."""

    @property
    def masked(self) -> str:
        """The article's text with its quotations masked."""

    @property
    def stage(self) -> set[str]:
        """Stage names the article uses (``The Edge``, ``50 Cent``)."""

    @property
    def persons(self) -> Set[str]:
        """The people the article names, in their fullest forms."""

    @property
    def person_surnames(self) -> Set[str]:
        """The last word of each of `persons`."""

    def canonical(self, phrase: str, pos: int) -> str | None:
        """The person `phrase` (written at `pos`) names, in the article's fullest form."""


_PREPOSITIONS = "of|about|on|for|to|with|from|against|by|at|via|into"
_PREP_BEFORE_RE = re.compile(rf"\b(?:{_PREPOSITIONS})\s+(?:the\s+)?$")
_NOT_VERB_BEFORE_NAME = words(
    "and but or nor while when as because although though if that so then where whereas after "
    "before since until unless once the a an his her their its our my your this these those "
    "whom who which fellow former late both also only even just "
    # A copula's complement names the subject itself ("The director is Jo Roe."): no object.
    "is was are were be been become becomes became remain remains remained"
)
#: Words of a title placed before a name (``his Democratic challenger``, ``prime minister``).
_TITLE_MODIFIERS = RANK_MODIFIERS | words("prime senior chief")
_DETERMINERS = words("the a an his her their its our my your")
_OWNING = words("his her their its our my your")
#: A lowercase word and a name after a name: ``Acme spokesman John Smith``, ``Acme director
#: of sales John Smith``.
_ROLE_AFTER_RE = re.compile(r"\s+([a-z][\w\-]*)(?:\s+(?:of|for)\s+[a-z][\w\-]*)?\s+[A-Z]")
_DETERMINER_RUN_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_DETERMINERS)) + r")[ \t]+(?:[a-z][\w\-]*[ \t]+){1,2}$"
)
#: An auxiliary or copula right after a name: the name is its clause's subject.
_FINITE_AFTER_RE = re.compile(
    r"[ \t]+(?:is|was|are|were|has|had|will|would|can|could|may|might|must|should|does|did)\b"
)
_WORD_BEFORE_RE = re.compile(r"([A-Za-z'’\-]+)[ \t]+$")
#: What joins two names of one list: ``Harlow and Ostrow Vale`` (a comma alone may close a
#: fronted phrase before the subject: ``Against Harlow, Jo Roe scored``).
_JOINED_RE = re.compile(r"[ \t]*,?[ \t]*(?:and|or)[ \t]+")


def _word_before(masked: str, lo: int, pos: int) -> tuple[int, str] | None:
    """The word just before ``pos`` (not before ``lo``), with its start."""
    m = _WORD_BEFORE_RE.search(masked, max(lo, pos - 30), pos)
    return (m.start(1), m.group(1)) if m is not None else None


def _follows_verb(masked: str, lo: int, mstart: int) -> bool:
    """Whether the word just before ``mstart`` reads as a verb taking the name as object."""
    prev = _word_before(masked, lo, mstart)
    if prev is None:
        return False
    w = prev[1]
    return (
        w.islower()
        and w not in _NOT_VERB_BEFORE_NAME
        and not is_role_noun(w)
        and w not in ROLE_NOUNS
        and VERB_RE.fullmatch(w) is None
    )


def _governor(masked: str, lo: int, mstart: int) -> tuple[bool, bool] | None:
    """``(object, preposition)`` of a name after a title (``support prime minister Jo Roe``,
    ``with his Democratic challenger Jo Roe``), read from the word before the title; ``None``
    when no title stands before the name."""
    prev = _word_before(masked, lo, mstart)
    if prev is None or not prev[1].islower() or not is_role_noun(prev[1]):
        return None
    at = prev[0]
    while (prev := _word_before(masked, lo, at)) is not None:
        w = prev[1]
        if w in _DETERMINERS:
            at = prev[0]
            break
        if not (w[:1].isupper() or is_role_noun(w) or w in _TITLE_MODIFIERS):
            # Adjectives after a determiner belong to the title ("the best actor Jo Roe").
            det = _DETERMINER_RUN_RE.search(masked, max(lo, at - 40), at)
            at = det.start() if det is not None else at
            break
        at = prev[0]
    if _PREP_BEFORE_RE.search(masked, max(lo, at - 16), at) is not None:
        return False, True
    gov = _word_before(masked, lo, at)
    if gov is None or not gov[1].islower() or gov[1] in _NOT_VERB_BEFORE_NAME:
        return False, False
    # A verb by its form: past tense, or a bare verb after "to" ("to support").
    infinitive = masked[max(lo, gov[0] - 3) : gov[0]] == "to "
    return gov[1].endswith("ed") or infinitive, False


def find_mentions(res: ArticleNames, lo: int, hi: int) -> list[Mention]:
    """Person mentions in ``res.masked[lo:hi]``, in order, with object/possessive flags."""
    masked = res.masked
    out: list[Mention] = []
    last_end, last_prep = -1, False
    for mstart, mtext in capseqs(masked, lo, hi):
        tokens = mtext.split()
        # Object of a preposition, not a subject (flagged, not dropped); a name joined to such
        # an object by "and"/"or" shares its preposition ("against Harlow and Ostrow Vale").
        prep = _PREP_BEFORE_RE.search(masked, max(lo, mstart - 16), mstart) is not None or (
            last_prep and _JOINED_RE.fullmatch(masked, last_end, mstart) is not None
        )
        last_end, last_prep = mstart + len(mtext), prep
        if tokens[0].lower() in ("of", "about", "on", "for", "to", "with", "from", "by"):
            continue
        before = _word_before(masked, lo, mstart)
        if before is not None and before[1].lower() in _OWNING:
            continue  # "in his Harvest Day message": a thing of someone's, never a person
        poss = strip_possessive(tokens[-1]) != tokens[-1]
        stage = _stage_at(res, mstart, tokens)
        if stage is not None:
            spos, sname = stage
            obj = _follows_verb(masked, lo, spos)
            out.append(Mention(spos, sname, obj=obj, poss=poss, prep=prep))
            continue
        person = person_part(tokens)
        if not person:
            continue
        surname = person[-1]
        name = res.canonical(" ".join(person), mstart)
        if name is None:
            continue
        known = name in res.persons or surname in res.person_surnames
        honor = any(t in HONORIFICS for t in tokens)
        end = mstart + len(mtext)
        tail = _ROLE_AFTER_RE.match(masked, end, end + 40)
        if tail and is_role_noun(tail.group(1)):
            continue  # "Acme spokesman John Smith": Acme only qualifies the role
        if known or honor:
            # "England prop Jo Roe is ...": a name with its own finite verb is a subject, so
            # the lowercase word before it is a title, not a verb taking it as object.
            obj = _follows_verb(masked, lo, mstart) and _FINITE_AFTER_RE.match(masked, end) is None
            governed = _governor(masked, lo, mstart)
            if governed is not None:
                obj, prep = governed[0], prep or governed[1]
            out.append(Mention(mstart, name, obj=obj, poss=poss, prep=prep))
    return out


def _stage_at(res: ArticleNames, mstart: int, tokens: Sequence[str]) -> tuple[int, str] | None:
    """A stage name the article uses (``res.stage``) starting at (or, for a number, just
    before) ``mstart``: where it starts, and the name."""
    if not res.stage:
        return None
    if tokens[0] == "The":
        for n in range(min(len(tokens), 4), 1, -1):
            name = stage_name(strip_possessive(" ".join(tokens[:n])))
            if name in res.stage:
                return mstart, name
        return None
    num = re.search(r"(?<![\w,.])(\d{1,3})[ \t]+$", res.masked[max(0, mstart - 5) : mstart])
    if num:
        name = stage_name(f"{num.group(1)} {strip_possessive(tokens[0])}")
        if name in res.stage:
            return mstart - len(num.group(0)), name
    return None
