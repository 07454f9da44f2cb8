"""Rule-based named-entity recogniser (OntoNotes labels) with in-article alias resolution.

Pipeline: numeric patterns (DATE, PERCENT, MONEY, QUANTITY) -> capitalised runs, split at
titles, connectors and hyphens -> each segment labelled by gazetteer, suffix and context
cues -> document-level label voting and alias resolution -> user corrections.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from byline.core.entities import rules as R
from byline.core.entities.alias import canonical, clusters
from byline.core.entities.chunks import (
    CONNECTORS,
    Cand,
    Tok,
    find_runs,
    gaz_prefix,
    next_word,
    numeric_mentions,
    split_segments,
    strip_leading,
    title_split,
)
from byline.core.entities.classify import classify
from byline.core.entities.context import NO_CONTEXT, DocContext, doc_context
from byline.core.entities.cues import initialled
from byline.core.entities.gazetteer import gazetteer
from byline.core.entities.types import (
    LABELS,
    NAME_LABELS,
    NUMERIC_LABELS,
    Entity,
    EntityCorrections,
    EntityMention,
)
from byline.core.entities.works import before_work_noun, find_titles, merge_spans

__all__ = [
    "LABELS",
    "NAME_LABELS",
    "NUMERIC_LABELS",
    "Entity",
    "EntityCorrections",
    "EntityMention",
    "find_entities",
    "find_mentions",
    "group_entities",
]


_DIGIT_AFTER = re.compile(r"\s\d")
_NICKNAME_RE = re.compile(
    r"\b([A-Z][a-z]+) [\"“][A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?[\"”] [A-Z][\w'’-]*[a-z]\b"
)


def _nicknames(text: str) -> list[Cand]:
    """``David "Fathead" Newman``: a given name, a quoted nickname and a surname, PERSON."""
    if '"' not in text and "“" not in text:
        return []
    given = gazetteer().given
    return [
        Cand(m.start(), m.end(), "PERSON", True)
        for m in _NICKNAME_RE.finditer(text)
        if m.group(1) in given
    ]


def _analyse(text: str) -> list[Cand]:
    blocked = merge_spans(numeric_mentions(text) + find_titles(text) + _nicknames(text))
    runs = find_runs(text, blocked)
    mid_caps: set[str] = set()
    mid_alone: set[str] = set()
    for run in runs:
        if not run.heading:
            mid_caps.update(t.text for t in (run.toks[1:] if run.initial else run.toks))
            tok = run.toks[0]
            if not run.initial and len(run.toks) == 1 and not _DIGIT_AFTER.match(text, tok.end):
                mid_alone.add(tok.text)  # alone, not cut from "Film 2005" at the number
    lower_all = frozenset(re.findall(r"\b[a-z][a-z'-]+\b", text)) if runs else frozenset()
    lower_words = lower_all.difference(w.lower() for w in mid_alone)
    cands: list[Cand] = []
    ctx = doc_context(text, lower_all)
    for run in runs:
        for seg, hint in split_segments(run.toks):
            initial = run.initial and seg[0].start == run.toks[0].start
            _emit(text, seg, hint, initial, mid_caps, lower_words, cands, run.heading, ctx)
    cands.sort(key=lambda c: c.start)
    _harmonise(text, cands)
    return blocked + cands


def _emit(
    text: str,
    seg: list[Tok],
    hint: str,
    initial: bool,
    mid_caps: set[str],
    lower_words: frozenset[str],
    out: list[Cand],
    heading: bool = False,
    ctx: DocContext = NO_CONTEXT,
) -> None:
    keep_a = _initial_a(text, seg, initial, heading, ctx)
    stripped = seg if keep_a else strip_leading(seg, not initial and not heading)
    if keep_a or stripped is not seg:
        initial = False
        seg = stripped
    while seg and seg[-1].text in CONNECTORS:
        seg = seg[:-1]
    if len(seg) > 1 and seg[-1].text == "I" and next_word(text, seg[-1].end)[0] in R.AFTER_I:
        seg = seg[:-1]  # "I have told John I will be there": the pronoun
    if not seg:
        return
    if (
        initial
        and len(seg) > 1
        and seg[0].text not in mid_caps
        and seg[0].text.endswith(("ing", "ly", "ed"))
    ):
        seg, initial = seg[1:], False
    if initial and len(seg) > 1 and seg[0].text.lower() in R.ROLE_NOUNS:
        out.append(Cand(seg[1].start, seg[-1].end, "PERSON", True))
        return
    split = _institution_split(seg)
    if split:
        _emit(text, seg[:split], hint, initial, mid_caps, lower_words, out, heading, ctx)
        _emit(text, seg[split:], "", False, mid_caps, lower_words, out, heading, ctx)
        return
    prefix, person, titled = title_split(seg)
    if titled:
        if person:
            out.append(Cand(person[0].start, person[-1].end, "PERSON", True))
        if prefix:
            words = [t.text for t in prefix]
            if prefix[-1].text in R.ORG_SUFFIXES and not person:
                out.append(Cand(prefix[0].start, prefix[-1].end, "ORG", True))
                return
            j, label = gaz_prefix([*words, ""])
            if j:
                out.append(Cand(prefix[0].start, prefix[j - 1].end, label, True))
        return
    result = classify(text, seg, hint, ctx)
    if result is None:
        return
    label, strong = result
    if heading and not strong and not all(t.text in mid_caps for t in seg):
        if len(seg) > 1:
            for tok in seg:
                _emit(text, [tok], "", True, mid_caps, lower_words, out, True, ctx)
        return
    if len(seg) >= 2 and (not strong or label == "PERSON"):
        j, plabel = gaz_prefix([t.text for t in seg])
        if j and _prefix_splits(seg, j, plabel, label, strong):
            out.append(Cand(seg[0].start, seg[j - 1].end, plabel, True))
            _emit(text, seg[j:], "", False, mid_caps, lower_words, out, heading, ctx)
            return
    if initial and not strong:
        first = seg[0].text
        possessive = bool(R.POSSESSIVE_RE.match(text, seg[-1].end, seg[-1].end + 3))
        if len(seg) == 1:
            # Kept when seen capitalised mid-sentence, unless it is also a common noun of
            # the article that is never capitalised alone there ("Film - The Aviator").
            if (first not in mid_caps or first.lower() in lower_words) and not possessive:
                return
        elif first.lower() in lower_words and first not in mid_caps:
            _emit(text, seg[1:], "", False, mid_caps, lower_words, out, heading, ctx)
            return
    out.append(Cand(seg[0].start, seg[-1].end, label, strong, initial))


def _initial_a(text: str, seg: list[Tok], initial: bool, heading: bool, ctx: DocContext) -> bool:
    """Is a capital ``A`` in mid-sentence an initial (``, A Smith (Leeds)``), not the article?

    Not at a sentence start (a list item after ``;`` may be one) or after a quote mark (a
    title: ``"A Day to Remember"``), and only before name-like words (no common English
    word, nothing the article writes in lower case).
    """
    if heading or seg[0].text != "A" or len(seg) == 1:
        return False
    before = text[max(0, seg[0].start - 3) : seg[0].start].rstrip()[-1:]
    if before in "\"“‘'" or (initial and before != ";"):
        return False  # a list item after ";" may still be "A Smith"
    common = gazetteer().common
    words = [t.text for t in seg]
    if any(w.lower() in common or w.lower() in ctx.lower for w in words[1:]):
        return False
    return initialled(words)


def _prefix_splits(seg: list[Tok], j: int, plabel: str, label: str, strong: bool) -> bool:
    """Should a place/nationality prefix of ``seg`` be split off?

    A weak guess splits (``Britain Alcorn`` → GPE + rest) unless the prefix is a common
    given name that is not a major place and a person name follows (``Kent Ardley``). A
    strong person keeps its prefix unless a nationality or place stands before a name of
    two or more words (``Tory Liam Fox``, ``Australian Hew Raymond Griffiths``).
    """
    gz = gazetteer()
    first = seg[0].text
    given_first = first in gz.given and first not in gz.major
    if label == "PERSON" and j == 1 and plabel != "NORP" and given_first:
        return False
    if strong:
        return len(seg) - j >= 2 and (plabel == "NORP" or seg[j].text in gz.given)
    return True


_LIST_GAP = re.compile(r",\s|,?\s(?:and|or)\s")
_LIST_END = re.compile(r",?\s(?:and|or)\s")


def _institution_split(seg: list[Tok]) -> int:
    """Index after an institution word followed by a plural group: "British Army | Gurkhas"."""
    for i in range(1, len(seg) - 1):
        rest = seg[i + 1 :]
        if (
            seg[i].text in R.INSTITUTION_WORDS
            and len(rest) == 1
            and rest[0].text.endswith("s")
            and not rest[0].text.endswith("ss")
            and not rest[0].text.isupper()
            and rest[0].text not in R.ORG_SUFFIXES
        ):
            return i + 1
    return 0


def _harmonise(text: str, cands: list[Cand]) -> None:
    """Document-level voting: weak labels follow strong ones; surnames follow full names."""
    _list_persons(text, cands)
    votes: dict[str, Counter[str]] = {}
    for c in cands:
        if c.strong:
            votes.setdefault(text[c.start : c.end], Counter())[c.label] += 1
    for a, b in itertools.pairwise(cands):
        if (
            a.strong
            and not b.strong
            and a.label in ("PRODUCT", "WORK_OF_ART")
            and _LIST_GAP.fullmatch(text, a.end, b.start)
            and not before_work_noun(text, b.end)
        ):
            b.label, b.strong = a.label, True  # "the Akinci and Kizilelma"
    persons_last: set[str] = set()
    persons_first: set[str] = set()
    lone_persons = {
        s for s, v in votes.items() if " " not in s and v.most_common(1)[0][0] == "PERSON"
    }
    for c in cands:
        surface = text[c.start : c.end]
        if not c.strong and surface in votes:
            c.label = votes[surface].most_common(1)[0][0]
        elif not c.strong and c.label == "ORG" and surface.rpartition(" ")[2] in lone_persons:
            c.label = "PERSON"  # "Hoagy Carmichael" when "Mr Carmichael" is a person
        if c.label == "PERSON" and " " in surface:
            parts = surface.split()
            persons_last.add(parts[-1])
            persons_first.add(parts[0])
    for i, c in enumerate(cands):
        surface = text[c.start : c.end]
        if " " in surface or c.label in ("PERSON", "NORP"):
            continue
        if (not c.strong or c.label == "ORG") and (
            surface in persons_last or surface in persons_first
        ):
            c.label = "PERSON"
        m = R.ACRONYM_DEF_RE.match(text, c.end)
        if m and i + 1 < len(cands) and cands[i + 1].start == m.start(1):
            cands[i + 1].label = c.label
            cands[i + 1].strong = True
    _surnames_agree(text, cands, persons_last)


def _surnames_agree(text: str, cands: list[Cand], persons_last: set[str]) -> None:
    """The surname of a person the article names in full is that person when it speaks
    (``Preston said``, though Preston is a town), and then wherever the article mostly says
    so, even against a cue: ``from Radcliffe`` when Paula Radcliffe is the runner the report
    is about (a town of that name, once, against nine mentions of her)."""
    named = [c for c in cands if c.label != "PERSON" and text[c.start : c.end] in persons_last]
    if not named:
        return
    for c in named:
        nxt = R.NEXT_WORD_RE.match(text, c.end, c.end + 40)
        if nxt and not nxt.group(1) and nxt.group(2) in R.SPEECH_VERBS:
            c.label = "PERSON"
    labels: dict[str, Counter[str]] = {}
    for c in cands:
        labels.setdefault(text[c.start : c.end], Counter())[c.label] += 1
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
    votes: dict[str, Counter[str]] = {}
    for c in cands:
        if c.strong:
            votes.setdefault(text[c.start : c.end], Counter())[c.label] += 1
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


def _apply_additions(text: str, cands: list[Cand], add: Mapping[str, str]) -> list[Cand]:
    extra: list[Cand] = []
    for surface, label in add.items():
        if not surface.strip():
            continue
        pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
        extra.extend(Cand(m.start(), m.end(), label, True) for m in pat.finditer(text))
    if not extra:
        return cands
    kept = [c for c in cands if not any(x.start < c.end and c.start < x.end for x in extra)]
    return sorted(kept + extra, key=lambda c: c.start)


def _mentions(text: str, corrections: EntityCorrections | None) -> list[EntityMention]:
    cands = _analyse(text)
    if corrections and corrections.add:
        cands = _apply_additions(text, cands, corrections.add)
    cands.sort(key=lambda c: c.start)
    out = [EntityMention(c.start, c.end, text[c.start : c.end], c.label) for c in cands]
    if corrections and (corrections.relabel or corrections.suppress):
        relabel = {k.casefold(): v for k, v in corrections.relabel.items()}
        suppress = {s.casefold() for s in corrections.suppress}
        result: list[EntityMention] = []
        for cluster in clusters(out):
            canon = canonical(cluster).casefold()
            if canon in suppress:
                continue
            for m in cluster:
                if m.text.casefold() in suppress:
                    continue
                label = relabel.get(canon) or relabel.get(m.text.casefold()) or m.label
                result.append(EntityMention(m.start, m.end, m.text, label))
        out = sorted(result, key=lambda m: m.start)
    return out


def find_mentions(text: str, corrections: EntityCorrections | None = None) -> list[EntityMention]:
    """Find entity mentions in ``text``, in text order.

    Args:
        text: Article plain text; blocks separated by a blank line.
        corrections: Optional user corrections (additions, relabels, suppressions).

    Returns:
        Non-overlapping mentions with offsets into ``text``.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        return _mentions(text, corrections)
    except (RecursionError, MemoryError):  # pragma: no cover - pathological input
        return []


def group_entities(mentions: Sequence[EntityMention]) -> list[Entity]:
    """Group mentions into entities (aliases, surnames, spelling variants, acronyms).

    Args:
        mentions: Mentions from one article.

    Returns:
        Entities sorted by descending mention count, then first appearance.
    """
    entities: list[Entity] = []
    for cluster in clusters(mentions):
        name = canonical(cluster)
        label = Counter(m.label for m in cluster).most_common(1)[0][0]
        variants = tuple(dict.fromkeys(m.text for m in cluster if m.text != name))
        entities.append(Entity(name, label, tuple(cluster), variants))
    entities.sort(key=lambda e: (-e.count, e.mentions[0].start))
    return entities


def find_entities(text: str, corrections: EntityCorrections | None = None) -> list[Entity]:
    """Find and group the entities of ``text``.

    Args:
        text: Article plain text.
        corrections: Optional user corrections.

    Returns:
        Entities as from :func:`group_entities`.
    """
    return group_entities(find_mentions(text, corrections))
