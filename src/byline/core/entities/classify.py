"""Labelling of one segment of capitalised words: which entity is it, if any?

:func:`classify` asks a fixed sequence of rules, each reading one kind of evidence, and takes
the first verdict. The order is the recogniser's precedence: a name the gazetteer knows beats
its head or suffix word (``Court``, ``plc``), which beats the shape of the words (initials,
model codes, acronyms), which beats the words around the name, which beat the weak defaults.
A strong verdict stands; a weak one may be overruled by the rest of the article.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from byline.core.entities import patterns as P
from byline.core.entities import rules as R
from byline.core.entities.acronyms import from_acronym
from byline.core.entities.chunks import Tok, gaz_label, gaz_prefix, next_word, prev_word
from byline.core.entities.context import NO_CONTEXT, DocContext
from byline.core.entities.cues import (
    COMPASS_LETTERS,
    LEADING_CONNECTORS,
    bracketed_club,
    channel,
    compass_place,
    double_initial,
    initialled,
    job_title,
    language,
    licensed_work_cue,
    place_and_plural,
    place_modifier,
    product_cue,
    team,
)
from byline.core.entities.defaults import weak_default
from byline.core.entities.gazetteer import gazetteer
from byline.core.entities.kinds import list_kind
from byline.core.entities.verdict import (
    GUESS,
    NOT_AN_ENTITY,
    PLACE_GUESS,
    Segment,
    Verdict,
    is_guess,
)

__all__ = ["GUESS", "PLACE_GUESS", "Verdict", "classify", "is_guess"]

_TO_SHORTHAND = re.compile(r"^[A-Z]2[A-Z]$")  # "P2P", "B2C": "to" written as 2
#: One capital and one or two digits (``G8``, ``Q7``): a group of nations, a band, a
#: motorway or a model, as often one as another; a product only with a product cue.
_SHORT_CODE = re.compile(r"^[A-Z]\d{1,2}$")
#: Nouns one or two words after such a code that make it a product (``Z64 owners``, ``W1
#: desktop computer``): what a device has or is.
_CODE_PRODUCT_NOUNS = (
    R.PRODUCT_NOUNS_AFTER
    | R.PRODUCT_KIND_NOUNS
    | frozenset({"owners", "computer", "computers", "desktop", "laptop", "laptops", "games"})
)
_TWO_WORDS = re.compile(r" ([a-z][\w-]*)(?: ([a-z][\w-]*))?")
_COMPASS = frozenset({"Western", "Eastern", "Northern", "Southern"})
_KIN_LIST_RE = re.compile(
    r"\b(?:" + "|".join(sorted(R.KIN_NOUNS)) + r")(?:,|\snamed|\scalled)?\s"
    r"(?:[A-Z][\w'-]*(?:,\s|\sand\s|,\sand\s))*$"
)


def _not_a_name(s: Segment) -> Verdict:
    """Words written like names that name nothing (a disease, a unit, a month in a heading's
    capitals), and one-word German or Dutch street names (``Petersallee``: a facility)."""
    if s.words[0] in R.MONTHS_UPPER or (
        s.words[0] in R.HOLIDAYS and (s.n == 1 or (s.n == 2 and s.last in ("Day", "Eve")))
    ):
        return "DATE", True  # "SEPTEMBER 28", "Christmas", "Christmas Day"
    if s.n == 1 and s.name in R.MONTHS and s.name not in s.gz.given:
        return "DATE", True  # "every March", "throughout October": not the town of March
    if s.name in R.NOT_NAMES or s.words[0] in LEADING_CONNECTORS or job_title(s.words, s.prev):
        return NOT_AN_ENTITY
    if s.n == 1 and not s.name.isupper() and s.name.lower().endswith(R.STREET_ENDINGS):
        return "FAC", True
    return None


def _shouted(s: Segment) -> Verdict:
    """A place or group written in capitals (a dateline's ``MANCHESTER``, ``BRITAIN``): the
    label of its ordinary spelling. Other words in capitals are left to the other rules."""
    if not s.name.isupper() or len(s.name) < 4 or not s.name.isalpha():
        return None
    label = gaz_label(s.name.title())
    return (label, True) if label else None


def _from_gazetteer(s: Segment) -> Verdict:
    """A name the place and nationality tables know, unless the context makes it a team
    (``Leeds`` in a sports report), an organisation (``Paris officials``) or a language."""
    if s.ctx.sport and bracketed_club(s.text, s.toks):
        return "ORG", True
    if s.n == 1 and s.name in R.INSTITUTION_NAMES:
        return "ORG", True  # "the Commons", "Labour": the institution, not the common noun
    known = gaz_label(s.name)
    if not known:
        return None
    if (
        known == "GPE"
        and s.n == 1
        and s.nxt in R.ORG_CONTEXT_AFTER
        and s.nxt != "officials"
        and not place_modifier(s.text, s.toks, s.nxt)
    ):
        return "ORG", True
    if known == "GPE" and s.n == 1 and s.nxt in _PLURAL_HAVE and _one_name_as_plural(s):
        return "ORG", True  # "Leeds have confirmed", "Ostavia were beaten": a team, a body
    if known == "NORP" and s.name in s.gz.languages and language(s.text, s.toks, s.prev, s.nxt):
        return NOT_AN_ENTITY
    if known == "GPE" and s.ctx.sport:
        if team(s.text, s.toks, s.name, s.prev, s.nxt):
            return "ORG", True
        if s.prev in R.PLACE_PREPOSITIONS and _owns_or_plays(s):
            return "GPE", False  # "in England's win": the team's other mentions decide
    return known, True


def _owns_or_plays(s: Segment) -> bool:
    """After a place preposition in a sports report, does the place own something (``in
    England's win``) or stand before a sport (``to England rugby``)? Then it may well be the
    team, and the name's other mentions decide."""
    end = s.toks[-1].end
    return bool(P.POSSESSIVE_RE.match(s.text, end)) or s.nxt in R.SPORT_CUES


def _language_or_compass(s: Segment) -> Verdict:
    """Languages are no entities; ``Western`` alone is a group only before ``allies`` etc."""
    if s.last == "Language" or (
        s.n == 1 and s.name in s.gz.languages and language(s.text, s.toks, s.prev, s.nxt)
    ):
        return NOT_AN_ENTITY
    if s.name in _COMPASS:
        return ("NORP", True) if s.nxt in R.NORP_GROUP_NOUNS else NOT_AN_ENTITY
    return None


def _from_head_or_suffix(s: Segment) -> Verdict:
    """Several words whose head or last word names the kind: ``Motor Show``, ``Act``,
    ``Gulf``, ``Stadium``, ``Ltd``, ``Court of Appeals``."""
    if s.n < 2:
        return None
    first, last, words = s.words[0], s.last, s.words
    if last in R.GATHERING_SUFFIXES and s.text.endswith("at the ", 0, s.toks[0].start):
        return "EVENT", True  # "at the Motor Show", "at the Book Fair"
    if last in R.LAW_SUFFIXES or (first in R.LAW_HEADS and words[1] == "of"):
        return "LAW", True
    if last in R.EVENT_SUFFIXES or (first in R.EVENT_HEADS and (s.n == 2 or words[1] == "of")):
        return "EVENT", True
    if last in R.LOC_SUFFIXES or first in R.LOC_HEADS:
        return "LOC", True
    if last in R.GPE_SUFFIXES:
        return "GPE", True
    if first in R.SAINT_WORDS and s.n == 2 and words[1] not in s.gz.given:
        return "GPE", False  # "St Lucia", "St Eustatius"; not "St Paul"
    for i, word in enumerate(words[1:-1], 1):
        if word in R.ORG_SUFFIXES and gaz_label(" ".join(words[i + 1 :])):
            return "ORG", True  # "Velmar College London": an organisation, then its place
    if last in R.FAC_SUFFIXES and (s.prev in _AT_A_PLACE or not _person_shaped(s)):
        return ("ORG" if s.nxt in R.SPEECH_VERBS else "FAC"), True  # not "Ana Field"
    if last in R.ORG_SUFFIXES or any(
        w in R.ORG_HEADS and nw in ("of", "for") for w, nw in itertools.pairwise(words)
    ):
        return "ORG", True  # also after a place: "US Court of Appeals"
    if last in R.PRODUCT_SUFFIXES:
        return "PRODUCT", True
    return None


def _from_list_head(s: Segment) -> Verdict:
    """A name in a list headed by a kind noun: ``firms such as X and Y``, ``countries
    such as X`` (:func:`.kinds.list_kind`)."""
    label = list_kind(s.text, s.toks[0].start, s.toks[-1].end)
    return (label, True) if label else None


#: Prepositions before a facility's name that a person's name rarely follows (``at Dunmore
#: Park``; ``to`` is left out: ``wrote to Ana Field``).
_AT_A_PLACE = frozenset({"at", "outside", "inside", "near"})


def _person_shaped(s: Segment) -> bool:
    """A given name and a family name (``Ana Field``), which a facility head word may be."""
    return s.n == 2 and s.words[0] in s.gz.given and s.last in s.gz.surnames


def _from_word_shape(s: Segment) -> Verdict:
    """Clubs (``Dundee Falcons``), ``N Korea``, initials (``R Smith``), channels and model
    codes, read from the form of the words."""
    words, last = s.words, s.last
    if s.ctx.sport and s.n == 2 and place_and_plural(words):
        return "ORG", True  # "Dundee Falcons", "Bristol Otters": a club
    if s.n == 2 and words[0] in COMPASS_LETTERS:
        place = compass_place(words[0], words[1])
        if place:
            return place, True  # "N Korea", "S Africa": headline abbreviations
    if (
        s.n >= 2
        and s.prev.lower() != "the"
        and (initialled(words) or double_initial(s.text, words))
    ):
        return "PERSON", True
    if s.n == 1 and _TO_SHORTHAND.match(last):
        return NOT_AN_ENTITY  # "P2P" (peer-to-peer), "B2B": common nouns, not model codes
    if last[-1].isdigit() and channel(words):
        return "ORG", True  # "Radio 2", "Sky Movies 1", "ITV1": broadcasters, not models
    if s.n == 1 and _SHORT_CODE.match(last):
        return _short_code(s)
    if any(P.MODEL_CODE_RE.match(w) for w in words) or (s.n >= 2 and last.isdigit()):
        return "PRODUCT", True
    return None


def _short_code(s: Segment) -> Verdict:
    """``G8 nations``, ``Q7 were``: an organisation (weak); ``Z64 owners``, ``the new K7
    handsets``: a product."""
    m = _TWO_WORDS.match(s.text, s.toks[-1].end)
    if m and (m.group(1) in _CODE_PRODUCT_NOUNS or m.group(2) in _CODE_PRODUCT_NOUNS):
        return "PRODUCT", True
    return _product_or_owner(s) or ("ORG", False)


def _product_or_owner(s: Segment) -> Verdict:
    """A product by the words next to it (``X software``, ``a service called X``), or an
    organisation by what it owns (``X's shares``)."""
    if (s.nxt in R.PRODUCT_CONTEXT_AFTER and not s.comma) or product_cue(
        s.text, s.toks, s.nxt, s.comma
    ):
        return "PRODUCT", True
    end = s.toks[-1].end
    if s.text.startswith(("'s ", "’s "), end):
        m = P.NEXT_WORD_RE.match(s.text, end + 2, end + 40)
        if m and m.group(2) in R.ORG_POSSESSED:
            return "ORG", True
    return None


def _from_word_before(s: Segment) -> Verdict:
    """A kin noun, a role (``minister X``), a kind of organisation or a work noun before."""
    start, prev = s.toks[0].start, s.prev
    if (prev in R.KIN_NOUNS or prev == "and") and _KIN_LIST_RE.search(
        s.text, max(0, start - 60), start
    ):
        return "PERSON", True  # "his two sons, Ivo and Teo"
    if not prev.islower():
        return None
    if prev in R.ROLE_NOUNS:
        return "PERSON", True
    if prev in R.ORG_CONTEXT_BEFORE:
        return "ORG", True
    if prev in R.WORK_CONTEXT_BEFORE and licensed_work_cue(s.text, start, prev):
        return "WORK_OF_ART", True
    if prev in R.ORG_APPOSITION_NOUNS and s.text.endswith(", ", 0, start):
        return "ORG", True  # "his new party, Solvane"
    return None


def _from_word_after(s: Segment) -> Verdict:
    """What the name does next: an organisation's verb, ``who were``, a speech verb."""
    end, nxt, comma = s.toks[-1].end, s.nxt, s.comma
    if (
        s.n == 1
        and not comma
        and (nxt in R.ORG_VERBS or s.text.startswith(" said in a statement", end))
    ):
        return "ORG", True
    if comma and nxt == "who" and P.PLURAL_WHO_RE.match(s.text, end):
        return "ORG", True  # "Arlo Quint, who were shortlisted": a group, not a person
    if not comma and nxt in _PLURAL_VERBS and _one_name_as_plural(s):
        return "ORG", True  # "Glass Orchard were the big winners": a band, a team, a body
    if (nxt in R.SPEECH_VERBS and not comma) or (comma and nxt in ("who", "whose")):
        return _speaker(s)
    if (nxt in R.ORG_CONTEXT_AFTER or nxt in R.BAND_ROLES) and not comma:
        return "ORG", True  # "Tidewell guitarist Jo Roe": the band
    return None


#: Verbs in the plural: after a singular name they make it a group (British usage).
_PLURAL_VERBS = frozenset({"were", "are"})
#: The same after a place's name (``Leeds have``): the team or body the place names.
_PLURAL_HAVE = _PLURAL_VERBS | {"have"}


#: A sentence's start before a name, with an optional ``The`` or a description (``Essex act
#: X``, ``Rivals X``): the name is the whole subject. ``Roe and X`` is no description: there
#: the verb's subject is two names.
_SUBJECT_START = re.compile(
    r"(?:^|[.!?:][\"”’)]*\s+|\n\s*|\s[-–—]\s)"
    r"(?:[Tt]he\s|(?:[A-Z][a-z]+\s)?(?!(?:and|but|nor|yet)\s)[a-z]{3,}\s|[A-Z][a-z]+s\s)?$"
)


def _one_name_as_plural(s: Segment) -> bool:
    """Is the segment one name that a plural verb follows, the whole subject of its sentence
    (``Glass Orchard were``; not ``the calm of the Glass Orchard are``), not a plural itself
    (``the Smiths are``) nor led by a given name?"""
    start = s.toks[0].start
    if s.last.endswith("s") or not _SUBJECT_START.search(s.text, max(0, start - 30), start):
        return False
    if s.words[0] in s.gz.given:
        return False  # "Tobin are ...", "Ana Vell were": a person in a loose sentence
    return not s.text.startswith(("'s", "’s"), s.toks[-1].end)


def _work_by_role(s: Segment) -> Verdict:
    """A show or film before a role and a person's name (``Quiet Hours star Jo Roe``, ``The
    Depot creator Jo Roe``), outside sports reports (``Leeds star Jo Roe`` is the club)."""
    if s.nxt not in R.WORK_ROLES or s.comma or s.ctx.sport:
        return None
    at = s.toks[-1].end + 1 + len(s.nxt)
    if s.text.startswith(" ", at) and s.text[at + 1 : at + 2].isupper():
        return "WORK_OF_ART", True
    return None


def _speaker(s: Segment) -> Verdict:
    """A name before a speech verb (``X said``) or ``, who``: a person, or a group."""
    words = s.words
    j, label = gaz_prefix(words) if s.n > 2 else (0, "")
    if label == "NORP" and words[j] in s.gz.given and s.n - j >= 2:
        return "PERSON", False  # "the Lib Dems Jo Roe said": the group, then the speaker
    if s.prev.lower() == "the" or (
        s.n > 1 and P.ACRONYM_RE.match(words[0]) and not initialled(words)
    ):
        return "ORG", True  # "the Lib Dems said", "US Customs said": not a person
    # A lone unknown word ("Solvane said") may be a group: weak, so that a cue elsewhere
    # in the article ("his new party, Solvane") or a full name decides.
    return "PERSON", s.n > 1 or s.name in s.gz.given or s.name in s.gz.surnames


#: The rules in order of precedence; the last one always gives a verdict.
_RULES: tuple[Callable[[Segment], Verdict], ...] = (
    _not_a_name,
    _shouted,
    _from_gazetteer,
    _language_or_compass,
    _work_by_role,
    _from_head_or_suffix,
    _from_list_head,
    _from_word_shape,
    from_acronym,
    _product_or_owner,
    _from_word_before,
    _from_word_after,
    weak_default,
)


def classify(text: str, seg: list[Tok], hint: str, ctx: DocContext = NO_CONTEXT) -> Verdict:
    """Label one segment.

    Args:
        text: The article text.
        seg: The segment's tokens, in order.
        hint: A label already known for the segment (it wins), or ``""``.
        ctx: Facts about the whole article.

    Returns:
        ``(label, strong)``, or ``None`` when the segment is no entity.
    """
    if hint:
        return hint, True
    words = [t.text for t in seg]
    nxt, comma = next_word(text, seg[-1].end)
    s = Segment(
        text=text,
        toks=seg,
        words=words,
        name=" ".join(words),
        prev=prev_word(text, seg[0].start),
        nxt=nxt,
        comma=comma,
        ctx=ctx,
        gz=gazetteer(),
        n=len(words),
        last=words[-1],
    )
    for rule in _RULES:
        verdict = rule(s)
        if verdict is not None:
            return None if verdict is NOT_AN_ENTITY else verdict
    return None
