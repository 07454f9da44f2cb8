"""Chunking for the entity recogniser: numeric mentions, capitalised runs, segments.

A *run* is a maximal sequence of capitalised tokens (with name particles and licensed
connectors); runs are cut at numeric mentions and split into *segments* at hyphenated
modifiers, unlicensed connectors and titles. Labelling happens in :mod:`.classify`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from byline.core.entities import patterns as P
from byline.core.entities import rules as R
from byline.core.entities.gazetteer import gazetteer
from byline.core.entities.scan import matches_at

CONNECTORS = frozenset({"of", "for", "on", "the", "and", "&"})


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    label: str
    strong: bool
    initial: bool = False
    guess: bool = False
    """Labelled by elimination: no cue, table or shape spoke for it (see :mod:`.evidence`)."""


def numeric_mentions(text: str) -> list[Cand]:
    """DATE/PERCENT/MONEY/QUANTITY mentions, longest first at each start, non-overlapping.

    Every numeric pattern starts at a digit, a currency sign or one of a few trigger words
    (months, weekdays, ``last``/``next``...), so the patterns are only tried at those
    positions (found with one cheap scan) instead of at every character of the text.
    """
    found: list[Cand] = []
    starts = {m.start() for m in P.NUMERIC_GATE_RE.finditer(text)}
    for word in P.NUMERIC_TRIGGERS.intersection(P.LETTER_WORD_RE.findall(text)):
        size = len(word)
        i = text.find(word)
        while i >= 0:
            j = i + size
            if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                starts.add(i - 2 if word == "hundred" else i)  # "a hundred"
            i = text.find(word, j)
    ordered = sorted(p for p in starts if p >= 0)
    for label, pat in P.NUMERIC_PATTERNS:
        end = 0
        for pos in ordered:
            if pos < end:
                continue
            hit = pat.match(text, pos)
            if hit is None:
                continue
            end = hit.end()
            s, e = hit.span("v") if hit.groupdict().get("v") else hit.span()
            found.append(Cand(s, e, label, True))
    found.sort(key=lambda c: (c.start, c.start - c.end))
    out: list[Cand] = []
    for c in found:
        if (not out or c.start >= out[-1].end) and not _paper_weekday(text, c):
            out.append(c)
    return out


_NEXT_CAP_RE = re.compile(r" ([A-Z][a-z]+)\b(?! [A-Z])")  # the head ends the name


def _paper_weekday(text: str, c: Cand) -> bool:
    """``Sunday Telegraph``, ``Sunday Times``: a weekday before a newspaper head is part of
    the paper's name, not a date (``Monday Post Office staff`` is a date and an office)."""
    if c.label != "DATE" or text[c.start : c.end] not in P.WEEKDAYS:
        return False
    m = _NEXT_CAP_RE.match(text, c.end)
    return bool(m and m.group(1) in R.PRESS_HEADS)


def _sentence_initial(text: str, start: int) -> bool:
    j = start
    while j > 0 and text[j - 1] in " \t\"“‘'([*_-—–":
        j -= 1
    if j == 0 or text[j - 1] in "\n\r":
        return True
    ch = text[j - 1]
    if ch in ".!?…:;":
        return not (ch == "." and P.ABBREV_END_RE.search(text, max(0, j - 6), j))
    return ch in "”’" and j >= 2 and text[j - 2] in ".!?,"


def _is_heading(block: str) -> bool:
    words = block.split()
    if not words or len(words) > 14 or block.rstrip()[-1:] in '.!?:;,"”':
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps / len(words) >= 0.6 and len(words) >= 3


def next_word(text: str, end: int) -> tuple[str, bool]:
    m = P.NEXT_WORD_RE.match(text, end, min(len(text), end + 40))
    return (m.group(2), bool(m.group(1))) if m else ("", False)


def prev_word(text: str, start: int) -> str:
    """The word before ``start`` (an optional comma and spaces between), or ``""``. A
    blank line between ends the search: the last word of a heading or of a paragraph says
    nothing of the name that opens the next."""
    lo = max(0, start - 40)
    j = start
    while j > lo and text[j - 1].isspace():
        j -= 1
    if text.count("\n", j, start) > 1:
        return ""
    if j > lo and text[j - 1] == ",":
        j -= 1
    k = j
    while k > lo and (text[k - 1].isalnum() or text[k - 1] in "_'’-"):
        k -= 1
    while k < j and not (text[k].isascii() and text[k].isalpha()):
        k += 1
    return text[k:j]


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int


def tokens(text: str, start: int, end: int) -> list[Tok]:
    return [Tok(m.group(), m.start(), m.end()) for m in P.TOKEN_RE.finditer(text, start, end)]


_TITLE_STRIP = re.compile(r"\.$")


def title_split(seg: list[Tok]) -> tuple[list[Tok], list[Tok], bool]:
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


def gaz_label(name: str) -> str | None:
    gz = gazetteer()
    if name in gz.norp:
        return "NORP"
    if name in gz.gpe:
        return "GPE"
    if name in gz.loc:
        return "LOC"
    return None


def gaz_prefix(words: list[str]) -> tuple[int, str]:
    """Longest gazetteer name (up to 3 words) at the start of ``words``: (length, label)."""
    for j in range(min(3, len(words) - 1), 0, -1):
        label = gaz_label(" ".join(words[:j]))
        if label:
            return j, label
    return 0, ""


def strip_leading(seg: list[Tok], mid_sentence: bool = False) -> list[Tok]:
    """Drop leading function words (``The``, ``However``...).

    Mid-sentence, a capitalised ``Old``/``New``/``Young``... is part of the name (``the
    Old Bailey``); at a sentence start it may be an ordinary adjective.
    """
    while seg:
        low = seg[0].text.lower()
        if low not in R.FUNCTION_WORDS:
            break
        if low in R.SOFT_STARTERS and (
            (mid_sentence and len(seg) > 1) or gaz_label(" ".join(t.text for t in seg))
        ):
            break
        last = next((t.text for t in reversed(seg) if t.text not in CONNECTORS), "")
        if seg[0].text == "The" and len(seg) > 1 and last in R.PRESS_HEADS:
            break  # "The Times", "The Sunday Telegraph": the paper's name keeps its "The"
        if mid_sentence and _keeps_the(seg):
            break  # "protege The Drift", "What about The Lanterns": part of the name
        if mid_sentence and _given_function_word(seg):
            break  # "songs by Will Tarrant": a given name, not the modal verb
        seg = seg[1:]
    return seg


def _given_function_word(seg: list[Tok]) -> bool:
    """A capitalised function word in mid-sentence that is a given name before a family
    name (``Will Tarrant``, ``Can Dervin``): the modal verb is never capitalised there."""
    if len(seg) < 2:
        return False
    gz = gazetteer()
    return seg[0].text in gz.given and seg[1].text in gz.surnames


def _keeps_the(seg: list[Tok]) -> bool:
    """Is a capital ``The`` in mid-sentence part of the name that follows it?

    Writers only capitalise ``The`` inside a sentence when it belongs to a name (bands,
    works, stage names: ``The Lanterns``). Not before a known place (``The Hague`` is in
    the gazetteer with its article, ``The Gambia`` without), a title (``The President``)
    or a function word.
    """
    if seg[0].text != "The" or len(seg) < 2:
        return False
    rest = seg[1:]
    head = rest[0].text
    if head.lower() in R.FUNCTION_WORDS or head in R.PERSON_TITLES or head in R.TITLE_HEADS:
        return False
    return gaz_label(" ".join(t.text for t in rest)) is None


@dataclass(slots=True)
class Run:
    toks: list[Tok]
    initial: bool
    heading: bool


def find_runs(text: str, numeric: list[Cand]) -> list[Run]:
    """Capitalised runs, cut where a numeric mention (e.g. a month name) sits inside."""
    heading_spans: list[tuple[int, int]] = []
    pos = 0
    for block in text.split("\n\n"):
        if _is_heading(block):
            heading_spans.append((pos, pos + len(block)))
        pos += len(block) + 2
    num_starts = [c.start for c in numeric]
    h_idx, n_head = 0, len(heading_spans)
    runs: list[Run] = []
    append = runs.append
    initial_at = _sentence_initial
    for m in P.RUN_RE.finditer(text):
        s, e = m.span()
        heading = False
        if n_head:
            while h_idx < n_head and heading_spans[h_idx][1] < s:
                h_idx += 1
            heading = h_idx < n_head and heading_spans[h_idx][0] <= s
        k = bisect_right(num_starts, e)
        if not k or numeric[k - 1].end <= s:  # sorted, non-overlapping: nothing inside
            if " " not in (word := m.group()):
                append(Run([Tok(word, s, e)], initial_at(text, s), heading))
                continue
            hits: list[Cand] = []
        else:
            hits = [c for c in numeric[max(0, k - 3) : k] if c.start < e and s < c.end]
        group: list[Tok] = []
        for t in tokens(text, s, e):
            if any(c.start < t.end and t.start < c.end for c in hits):
                if group:
                    runs.append(Run(group, _sentence_initial(text, group[0].start), heading))
                group = []
            else:
                group.append(t)
        if group:
            runs.append(Run(group, _sentence_initial(text, group[0].start), heading))
    return _number_led(text, _join_title_offices(text, runs))


_NUMBER_CAP_RE = re.compile(r"(?<![\w,.£$€-])(\d{1,3}) (?=[A-Z])")
_DIGITS_CAP_RE = re.compile(r"\d(?=\d{0,2} [A-Z])")  # where such a number can start
_NUMBER_LED_MIN = 3


def _number_led(text: str, runs: list[Run]) -> list[Run]:
    """``40 Volt``: a number before a capitalised singular word is part of a name when the
    article repeats that exact pair (three times or more). Plurals (``3 Oscars``), acronyms
    (``25 EU states``) and places are left alone; so are one-off pairs."""
    starts = (m.start() for m in _DIGITS_CAP_RE.finditer(text))
    numbers = {m.end(): m for m in matches_at(_NUMBER_CAP_RE, text, starts)}
    if not numbers:
        return runs
    counts: dict[str, int] = {}  # each pair is counted once: a long text has many numbers
    for i, run in enumerate(runs):
        first = run.toks[0]
        m = numbers.get(first.start)
        if m is None or not _numberable(first.text):
            continue
        pair = f"{m.group(1)} {first.text}"
        if pair not in counts:
            counts[pair] = text.count(pair)
        if counts[pair] >= _NUMBER_LED_MIN:
            num = Tok(m.group(1), m.start(1), m.end(1))
            initial = _sentence_initial(text, num.start)
            runs[i] = Run([num, *run.toks], initial, run.heading)
    return runs


def _numberable(word: str) -> bool:
    """Can ``word`` follow a number inside a name (singular, not an acronym or a place)?"""
    return (
        word[1:].islower()
        and not word.endswith("s")
        and gaz_label(word) is None
        and word not in P.WEEKDAYS
    )


def _join_title_offices(text: str, runs: list[Run]) -> list[Run]:
    """``the US Trade Representative's Office``, ``the Prime Minister's Office``: an office
    named after a post is one organisation, across the possessive that ends a run."""
    if "s Office" not in text and "s Department" not in text:
        return runs
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(run.toks) == 1
            and run.toks[0].text in R.POSSESSED_OFFICES
            and prev.toks[-1].text in R.TITLE_HEADS
            and text[prev.toks[-1].end : run.toks[0].start] in ("'s ", "’s ")
        ):
            last = prev.toks[-1]
            joined = Tok(text[last.start : last.end + 2], last.start, last.end + 2)
            out[-1] = Run([*prev.toks[:-1], joined, run.toks[0]], prev.initial, prev.heading)
            continue
        out.append(run)
    return out
