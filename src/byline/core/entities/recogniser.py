"""Rule-based named-entity recogniser (OntoNotes labels) with in-article alias resolution.

Pipeline: numeric patterns (DATE, PERCENT, MONEY, QUANTITY) -> capitalised runs, split at
titles, connectors and hyphens -> each segment labelled by gazetteer, suffix and context
cues -> document-level label voting and alias resolution -> user corrections.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from byline.core.entities.alias import canonical, clusters
from byline.core.entities.chunks import (
    Cand,
    find_runs,
    numeric_mentions,
)
from byline.core.entities.context import doc_context
from byline.core.entities.emit import Emitter
from byline.core.entities.evidence import keep_supported
from byline.core.entities.gazetteer import gazetteer
from byline.core.entities.harmonise import harmonise
from byline.core.entities.lineups import team_sheet
from byline.core.entities.person_or_org import settle_people
from byline.core.entities.places import settle_places
from byline.core.entities.products import model_words, settle_products
from byline.core.entities.scan import matches_at
from byline.core.entities.segments import split_segments
from byline.core.entities.terms import drop_terms
from byline.core.entities.types import (
    LABELS,
    NAME_LABELS,
    NUMERIC_LABELS,
    Entity,
    EntityCorrections,
    EntityMention,
    Mentions,
)
from byline.core.entities.works import find_titles, merge_spans

__all__ = [
    "LABELS",
    "NAME_LABELS",
    "NUMERIC_LABELS",
    "Entity",
    "EntityCorrections",
    "EntityMention",
    "Mentions",
    "find_entities",
    "find_mentions",
    "group_entities",
]


_DIGIT_AFTER = re.compile(r"\s\d")
_NICKNAME_RE = re.compile(
    r"\b([A-Z][a-z]+) [\"“][A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?[\"”] [A-Z][\w'’-]*[a-z]\b"
)


#: Where such a name can start: a capitalised word before a quotation mark.
_BEFORE_QUOTE_RE = re.compile(r"[A-Z][a-z]+(?= [\"“][A-Z])")


def _nicknames(text: str) -> list[Cand]:
    """``Jo "Spanner" Roe``: a given name, a quoted nickname and a surname, PERSON."""
    if '"' not in text and "“" not in text:
        return []
    given = gazetteer().given
    starts = (m.start() for m in _BEFORE_QUOTE_RE.finditer(text))
    return [
        Cand(m.start(), m.end(), "PERSON", True)
        for m in matches_at(_NICKNAME_RE, text, starts)
        if m.group(1) in given
    ]


#: A product name written with a lower-case ``i`` before a capital (``iPod``, ``iTunes``,
#: ``iPhones``): a naming convention for devices and software, never a person or a place.
#: A model's capitalised word after it belongs to the name (``Qube Photo``), and so does a
#: compact model's lower-case word (``iQube mini``, ``shuffle``, ``nano``).
_I_PRODUCT_RE = re.compile(
    r"(?<![\w@./-])i[A-Z][a-z]{2,}(?: [A-Z][a-z]+| mini| shuffle| nano)?(?![\w@-])"
)


_I_CAPITAL_RE = re.compile(r"i[A-Z]")


def _i_products(text: str) -> list[Cand]:
    """The ``iPod``-style product names (the capitalised-run finder skips a lower-case
    first letter)."""
    starts = (m.start() for m in _I_CAPITAL_RE.finditer(text))
    return [
        Cand(m.start(), m.end(), "PRODUCT", True) for m in matches_at(_I_PRODUCT_RE, text, starts)
    ]


def _analyse(text: str) -> list[Cand]:
    sheet = team_sheet(text)
    blocked = merge_spans(
        sheet.cands
        + numeric_mentions(text)
        + find_titles(text)
        + _nicknames(text)
        + _i_products(text)
    )
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
    emitter = Emitter(text, mid_caps, lower_words, doc_context(text, lower_all))
    for run in runs:
        for seg, hint in split_segments(run.toks):
            initial = run.initial and seg[0].start == run.toks[0].start
            emitter.emit(seg, hint, initial, run.heading)
    cands = emitter.out
    cands.sort(key=lambda c: c.start)
    model_words(text, cands)
    harmonise(text, cands)
    cands = settle_places(text, settle_people(text, keep_supported(text, cands)))
    cands = settle_products(text, cands)
    cands = drop_terms(text, blocked + cands)
    sheet.relabel(text, cands)
    return sheet.add_missing(text, cands)


def _apply_additions(text: str, cands: list[Cand], add: Mapping[str, str]) -> list[Cand]:
    """The user's added surfaces, each wherever it occurs as a whole word, in place of the
    candidates they overlap. One pattern for all surfaces, and one sweep over both sorted
    lists: linear in the text and the candidates, however many additions match."""
    labels = {surface: label for surface, label in add.items() if surface.strip()}
    if not labels:
        return cands
    pat = re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(labels, key=len, reverse=True))) + r")(?!\w)"
    )
    extra = [Cand(m.start(), m.end(), labels[m.group()], True) for m in pat.finditer(text)]
    if not extra:
        return cands
    kept: list[Cand] = []
    covered = 0  # how far the additions seen so far reach
    i = 0
    for c in sorted(cands, key=lambda c: c.start):
        while i < len(extra) and extra[i].start < c.end:
            covered = max(covered, extra[i].end)
            i += 1
        # An addition overlaps c when it starts before c ends and ends after c starts; the
        # additions starting before c.end are exactly those seen, and `covered` is their reach.
        if covered <= c.start:
            kept.append(c)
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
        for cluster in clusters(Mentions.of(out)):
            canon = canonical(out[i].text for i in cluster).casefold()
            if canon in suppress:
                continue
            for m in (out[i] for i in cluster):
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
        mentions: Mentions from one article (a `Mentions` is grouped without making a
            mention object; the entities' mentions share one store).

    Returns:
        Entities sorted by descending mention count, then first appearance.
    """
    compact = mentions if isinstance(mentions, Mentions) else Mentions.of(mentions)
    found = clusters(compact)
    starts = compact.starts
    found.sort(key=lambda cluster: (-len(cluster), starts[cluster[0]]))
    runs = compact.reordered(i for cluster in found for i in cluster).split(map(len, found))
    texts, labels = compact.texts, compact.labels
    entities: list[Entity] = []
    for cluster, run in zip(found, runs, strict=True):
        name = canonical(texts[i] for i in cluster)
        label = Counter(labels[i] for i in cluster).most_common(1)[0][0]
        variants = tuple(dict.fromkeys(texts[i] for i in cluster if texts[i] != name))
        entities.append(Entity(name, label, run, variants))
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
