"""Rule-based named-entity recogniser (OntoNotes labels) with in-article alias resolution.

Pipeline: numeric patterns (DATE, PERCENT, MONEY, QUANTITY) -> capitalised runs, split at
titles, connectors and hyphens -> each segment labelled by gazetteer, suffix and context
cues -> document-level label voting and alias resolution -> user corrections.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from byline.core import entity_rules as R
from byline.core.gazetteer import gazetteer

LABELS: tuple[str, ...] = (
    "PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "EVENT", "FAC", "LAW", "WORK_OF_ART",
    "DATE", "PERCENT", "MONEY", "QUANTITY",
)  # fmt: skip
NAME_LABELS: frozenset[str] = frozenset(LABELS[:10])
NUMERIC_LABELS: frozenset[str] = frozenset(LABELS[10:])
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
_COMPASS = frozenset({"Western", "Eastern", "Northern", "Southern"})
_CONNECTORS = frozenset({"of", "for", "on", "the", "and", "&"})
_PARTICLES = frozenset({"de", "del", "dal", "da", "di", "du", "van", "von", "der", "den", "la",
                        "le", "bin", "al", "y"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class EntityMention:
    """One occurrence of an entity: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Entity:
    """All mentions of one entity in an article, under its canonical (fullest) name."""

    name: str
    label: str
    mentions: tuple[EntityMention, ...]
    variants: tuple[str, ...]

    @property
    def count(self) -> int:
        """Number of mentions."""
        return len(self.mentions)


def _str_map(value: object, key: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValueError(f"entity corrections: '{key}' must be a mapping of text to label")
    out: dict[str, str] = {}
    for k, v in value.items():
        if not isinstance(k, str) or not isinstance(v, str):
            raise ValueError(f"entity corrections: '{key}' entries must be text: label strings")
        label = v.strip().upper()
        if label not in LABELS:
            raise ValueError(f"entity corrections: unknown label {v!r} in '{key}'")
        out[k] = label
    return out


@dataclass(frozen=True, slots=True)
class EntityCorrections:
    """User corrections: ``add`` surface->label, ``relabel`` name->label, ``suppress`` names."""

    add: Mapping[str, str] = field(default_factory=dict)
    relabel: Mapping[str, str] = field(default_factory=dict)
    suppress: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, data: object) -> EntityCorrections:
        """Build from parsed YAML/JSON ``{"add": {..}, "relabel": {..}, "suppress": [..]}``.

        Args:
            data: The parsed object (``None`` means no corrections).

        Returns:
            The corrections.

        Raises:
            ValueError: If the structure or a label is invalid.
        """
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise ValueError("entity corrections must be a mapping with add/relabel/suppress")
        unknown = set(data) - {"add", "relabel", "suppress"}
        if unknown:
            raise ValueError(f"entity corrections: unknown keys {sorted(map(str, unknown))}")
        sup = data.get("suppress")
        if sup is None:
            sup = []
        if isinstance(sup, str) or not isinstance(sup, Sequence | set | frozenset):
            raise ValueError("entity corrections: 'suppress' must be a list of names")
        if not all(isinstance(s, str) for s in sup):
            raise ValueError("entity corrections: 'suppress' entries must be strings")
        return cls(
            add=_str_map(data.get("add"), "add"),
            relabel=_str_map(data.get("relabel"), "relabel"),
            suppress=frozenset(sup),
        )

    def merged(self, other: EntityCorrections) -> EntityCorrections:
        """Combine with ``other``; ``other`` wins on conflicting keys.

        Args:
            other: Corrections layered on top (e.g. per-article over user-level).

        Returns:
            The combined corrections.
        """
        return EntityCorrections(
            add={**self.add, **other.add},
            relabel={**self.relabel, **other.relabel},
            suppress=self.suppress | other.suppress,
        )


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    label: str
    strong: bool
    initial: bool = False


def _numeric(text: str) -> list[_Cand]:
    found: list[_Cand] = []
    for label, pat in R.NUMERIC_PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span("v") if m.groupdict().get("v") else m.span()
            found.append(_Cand(s, e, label, True))
    found.sort(key=lambda c: (c.start, c.start - c.end))
    out: list[_Cand] = []
    for c in found:
        if not out or c.start >= out[-1].end:
            out.append(c)
    return out


def _sentence_initial(text: str, start: int) -> bool:
    j = start
    while j > 0 and text[j - 1] in " \t\"“‘'([*_-—–":
        j -= 1
    if j == 0 or text[j - 1] in "\n\r":
        return True
    ch = text[j - 1]
    if ch in ".!?…:;":
        return not (ch == "." and R.ABBREV_END_RE.search(text, max(0, j - 6), j))
    return ch in "”’" and j >= 2 and text[j - 2] in ".!?,"


def _is_heading(block: str) -> bool:
    words = block.split()
    if not words or len(words) > 14 or block.rstrip()[-1:] in '.!?:;,"”':
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps / len(words) >= 0.6 and len(words) >= 3


def _next_word(text: str, end: int) -> tuple[str, bool]:
    m = R.NEXT_WORD_RE.match(text, end, min(len(text), end + 40))
    return (m.group(2), bool(m.group(1))) if m else ("", False)


def _prev_word(text: str, start: int) -> str:
    m = R.PREV_WORD_RE.search(text, max(0, start - 40), start)
    return m.group(1) if m else ""


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in R.TOKEN_RE.finditer(text, start, end)]


def _split_segments(toks: list[_Tok]) -> list[tuple[list[_Tok], str]]:
    """Split a run at hyphenated modifiers and unlicensed connectors; tag ``-class`` codes."""
    gz = gazetteer()
    segs: list[tuple[list[_Tok], str]] = []
    cur: list[_Tok] = []
    for tok in toks:
        if "-" in tok.text and not R.MODEL_CODE_RE.match(tok.text):
            parts = tok.text.split("-")
            caps = [p for p in parts if p[:1].isupper()]
            if parts[-1][:1].islower() and parts[0][:1].isupper():
                head = tok.text[: tok.text.index("-" + parts[len(caps)])]
                cur.append(_Tok(head, tok.start, tok.start + len(head)))
                segs.append((cur, "PRODUCT" if parts[-1] in ("class", "type") else ""))
                cur = []
                continue
            if len(caps) == len(parts) and all(p in gz.gpe or p in gz.norp for p in parts):
                if cur:
                    segs.append((cur, ""))
                pos = tok.start
                for p in parts:
                    segs.append(([_Tok(p, pos, pos + len(p))], ""))
                    pos += len(p) + 1
                cur = []
                continue
        cur.append(tok)
    if cur:
        segs.append((cur, ""))
    out: list[tuple[list[_Tok], str]] = []
    for seg, hint in segs:
        out.extend((piece, hint) for piece in _split_connectors(seg))
    return out


def _split_connectors(seg: list[_Tok]) -> list[list[_Tok]]:
    gz = gazetteer()
    full = " ".join(t.text for t in seg)
    if full in gz.gpe or len(seg) < 3 or not any(t.text in _CONNECTORS for t in seg):
        return [seg]
    pieces: list[list[_Tok]] = [[]]
    for i, tok in enumerate(seg):
        if tok.text in _CONNECTORS and pieces[-1]:
            left = pieces[-1][-1].text
            keep = tok.text == "&" or (
                tok.text != "and"
                and (left in R.ORG_HEADS or left in R.LOC_HEADS or left in R.EVENT_HEADS
                     or left in R.LAW_HEADS or left in R.ORG_SUFFIXES or left in R.TITLE_HEADS
                     or (tok.text == "the" and i > 0 and seg[i - 1].text == "of"))
            )  # fmt: skip
            if keep:
                pieces[-1].append(tok)
            else:
                pieces.append([])
        else:
            pieces[-1].append(tok)
    return [p for p in pieces if p and p[-1].text not in _CONNECTORS]


_TITLE_STRIP = re.compile(r"\.$")


def _title_split(seg: list[_Tok]) -> tuple[list[_Tok], list[_Tok], bool]:
    """Return (prefix, person part, title found) for runs like 'Foreign Minister X Y'."""
    k = -1
    for i, t in enumerate(seg):
        w = t.text
        if w in R.PERSON_TITLES or w in R.TITLE_HEADS or _TITLE_STRIP.sub("", w) in R.PERSON_TITLES:
            k = i
    if k < 0:
        return seg, [], False
    rest = seg[k + 1 :]
    if any(t.text in R.ORG_SUFFIXES or t.text in R.ORG_HEADS for t in rest):
        return seg, [], False
    if not rest and seg[k].text not in R.TITLE_HEADS:
        return seg, [], False
    return seg[:k], rest, True


def _gaz_label(name: str) -> str | None:
    gz = gazetteer()
    if name in gz.norp:
        return "NORP"
    if name in gz.gpe:
        return "GPE"
    if name in gz.loc:
        return "LOC"
    return None


def _gaz_prefix(words: list[str]) -> tuple[int, str]:
    for j in range(min(3, len(words) - 1), 0, -1):
        label = _gaz_label(" ".join(words[:j]))
        if label:
            return j, label
    return 0, ""


def _classify(text: str, seg: list[_Tok], hint: str) -> tuple[str, bool] | None:
    """Label one segment; returns (label, strong) or None when it is not an entity."""
    gz = gazetteer()
    words = [t.text for t in seg]
    name = " ".join(words)
    n, last = len(words), words[-1]
    nxt, comma = _next_word(text, seg[-1].end)
    prev = _prev_word(text, seg[0].start)
    if hint:
        return hint, True
    known = _gaz_label(name)
    if known:
        if known == "GPE" and n == 1 and nxt in R.ORG_CONTEXT_AFTER and nxt != "officials":
            return "ORG", True
        return known, True
    if name in _COMPASS:
        return ("NORP", True) if nxt in R.NORP_GROUP_NOUNS else None
    if n >= 2:
        first = words[0]
        if last in R.LAW_SUFFIXES or (first in R.LAW_HEADS and words[1] == "of"):
            return "LAW", True
        if last in R.EVENT_SUFFIXES or (first in R.EVENT_HEADS and words[1] == "of"):
            return "EVENT", True
        if last in R.LOC_SUFFIXES or first in R.LOC_HEADS:
            return "LOC", True
        if last in R.FAC_SUFFIXES:
            return ("ORG" if nxt in R.SPEECH_VERBS else "FAC"), True
        if last in R.ORG_SUFFIXES or (first in R.ORG_HEADS and words[1] in ("of", "for")):
            return "ORG", True
        if last in R.PRODUCT_SUFFIXES:
            return "PRODUCT", True
    if any(R.MODEL_CODE_RE.match(w) for w in words) or (n >= 2 and last.isdigit()):
        return "PRODUCT", True
    if n == 1 and _PLURAL_ACRONYM.match(last):
        return None
    if n == 1 and R.ACRONYM_RE.match(last):
        if last in R.STOP_ACRONYMS:
            return None
        return "ORG", True
    if nxt in R.PRODUCT_CONTEXT_AFTER and not comma:
        return "PRODUCT", True
    if prev.islower():
        if prev in R.ROLE_NOUNS:
            return "PERSON", True
        if prev in R.ORG_CONTEXT_BEFORE:
            return "ORG", True
        if prev in R.WORK_CONTEXT_BEFORE:
            return "WORK_OF_ART", True
    if (nxt in R.SPEECH_VERBS and not comma) or (comma and nxt in ("who", "whose")):
        return "PERSON", True
    if nxt in R.ORG_CONTEXT_AFTER and not comma:
        return "ORG", True
    if name in gz.weak_gpe:
        return "GPE", prev in R.PLACE_PREPOSITIONS
    if n >= 2:
        if R.ACRONYM_RE.match(words[0]):
            return "ORG", False
        return "PERSON", False
    return "ORG", False


def _strip_leading(seg: list[_Tok]) -> list[_Tok]:
    while seg:
        low = seg[0].text.lower()
        if low not in R.FUNCTION_WORDS:
            break
        if low in R.SOFT_STARTERS and _gaz_label(" ".join(t.text for t in seg)):
            break
        seg = seg[1:]
    return seg


@dataclass(slots=True)
class _Run:
    toks: list[_Tok]
    initial: bool
    heading: bool


def _runs(text: str, numeric: list[_Cand]) -> list[_Run]:
    """Capitalised runs, cut where a numeric mention (e.g. a month name) sits inside."""
    heading_spans: list[tuple[int, int]] = []
    pos = 0
    for block in text.split("\n\n"):
        if _is_heading(block):
            heading_spans.append((pos, pos + len(block)))
        pos += len(block) + 2
    num_starts = [c.start for c in numeric]
    h_idx = 0
    runs: list[_Run] = []
    for m in R.RUN_RE.finditer(text):
        s, e = m.span()
        while h_idx < len(heading_spans) and heading_spans[h_idx][1] < s:
            h_idx += 1
        heading = h_idx < len(heading_spans) and heading_spans[h_idx][0] <= s
        k = bisect_right(num_starts, e)
        hits = [c for c in numeric[max(0, k - 3) : k] if c.start < e and s < c.end]
        group: list[_Tok] = []
        for t in _tokens(text, s, e):
            if any(c.start < t.end and t.start < c.end for c in hits):
                if group:
                    runs.append(_Run(group, _sentence_initial(text, group[0].start), heading))
                group = []
            else:
                group.append(t)
        if group:
            runs.append(_Run(group, _sentence_initial(text, group[0].start), heading))
    return runs


def _analyse(text: str) -> list[_Cand]:
    numeric = _numeric(text)
    runs = _runs(text, numeric)
    mid_caps: set[str] = set()
    for run in runs:
        if not run.heading:
            mid_caps.update(t.text for t in (run.toks[1:] if run.initial else run.toks))
    lower_words = set(re.findall(r"\b[a-z][a-z'-]+\b", text)) if runs else set()
    cands: list[_Cand] = []
    for run in runs:
        for seg, hint in _split_segments(run.toks):
            initial = run.initial and seg[0] is run.toks[0]
            _emit(text, seg, hint, initial, mid_caps, lower_words, cands, run.heading)
    cands.sort(key=lambda c: c.start)
    _harmonise(text, cands)
    return numeric + cands


def _emit(
    text: str,
    seg: list[_Tok],
    hint: str,
    initial: bool,
    mid_caps: set[str],
    lower_words: set[str],
    out: list[_Cand],
    heading: bool = False,
) -> None:
    stripped = _strip_leading(seg)
    if stripped is not seg:
        initial = False
        seg = stripped
    while seg and seg[-1].text in _CONNECTORS:
        seg = seg[:-1]
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
        out.append(_Cand(seg[1].start, seg[-1].end, "PERSON", True))
        return
    prefix, person, titled = _title_split(seg)
    if titled:
        if person:
            out.append(_Cand(person[0].start, person[-1].end, "PERSON", True))
        if prefix:
            words = [t.text for t in prefix]
            if prefix[-1].text in R.ORG_SUFFIXES and not person:
                out.append(_Cand(prefix[0].start, prefix[-1].end, "ORG", True))
                return
            j, label = _gaz_prefix([*words, ""])
            if j:
                out.append(_Cand(prefix[0].start, prefix[j - 1].end, label, True))
        return
    result = _classify(text, seg, hint)
    if result is None:
        return
    label, strong = result
    if heading and not strong and not all(t.text in mid_caps for t in seg):
        if len(seg) > 1:
            for tok in seg:
                _emit(text, [tok], "", True, mid_caps, lower_words, out, True)
        return
    if not strong and len(seg) >= 2:
        j, plabel = _gaz_prefix([t.text for t in seg])
        if j:
            out.append(_Cand(seg[0].start, seg[j - 1].end, plabel, True))
            _emit(text, seg[j:], "", False, mid_caps, lower_words, out, heading)
            return
    if initial and not strong:
        first = seg[0].text
        possessive = bool(R.POSSESSIVE_RE.match(text, seg[-1].end, seg[-1].end + 3))
        if len(seg) == 1:
            if first not in mid_caps and not possessive:
                return
        elif first.lower() in lower_words and first not in mid_caps:
            _emit(text, seg[1:], "", False, mid_caps, lower_words, out, heading)
            return
    out.append(_Cand(seg[0].start, seg[-1].end, label, strong, initial))


def _harmonise(text: str, cands: list[_Cand]) -> None:
    """Document-level voting: weak labels follow strong ones; surnames follow full names."""
    votes: dict[str, Counter[str]] = {}
    for c in cands:
        if c.strong:
            votes.setdefault(text[c.start : c.end], Counter())[c.label] += 1
    persons_last: set[str] = set()
    persons_first: set[str] = set()
    for c in cands:
        surface = text[c.start : c.end]
        if not c.strong and surface in votes:
            c.label = votes[surface].most_common(1)[0][0]
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


def _apply_additions(text: str, cands: list[_Cand], add: Mapping[str, str]) -> list[_Cand]:
    extra: list[_Cand] = []
    for surface, label in add.items():
        if not surface.strip():
            continue
        pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
        extra.extend(_Cand(m.start(), m.end(), label, True) for m in pat.finditer(text))
    if not extra:
        return cands
    kept = [c for c in cands if not any(x.start < c.end and c.start < x.end for x in extra)]
    return sorted(kept + extra, key=lambda c: c.start)


_NORM_SUBS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"ence\b", "ense"), (r"isation", "ization"), (r"is(e|ed|ing)\b", r"iz\1"),
        (r"tre\b", "ter"), (r"our\b", "or"), (r"ey\b", "ei"), (r"iy", "i"), (r"[’']s?\b", ""),
        (r"[^\w ]+", " "), (r"^the ", ""), (r"\s+", " "),
    )
)  # fmt: skip


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


def _clusters(mentions: Sequence[EntityMention]) -> list[list[EntityMention]]:
    gz = gazetteer()
    groups: dict[tuple[str, str], list[EntityMention]] = {}
    for m in mentions:
        if m.label == "GPE":
            key = _norm(gz.gpe.get(m.text, m.text))
        elif m.label in NAME_LABELS:
            key = _norm(m.text)
        else:
            key = m.text
        groups.setdefault((m.label, key), []).append(m)
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
                ini = _initials(groups[(label, key)][0].text)
                by_initials.setdefault(ini, []).append((label, key))
    for (label, key), ms in groups.items():
        if " " in key or label not in ("PERSON", "ORG"):
            continue
        options = by_last.get(label + key, []) if label == "PERSON" else []
        if not options:
            options = by_first.get(label + key, [])
            if label == "PERSON" and len({find(o) for o in options}) > 1:
                options = []
        if not options and label == "ORG" and ms[0].text.isupper():
            options = by_initials.get(ms[0].text, [])
        if options:
            best = max(options, key=lambda o: len(groups[o]))
            parent[find((label, key))] = find(best)
    merged: dict[tuple[str, str], list[EntityMention]] = {}
    for k, ms in groups.items():
        merged.setdefault(find(k), []).extend(ms)
    return [sorted(ms, key=lambda m: m.start) for ms in merged.values()]


def _canonical(ms: Sequence[EntityMention]) -> str:
    counts = Counter(m.text for m in ms)
    return max(counts, key=lambda s: (len(s.split()), counts[s], len(s)))


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
        for cluster in _clusters(out):
            canon = _canonical(cluster).casefold()
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
    for cluster in _clusters(mentions):
        name = _canonical(cluster)
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
