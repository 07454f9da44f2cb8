"""Team sheets at the foot of a match report: every name in them is a player.

A football or rugby report ends with the teams as bare lists, one paragraph each::

    Ames, Bello, Crane (Dunn 73), Ewart, Foley (Gale 58), Hart.
    Subs not used: Irwin, Joss.
    Crane 35 og, Hart 61.
    Bello (77).
    K Lorne (Suffolk).

No sentence says who the names are, so the per-name cues guess (``Dunn 73`` looks like a
model number, a surname like an organisation). The structure says it instead: a paragraph
that is nothing but a comma list of short capitalised names, at least one carrying a
substitute in brackets with the minute, is a line-up. Once an article has one, its other
paragraphs made only of names with minutes (scorers, bookings, substitutes' lists) are
team sheets too, and the referee's line gives a person and a county. Then the players are
people across the whole article: the same surname in the prose (``Dunn scored``) is the
player, whatever a cue there said. A web page's menu is no comma list of names with minutes,
so nothing here fires on page furniture.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from byline.core.entities.chunks import Cand
from byline.core.entities.gazetteer import gazetteer

__all__ = ["TeamSheet", "team_sheet"]

_WORD = r"[A-Z][\w'’.-]*"
_PARTICLE = r"(?:de|da|di|dos|van|von|der|den|le|la|el|al)"
_NAME = rf"{_WORD}(?: (?:{_PARTICLE} )?{_WORD}){{0,2}}"
_MINUTE = r"\d{1,3}(?:\+\d)?(?: (?:og|pen))?"
#: One item of a team sheet: a name, then its substitute and minute in brackets, or its
#: minute(s) bare or in brackets.
_ITEM = re.compile(
    rf"(?P<name>{_NAME})"
    rf"(?: \((?P<sub>{_NAME}) (?P<subm>{_MINUTE})\)| (?P<min>{_MINUTE}(?:, {_MINUTE})*)"
    rf"| \((?P<bmin>{_MINUTE})\))?"
)
_LABEL = re.compile(r"[A-Z][a-z]+(?: [A-Za-z]+){0,3}: ")
_REFEREE = re.compile(rf"(?P<name>{_NAME}) \((?P<place>{_NAME})\)\.?")
_BLOCK = re.compile(r"[^\n]+")
_LINEUP_MIN = 5  # names in a line-up (a team fields eleven, fifteen, five)


class TeamSheet:
    """The team-sheet mentions of one article and the players' names."""

    __slots__ = ("cands", "players")

    def __init__(self, cands: list[Cand], players: frozenset[str]) -> None:
        self.cands = cands
        self.players = players

    def relabel(self, text: str, cands: list[Cand]) -> None:
        """A player's name elsewhere in the article is the player: its mentions labelled
        an organisation, a product or a place become PERSON (``Milan Dunn`` too, when
        ``Dunn`` played)."""
        if not self.players:
            return
        for c in cands:
            if c.label not in ("ORG", "PRODUCT", "GPE", "LOC"):
                continue
            surface = text[c.start : c.end]
            if surface in self.players or (
                " " in surface and surface.rpartition(" ")[2] in self.players
            ):
                c.label = "PERSON"

    def add_missing(self, text: str, cands: list[Cand]) -> list[Cand]:
        """The players' names the per-name rules left out (``at Dunn's feet``), each whole
        word outside the found mentions; a common word opening a sentence (``Given the
        score``) is left alone."""
        if not self.players:
            return cands
        pat = re.compile(
            r"(?<![\w'’-])(?:"
            + "|".join(map(re.escape, sorted(self.players, key=len, reverse=True)))
            + r")(?![\w-])"
        )
        taken = sorted((c.start, c.end) for c in cands)
        common = gazetteer().common
        extra: list[Cand] = []
        for m in pat.finditer(text):
            i = bisect_right(taken, (m.start(), len(text)))
            if (i and taken[i - 1][1] > m.start()) or (i < len(taken) and taken[i][0] < m.end()):
                continue
            if m.group().lower() in common and _SENTENCE_START.search(text, 0, m.start()):
                continue
            extra.append(Cand(m.start(), m.end(), "PERSON", True))
        return sorted(cands + extra, key=lambda c: c.start) if extra else cands


_SENTENCE_START = re.compile(r"(?:^|[.!?:\n][\"”’']?\s+|\n)$")
_NONE = TeamSheet([], frozenset())


def _items(block: str) -> list[re.Match[str]] | None:
    """The items of a paragraph made only of a comma list of team-sheet items, else None."""
    body = block.rstrip(" .")
    label = _LABEL.match(body)
    pos = label.end() if label else 0
    found: list[re.Match[str]] = []
    while True:
        m = _ITEM.match(body, pos)
        if not m:
            return None
        found.append(m)
        if m.end() == len(body):
            return found
        if not body.startswith(", ", m.end()):
            return None
        pos = m.end() + 2


def team_sheet(text: str) -> TeamSheet:
    """Find the team sheets of a match report (none in any other text).

    Args:
        text: The article text, paragraphs on their own lines.

    Returns:
        Strong PERSON (and the referee's county, GPE) candidates for the sheets, and the
        set of the players' names.
    """
    if ") " not in text and ")." not in text:
        return _NONE
    blocks = [(m.start(), m.group()) for m in _BLOCK.finditer(text)]
    parsed = [(start, block, _items(block)) for start, block in blocks]
    if not any(
        items and len(items) >= _LINEUP_MIN and any(m.group("sub") for m in items)
        for _, _, items in parsed
    ):
        return _NONE
    cands: list[Cand] = []
    players: set[str] = set()
    for start, block, items in parsed:
        if items is None:
            ref = _REFEREE.fullmatch(block.strip())
            if ref and block.startswith(ref.group()):
                cands.append(
                    Cand(start + ref.start("name"), start + ref.end("name"), "PERSON", True)
                )
                cands.append(
                    Cand(start + ref.start("place"), start + ref.end("place"), "GPE", True)
                )
            continue
        timed = any(m.group("min") or m.group("bmin") or m.group("sub") for m in items)
        if len(items) < 2 and not timed and not _LABEL.match(block):
            continue  # "43,856." or a lone word is no team sheet
        for m in items:
            for group in ("name", "sub"):
                if m.group(group):
                    cands.append(Cand(start + m.start(group), start + m.end(group), "PERSON", True))
                    players.add(m.group(group))
    return TeamSheet(cands, frozenset(players))
