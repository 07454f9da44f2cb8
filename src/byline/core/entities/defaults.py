"""The classifier's last resort: a weak verdict when no cue decided, from the tables and the
article's habits (a lone given name is a person, an unknown pair of name-like words a person,
an unknown word an organisation guessed by elimination)."""

from __future__ import annotations

from byline.core.entities import patterns as P
from byline.core.entities import rules as R
from byline.core.entities.chunks import CONNECTORS
from byline.core.entities.context import DocContext
from byline.core.entities.cues import team, unlike_a_person
from byline.core.entities.gazetteer import gazetteer
from byline.core.entities.verdict import GUESS, NOT_AN_ENTITY, PLACE_GUESS, Segment, Verdict

__all__ = ["weak_default"]


def weak_default(s: Segment) -> Verdict:
    """No cue decided: a weak guess from the tables and the article's habits."""
    name, last, gz = s.name, s.last, s.gz
    if name in gz.weak_gpe:
        if s.ctx.sport and name not in gz.surnames and team(s.text, s.toks, name, s.prev, s.nxt):
            return "ORG", True  # "the gap on Harlow": a club named after its town
        return ("GPE", not s.ctx.sport) if s.prev in R.PLACE_PREPOSITIONS else PLACE_GUESS
    if s.n >= 2:
        return _several_words_default(s)
    if s.prev.lower() == "the" and last.endswith("s") and not last.endswith("ss"):
        if last[:-1] in gz.norp:
            return "NORP", False  # "the Conservatives": the plural of a known group
        if not s.ctx.sport and not s.ctx.music:
            # "the Xs" names a band, a team, a party or a film as often as a people, and the
            # tables hold the nationalities and religions: a guess, kept only with evidence.
            return GUESS
        return "ORG", False  # a team or a band: "the Saints", "the Vells"
    if (name in gz.given or name in gz.surnames) and name not in gz.major:
        return "PERSON", False  # a lone given or family name: "his friend Tim", "Moor won"
    if name.lower() in gz.common:
        return _common_word_alone(s)
    return GUESS


def _common_word_alone(s: Segment) -> Verdict:
    """A lone capitalised common word with no cue: a company or a club is often named so
    (``Vexo``-like names aside), but so is a generic noun written with a capital (``the
    Bank``, ``the Budget``). Not after ``the`` or ``of``, and not an organisation's head
    word, it is a guess that only the article's evidence keeps; otherwise no entity."""
    if s.prev.lower() in ("the", "of") or s.name in R.ORG_SUFFIXES or s.name in R.ORG_HEADS:
        return NOT_AN_ENTITY
    return GUESS


def _several_words_default(s: Segment) -> Verdict:
    """Several words with no cue: an acronym-led organisation, a club, a gerund-led title,
    or the person-or-organisation guess of :func:`_pair_default`."""
    words, gz = s.words, s.gz
    if P.ACRONYM_RE.match(words[0]):
        return "ORG", False
    if s.ctx.sport and (s.last in gz.cities or s.last in gz.gpe) and words[0] not in gz.given:
        return "ORG", False  # a club: "Sporting Dunmore", "Real Ostavia"
    if len(words[0]) > 5 and words[0].endswith("ing"):
        return "WORK_OF_ART", False  # gerund-led title: "Chasing Amberlee"
    return _pair_default(words, s.prev, s.nxt, s.ctx)


def _common(word: str, common: frozenset[str]) -> bool:
    """Is ``word`` an ordinary English word, or the plural of one?"""
    low = word.lower()
    return low in common or (low.endswith("s") and low[:-1] in common)


def _pair_default(words: list[str], prev: str, nxt: str, ctx: DocContext) -> tuple[str, bool]:
    """A capitalised pair or triple with no cue: a person when it looks like a name.

    A common given name first (``Kent Dallow``) makes a person; otherwise a known family
    name last does (``Tavi Griffiths``). A name with a connector (``Institute for Quiet
    Places``) or after ``the`` is never a person, unless a work noun follows (``the Ana
    Vell track``: the artist). Otherwise a pair with an ordinary English
    word in it (or a word the article writes in lower case) is an organisation (``Blue
    Window``) and anything else a person (``Quillon Varga``): in news, unknown name-like pairs
    are mostly people. All of these are weak (document voting may override).
    """
    gz = gazetteer()
    first, last = words[0], words[-1]
    if any(w in CONNECTORS for w in words):
        return "ORG", False
    if any(unlike_a_person(w) for w in words):
        return GUESS  # "Vexo HyperCore RTX": no person's name has capitals inside a word
    if prev.lower() == "the" and nxt not in R.WORK_NOUNS_AFTER:
        return GUESS  # "the Open Market", but "the Ana Vell track" is the artist
    if all(_common(w, gz.common) for w in words) and not (
        first in gz.given and last in gz.surnames
    ):
        # "Council Offices", "Golden Arts": ordinary words, though the tables hold "Council"
        # and "Golden" as given names ("Jem Young" is a given name and a family name)
        return GUESS
    if first in gz.given:
        return "PERSON", False
    if last in gz.surnames:
        return "PERSON", False
    for w in words:
        low = w.lower()
        if low in gz.common or low in ctx.lower:
            return GUESS  # made of ordinary words: "Blue Window", "Open Market"
    return "PERSON", False
