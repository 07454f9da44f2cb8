"""Cues outside a quotation's own sentence: the sentence before it, or the end of the sentence
after a fragment.

All functions work on the masked article (:func:`byline.core.quotes.cues.mask_quotes`).

* :func:`late_cue`: ``Women were "enticed" with gifts, the affidavit said.``;
* :func:`intro_cue`: ``Smith said that ...`` as the sentence before a quotation;
* :func:`reported_before`: the attribution of the sentence before a position;
* :func:`label_cue`: a speaker's name as a label before a colon (``- Acme boss Jo Roe: "``,
  an interview's ``Mr Roe: "``), with no verb; :func:`paragraph_label`: the label opening
  an interview's answer, whose ``I`` is the person labelled.
"""

from __future__ import annotations

import re

from byline.core.quotes.clauses import participle_subject, sentence_subject
from byline.core.quotes.cues import Cue, Subject, sentence_end, sentence_start
from byline.core.quotes.lexicon import CLAUSE_WORDS, PRONOUNS, VERB_ALT
from byline.core.quotes.model import RawQuote, word_count

__all__ = ["intro_cue", "label_cue", "late_cue", "paragraph_label", "reported_before"]

_LATE_RE = re.compile(
    rf",\s*(?:(?P<subj>[^,\"“”;:\n]{{1,60}}?)\s+(?:also\s+|has\s+|had\s+)?(?P<verb>{VERB_ALT})"
    rf"|(?P<iverb>{VERB_ALT})\s+(?P<isubj>[^,\"“”;:.\n]{{1,60}}))\s*(?=[,.!?…]|$)",
    re.IGNORECASE,
)


def late_cue(masked: str, r: RawQuote) -> Cue | None:
    """A cue closing the sentence after a fragment, not next to it: ``Women were "enticed"
    with gifts, the affidavit said.`` / ``..., said Jo Roe.``"""
    if not r.closed:
        return None
    begin = r.end + 1
    stop = sentence_end(masked, begin)
    rest = masked[begin:stop]
    if masked[r.end - 1 : r.end] in (".", "!", "?", "…") and rest.lstrip()[:1].isupper():
        return None  # the quotation closed its sentence: the next sentence is not its cue
    found = None
    for m in _LATE_RE.finditer(rest):
        found = m
    if found is None:
        return None
    if found.group("iverb"):
        span = (begin + found.start("iverb"), begin + found.end("isubj"))
        return Cue(Subject(found.group("isubj"), begin, inverted=True), span)
    subj = found.group("subj")
    if subj.split()[:1] and subj.split()[0].lower() in CLAUSE_WORDS:
        return None
    span = (begin + found.start("subj"), begin + found.end("verb"))
    return Cue(Subject(subj, begin), span)


def intro_cue(masked: str, r: RawQuote) -> Cue | None:
    """A reported-speech sentence just before a quote that opens a sentence: ``Smith said that
    ...`` / ``..., says Smith.`` / ``..., Smith added.``"""
    sent_lo = sentence_start(masked, r.open_mark)
    if masked[sent_lo : r.open_mark].strip():
        return None
    return reported_before(masked, sent_lo)


def reported_before(masked: str, pos: int) -> Cue | None:
    """The attribution of the sentence ending before ``pos`` when it reports speech: a subject
    and speech verb opening it (``Smith said that ...``) or closing it (``..., Smith added.``,
    ``..., says Smith.``). ``None`` when it holds a quotation or no such attribution."""
    end = pos
    while end > 0 and masked[end - 1].isspace():
        end -= 1
    if end <= 0:
        return None
    prev_lo = sentence_start(masked, end - 1)
    prev = masked[prev_lo:end]
    if '"' in prev:
        return None
    m = _REPORT_LEAD_RE.match(prev)
    if m is not None:
        subj = m.group("subj")
        if subj[:1].isupper() and sentence_subject(subj) == subj.strip() and word_count(subj) <= 8:
            span = (prev_lo + m.start("subj"), prev_lo + m.end("verb"))
            return Cue(Subject(subj, prev_lo), span)
    aside = _ASIDE_CUE_RE.match(prev)
    if aside is not None and (aside.group("subj")[:1].isupper() or aside.group("subj") in PRONOUNS):
        # "The Greys, he said, can fix the roads.": the attribution in commas.
        span = (prev_lo + aside.start("subj"), prev_lo + aside.end("verb"))
        return Cue(Subject(aside.group("subj"), prev_lo + aside.start("subj")), span)
    inv = _INVERTED_ASIDE_CUE_RE.match(prev)
    if inv is not None and inv.group("subj")[:1].isupper():
        # "Instead, said Mr Roe, the plan failed.": the speaker after the verb in commas.
        span = (prev_lo + inv.start("verb"), prev_lo + inv.end("subj"))
        return Cue(Subject(inv.group("subj"), prev_lo + inv.start("subj"), inverted=True), span)
    late = max(_LATE_RE.finditer(prev), key=lambda m: m.start(), default=None)
    if late is None or prev[late.end() :].strip(" .!?…"):
        return None
    if late.group("iverb") and late.group("iverb").lower().endswith("ing"):
        # "Jo Roe made light of it, saying it showed resilience.": the participle's
        # subject is the sentence's, never the clause after it.
        subj, at = participle_subject(prev[: late.start()], prev_lo)
        span = (prev_lo + late.start("iverb"), prev_lo + late.end("iverb"))
        return Cue(Subject(subj, at), span)
    first = late.group("isubj").split()[:1] if late.group("iverb") else []
    if first and first[0].lower() in PRONOUNS:
        # "Jo Roe, who ran the study, said she was shocked.": a reported clause after the
        # verb, whose subject is the words before it.
        span = (prev_lo + late.start("iverb"), prev_lo + late.end("iverb"))
        return Cue(Subject(prev[: late.start()], prev_lo), span)
    if late.group("iverb"):
        span = (prev_lo + late.start("iverb"), prev_lo + late.end("isubj"))
        return Cue(Subject(late.group("isubj"), prev_lo + late.start(), inverted=True), span)
    subj = late.group("subj")
    if subj.split()[:1] and subj.split()[0].lower() in CLAUSE_WORDS:
        return None
    span = (prev_lo + late.start("subj"), prev_lo + late.end("verb"))
    return Cue(Subject(subj, prev_lo + late.start()), span)


_ASIDE_CUE_RE = re.compile(
    rf"[^,\"]{{1,80}},\s*(?P<subj>[^,\"]{{1,40}}?)\s+(?P<verb>{VERB_ALT}),", re.IGNORECASE
)
_INVERTED_ASIDE_CUE_RE = re.compile(
    rf"[^,\"]{{1,80}},\s*(?P<verb>{VERB_ALT})\s+(?P<subj>[A-Z][^,\"]{{0,40}}?),", re.IGNORECASE
)
_REPORT_LEAD_RE = re.compile(
    rf"\s*(?P<subj>[^,.;:\"]{{1,80}}?)\s+(?:also\s+|has\s+|had\s+)?(?P<verb>{VERB_ALT})\b"
)


#: A label line: a name (with its title) and a colon at the start of a line or a sentence.
_LABEL_RE = re.compile(
    r"(?:^|\n|[.!?\"”][ \t]+)[ \t]*(?:[\-–—•*][ \t]*)?"
    r"(?P<subj>(?:[A-Za-z][\w.'’\-]*[ \t]+){0,5}[A-Z][\w.'’\-]*)[ \t]*:[ \t]*$"
)


_LABEL_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "of", "from", "in", "on", "at", "by", "for", "to", "with"}
)
"""Words a speaker's label (a name, a title, a role) never holds."""


def label_cue(masked: str, r: RawQuote) -> Cue | None:
    """A speaker's name written as a label before the quotation's colon, with no verb
    (``- Acme boss Jo Roe: "..."``, ``Mr Roe: "..."`` in an interview), or ``None``."""
    lo = max(0, r.open_mark - 120)
    m = _LABEL_RE.search(masked, lo, r.open_mark)
    if m is None or _LABEL_FUNCTION_WORDS.intersection(m["subj"].lower().split()):
        return None  # "Headline from the Daily Post:" names a source's words, not a speaker
    at = m.start("subj")
    return Cue(Subject(m["subj"], at), (at, m.end("subj")))


#: A label opening a paragraph: ``Jo Roe: ...`` / ``Mr Roe: ...`` (an interview's answer).
_PARA_LABEL_RE = re.compile(r"[ \t]*(?P<subj>(?:[A-Z][\w.'’\-]*[ \t]+){0,3}[A-Z][\w.'’\-]*):[ \t]")
#: A first-person subject in the words before a quotation (``... my book, I called them``).
_FIRST_PERSON_RE = re.compile(r"(?:^|[\s,;])I[ \t]+(?:[a-z]+[ \t]+){0,3}[a-z]+[^.!?]*$")


def paragraph_label(masked: str, r: RawQuote) -> Cue | None:
    """The speaker label opening the paragraph of a quotation whose clause has ``I`` as its
    subject (``Jo Roe: ... I called them "..."``): in an interview the labelled person says
    it. ``None`` when the paragraph has no label or the clause no ``I``."""
    lo = sentence_start(masked, r.open_mark)
    if _FIRST_PERSON_RE.search(masked, lo, r.open_mark) is None:
        return None
    para = masked.rfind("\n\n", 0, r.open_mark)
    para = para + 2 if para >= 0 else 0
    m = _PARA_LABEL_RE.match(masked, para, r.open_mark)
    if m is None:
        return None
    at = m.start("subj")
    return Cue(Subject(m["subj"], at), (at, m.end("subj")))
