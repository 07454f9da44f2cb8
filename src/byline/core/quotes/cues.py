"""Attribution cues: where an article says who spoke a quotation.

All functions work on the *masked* article (:func:`mask_quotes`: quoted words replaced by ``Q``,
same length, paragraph breaks kept) so cues are never looked for inside speech. A cue returns the
words naming the speaker as a :class:`Subject`; turning those words into a name is the job of
:mod:`byline.core.quotes.attribution` (with :mod:`byline.core.quotes.names`).

* :func:`after_cue`: ``"...," he said`` / ``"...," said Mr Smith`` / ``according to Smith``;
* :func:`before_cue`: ``Smith said: "..."`` / ``Smith said he wanted to "..."``;
* :func:`continues`: a quotation that directly follows the previous one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from byline.core.quotes.clauses import WHO_BEFORE_RE, participle_subject, sentence_subject
from byline.core.quotes.lexicon import (
    CLAUSE_WORDS,
    FRAGMENT_VERB_RE,
    FUNCTION_WORDS,
    HONORIFICS,
    ORG_HEADS,
    ROLE_WORDS,
    VERB_ALT,
    VERB_RE,
    words,
)
from byline.core.quotes.model import RawQuote, speech_end, word_count
from byline.core.quotes.tokens import is_acronym, is_role_noun, person_part, strip_possessive

__all__ = [
    "Cue",
    "Subject",
    "after_cue",
    "before_cue",
    "continues",
    "head_segment",
    "mask_quotes",
    "sentence_end",
    "sentence_start",
    "sentence_subject",
]

#: A sentence's end; a full stop after one capital letter (not ``I``) that opens a name, after
#: an honorific or a speech verb (``Mr R. Roe``, ``said R. Roe``), is an initial's.
SENT_BOUNDARY_RE = re.compile(
    # The initial's checks run after a mark only (a lookbehind at every offset is slow).
    r"[.!?…]+(?<!\b(?:Mr|Ms|Dr) [A-HJ-Z]\.)(?<!\bMrs [A-HJ-Z]\.)(?<!\b(?:said|says) [A-HJ-Z]\.)"
    r"[\"”’']{0,2}\s+(?=[\"“‘'(]?[A-Z0-9])|\n\s*\n"
)
#: One word of a cue's subject span: no quotation mark, sentence mark or colon, except the
#: full stop of an initial (``said Mr R. Roe``).
_SUBJ_CHAR = r"(?:[^\"“”.!?;:\n]|(?-i:(?<=\b[A-HJ-Z])\.))"


@dataclass(frozen=True, slots=True)
class Subject:
    """Words naming a speaker, as found by a cue.

    Attributes:
        span: The subject words (``he``, ``Mr Smith``, ``the chief executive``).
        pos: Offset used as "now" when resolving (pronouns look before it).
        inverted: Whether the words follow the verb (``said Mr Smith, the ...``).
    """

    span: str
    pos: int
    inverted: bool = False


@dataclass(frozen=True, slots=True)
class Cue:
    """An attribution cue.

    Attributes:
        subject: The speaker words, or ``None`` when the cue names nobody.
        span: ``(start, end)`` offsets of the cue words.
        direct: For a cue before the quote: the verb introduces it immediately.
    """

    subject: Subject | None
    span: tuple[int, int]
    direct: bool = True


def mask_quotes(text: str, raws: Sequence[RawQuote]) -> str:
    chars = list(text)
    for r in raws:
        last = r.end - 1
        while last > r.start and text[last].isspace():
            last -= 1
        # Keep the final sentence mark visible, also behind a nested closing quote (`.'"`).
        keep = last
        while keep > r.start and text[keep] in "'’" and text[keep - 1] in ".!?…'’":
            keep -= 1
        keep_lo = keep if text[keep] in ".!?…" else last + 1
        for i in range(r.start, r.end):
            if chars[i] not in "\n" and not (keep_lo <= i <= last):
                chars[i] = "Q"
        if r.open_mark < len(chars):
            chars[r.open_mark] = '"'
        if r.closed and r.end < len(chars):
            chars[r.end] = '"'
    return "".join(chars)


def sentence_start(masked: str, pos: int) -> int:
    para = masked.rfind("\n\n", 0, pos)
    lo = para + 2 if para >= 0 else 0
    start = lo
    for m in SENT_BOUNDARY_RE.finditer(masked, lo, min(len(masked), pos + 2)):
        if m.end() > pos:
            break
        start = m.end()
    return start


def sentence_end(masked: str, pos: int) -> int:
    m = SENT_BOUNDARY_RE.search(masked, pos)
    return m.start() + 1 if m else len(masked)


AFTER_SUBJ_RE = re.compile(
    rf"^\s*[,—–\-]?\s*(?P<subj>{_SUBJ_CHAR}{{1,160}}?)\s+(?:(?:also|later|then|has|had|"
    rf"have|was|once|previously|simply|just|recently|had\s+earlier)\s+)?"
    rf"(?P<verb>{VERB_ALT}|according to)\b",
    re.IGNORECASE,
)
AFTER_INV_RE = re.compile(
    rf"^\s*[,—–\-]?\s*(?P<verb>{VERB_ALT}|according to)\s+(?P<subj>{_SUBJ_CHAR}+)",
    re.IGNORECASE,
)


def _titled_name(words: list[str]) -> str | None:
    """``the Most Reverend Jo Roe`` / ``Dr Jo Roe``: a title and a personal name of two words
    or more, all capitalised after an optional ``the``; ``None`` otherwise."""
    if words[:1] == ["the"]:
        words = words[1:]
    person = person_part(words)
    if len(person) < 2 or len(words) == len(person) or not all(w[:1].isupper() for w in words):
        return None
    title = words[len(words) - len(person) - 1]
    return " ".join(words) if title in ROLE_WORDS or title in HONORIFICS else None


def head_segment(span: str) -> str:
    """The head noun phrase of a subject span (drops appositives between commas)."""
    span = span.strip()
    if span.endswith(","):
        inner = span[:-1]
        cut = inner.rfind(",")
        if cut >= 0:
            appositive = inner[cut + 1 :].split()
            titled = _titled_name(appositive)
            if titled is not None:
                return titled  # "the Archbishop of X, the Most Reverend Jo Roe, said"
            if (
                appositive
                and appositive[0][:1].isupper()
                and appositive[0] not in FUNCTION_WORDS
                and strip_possessive(appositive[-1]) not in ROLE_WORDS | ORG_HEADS
                and not any(is_acronym(w) for w in appositive)
            ):
                return " ".join(appositive)  # "his lawyer, John Smith, said"
            return inner[:cut].strip()
        return inner.strip()
    if "," in span:
        return span.rsplit(",", 1)[1].strip()
    return span


def after_cue(text: str, masked: str, r: RawQuote) -> Cue | None:
    """Cue in the rest of the sentence after the closing mark."""
    if not r.closed:
        return None
    begin = r.end + 1
    stop = sentence_end(masked, begin)
    if stop <= begin:
        return None
    after = masked[begin:stop]
    if after[:1].strip() and after[:1] not in ",—–-":
        return None
    inner = speech_end(text[r.start : r.end])
    if inner.endswith((".", "…")) and after.lstrip()[:1].isupper():
        return None
    m = AFTER_INV_RE.match(after)
    if m:
        subj = m.group("subj")
        first = subj.split()[0].lower() if subj.split() else ""
        head = subj.split(",")[0].split()
        if m.group("verb").islower() and _named_verb(subj.split(",")[0]):
            # '"...," state prosecutor Jo Roe told Acme News.': the first word modifies a
            # noun; the speech verb is the one after the name, whose subject is the name.
            m = None
        elif (
            m.group("verb").lower() == "according to"
            or subj[:1].isupper()
            or (first in ("the", "a", "an", "his", "her", "its", "their"))
            or (len(head) <= 8 and any(w[:1].isupper() for w in head))
        ):
            span = (begin + m.start("verb"), begin + m.end("subj"))
            return Cue(Subject(subj, begin, inverted=True), span)
    m = AFTER_SUBJ_RE.match(after)
    if m and m.group("subj").split()[:1] and m.group("subj").split()[0].lower() in CLAUSE_WORDS:
        return None
    if m and 1 <= word_count(m.group("subj")) <= 15:
        span = (begin + m.start("subj"), begin + m.end("verb"))
        lo = sentence_start(masked, r.open_mark)
        head = sentence_subject(masked[lo : r.open_mark])
        if m.group("verb").lower().endswith("ing") and head.strip():
            # 'Roe used his lecture to warn against a "..." approach, adding: "': the
            # participle's subject is the sentence's.
            return Cue(Subject(*participle_subject(masked[lo : begin + m.start("verb")], lo)), span)
        if _SHARED_VERB_RE.search(m.group("subj")) and head.strip():
            # 'The Acme Alliance "congratulated" Roe on it, but said ...': the verbs share the
            # sentence's subject, written before the quotation.
            return Cue(Subject(head, lo), span)
        if m.group("subj").split()[0].lower() in _NOT_SUBJECT_OPENERS:
            # 'It was "too early" to predict it, the council said.': the words after the
            # marks go on with a predicate, so the verb found first has no subject there;
            # the cue that closes the sentence (`reported.late_cue`) names the source.
            return None
        return Cue(Subject(m.group("subj"), begin), span)
    return None


#: Words that open a predicate, never a subject: an infinitive, an auxiliary, a copula.
_NOT_SUBJECT_OPENERS = words(
    "to is are was were be been being will would can could should may might must "
    "has have had do does did"
)


def _named_verb(words: str) -> bool:
    """Whether a speech verb follows a capitalised word in ``words`` (``prosecutor Jo Roe
    told``): the name is that verb's subject."""
    verb = VERB_RE.search(words)
    before = words[: verb.start()].split() if verb is not None else []
    return bool(before) and before[-1][:1].isupper()


#: Subject words that end with a conjunction: the verb after them shares an earlier subject.
_SHARED_VERB_RE = re.compile(r"(?:^|[\s,])(?:and|but)$")


def before_cue(masked: str, r: RawQuote, fragment: bool) -> Cue | None:
    """The last speech verb in the sentence before the opening mark, with its subject.

    ``Cue.direct`` tells whether the verb introduces the quote immediately (``said: "``,
    ``said "``). Without a direct verb only a fragment (partial quote) gets a cue.
    """
    lo = sentence_start(masked, r.open_mark)
    before = masked[lo : r.open_mark]
    verbs = list((FRAGMENT_VERB_RE if fragment else VERB_RE).finditer(before))
    if not verbs:
        return None
    v = verbs[-1]
    between = before[v.end() :]
    if '"' in between:
        return None
    aside = (
        _INVERTED_ASIDE_RE.match(between) if before[: v.start()].rstrip().endswith(",") else None
    )
    if aside is not None and (aside["head"] is None or is_role_noun(aside["head"])):
        # 'The plan, says Acme, is to build a "..."', '... which, said Mr Roe, "...': the
        # attribution in commas names the speaker of the clause it interrupts.
        at = lo + v.end() + aside.start("subj")
        cue_span = (lo + v.start(), at + len(aside["subj"]))
        return Cue(Subject(aside["subj"], at, inverted=True), cue_span, not aside["rest"].strip())
    direct = bool(re.fullmatch(r"\s*[:,]?\s*(?:that\s*)?", between)) or (
        between.rstrip().endswith(":") and word_count(between) <= 8
    )
    if not direct and not fragment:
        return None
    if word_count(between) > 25:
        return None
    verb = v.group(0).lower()
    subj_span = before[: v.start()]
    span = (lo + v.start(), lo + v.end())
    inverted = between.strip().rstrip(":").strip()
    agent = _AGENT_RE.match(between) if _PASSIVE_RE.search(subj_span) else None
    if agent is not None:
        # 'The phone was described by Jo Roe as the "...": the passive's agent speaks.
        at = lo + v.end() + agent.start("agent")
        return Cue(Subject(agent.group("agent"), at), (span[0], at + len(agent["agent"])), direct)
    if not subj_span.strip() and direct and inverted[:1].isupper():
        # "Said Mr Roe: "...": the speaker follows the verb.
        return Cue(Subject(inverted, lo, inverted=True), (span[0], span[1] + len(between)), direct)
    if verb.endswith("ing") and not re.search(r"\b(?:was|is|were|are)\s+$", subj_span):
        return Cue(Subject(*participle_subject(subj_span, lo)), span, direct)
    who = WHO_BEFORE_RE.search(subj_span)
    if who is not None:
        # "Jo Roe, who said they were "...": the relative pronoun's antecedent speaks.
        return Cue(Subject(who.group("s"), lo + who.start("s")), span, direct)
    if verb == "according to":
        m2 = re.match(r"\s*([^,.;:]+)", between)
        return Cue(Subject(m2.group(1), lo) if m2 else None, span, direct)
    if re.search(r"\b(?:and|but)\s*$", subj_span):
        earlier = list(VERB_RE.finditer(subj_span))
        if earlier:
            subj_span = subj_span[: earlier[-1].start()]
        elif re.sub(r"[\s,]*\b(?:and|but)\s*$", "", subj_span).strip():
            # "Mr Roe doubted it would work, but added:": the verbs share the sentence's subject.
            subj_span = sentence_subject(subj_span)
    subj_span = re.sub(
        r"\s+(?:also|later|then|has|had|have|was|once|previously|recently|would|will|"
        r"has\s+also|had\s+also|has\s+previously|has\s+since)\s*$",
        "",
        subj_span,
    )
    return Cue(Subject(subj_span, lo + v.start()), span, direct)


#: The speaker after a speech verb inside commas: `` Acme, is to`` / `` Mr Roe, ``.
_INVERTED_ASIDE_RE = re.compile(
    r"[ \t]+(?P<subj>[A-Z][\w.&'’\-]*(?:[ \t]+[A-Z][\w.&'’\-]*){0,4}"
    r"|(?:the|a|an)[ \t]+(?:[\w\-]+[ \t]+){0,2}(?P<head>[a-z][\w\-]*))[ \t]*,(?P<rest>[^\"]*)$"
)
#: A form of "be" closing the words before a verb: the verb is a passive participle.
_PASSIVE_RE = re.compile(r"\b(?:is|was|were|are|been|being|be)\s+(?:[a-z]+ly\s+)?$")
#: The agent of a passive after its verb: ``by Jo Roe as``, ``by the minister:``.
_AGENT_RE = re.compile(r"\s+by\s+(?P<agent>[^,;:\"]{1,60}?)(?:\s+as\b|\s*[,:]?\s*$)")


def continues(masked: str, prev_end: int, r: RawQuote) -> bool:
    """Whether ``r`` directly continues the quotation that ended at ``prev_end``.

    It does when nothing but at most one paragraph break and no other sentence lies between.
    """
    gap = masked[prev_end + 1 : r.open_mark]
    if gap.count("\n\n") > 1:
        return False
    if masked[prev_end - 1 : prev_end] in (".", "!", "?", "…") and gap.lstrip()[:1].isupper():
        return False  # the previous quotation closed its sentence: a new sentence lies between
    boundary = SENT_BOUNDARY_RE.search(gap)
    if boundary is not None and gap[boundary.end() :].strip():
        return False
    return not (boundary is None and gap.strip() and not gap.strip().endswith((".", "!", "?")))
