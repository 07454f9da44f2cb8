"""One decision per article: is a name the place tables know used as a place at all?

Many companies, institutes and bands carry the name of some small town (the tables hold
every town of a few thousand people). When no mention of such a name is used as a place
(after ``in``/``from``/``near``..., before ``-based`` or a place word such as ``council``,
or followed by a comma and a known region: ``X, Ruritania``), and a mention has the words
around it that only an organisation has (:func:`.evidence.org_context`: ``X-owned``, ``X
announced``, ``X, a research institute``, a kind of organisation before it), every mention
is the organisation. Countries, US states and big cities (the gazetteer's ``major``) are
left alone: their government and teams are spoken of so, and other rules decide those.
"""

from __future__ import annotations

import re

from byline.core.entities import rules as R
from byline.core.entities.chunks import Cand, gaz_label, prev_word
from byline.core.entities.evidence import org_context
from byline.core.entities.gazetteer import gazetteer

__all__ = ["settle_places"]

#: Prepositions after which a name is used as a place (``at`` is left out: ``a researcher at
#: X`` is as often the institution).
_PLACE_PREPS = (R.PLACE_PREPOSITIONS - {"at", "to"}) | {"of"}
_BASED_AFTER = re.compile(r"-based\b|\s(?:" + "|".join(sorted(R.PLACE_ONLY_AFTER)) + r")\b")
_OWNS_A_NAME = re.compile(r"['’]s [A-Z]")
_REGION_AFTER = re.compile(r",\s([A-Z][\w.]*(?: [A-Z][\w.]*)?)")


def settle_places(text: str, cands: list[Cand]) -> list[Cand]:
    """Relabel ``ORG`` the place names of ``cands`` that the article uses only as an
    organisation (in place; the list is returned). A cue that made another mention of the
    same name an organisation (a team, a firm) counts for all of them."""
    places: dict[str, list[Cand]] = {}
    major = gazetteer().major
    for c in cands:
        if c.label == "GPE":
            surface = text[c.start : c.end]
            if surface not in major and surface.isascii() and not surface.isupper():
                places.setdefault(surface, []).append(c)
    organisations = {text[c.start : c.end] for c in cands if c.label == "ORG" and c.strong}
    # A person's family name that is also a town ("Tom Ashford ... Ashford said") is the
    # person or the town, never an organisation.
    family = {text[c.start : c.end].rpartition(" ")[2] for c in cands if c.label == "PERSON"}
    for surface, mentions in places.items():
        if surface in family or any(_used_as_place(text, c) for c in mentions):
            continue
        if surface in organisations or any(_org_cue(text, c) for c in mentions):
            for c in mentions:
                c.label = "ORG"
    return cands


def _used_as_place(text: str, c: Cand) -> bool:
    prev = prev_word(text, c.start).lower()
    if prev in _PLACE_PREPS:
        # "research from X, the country's biggest lender": a source, not an origin, when
        # the organisation's words are right there
        return prev != "from" or not _org_cue(text, c)
    if _BASED_AFTER.match(text, c.end):
        return True
    m = _REGION_AFTER.match(text, c.end)
    return bool(m and gaz_label(m.group(1)) == "GPE")


def _org_cue(text: str, c: Cand) -> bool:
    if _OWNS_A_NAME.match(text, c.end):
        return False  # "a spokesman for X's Vell Centre": the cue is about the Vell Centre
    return org_context(text, c) or prev_word(text, c.start) in R.ORG_CONTEXT_BEFORE
