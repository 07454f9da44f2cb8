"""The subject of a clause, read without a parser: the words before its first verb, and who
speaks in a participle clause (``..., adding: "``). Helpers of :mod:`byline.core.quotes.cues`."""

from __future__ import annotations

import re

from byline.core.quotes.grammar import PREPOSITIONS
from byline.core.quotes.lexicon import FUNCTION_WORDS, ROLE_NOUNS, VERB_ALT, VERB_RE
from byline.core.quotes.tokens import is_role_noun

__all__ = ["WHO_BEFORE_RE", "participle_subject", "sentence_subject"]

_NAME_GLUE = frozenset({"of", "for", "at", "and", "de", "van", "von", "der", "den", "du", "di"})


#: Pronouns that are a clause's whole subject.
_SUBJECT_PRONOUNS = frozenset(("He", "She", "It", "They", "We", "I"))


def sentence_subject(clause: str) -> str:
    """The subject words that open a clause: up to its first verb.

    ``The Green Party said the Budget was ...`` -> ``The Green Party``; ``Lee paid tribute to
    Roe`` -> ``Lee``; ``A spokesman for Acme Bank urged ...`` -> ``A spokesman for Acme Bank``.
    Without a parser, the verb is the first lowercase word after a capitalised name word that
    does not glue two name parts (``of``, ``for``, ``de``), or an auxiliary or ``-ed`` verb.
    """
    tokens = clause.split()
    if len(tokens) > 1 and tokens[0] in _SUBJECT_PRONOUNS and tokens[1][:1].islower():
        return tokens[0]  # "He said that ...": the pronoun is the whole subject
    if _fronted_modifier(tokens) and "," in clause:
        # "Shivering in the cold, the actress joked": the subject follows the fronted phrase.
        return sentence_subject(clause.split(",", 1)[1])
    for i, tok in enumerate(tokens):
        if i == 0 or not tok[:1].islower():
            continue
        prev = tokens[i - 1]
        after_name = prev[:1].isupper() and prev not in FUNCTION_WORDS
        if after_name and _described_name_follows(tokens, i):
            continue  # "Telecom analysts Velquest welcomed": a description, then the name
        if (after_name and tok not in _NAME_GLUE and tok not in ROLE_NOUNS) or re.fullmatch(
            r"[a-z]+ed|has|had|was|is|were|are|will|would", tok
        ):
            return " ".join(tokens[:i])
    return " ".join(tokens)


#: Words after a fronted adverb or participle (``Similarly there``, ``Shivering in``).
_AFTER_FRONTED = frozenset({"there", "the", "a", "an", "his", "her", "their", "its"})


def _fronted_modifier(tokens: list[str]) -> bool:
    """Whether a clause opens with an adverb or a participle (``Similarly``, ``Shivering``),
    no given name or surname of the entity recogniser's lists (an adverb a common English
    word), before a preposition or a determiner: a modifier fronted before the subject,
    never the subject itself."""
    if len(tokens) < 2 or not re.fullmatch(r"[A-Z][a-z]+(?:ly|ing)", tokens[0]):
        return False
    if tokens[1] not in _AFTER_FRONTED and tokens[1] not in PREPOSITIONS:
        return False
    from byline.core.entities.gazetteer import gazetteer

    gz = gazetteer()
    word = tokens[0]
    if word in gz.given or word in gz.surnames:
        return False
    return word.lower() in gz.common or word.endswith("ing")


def _described_name_follows(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i:]`` open with up to three lowercase words ending with a role noun
    (``analysts``, ``service provider``), an optional abbreviation in brackets, then a
    capitalised name: the words describe that name, they are no verb."""
    j = i
    while j < len(tokens) and j < i + 3 and tokens[j].isalpha() and tokens[j].islower():
        if VERB_RE.fullmatch(tokens[j]) or tokens[j].endswith("ed"):
            return False
        j += 1
    if j == i:
        return False
    last = tokens[j - 1]
    if not is_role_noun(last[:-1] if last.endswith("s") else last):
        return False
    if j < len(tokens) and re.fullmatch(r"\([A-Z]{2,}\)", tokens[j]):
        j += 1
    return j < len(tokens) and tokens[j][:1].isupper()


#: A speech verb with its subject right before a participle: ``..., he said, adding``.
_FINITE_BEFORE_RE = re.compile(
    rf"(?:^|[\s,])(?P<s>(?i:he|she)|[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){{0,3}})"
    rf"\s+(?:{VERB_ALT})\s*,?\s*$"
)
#: A subject and its speech verb anywhere in a clause (``In a statement, he said``).
_FINITE_RE = re.compile(
    rf"(?:^|[\s,])(?P<s>(?i:he|she)|[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){{0,3}})"
    rf"\s+(?:{VERB_ALT})\b"
)
#: ``with`` and a name right before a participle: the participle's subject (``with Jo Roe``).
_WITH_SUBJECT_RE = re.compile(
    r"\bwith[ \t]+(?P<s>(?:[A-Z][\w.'’\-]*[ \t]+){0,3}[A-Z][\w'’\-]*)[ \t]*$"
)
#: A name and a relative clause about it: ``Jo Roe, who ...``; ``s`` is the name.
_WHO_RE = re.compile(r"(?P<s>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3}),?[ \t]+who\b")
#: ``Jo Roe, who`` right before a speech verb.
WHO_BEFORE_RE = re.compile(_WHO_RE.pattern + r"\s*$")


def participle_subject(subj_span: str, lo: int) -> tuple[str, int]:
    """Who speaks in ``..., adding: "``, as ``(subject words, offset)``: the subject of a
    speech verb right before the participle (``..., he said, adding``), else the subject of
    the sentence; when that names
    nobody, the name a relative clause is about (``This echoed Jo Roe, who ..., calling it
    "..."``), else the subject of the clause's first speech verb (``In a statement, he said
    ..., saying``)."""
    finite = _FINITE_BEFORE_RE.search(subj_span)
    if finite is not None:
        return finite.group("s"), lo + finite.start("s")
    absolute = _WITH_SUBJECT_RE.search(subj_span)
    if absolute is not None:
        # "..., with Mr Roe stressing that": the participle's own subject is named before it.
        return absolute.group("s"), lo + absolute.start("s")
    # Up to the first comma, dash or aside; a bracketed abbreviation (``(ISP)``) stays.
    m = re.match(r"\s*((?:[^,\-—–(]|\([A-Z]{2,}\))+)", subj_span)
    subject = sentence_subject(m.group(1) if m else "")
    if all(w in FUNCTION_WORDS or not w[:1].isupper() for w in subject.split()):
        who = list(_WHO_RE.finditer(subj_span))
        if who:
            return who[-1].group("s"), lo + who[-1].start("s")
        finite = _FINITE_RE.search(subj_span)
        if finite is not None:
            # "In a statement, he said X was "...", saying:": the main clause's speaker.
            return finite.group("s"), lo + finite.start("s")
    return subject, lo
