"""Alias resolution: which mentions of an article name the same entity."""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence

from byline.core.entities.gazetteer import gazetteer
from byline.core.entities.types import NAME_LABELS, Mentions

_NORM_SUBS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"ence\b", "ense"), (r"isation", "ization"), (r"is(e|ed|ing)\b", r"iz\1"),
        (r"tre\b", "ter"), (r"our\b", "or"), (r"ey\b", "ei"), (r"iy", "i"), (r"[’']s?\b", ""),
        (r"[^\w ]+", " "), (r"^the ", ""), (r"\s+", " "),
    )
)  # fmt: skip


@functools.lru_cache(maxsize=4096)
def _norm(surface: str) -> str:
    s = unicodedata.normalize("NFKD", surface)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    for pat, repl in _NORM_SUBS:
        s = pat.sub(repl, s)
    return s.strip()


def _close(a: str, b: str) -> bool:
    """True when two tokens are equal or one edit apart (tokens of 4+ characters)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _initials(surface: str) -> str:
    return "".join(w[0] for w in surface.split() if w[:1].isupper())


Group = tuple[str, str]
"""Mentions of one label and one normalised text: ``(label, key)``."""


class _Merges:
    """Which groups name one entity: a union-find over the groups, with path halving."""

    def __init__(self, groups: Iterable[Group]) -> None:
        self.parent = {group: group for group in groups}

    def find(self, group: Group) -> Group:
        """The group that stands for all the groups merged with `group`."""
        parent = self.parent
        while parent[group] != group:
            parent[group] = parent[parent[group]]
            group = parent[group]
        return group

    def join(self, group: Group, into: Group) -> None:
        """Merge `group` (and all merged with it) into `into`'s entity."""
        root = self.find(into)
        self.parent[self.find(group)] = root


def clusters(mentions: Mentions) -> list[array[int]]:
    """The mentions of each entity, as indices into `mentions`, each entity's in text order.

    Mentions of one label and normalised text are one group; groups are then merged
    (spelling variants, a surname with the full name, an acronym with its expansion). The
    indices are kept in arrays: a big article has hundreds of thousands of mentions, and a
    list would hold an object per index.
    """
    texts = mentions.texts
    groups = _groups(mentions.labels, texts)
    merges = _Merges(groups)
    _join_variants(groups, merges)
    _join_short_forms(groups, texts, merges)
    merged: dict[Group, array[int]] = {}
    for group, members in groups.items():
        merged.setdefault(merges.find(group), array("I")).extend(members)
    starts = mentions.starts
    return [array("I", sorted(ms, key=starts.__getitem__)) for ms in merged.values()]


def _groups(labels: Sequence[str], texts: Sequence[str]) -> dict[Group, array[int]]:
    """The indices of the mentions (each mention's label and text) of each group, in order
    of first mention: a place by its gazetteer name, a name by its normalised spelling, a
    number by its text."""
    gz = gazetteer()
    groups: dict[Group, array[int]] = {}
    keys: dict[tuple[str, str], Group] = {}  # (label, text) -> its group
    for index, pair in enumerate(zip(labels, texts, strict=True)):
        group = keys.get(pair)
        if group is None:
            label, text = pair
            if label == "GPE":
                key = _norm(gz.gpe.get(text, text))
            elif label in NAME_LABELS:
                key = _norm(text)
            else:
                key = text
            group = keys[pair] = (label, key)
        if (members := groups.get(group)) is None:
            members = groups[group] = array("I")
        members.append(index)
    return groups


def _join_variants(groups: dict[Group, array[int]], merges: _Merges) -> None:
    """Merge names of several words spelled alike word for word (one edit at most in each
    word of four letters or more): ``Jo Robertsen`` and ``Jo Robertson``."""
    multi: dict[tuple[str, int], list[Group]] = {}
    for label, key in groups:
        if label in NAME_LABELS and " " in key:
            multi.setdefault((label, key.count(" ") + 1), []).append((label, key))
    for bucket in multi.values():
        if len(bucket) > 300:
            continue
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                pairs = zip(a[1].split(), b[1].split(), strict=True)
                if all(_close(x, y) for x, y in pairs):
                    merges.join(b, a)


def _join_short_forms(
    groups: dict[Group, array[int]], texts: Sequence[str], merges: _Merges
) -> None:
    """Merge a one-word person or organisation into the most mentioned longer name it is
    short for: a surname (or else a first name) with the full name, an acronym with the
    organisation its initials spell. A first name shared by several people stays apart."""
    by_last: dict[str, list[Group]] = {}
    by_first: dict[str, list[Group]] = {}
    by_initials: dict[str, list[Group]] = {}
    for label, key in groups:
        if " " in key and label in ("PERSON", "ORG"):
            parts = key.split()
            by_last.setdefault(label + parts[-1], []).append((label, key))
            by_first.setdefault(label + parts[0], []).append((label, key))
            if label == "ORG":
                ini = _initials(texts[groups[(label, key)][0]])
                by_initials.setdefault(ini, []).append((label, key))
    for (label, key), ms in groups.items():
        if " " in key or label not in ("PERSON", "ORG"):
            continue
        options = by_last.get(label + key, []) if label == "PERSON" else []
        if not options:
            options = by_first.get(label + key, [])
            if label == "PERSON" and len({merges.find(o) for o in options}) > 1:
                options = []
        if not options and label == "ORG" and texts[ms[0]].isupper():
            options = by_initials.get(texts[ms[0]], [])
        if options:
            best = max(options, key=lambda o: len(groups[o]))
            merges.join((label, key), best)


def canonical(texts: Iterable[str]) -> str:
    """The name of an entity whose mentions read `texts` (in text order): the fullest."""
    counts = Counter(texts)
    return max(counts, key=lambda s: (len(s.split()), counts[s], len(s)))
