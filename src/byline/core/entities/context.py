"""Facts about a whole article that change how its names are labelled.

Is it a sports report (``Leeds`` is then the club)? A music report (``the Xs`` are bands)? Which
acronyms does it define as languages, and which words does it write in lower case?
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from byline.core.entities import patterns as P
from byline.core.entities import rules as R
from byline.core.entities.scan import matches_at

__all__ = ["LOWER_WORD_RE", "NO_CONTEXT", "DocContext", "doc_context"]

#: A lower-case word (with hyphens): the unit of the article-level cue counts.
LOWER_WORD_RE = re.compile(r"[a-z][a-z-]+")
#: A word in lower case or capitalised (``League`` of a competition's name counts too).
_CUE_WORD_RE = re.compile(r"\b[A-Za-z][a-z-]+")


@dataclass(frozen=True, slots=True)
class DocContext:
    """Article-level facts the classifier needs: is this a sports report? Which acronyms
    are defined as languages?"""

    sport: bool = False
    languages: frozenset[str] = frozenset()  # acronyms defined as languages: "(BSL)"
    lower: frozenset[str] = frozenset()  # words the article writes in lower case
    spelt: dict[str, bool] = field(default_factory=dict)  # acronym -> spelt out in lower case
    music: bool = False  # a music report: "the Xs" are bands
    counted: dict[str, bool] = field(default_factory=dict)  # acronym -> also written as plural


NO_CONTEXT = DocContext()
_LANGUAGE_ACRONYM_RE = re.compile(r"\bLanguage \(([A-Z]{2,6})\)")
#: A score before a result noun (``a 17-16 win``, ``the 1-1 draw``): only sport has these.
_SCORE_RE = re.compile(
    r"\b\d{1,3}-\d{1,3} (?:win|wins|victory|defeat|draw|loss|lead|stalemate|triumph|success|"
    r"thrashing|home|away)\b"
)
#: Where a team-sheet line can start: one or two capitals (with a dot) before a space.
_INITIALS_RE = re.compile(r"[A-Z](?=[A-Z]?\.? )")
_SCORE_START_RE = re.compile(r"\d(?=\d*-\d)")  # where a score can start: a digit first


def doc_context(text: str, lower: frozenset[str] = frozenset()) -> DocContext:
    """Look at the whole article once: sports cue words, acronyms of language names.

    ``lower`` is the set of words the article writes in lower case (common nouns).
    """
    languages = frozenset(_LANGUAGE_ACRONYM_RE.findall(text)) if "Language (" in text else None
    sport = _sport_cues(text) or ("(" in text and _team_sheet(text))
    music = bool(lower & R.MUSIC_BANDS) and len(lower & R.MUSIC_CUES) >= R.MUSIC_CUE_MIN
    return DocContext(sport, languages or frozenset(), lower, music=music)


def _sport_cues(text: str) -> bool:
    """Sports words: two different strong cues (``striker``, ``half-time``, a score such as
    ``a 2-1 win``), one strong among three cues in all, or four different weak ones
    (``goal``, ``cup``, ``coach``).
    A capitalised cue counts too: a competition's name (``the Premiership``, ``League``)
    says the article is about sport as much as the common noun does."""
    strong, weak = R.SPORT_CUES, R.SPORT_WEAK_CUES
    seen_strong: set[str] = set()
    seen_weak: set[str] = set()
    hits = 0
    if "-" in text and _has_score(text):
        seen_strong.add("-score-")
        hits += 1
    for word in _CUE_WORD_RE.findall(text):
        w = word.lower()
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


def _has_score(text: str) -> bool:
    """Is there a score before a result noun? Tried only at digits before a hyphen."""
    starts = (m.start() for m in _SCORE_START_RE.finditer(text))
    return bool(matches_at(_SCORE_RE, text, starts))


def _team_sheet(text: str) -> bool:
    """Does the article list players as ``R Smith (Club)``, several times over?"""
    starts = (m.start() for m in _INITIALS_RE.finditer(text))
    return len(matches_at(P.TEAM_SHEET_RE, text, starts)) >= R.TEAM_SHEET_MIN
