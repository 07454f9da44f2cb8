"""Labelling of one segment by gazetteer, suffix/head words, codes and context cues."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from byline.core.entities import rules as R
from byline.core.entities.chunks import CONNECTORS, Tok, gaz_label, next_word, prev_word
from byline.core.entities.gazetteer import gazetteer

_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
_CAPS_LED = re.compile(r"^[A-Z]{2,}[a-z]{3,}$")
_TO_SHORTHAND = re.compile(r"^[A-Z]2[A-Z]$")  # "P2P", "B2C": "to" written as 2
_COMPASS = frozenset({"Western", "Eastern", "Northern", "Southern"})
_COMPASS_WORDS = {
    "N": ("North", "Northern"),
    "S": ("South", "Southern"),
    "E": ("East", "Eastern"),
    "W": ("West", "Western"),
}
_COMPASS_LETTERS = frozenset(_COMPASS_WORDS)
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
    lower: frozenset[str] = frozenset()  # words the article writes in lower case
    spelt: dict[str, bool] = field(default_factory=dict)  # acronym -> spelt out in lower case
    music: bool = False  # a music report: "the Xs" are bands


NO_CONTEXT = DocContext()
_LANGUAGE_ACRONYM_RE = re.compile(r"\bLanguage \(([A-Z]{2,6})\)")


def doc_context(text: str, lower: frozenset[str] = frozenset()) -> DocContext:
    """Look at the whole article once: sports cue words, acronyms of language names.

    ``lower`` is the set of words the article writes in lower case (common nouns).
    """
    languages = frozenset(_LANGUAGE_ACRONYM_RE.findall(text)) if "Language (" in text else None
    sport = _sport_cues(text) or ("(" in text and _team_sheet(text))
    music = bool(lower & R.MUSIC_BANDS) and len(lower & R.MUSIC_CUES) >= R.MUSIC_CUE_MIN
    return DocContext(sport, languages or frozenset(), lower, music=music)


def _sport_cues(text: str) -> bool:
    """Sports words: two different strong cues (``striker``, ``half-time``), one strong
    among three cues in all, or four different weak ones (``goal``, ``cup``, ``coach``)."""
    strong, weak = R.SPORT_CUES, R.SPORT_WEAK_CUES
    seen_strong: set[str] = set()
    seen_weak: set[str] = set()
    hits = 0
    for w in _WORD_RE.findall(text):
        if w in strong:
            seen_strong.add(w)
        elif w in weak:
            seen_weak.add(w[:-3] + "y" if w.endswith("ies") else w.rstrip("s"))
        else:
            continue
        hits += 1
        if seen_strong and (len(seen_strong) >= 2 or hits >= R.SPORT_CUE_MIN):
            return True
        if len(seen_weak) >= R.SPORT_WEAK_DISTINCT:
            return True
    return False


def _team_sheet(text: str) -> bool:
    """Does the article list players as ``R Smith (Club)``, several times over?"""
    for count, _ in enumerate(R.TEAM_SHEET_RE.finditer(text), 1):
        if count >= R.TEAM_SHEET_MIN:
            return True
    return False


def initialled(words: list[str]) -> bool:
    """``R Smith``, ``J. Smith``, ``MB Del Ravo``: initials before a surname.

    One initial (or dotted initials) before one to three capitalised words, or two or
    three capitals before a name particle. ``I`` is the pronoun; a place after the
    compass letter (``N Korea``, ``S Africa``: headline abbreviations) is no name.
    """
    first, rest = words[0], words[1:]
    if not rest or len(rest) > 3 or first == "I":
        return False
    if not R.INITIAL_RE.match(first) and not (
        len(first) <= 3 and first.isupper() and rest[0] in R.NAME_PARTICLES
    ):
        return False
    if not rest[-1][:1].isupper() or rest[-1].isupper():
        return False
    if first in _COMPASS_LETTERS and len(rest) == 1 and _compass_place(first, rest[0]):
        return False
    return all(w in R.NAME_PARTICLES or (w[:1].isupper() and not w.isupper()) for w in rest)


def _double_initial(text: str, words: list[str]) -> bool:
    """``PJ Harvey``, ``AJ Brennan``: two capitals before a family name (and no common word).

    Not a common or known abbreviation (``US``, ``TV``), not one the article also uses on
    its own (``BT said … BT Openreach``: an organisation).
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


def _pair_default(words: list[str], prev: str, nxt: str, ctx: DocContext) -> tuple[str, bool]:
    """A capitalised pair or triple with no cue: a person when it looks like a name.

    A common given name first (``Kent Ardley``) makes a person; otherwise a known family
    name last does (``Hew Griffiths``). A name with a connector (``Institute for Deaf
    People``) or after ``the`` is never a person, unless a work noun follows (``the Robert
    Palmer track``: the artist). Otherwise a pair with an ordinary English
    word in it (or a word the article writes in lower case) is an organisation (``Blue
    Window``) and anything else a person (``Quillon Varga``): in news, unknown name-like pairs
    are mostly people. All of these are weak (document voting may override).
    """
    gz = gazetteer()
    first, last = words[0], words[-1]
    if any(w in CONNECTORS for w in words):
        return "ORG", False
    if prev.lower() == "the" and nxt not in R.WORK_NOUNS_AFTER:
        return "ORG", False  # "the Open Market", but "the Robert Palmer track" is the artist
    if first in gz.given:
        return "PERSON", False
    if last in gz.surnames:
        return "PERSON", False
    for w in words:
        low = w.lower()
        if low in gz.common or low in ctx.lower:
            return "ORG", False  # made of ordinary words: "Blue Window", "Open Market"
    return "PERSON", False


def _licensed_work_cue(text: str, start: int, cue: str) -> bool:
    """Is ``cue`` before ``start`` a work noun? ``her hit Angels``, ``Leigh's play Vera``,
    ``the Robert Palmer track Addicted To Love`` yes; ``could hit Chelsea`` no: a cue that is
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


def _channel(words: list[str]) -> bool:
    """A broadcaster's channel: a broadcasting word before a number (``BBC Radio 2``,
    ``Sky Movies 1``) or one token such as ``ITV1``."""
    if len(words) >= 2:
        return words[-1].isdigit() and words[-2] in R.BROADCAST_WORDS
    return bool(R.CHANNEL_CODE_RE.match(words[0]))


def _place_and_plural(words: list[str]) -> bool:
    """A place and a plural nickname (``Glasgow Rangers``): in a sports report, a club."""
    gz = gazetteer()
    first, last = words
    if first not in gz.cities and first not in gz.gpe:
        return False
    return last.endswith("s") and not last.endswith("ss") and last[:1].isupper()


def _place_modifier(text: str, seg: list[Tok], nxt: str) -> bool:
    """``Glasgow group Franz Ferdinand``, ``the Leeds firm Arden``: a place before a kind of
    organisation and then its name says where the organisation is; the place stays a place.
    (Sports roles keep the club: ``Chelsea striker Tom Reed``.)"""
    if nxt not in R.ORG_KIND_NOUNS:
        return False
    after = R.NEXT_WORD_RE.match(text, seg[-1].end + 1 + len(nxt), seg[-1].end + 60)
    return bool(after and not after.group(1) and after.group(2)[:1].isupper())


def _compass_place(letter: str, word: str) -> str | None:
    """``N Korea``, ``S Africa`` (headline abbreviations): the label of ``North Korea``
    (or of the place itself, unless it is only a city: ``S Orlando`` is a person)."""
    for head in _COMPASS_WORDS[letter]:
        label = gaz_label(f"{head} {word}")
        if label:
            return label
    return gaz_label(word) if word not in gazetteer().cities else None


def _spelt_out(text: str, acronym: str, ctx: DocContext) -> bool:
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


def _bracketed_club(text: str, seg: list[Tok]) -> bool:
    """``R Smith (Leeds)``, ``Smith (Leeds, capt)``: in a sports report, the bracket after a
    player's name holds the club."""
    start, end = seg[0].start, seg[-1].end
    if not text.endswith(" (", 0, start) or text[end : end + 1] not in (")", ","):
        return False
    before = prev_word(text, start - 2)
    return before[:1].isupper()


def _team(text: str, seg: list[Tok], name: str, prev: str, nxt: str) -> bool:
    """In a sports report, is this city or country name the club or national team?

    ``against Hungary``, ``captain Wales``, ``a loss to Germany``: the team. A place
    preposition before (``in Cardiff``), a place noun after (``Leeds city council``), or a
    possessive before a name (``Britain's Tim Henman``: where the player is from) keep the
    place. Abbreviations (``UK``, ``US``) stay places.
    """
    if name.isupper() or nxt in R.PLACE_ONLY_AFTER:
        return False
    m = R.POSSESSIVE_RE.match(text, seg[-1].end)
    if m and next_word(text, m.end())[0] in R.TEAM_POSSESSED:
        return True  # "in Norway's team", "Wales's coach": the team whatever comes before
    if prev in R.PLACE_PREPOSITIONS:
        return prev == "to" and prev_word(text, seg[0].start - 3) in R.RESULT_WORDS
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
    if ctx.sport and _bracketed_club(text, seg):
        return "ORG", True
    known = gaz_label(name)
    if known:
        if (
            known == "GPE"
            and n == 1
            and nxt in R.ORG_CONTEXT_AFTER
            and nxt != "officials"
            and not _place_modifier(text, seg, nxt)
        ):
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
        if last in R.GATHERING_SUFFIXES and text.endswith("at the ", 0, seg[0].start):
            return "EVENT", True  # "at the Motor Show", "at the Book Fair"
        if last in R.LAW_SUFFIXES or (first in R.LAW_HEADS and words[1] == "of"):
            return "LAW", True
        if last in R.EVENT_SUFFIXES or (first in R.EVENT_HEADS and (n == 2 or words[1] == "of")):
            return "EVENT", True
        if last in R.LOC_SUFFIXES or first in R.LOC_HEADS:
            return "LOC", True
        if last in R.FAC_SUFFIXES:
            return ("ORG" if nxt in R.SPEECH_VERBS else "FAC"), True
        if last in R.ORG_SUFFIXES or any(
            w in R.ORG_HEADS and nw in ("of", "for") for w, nw in itertools.pairwise(words)
        ):
            return "ORG", True  # also after a place: "US Court of Appeals"
        if last in R.PRODUCT_SUFFIXES:
            return "PRODUCT", True
    if ctx.sport and n == 2 and _place_and_plural(words):
        return "ORG", True  # "Glasgow Rangers", "Leicester Tigers": a club
    if n == 2 and words[0] in _COMPASS_LETTERS:
        place = _compass_place(words[0], words[1])
        if place:
            return place, True  # "N Korea", "S Africa": headline abbreviations
    if n >= 2 and prev.lower() != "the" and (initialled(words) or _double_initial(text, words)):
        return "PERSON", True
    if n == 1 and _TO_SHORTHAND.match(last):
        return None  # "P2P" (peer-to-peer), "B2B": common nouns, not model codes
    if last[-1].isdigit() and _channel(words):
        return "ORG", True  # "Radio 2", "Sky Movies 1", "ITV1": broadcasters, not models
    if any(R.MODEL_CODE_RE.match(w) for w in words) or (n >= 2 and last.isdigit()):
        return "PRODUCT", True
    if n == 1 and _CAPS_LED.match(last):
        return "ORG", True  # "JPMorgan", "PWCorp": letters before a word (not "McManus")
    if n == 1 and _PLURAL_ACRONYM.match(last):
        return None
    if n == 1 and R.ACRONYM_RE.match(last) and _spelt_out(text, last, ctx):
        return None  # "digital rights management (DRM)": a common noun, not a name
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
        if prev in R.WORK_CONTEXT_BEFORE and _licensed_work_cue(text, seg[0].start, prev):
            return "WORK_OF_ART", True
        if prev in R.ORG_APPOSITION_NOUNS and text.endswith(", ", 0, seg[0].start):
            return "ORG", True  # "his new party, Veritas"
    if (
        n == 1
        and not comma
        and (nxt in R.ORG_VERBS or text.startswith(" said in a statement", seg[-1].end))
    ):
        return "ORG", True
    if comma and nxt == "who" and R.PLURAL_WHO_RE.match(text, seg[-1].end):
        return "ORG", True  # "Franz Ferdinand, who were shortlisted": a group, not a person
    if (nxt in R.SPEECH_VERBS and not comma) or (comma and nxt in ("who", "whose")):
        if prev.lower() == "the" or (
            n > 1 and R.ACRONYM_RE.match(words[0]) and not initialled(words)
        ):
            return "ORG", True  # "the Lib Dems said", "US Customs said": not a person
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
        return _pair_default(words, prev, nxt, ctx)
    if prev.lower() == "the" and last.endswith("s") and not last.endswith("ss"):
        if not ctx.sport and not ctx.music:
            return "NORP", False  # "the Gurkhas": a group of people
        return "ORG", False  # a team or a band: "the Saints", "the Byrds"
    if name in gz.given and name not in gz.surnames and name not in gz.major:
        return "PERSON", False  # a lone given name: "his friend Tim"
    if name.lower() in gz.common:
        return None
    return "ORG", False
