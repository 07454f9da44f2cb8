"""One word in capitals as a name: an organisation (``NATO``), or not a name at all (a plural
``MPs``, a shouted crosshead word, a common noun the article spells out or counts, a stop
acronym, a language). A rule of :func:`byline.core.entities.classify.classify`."""

from __future__ import annotations

import re

from byline.core.entities import patterns as P
from byline.core.entities import rules as R
from byline.core.entities.context import NO_CONTEXT, DocContext
from byline.core.entities.cues import spelt_out
from byline.core.entities.verdict import NOT_AN_ENTITY, Segment, Verdict

__all__ = ["from_acronym"]

_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
_CAPS_LED = re.compile(r"^[A-Z]{2,}[a-z]{3,}$")


def from_acronym(s: Segment) -> Verdict:
    """One word in capitals (``NATO``, ``JKMedia``): an organisation, unless it is a
    plural, a stop acronym, a language or a common noun the article spells out."""
    if s.n != 1:
        return None
    last = s.last
    if _CAPS_LED.match(last):
        return "ORG", True  # "JKMedia", "PWCorp": letters before a word (not "McVane")
    shouted = last.isupper() and len(last) > 3 and last.lower() in s.gz.common
    if _PLURAL_ACRONYM.match(last) or shouted:
        return NOT_AN_ENTITY  # "MPs"; a shouted word ("ACCIDENT" in a crosshead)
    if not P.ACRONYM_RE.match(last):
        return None
    if spelt_out(s.text, last, s.ctx) or _counted(s.text, last, s.ctx):
        return NOT_AN_ENTITY  # "digital rights management (DRM)", "HDTVs": a common noun
    if last in R.STOP_ACRONYMS or last in s.ctx.languages:
        return NOT_AN_ENTITY  # "British Sign Language (BSL)": a language, like its expansion
    return "ORG", True


def _counted(text: str, acronym: str, ctx: DocContext) -> bool:
    """Does the article also write the acronym as a plural (``HDTVs``, ``MSPs``)? Then it
    abbreviates a countable thing or a role, not one organisation. Cached per article."""
    cache = ctx.counted if ctx is not NO_CONTEXT else {}  # the shared default keeps nothing
    if acronym not in cache:
        # Most acronyms never stand before an "s": a substring test rules them out without a
        # pattern, whose look-behind start would be tried at every character of the text.
        plural = re.compile(rf"(?<![\w-]){re.escape(acronym)}s(?![\w-])")
        cache[acronym] = acronym + "s" in text and plural.search(text) is not None
    return cache[acronym]
