"""Labelling of one segment by gazetteer, suffix/head words, codes and context cues."""

from __future__ import annotations

import re
from dataclasses import dataclass

from byline.core import entity_rules as R
from byline.core.entity_chunks import CONNECTORS, Tok, gaz_label, next_word, prev_word
from byline.core.gazetteer import gazetteer

_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
_CAPS_LED = re.compile(r"^[A-Z]{2,}[a-z]{3,}$")
_COMPASS = frozenset({"Western", "Eastern", "Northern", "Southern"})
_WORD_RE = re.compile(r"[a-z][a-z-]+")
_PRODUCT_COORD_RE = re.compile(r"\s(?:or|and)\s(?:[A-Z][\w-]*\s){1,3}(?P<n>[a-z]+)")
_PRODUCT_INTRO_RE = re.compile(
    r"\b(?:called|named|dubbed|including(?:\sthe)?|such\sas|like(?:\sthe)?)\s$"
)
_LANG_END = frozenset('.,;:!?)"”')
_KIN_LIST_RE = re.compile(
    r"\b(?:" + "|".join(sorted(R.KIN_NOUNS)) + r")(?:,|\snamed|\scalled)?\s"
    r"(?:[A-Z][\w'-]*(?:,\s|\sand\s|,\sand\s))*$"
)


@dataclass(frozen=True, slots=True)
class DocContext:
    """Article-level facts the classifier needs: is this a sports report? Which acronyms
    are defined as languages?"""

    sport: bool = False
    languages: frozenset[str] = frozenset()  # acronyms defined as languages: "(BSL)"


NO_CONTEXT = DocContext()
_LANGUAGE_ACRONYM_RE = re.compile(r"\bLanguage \(([A-Z]{2,6})\)")


def doc_context(text: str) -> DocContext:
    """Look at the whole article once: sports cue words, acronyms of language names."""
    languages = frozenset(_LANGUAGE_ACRONYM_RE.findall(text)) if "Language (" in text else None
    cues = R.SPORT_CUES
    hits = 0
    for w in _WORD_RE.findall(text):
        if w in cues:
            hits += 1
            if hits >= R.SPORT_CUE_MIN:
                return DocContext(True, languages or frozenset())
    return DocContext(False, languages or frozenset())


def _language(text: str, seg: list[Tok], prev: str, nxt: str) -> bool:
    """``in English``, ``the Latin for truth``, ``French speakers``: a language mention."""
    if nxt in R.LANGUAGE_NEXT:
        return nxt != "for" or prev == "the"
    after = text[seg[-1].end : seg[-1].end + 1]
    return prev in R.LANGUAGE_PREV and (after in _LANG_END or after == "" or nxt == "and")


def _product_cue(text: str, seg: list[Tok], nxt: str, comma: bool) -> bool:
    """Product nouns after the name (or after ``X or Y``), or ``service called X`` before."""
    if not comma and nxt in R.PRODUCT_NOUNS_AFTER:
        return True
    m = _PRODUCT_COORD_RE.match(text, seg[-1].end, seg[-1].end + 60)
    if m and m.group("n") in R.PRODUCT_NOUNS_AFTER:
        return True
    m = _PRODUCT_INTRO_RE.search(text, max(0, seg[0].start - 25), seg[0].start)
    if not m:
        return False
    window = text[max(0, m.start() - 90) : m.start()]
    window = re.split(r"[.;:!?]\s", window)[-1]
    return any(w in R.PRODUCT_KIND_NOUNS for w in _WORD_RE.findall(window))


def _pair_default(words: list[str], prev: str) -> tuple[str, bool]:
    """A capitalised pair or triple with no cue: a person when it looks like a name.

    A common given name first (``Kent Ardley``) makes a person; otherwise a known family
    name last does (``Hew Griffiths``). A name with a connector (``Institute for Deaf
    People``) or after ``the`` is never a person. Anything else is taken for an
    organisation (``Cubic Expression``, ``Total Film``). All of these are weak (document
    voting may override).
    """
    gz = gazetteer()
    first, last = words[0], words[-1]
    if prev.lower() == "the" or any(w in CONNECTORS for w in words):
        return "ORG", False
    if first in gz.given:
        return "PERSON", False
    if last in gz.surnames:
        return "PERSON", False
    return "ORG", False


def _team(text: str, seg: list[Tok], name: str, prev: str, nxt: str) -> bool:
    """In a sports report, is this city or country name the club or national team?

    ``against Hungary``, ``captain Wales``, ``a loss to Germany``: the team. A place
    preposition before (``in Cardiff``), a place noun after (``Leeds city council``), or a
    possessive before a name (``Britain's Tim Henman``: where the player is from) keep the
    place. Abbreviations (``UK``, ``US``) stay places.
    """
    if name.isupper() or nxt in R.PLACE_ONLY_AFTER:
        return False
    if prev in R.PLACE_PREPOSITIONS:
        return prev == "to" and prev_word(text, seg[0].start - 3) in R.RESULT_WORDS
    m = R.POSSESSIVE_RE.match(text, seg[-1].end)
    return not (m and text[m.end() + 1 : m.end() + 2].isupper())


def classify(
    text: str, seg: list[Tok], hint: str, ctx: DocContext = NO_CONTEXT
) -> tuple[str, bool] | None:
    """Label one segment; returns (label, strong) or None when it is not an entity."""
    gz = gazetteer()
    words = [t.text for t in seg]
    name = " ".join(words)
    n, last = len(words), words[-1]
    nxt, comma = next_word(text, seg[-1].end)
    prev = prev_word(text, seg[0].start)
    if hint:
        return hint, True
    known = gaz_label(name)
    if known:
        if known == "GPE" and n == 1 and nxt in R.ORG_CONTEXT_AFTER and nxt != "officials":
            return "ORG", True
        if known == "NORP" and name in gz.languages and _language(text, seg, prev, nxt):
            return None
        if known == "GPE" and ctx.sport and _team(text, seg, name, prev, nxt):
            return "ORG", True
        return known, True
    if last == "Language" or (n == 1 and name in gz.languages and _language(text, seg, prev, nxt)):
        return None
    if name in _COMPASS:
        return ("NORP", True) if nxt in R.NORP_GROUP_NOUNS else None
    if n >= 2:
        first = words[0]
        if last in R.LAW_SUFFIXES or (first in R.LAW_HEADS and words[1] == "of"):
            return "LAW", True
        if last in R.EVENT_SUFFIXES or (first in R.EVENT_HEADS and (n == 2 or words[1] == "of")):
            return "EVENT", True
        if last in R.LOC_SUFFIXES or first in R.LOC_HEADS:
            return "LOC", True
        if last in R.FAC_SUFFIXES:
            return ("ORG" if nxt in R.SPEECH_VERBS else "FAC"), True
        if last in R.ORG_SUFFIXES or (first in R.ORG_HEADS and words[1] in ("of", "for")):
            return "ORG", True
        if last in R.PRODUCT_SUFFIXES:
            return "PRODUCT", True
    if any(R.MODEL_CODE_RE.match(w) for w in words) or (n >= 2 and last.isdigit()):
        return "PRODUCT", True
    if n == 1 and _CAPS_LED.match(last):
        return "ORG", True  # "JPMorgan", "PWCorp": letters before a word (not "McManus")
    if n == 1 and _PLURAL_ACRONYM.match(last):
        return None
    if n == 1 and R.ACRONYM_RE.match(last):
        if last in R.STOP_ACRONYMS or last in ctx.languages:
            return None  # "British Sign Language (BSL)": a language, like its expansion
        return "ORG", True
    if (nxt in R.PRODUCT_CONTEXT_AFTER and not comma) or _product_cue(text, seg, nxt, comma):
        return "PRODUCT", True
    if text.startswith(("'s ", "’s "), seg[-1].end):
        m = R.NEXT_WORD_RE.match(text, seg[-1].end + 2, seg[-1].end + 40)
        if m and m.group(2) in R.ORG_POSSESSED:
            return "ORG", True
    if (prev in R.KIN_NOUNS or prev == "and") and _KIN_LIST_RE.search(
        text, max(0, seg[0].start - 60), seg[0].start
    ):
        return "PERSON", True  # "his two sons, Avi and Joel"
    if prev.islower():
        if prev in R.ROLE_NOUNS:
            return "PERSON", True
        if prev in R.ORG_CONTEXT_BEFORE:
            return "ORG", True
        if prev in R.WORK_CONTEXT_BEFORE:
            return "WORK_OF_ART", True
        if prev in R.ORG_APPOSITION_NOUNS and text.endswith(", ", 0, seg[0].start):
            return "ORG", True  # "his new party, Veritas"
    if (
        n == 1
        and not comma
        and (nxt in R.ORG_VERBS or text.startswith(" said in a statement", seg[-1].end))
    ):
        return "ORG", True
    if (nxt in R.SPEECH_VERBS and not comma) or (comma and nxt in ("who", "whose")):
        if prev.lower() == "the":
            return "ORG", True  # "the Lib Dems said": people's names take no article
        # A lone unknown word ("Veritas said") may be a group: weak, so that a cue elsewhere
        # in the article ("his new party, Veritas") or a full name decides.
        return "PERSON", n > 1 or name in gz.given or name in gz.surnames
    if (nxt in R.ORG_CONTEXT_AFTER or nxt in R.BAND_ROLES) and not comma:
        return "ORG", True  # "Oasis guitarist Noel Gallagher": the band
    if name in gz.weak_gpe:
        return "GPE", prev in R.PLACE_PREPOSITIONS
    if n >= 2:
        if R.ACRONYM_RE.match(words[0]):
            return "ORG", False
        if ctx.sport and (last in gz.cities or last in gz.gpe) and words[0] not in gz.given:
            return "ORG", False  # a club: "Sporting Lisbon", "Real Madrid"
        if len(words[0]) > 5 and words[0].endswith("ing"):
            return "WORK_OF_ART", False  # gerund-led title: "Finding Neverland"
        return _pair_default(words, prev)
    if prev.lower() == "the" and last.endswith("s") and not last.endswith("ss") and not ctx.sport:
        return "NORP", False  # "the Gurkhas": a group of people
    if name in gz.given and name not in gz.surnames and name not in gz.major:
        return "PERSON", False  # a lone given name: "his friend Tim"
    return "ORG", False
