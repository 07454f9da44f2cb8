"""Document-level agreement between the candidates of one article.

A weak label follows the strong labels of the same words elsewhere; a surname follows the
full name it belongs to; a word in a list of people is a person; an acronym defined in
brackets takes the label of what it abbreviates.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict

from byline.core.entities import patterns as P
from byline.core.entities import rules as R
from byline.core.entities.chunks import Cand
from byline.core.entities.works import before_work_noun

__all__ = ["harmonise"]

_LIST_GAP = re.compile(r",\s|,?\s(?:and|or)\s")
_LIST_END = re.compile(r",?\s(?:and|or)\s")


def harmonise(text: str, cands: list[Cand]) -> None:
    """Document-level voting: weak labels follow strong ones; surnames follow full names."""
    _list_persons(text, cands)
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for c in cands:
        if c.strong:
            votes[text[c.start : c.end]][c.label] += 1
    for a, b in itertools.pairwise(cands):
        if (
            a.strong
            and not b.strong
            and a.label in ("PRODUCT", "WORK_OF_ART")
            and _LIST_GAP.fullmatch(text, a.end, b.start)
            and not before_work_noun(text, b.end)
        ):
            b.label, b.strong = a.label, True  # "the Torvan and Sella"
    persons_last: set[str] = set()
    persons_first: set[str] = set()
    strong_first: set[str] = set()  # first words of names a cue made people
    lone_persons = {
        s for s, v in votes.items() if " " not in s and v.most_common(1)[0][0] == "PERSON"
    }
    for c in cands:
        surface = text[c.start : c.end]
        if not c.strong and surface in votes:
            c.label = votes[surface].most_common(1)[0][0]
        elif not c.strong and c.label == "ORG" and surface.rpartition(" ")[2] in lone_persons:
            c.label = "PERSON"  # "Jo Carrow" when "Mr Carrow" is a person
        if c.label == "PERSON" and " " in surface:
            parts = surface.split()
            for part in (parts[0], parts[-1]):
                if part.isupper() and len(part.rstrip(".")) > 1:
                    continue  # "Vexo HyperCore RTX" may be a weak person: "RTX" is none
                (persons_first if part is parts[0] else persons_last).add(part)
            if c.strong:
                strong_first.add(parts[0])
    for i, c in enumerate(cands):
        surface = text[c.start : c.end]
        if " " in surface or c.label in ("PERSON", "NORP"):
            continue
        # A cued organisation yields to a person's family name, but to a first name only when
        # a cue made that person: "Selena Vantor" is a person only by its first word, and
        # "car maker Selena" says the company.
        if (not c.strong and (surface in persons_last or surface in persons_first)) or (
            c.label == "ORG" and (surface in persons_last or surface in strong_first)
        ):
            c.label = "PERSON"
        m = P.ACRONYM_DEF_RE.match(text, c.end)
        if m and i + 1 < len(cands) and cands[i + 1].start == m.start(1):
            cands[i + 1].label = c.label
            cands[i + 1].strong = True
    _surnames_agree(text, cands, persons_last)
    _one_type_per_name(text, cands)


def _surnames_agree(text: str, cands: list[Cand], persons_last: set[str]) -> None:
    """The surname of a person the article names in full is that person when it speaks
    (``Preston said``, though Preston is a town), and then wherever the article mostly says
    so, even against a cue: ``from Ashby`` when Ana Ashby is the runner the report
    is about (a town of that name, once, against nine mentions of her)."""
    named = [c for c in cands if c.label != "PERSON" and text[c.start : c.end] in persons_last]
    if not named:
        return
    for c in named:
        nxt = P.NEXT_WORD_RE.match(text, c.end, c.end + 40)
        if nxt and not nxt.group(1) and nxt.group(2) in R.SPEECH_VERBS:
            c.label = "PERSON"
    labels: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for c in cands:
        labels[text[c.start : c.end]][c.label] += 1
    for c in named:
        if _mostly_person(labels[text[c.start : c.end]]):
            c.label = "PERSON"


def _mostly_person(labels: Counter[str]) -> bool:
    """Is a surface labelled PERSON at least twice, and twice as often as anything else?"""
    if labels["PERSON"] < 2:
        return False
    return all(labels["PERSON"] >= 2 * n for label, n in labels.items() if label != "PERSON")


def _list_persons(text: str, cands: list[Cand]) -> None:
    """A weak single word in a list of people is a person (``Amy Kell, Jamora, Tom Reed and
    Lisa Moor``): a list of three or more names joined by commas and a final ``and``/``or``
    in which every other name is a PERSON."""
    chains = _lists(text, cands)
    if not chains:
        return
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for c in cands:
        if c.strong:
            votes[text[c.start : c.end]][c.label] += 1
    for chain in chains:
        odd = [x for x in chain if not _person(text, x, votes)]
        if len(odd) == 1 and not odd[0].strong and " " not in text[odd[0].start : odd[0].end]:
            odd[0].label, odd[0].strong = "PERSON", True


def _lists(text: str, cands: list[Cand]) -> list[list[Cand]]:
    """Runs of three or more candidates joined by commas, the last by ``and``/``or``."""
    out: list[list[Cand]] = []
    chain: list[Cand] = []
    for c in cands:
        if (
            chain
            and c.start - chain[-1].end <= 6
            and _LIST_GAP.fullmatch(text, chain[-1].end, c.start)
        ):
            chain.append(c)
            continue
        out.append(chain)
        chain = [c]
    out.append(chain)
    return [
        ch
        for ch in out
        if len(ch) >= 3 and _LIST_END.fullmatch(text, ch[-2].end, ch[-1].start) is not None
    ]


def _person(text: str, c: Cand, votes: dict[str, Counter[str]]) -> bool:
    """Is ``c`` a person, by its own label or by the strong votes for its surface?"""
    v = votes.get(text[c.start : c.end])
    return (v.most_common(1)[0][0] if v else c.label) == "PERSON"


_PROPAGATED = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "WORK_OF_ART"})


def _one_type_per_name(text: str, cands: list[Cand]) -> None:
    """One type for a name across the article: its weak mentions take the label most of its
    mentions have (the strong ones decide when there are any), and a lone word that opens a
    longer organisation or product name (``Vexo`` of ``Vexo Images``) or ends a product's
    name (``Q1`` of ``Vexo Q1``) takes its type."""
    strong: defaultdict[str, Counter[str]] = defaultdict(Counter)
    every: defaultdict[str, Counter[str]] = defaultdict(Counter)
    heads: defaultdict[str, Counter[str]] = defaultdict(Counter)
    tails: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for c in cands:
        if c.label not in _PROPAGATED:
            continue
        surface = text[c.start : c.end]
        every[surface][c.label] += 1
        if c.strong:
            strong[surface][c.label] += 1
            first, space, _ = surface.partition(" ")
            if space and c.label in ("ORG", "PRODUCT"):
                heads[first][c.label] += 1
            if space and c.label == "PRODUCT":  # "the Q1" of "Vexo Q1": the model
                tails[surface.rpartition(" ")[2]][c.label] += 1
    for c in cands:
        if c.strong or c.label not in _PROPAGATED:
            continue
        surface = text[c.start : c.end]
        votes = strong.get(surface) or heads.get(surface) or tails.get(surface) or every[surface]
        top = votes.most_common(2)
        if len(top) == 1 or top[0][1] > top[1][1]:  # a tie decides nothing
            c.label = top[0][0]
