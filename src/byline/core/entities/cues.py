"""Cues around a name that the label rules of :mod:`.classify` test.

Each function answers one question about a segment of capitalised words and the text around it:
is it a language (``in English``)? A broadcaster's channel (``Radio 2``)? A club in a sports
report (``R Smith (Leeds)``)? A person's initials (``R Smith``)?
"""

from __future__ import annotations

import re

from byline.core.entities import patterns as P
from byline.core.entities import rules as R
from byline.core.entities.chunks import Tok, gaz_label, next_word, prev_word
from byline.core.entities.context import LOWER_WORD_RE, NO_CONTEXT, DocContext
from byline.core.entities.gazetteer import gazetteer

__all__ = [
    "COMPASS_LETTERS",
    "LEADING_CONNECTORS",
    "bracketed_club",
    "channel",
    "compass_place",
    "double_initial",
    "initialled",
    "job_title",
    "language",
    "licensed_work_cue",
    "place_and_plural",
    "place_modifier",
    "product_cue",
    "spelt_out",
    "team",
    "unlike_a_person",
]

_COMPASS_WORDS = {
    "N": ("North", "Northern"),
    "S": ("South", "Southern"),
    "E": ("East", "Eastern"),
    "W": ("West", "Western"),
}
#: First letters of the compass words, as headlines abbreviate them (``N Korea``).
COMPASS_LETTERS = frozenset(_COMPASS_WORDS)
_PRODUCT_COORD_RE = re.compile(r"\s(?:or|and)\s(?:[A-Z][\w-]*\s){1,3}(?P<n>[a-z]+)")
_PRODUCT_INTRO_RE = re.compile(
    r"\b(?:called|named|dubbed|including(?:\sthe)?|such\sas|like(?:\sthe)?)\s$"
)
#: Kinds of organisation (and their plurals) right before ``called``/``such as``: what is
#: introduced is a body, whatever product words stand further back.
_BODY_NOUNS = (
    R.ORG_CONTEXT_BEFORE
    | R.ORG_KIND_NOUNS
    | frozenset(w + "s" for w in R.ORG_CONTEXT_BEFORE | R.ORG_KIND_NOUNS)
    | frozenset({"companies"})
)
_LANG_END = frozenset('.,;:!?)"”')


def initialled(words: list[str]) -> bool:
    """``R Smith``, ``J. Smith``, ``MB Del Arvo``: initials before a surname.

    One initial (or dotted initials) before one to three capitalised words, or two or
    three capitals before a name particle. ``I`` is the pronoun; a place after the
    compass letter (``N Korea``, ``S Africa``: headline abbreviations) is no name.
    """
    first, rest = words[0], words[1:]
    if not rest or len(rest) > 3 or first == "I":
        return False
    if not P.INITIAL_RE.match(first) and not (
        len(first) <= 3 and first.isupper() and rest[0] in R.NAME_PARTICLES
    ):
        return False
    if not rest[-1][:1].isupper() or rest[-1].isupper():
        return False
    if first in COMPASS_LETTERS and len(rest) == 1 and compass_place(first, rest[0]):
        return False
    return all(w in R.NAME_PARTICLES or (w[:1].isupper() and not w.isupper()) for w in rest)


def double_initial(text: str, words: list[str]) -> bool:
    """``PJ Varrow``, ``AJ Orrell``: two capitals before a family name (and no common word).

    Not a common or known abbreviation (``US``, ``TV``), not one the article also uses on
    its own (``QT said … QT Linkline``: an organisation).
    """
    if len(words) != 2 or len(words[0]) != 2 or not words[0].isalpha() or not words[0].isupper():
        return False
    first, last = words
    gz = gazetteer()
    if first in R.STOP_ACRONYMS or gaz_label(first) or last not in gz.surnames:
        return False
    if last.lower() in gz.common:
        return False
    return re.search(rf"\b{first}\b(?! {re.escape(last)}\b)", text) is None


def language(text: str, seg: list[Tok], prev: str, nxt: str) -> bool:
    """``in English``, ``the Latin for truth``, ``French speakers``: a language mention."""
    if nxt in R.LANGUAGE_NEXT:
        return nxt != "for" or prev == "the"
    after = text[seg[-1].end : seg[-1].end + 1]
    return prev in R.LANGUAGE_PREV and (after in _LANG_END or after == "" or nxt == "and")


def product_cue(text: str, seg: list[Tok], nxt: str, comma: bool) -> bool:
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
    words = LOWER_WORD_RE.findall(window)
    if words and words[-1] in _BODY_NOUNS:
        return False  # "the services of a company called X": the company is named
    return any(w in R.PRODUCT_KIND_NOUNS for w in words)


def licensed_work_cue(text: str, start: int, cue: str) -> bool:
    """Is ``cue`` before ``start`` a work noun? ``her hit Lanterns``, ``Roe's play Vera``,
    ``the Ana Vell track Slow Rivers`` yes; ``could hit Harlow`` no: a cue that is
    also a verb needs a determiner, a modifier, a possessive or a name before it."""
    if cue not in R.WORK_CUE_VERBS:
        return True
    cue_start = text.rfind(cue, max(0, start - 40), start)
    if text.endswith(("'s", "’s"), 0, max(cue_start - 1, 0)):
        return True
    before = prev_word(text, cue_start)
    if before.lower() in R.WORK_CUE_LICENSERS:
        return True
    # An artist's name, not the capital of a sentence's first word ("Storms hit Florida").
    name_start = text.rfind(before, max(0, cue_start - 40), cue_start)
    opening = text[max(0, name_start - 3) : name_start].strip()
    return before[:1].isupper() and name_start > 0 and opening[-1:] not in ("", ".", "!", "?")


def channel(words: list[str]) -> bool:
    """A broadcaster's channel: a broadcasting word before a number (``BBC Radio 2``,
    ``Sky Movies 1``) or one token such as ``ITV1``."""
    if len(words) >= 2:
        return words[-1].isdigit() and words[-2] in R.BROADCAST_WORDS
    return bool(P.CHANNEL_CODE_RE.match(words[0]))


def place_and_plural(words: list[str]) -> bool:
    """A place and a plural nickname (``Dundee Falcons``): in a sports report, a club. Not
    a given name that is also a small town's name before a surname (``David Hollin``)."""
    gz = gazetteer()
    first, last = words
    if first not in gz.cities and first not in gz.gpe:
        return False
    if first in gz.given and first not in gz.major and last in gz.surnames:
        return False
    return last.endswith("s") and not last.endswith("ss") and last[:1].isupper()


_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n? $")


def place_modifier(text: str, seg: list[Tok], nxt: str) -> bool:
    """``Glasgow group Arlo Quint``, ``the Leeds firm Velmar``: a place before a kind of
    organisation and then its name says where the organisation is; the place stays a place.
    (Sports roles keep the club: ``Harlow striker Tom Reed``.) After ``a``/``an`` the
    organisation is unnamed (``a London newspaper``): the place is only where it is."""
    if _INDEFINITE_BEFORE.search(text, max(0, seg[0].start - 4), seg[0].start):
        return True
    if nxt not in R.ORG_KIND_NOUNS:
        return False
    after = P.NEXT_WORD_RE.match(text, seg[-1].end + 1 + len(nxt), seg[-1].end + 60)
    return bool(after and not after.group(1) and after.group(2)[:1].isupper())


def compass_place(letter: str, word: str) -> str | None:
    """``N Korea``, ``S Africa`` (headline abbreviations): the label of ``North Korea``
    (or of the place itself, unless it is only a city: ``S Orlando`` is a person)."""
    for head in _COMPASS_WORDS[letter]:
        label = gaz_label(f"{head} {word}")
        if label:
            return label
    return gaz_label(word) if word not in gazetteer().cities else None


def spelt_out(text: str, acronym: str, ctx: DocContext) -> bool:
    """Does the article spell ``acronym`` out in lower-case words (``digital rights
    management`` for ``DRM``)? Then it abbreviates a common noun. Cached per article."""
    cache = ctx.spelt if ctx is not NO_CONTEXT else {}  # the shared default keeps nothing
    if acronym in cache:
        return cache[acronym]
    letters = acronym.lower()
    found = False
    if 3 <= len(letters) <= 5 and letters.isalpha():
        # Literal first letter (fast scan); the word boundary before it is checked here.
        pat = re.compile(r"[\s-]".join(c + r"[a-z]{3,}" for c in letters) + r"\b")
        found = any(m.start() == 0 or not text[m.start() - 1].isalpha() for m in pat.finditer(text))
    cache[acronym] = found
    return found


def bracketed_club(text: str, seg: list[Tok]) -> bool:
    """``R Smith (Leeds)``, ``Smith (Leeds, capt)``: in a sports report, the bracket after a
    player's name holds the club."""
    start, end = seg[0].start, seg[-1].end
    if not text.endswith(" (", 0, start) or text[end : end + 1] not in (")", ","):
        return False
    before = prev_word(text, start - 2)
    return before[:1].isupper()


def team(text: str, seg: list[Tok], name: str, prev: str, nxt: str) -> bool:
    """In a sports report, is this city or country name the club or national team?

    ``against Hungary``, ``captain Wales``, ``a loss to Germany``: the team. A place
    preposition before (``in Cardiff``), a place noun after (``Leeds city council``), or a
    possessive before a name (``Britain's Jo Roe``: where the player is from) keep the
    place. Abbreviations (``UK``, ``US``) stay places.
    """
    if name.isupper() or nxt in R.PLACE_ONLY_AFTER:
        return False
    m = P.POSSESSIVE_RE.match(text, seg[-1].end)
    if m and next_word(text, m.end())[0] in R.TEAM_POSSESSED:
        return True  # "in Norway's team", "Wales's coach": the team whatever comes before
    if prev in R.PLACE_PREPOSITIONS:
        return prev == "to" and prev_word(text, seg[0].start - 3) in R.RESULT_WORDS
    return not (m and text[m.end() + 1 : m.end() + 2].isupper())


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_NAME_PREFIXES = ("Mc", "Mac", "O'", "O’", "D'", "D’", "De", "Di", "La", "Le")


def unlike_a_person(word: str) -> bool:
    """Is ``word`` written as no part of a person's name is: in capitals (``RTX``), with a
    digit, or with a capital inside (``HyperCore``; not ``McAdam`` or ``DeLuca``)?"""
    if (word.isupper() and "." not in word and len(word) > 1) or any(c.isdigit() for c in word):
        return True
    return bool(_INNER_CAPITAL.search(word)) and not word.startswith(_NAME_PREFIXES)


#: Lower-case words no name starts with: what is left when a title is cut off a longer
#: phrase (``of Engineering`` of ``Director of Engineering``).
LEADING_CONNECTORS = frozenset({"of", "for", "and", "at", "the"})


#: Words before where someone works or what is read (``at New Scientist``): a name there.
_WORKPLACE_BEFORE = frozenset({"at", "for", "from", "with", "to", "of", "on", "in", "by"})


def job_title(words: list[str], prev: str) -> bool:
    """A job title written in title case, as web pages write it after a byline or a name
    (``Software Engineer``, ``Research Consultant``, ``Chief Medical Officer``): a role noun
    last and ordinary English words before it. A title names no one; the names around it
    are segments of their own. Role words that also name newspapers (``Morning Star``,
    ``The Economist``) are left out, and a name after ``at``/``for`` is where one works."""
    if len(words) < 2 or words[-1].lower() not in R.JOB_HEADS or prev in _WORKPLACE_BEFORE:
        return False  # "a writer at New Scientist": where someone works is a name
    common = gazetteer().common
    return all(w.lower() in common or w.lower() in R.JOB_HEADS for w in words[:-1])
