"""Labelling of one segment by gazetteer, suffix/head words, codes and context cues."""

from __future__ import annotations

import re
from dataclasses import dataclass

from byline.core import entity_rules as R
from byline.core.entity_chunks import Tok, gaz_label, next_word, prev_word
from byline.core.gazetteer import gazetteer

_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
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
    """Article-level facts the classifier needs: is this a sports report?"""

    sport: bool = False


NO_CONTEXT = DocContext()


def doc_context(text: str) -> DocContext:
    """Look at the whole article once: count sports cue words."""
    cues = R.SPORT_CUES
    hits = 0
    for w in _WORD_RE.findall(text):
        if w in cues:
            hits += 1
            if hits >= R.SPORT_CUE_MIN:
                return DocContext(sport=True)
    return DocContext()


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
        if (
            known == "GPE"
            and ctx.sport
            and name in gz.cities
            and prev not in R.PLACE_PREPOSITIONS
            and nxt not in R.PLACE_ONLY_AFTER
        ):
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
        if last in R.EVENT_SUFFIXES or (first in R.EVENT_HEADS and words[1] == "of"):
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
    if n == 1 and _PLURAL_ACRONYM.match(last):
        return None
    if n == 1 and R.ACRONYM_RE.match(last):
        if last in R.STOP_ACRONYMS:
            return None
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
    if (
        n == 1
        and not comma
        and (nxt in R.ORG_VERBS or text.startswith(" said in a statement", seg[-1].end))
    ):
        return "ORG", True
    if (nxt in R.SPEECH_VERBS and not comma) or (comma and nxt in ("who", "whose")):
        return "PERSON", True
    if nxt in R.ORG_CONTEXT_AFTER and not comma:
        return "ORG", True
    if name in gz.weak_gpe:
        return "GPE", prev in R.PLACE_PREPOSITIONS
    if n >= 2:
        if R.ACRONYM_RE.match(words[0]):
            return "ORG", False
        if len(words[0]) > 5 and words[0].endswith("ing"):
            return "WORK_OF_ART", False  # gerund-led title: "Finding Neverland"
        return "PERSON", False
    if prev.lower() == "the" and last.endswith("s") and not last.endswith("ss") and not ctx.sport:
        return "NORP", False  # "the Gurkhas": a group of people
    return "ORG", False
