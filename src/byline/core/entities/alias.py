"""Alias resolution: which mentions of an article name the same entity."""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable

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


def clusters(mentions: Mentions) -> list[array[int]]:
    """The mentions of each entity, as indices into `mentions`, each entity's in text order.

    Mentions of one label and normalised text are one group; groups are then merged
    (spelling variants, a surname with the full name, an acronym with its expansion). The
    indices are kept in arrays: a big article has hundreds of thousands of mentions, and a
    list would hold an object per index.
    """
    gz = gazetteer()
    texts = mentions.texts
    starts = mentions.starts
    groups: dict[tuple[str, str], array[int]] = {}
    keys: dict[tuple[str, str], tuple[str, str]] = {}  # (label, text) -> its group's key
    for index, pair in enumerate(zip(mentions.labels, texts, strict=True)):
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
    parent = {k: k for k in groups}

    def find(k: tuple[str, str]) -> tuple[str, str]:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    multi: dict[tuple[str, int], list[tuple[str, str]]] = {}
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
                    parent[find(b)] = find(a)
    by_last: dict[str, list[tuple[str, str]]] = {}
    by_first: dict[str, list[tuple[str, str]]] = {}
    by_initials: dict[str, list[tuple[str, str]]] = {}
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
            if label == "PERSON" and len({find(o) for o in options}) > 1:
                options = []
        if not options and label == "ORG" and texts[ms[0]].isupper():
            options = by_initials.get(texts[ms[0]], [])
        if options:
            best = max(options, key=lambda o: len(groups[o]))
            parent[find((label, key))] = find(best)
    merged: dict[tuple[str, str], array[int]] = {}
    for k, ms in groups.items():
        merged.setdefault(find(k), array("I")).extend(ms)
    return [array("I", sorted(ms, key=starts.__getitem__)) for ms in merged.values()]


def canonical(texts: Iterable[str]) -> str:
    """The name of an entity whose mentions read `texts` (in text order): the fullest."""
    counts = Counter(texts)
    return max(counts, key=lambda s: (len(s.split()), counts[s], len(s)))
