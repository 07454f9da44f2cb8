"""Pronoun resolution for speaker attribution: ``he said`` -> the person meant.

Walk back sentence by sentence from the cue (at most four sentences, one more for each sentence
whose subject is the same pronoun). In each sentence the candidates are the speakers of
quotations ending there and the people named as *subjects*: people named only as objects
(``tipped Smith``), after a preposition (``of Smith``) or inside
the clause reported by a speech verb (``he said Smith was ...``) are skipped. Candidates must not
contradict the pronoun's gender (from honorifics). Possessives (``Smith's film``) count only when
the sentence names nobody else.

The nearest sentence with a candidate gives the speaker: a quoted speaker first, then a person
who is the subject of a speech or attitude verb (``Smith, who ..., believes``, or ``..., says
Smith, an economist.`` with the name after its verb), then the first subject. A name after a
copula (``The director is Smith``) is a subject, not an object. A sentence whose subject is the
same pronoun (``But he predicted ...``) names no antecedent (its other names are objects or
asides): it is passed over and extends the window by one sentence. A sentence whose subject is an
unnamed spokesperson (``A spokesman for Acme told ...``) gives that spokesperson's organisation, or
nobody (GUIDELINES §4.4). Otherwise ``None``.

Tried and dropped: preferring a farther sentence with a speech verb over a nearer one whose subject
is not speaking (``Jones thanked fans ... He added: "..."`` is Jones): it broke two tuning cases.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from byline.core.quotes.cues import sentence_start
from byline.core.quotes.descriptions import is_person_description
from byline.core.quotes.lexicon import VERB_RE, words
from byline.core.quotes.names import NameResolver
from byline.core.quotes.reporting import inverted_subject, speaks, speech_subject
from byline.core.quotes.sources import spokesperson_org

__all__ = ["Done", "resolve_object_pronoun", "resolve_pronoun"]

#: An attributed quotation: ``(open mark offset, end offset, speaker)``. The attributor keeps
#: them in document order, so their ends increase (quotations never overlap).
Done = tuple[int, int, str | None]

_SUBJECT_PRONOUN_RE = re.compile(
    r"[\W_]*(?:(?:but|and|so|yet|then|meanwhile|however|now|while|when|as|although|though|after"
    r"|if|because|since)\W+){0,2}(?P<p>he|she)\b",
    re.IGNORECASE,
)
#: Text before a verb that is nothing but a quotation (``"...," said X``: X follows the verb).
_ONLY_QUOTE_RE = re.compile(r"[\sQ\"“”„«»'’,.!?…—–\-]*")
_WINDOW = 4


def _candidates(
    masked: str,
    res: NameResolver,
    done: Sequence[Done],
    start: int,
    end: int,
    prep: bool = False,
) -> list[tuple[int, str, bool | None]]:
    """``(pos, name, quoted)`` candidates of ``masked[start:end]`` in order; ``quoted`` is
    ``None`` for a possessive mention (``Smith's plan``). People named after a preposition
    count only with ``prep`` (the fallback pass)."""
    out: list[tuple[int, str, bool | None]] = []
    for qopen, qend, spk in _ending_from(done, start):
        if qend <= end and spk:
            out.append((qopen, spk, True))
    sent = masked[start:end]
    verb = VERB_RE.search(sent)
    inverted = verb is not None and _ONLY_QUOTE_RE.fullmatch(sent[: verb.start()]) is not None
    for m in res.mentions(start, end):
        speaker = (
            # "members of Ferrow said": the preposition's object is not the verb's subject.
            speech_subject(masked, m.pos, end) and not m.prep
        ) or inverted_subject(masked, start, m.pos)
        if ((m.obj and not m.prep) or (m.prep and not prep)) and not speaker:
            continue
        if _aside(masked, start, m.pos):
            continue  # "(Photo by Jo Roe/Acme Images)": a credit or an aside, never a subject
        if verb is not None and m.pos >= start + verb.end() and not speaker:
            gap = masked[start + verb.end() : m.pos]
            if not inverted or "," in gap or len(gap.split()) > 3:
                continue  # inside the reported clause: "he said Smith was ..."
        out.append((m.pos, m.name, False) if not m.poss else (m.pos, m.name, None))
    return sorted(out, key=lambda c: c[0])


def _ending_from(done: Sequence[Done], start: int) -> Sequence[Done]:
    """The quotations of ``done`` that end at or after ``start``: a sentence's, read back
    from a cue, are the last few of the article's quotations so far."""
    return done[bisect_left(done, start, key=lambda quote: quote[1]) :]


def _caption_start(masked: str, pos: int) -> int | None:
    """Start of the paragraph holding ``pos`` when it is a photo caption (it has a credit:
    ``(Photo by ...)``, ``©``, ``Photograph:``), else ``None``."""
    lo = masked.rfind("\n\n", 0, pos) + 1
    hi = masked.find("\n\n", pos)
    para = masked[lo : hi if hi >= 0 else len(masked)]
    return lo if _CREDIT_RE.search(para) else None


_CREDIT_RE = re.compile(r"©|\((?:Photo|Picture|Image)s?\s+(?:by|credit)\b|\bPhotograph:", re.I)


def _aside(masked: str, start: int, pos: int) -> bool:
    """Whether ``pos`` is inside parentheses opened in its sentence, or right after ``/``
    or ``©`` (a photo credit)."""
    before = masked[start:pos]
    return before.count("(") > before.count(")") or before.rstrip()[-1:] in ("/", "©")


def resolve_pronoun(
    masked: str, res: NameResolver, done: Sequence[Done], pos: int, gender: str | None
) -> str | None:
    """The person a ``he``/``she`` cue at ``pos`` refers to, or ``None``.

    A first pass takes subjects only; when the whole window names no subject, a second pass
    also accepts people named after a preposition (``the choice of Smith. He said``).

    Args:
        masked: The masked article.
        res: Name resolver of the article.
        done: Quotations attributed so far.
        pos: Offset of the cue; only text before it is read.
        gender: ``"m"`` or ``"f"``; ``None`` for a description of a person (``the
            29-year-old``), which any person may be.
    """
    found = _walk(masked, res, done, pos, gender, prep=False)
    if found is None:
        found = _walk(masked, res, done, pos, gender, prep=True)
    return found or None  # "": an unnamed spokesperson of no named organisation


def resolve_object_pronoun(
    masked: str, res: NameResolver, done: Sequence[Done], pos: int, gender: str
) -> str | None:
    """The person an object pronoun (``leading him to quip``) at ``pos`` refers to.

    An object pronoun is not the subject of its own sentence: the first person named after a
    preposition before it (``gave the prize to Smith, leading him to``), else the nearest person
    named as a verb's object, else the usual pronoun resolution.
    """
    start = sentence_start(masked, pos)
    mentions = [
        m
        for m in res.mentions(start, pos)
        if not m.poss and res.gender.get(m.name.split()[-1], gender) == gender
    ]
    preps = [m for m in mentions if m.prep]
    if preps:
        return preps[0].name
    objs = [m for m in mentions if m.obj]
    if objs:
        return objs[-1].name
    return resolve_pronoun(masked, res, done, pos, gender)


#: A sentence whose subject is an unnamed spokesperson (``But a spokesman for Acme told``,
#: ``A Department for Kites spokeswoman said``).
_SPOKES_SUBJECT_RE = re.compile(
    r"[\W_]*(?:(?i:but|and|however|meanwhile|later),?\s+)?"
    r"(?P<span>(?i:a|an|the)\s+(?:[A-Z][\w&'’\-]*\s+(?:(?:for|of|and)\s+(?=[A-Z]))?){0,5}"
    r"(?:[a-z\-]+\s+){0,2}?"
    r"(?P<head>spokesman|spokeswoman|spokesperson)"
    r"(?:\s+(?:for|of|at)\s+(?:the\s+)?[A-Z][\w&'’\-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&'’\-]*)*)?)"
)
_SPOKES_GENDER = {"spokesman": "m", "spokeswoman": "f", "spokesperson": None}


def _same_pronoun(sent: str, gender: str | None) -> bool:
    """Whether ``sent`` opens with a subject pronoun the cue's pronoun can be."""
    pron = _SUBJECT_PRONOUN_RE.match(sent)
    if pron is None:
        return False
    said = "f" if pron.group("p").lower() == "she" else "m"
    return gender is None or said == gender


#: Words that open a fronted adverbial clause or phrase (``After Roe left, he said``): the
#: pronoun after its comma may be that clause's subject.
_FRONTED = words(
    "after although as because before despite during following for from if in once since "
    "though unless until when whenever where while with without asked speaking having at on"
)


def _reports_clause(sent: str) -> bool:
    """Whether the words before a pronoun cue are the clause it reports: its sentence opens
    with a subject (not a fronted clause) and the pronoun follows a comma or a quotation
    (``Mr X's plan was "...", he added``, ``Mr X has failed, he claimed``)."""
    first = sent.split(maxsplit=1)[:1]
    if not first or first[0].lower().strip(",") in _FRONTED:
        return False
    return sent.rstrip().endswith((",", '"', "”"))


#: A description of a person as a clause's subject: at the sentence's start or after ``, but``.
_DESCRIBED_RE = re.compile(
    r"(?:^|,\s+(?:but|and|while|as)\s+|^(?:But|And|Yet)\s+)\s*[Tt]he\s+"
    r"(?P<d>(?:[\w\-]+\s+){0,2}?[\w\-]+)\s+(?=[a-z])"
)


def _described_subject(sent: str) -> tuple[int, str] | None:
    """``(offset, words)`` of a description of one person that is a subject in ``sent``."""
    for m in _DESCRIBED_RE.finditer(sent):
        found = m.group("d").split()
        if found and found[-1].lower() not in _FRONTED and is_person_description(found):
            return m.start("d"), m.group("d")
    return None


def _walk(
    masked: str, res: NameResolver, done: Sequence[Done], pos: int, gender: str | None, prep: bool
) -> str | None:
    end = pos
    budget = _WINDOW
    step = 0
    while step < budget:
        caption = _caption_start(masked, end)
        if caption is not None:
            # A photo caption between the cue and its antecedent: read past it.
            if caption <= 0:
                break
            end = caption - 1
            while end > 0 and masked[end - 1].isspace():
                end -= 1
            continue
        start = sentence_start(masked, end)
        sent = masked[start:end]
        ok = [
            c
            for c in _candidates(masked, res, done, start, end, prep)
            if gender is None or res.gender.get(c[1].split()[-1], gender) == gender
        ]
        spoken = [d[2] for d in _ending_from(done, start)]
        quoted = [c for c in ok if c[1] in spoken]
        if quoted:
            return quoted[0][1]
        if step == 0 and _reports_clause(sent):
            # "Mr X has failed, he claimed": the names of the words a pronoun reports are
            # not what the pronoun refers to; a speaker named before them still is
            # ('Jo Roe said: "...," he said').
            ok = [c for c in ok if speaks(masked, c[0], c[1])]
        spokes = _SPOKES_SUBJECT_RE.match(sent)
        if spokes is not None and _SPOKES_GENDER[spokes.group("head")] in (gender, None):
            # "A spokesman for Acme told ... He said": he is the spokesman, who speaks for Acme
            # (GUIDELINES §4.4), or for nobody named.
            span = spokes.group("span")
            return spokesperson_org(span, span.split(), lambda w: res.named_org(w, pos)) or ""
        if step > 0 and _same_pronoun(sent, gender):
            # "He denied a report about the Acme channel.": the sentence's subject is the
            # pronoun itself, so the people it names are not the antecedent; read further back.
            budget += 1
            ok = []
        plain = [c for c in ok if c[2] is not None]  # possessives only as a last resort
        speaking = [c for c in plain if speaks(masked, c[0], c[1])]
        if speaking:
            return speaking[0][1]
        described = None if step == 0 else _described_subject(sent)
        if described is not None:
            # "The 34-year-old made ...", "..., but the Frenchman has ...": the sentence is
            # about the person the description refers to, named further back.
            held = res.role_lookup(described[1], start + described[0])
            return held or _walk(masked, res, done, start, gender, prep)
        if ok:
            return (plain or ok)[0][1]
        if start <= 0:
            break
        end = start - 1
        while end > 0 and masked[end - 1].isspace():
            end -= 1
        step += 1
    return None
