"""What ``it``, ``the company`` and ``the 29-year-old`` refer to: the article's organisations and
people named before a cue.

* :func:`nearest_org`: ``it said`` / ``the firm said`` -> the organisation named last as the
  subject of a nearby sentence (an organisation word such as ``Ministry``, an acronym, or a
  single capitalised word that never names a person in the article);
* :func:`is_person_description` tells a description of a person (``the striker``, ``the
  29-year-old``, ``the Olympic champion``) from one of an organisation or a group;
  such a description goes to the nearest person before it, as a pronoun does
  (:func:`byline.core.quotes.pronouns.resolve_pronoun` with no gender);
* :func:`resolve_description` puts these together for one description at a cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from byline.core.quotes.cues import sentence_end, sentence_start, sentence_subject
from byline.core.quotes.descriptions import (
    is_demonym,
    is_org_description,
    is_person_description,
)
from byline.core.quotes.lexicon import (
    ANON_HEADS,
    FUNCTION_WORDS,
    HONORIFICS,
    NATIONALITIES,
    ORG_HEADS,
    PRONOUNS,
    ROLE_WORDS,
    SPOKES_HEADS,
)
from byline.core.quotes.model import literal_finditer
from byline.core.quotes.names import NameResolver
from byline.core.quotes.organisations import (
    earlier_source_org,
    later_speaking_body,
    lower_case_body,
)
from byline.core.quotes.pronouns import Done, resolve_pronoun
from byline.core.quotes.sources import earlier_spokesperson_org, spokesperson_org
from byline.core.quotes.tokens import capseqs, is_acronym, org_of_name, strip_possessive

__all__ = [
    "is_demonym",
    "is_org_description",
    "is_person_description",
    "lead_holder",
    "nearest_org",
    "plural_body",
    "previous_subject_org",
    "resolve_description",
    "spokesperson_of",
]

_WINDOW = 6
#: The plural of an abbreviation for people (``MPs``, ``GPs``, ``CEOs``).
_PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,}s")


def _org_like(res: NameResolver, tokens: list[str], pos: int = -1) -> str | None:
    """The organisation a capitalised sequence at ``pos`` names, or ``None`` (a person, a
    function word)."""
    while tokens and tokens[0] in FUNCTION_WORDS:
        tokens = tokens[1:]
    if not tokens:
        return None
    name = strip_possessive(" ".join(tokens))
    if len(tokens) == 1 and name in ORG_HEADS:
        # "The Institute said" after "the Acme Film Institute": the body named before with
        # that head word; "The Government said": a common noun, no organisation's name.
        named = res.named_org(name, pos) if pos >= 0 else None
        return named if named is not None and " " in named else None
    if any(strip_possessive(t) in ORG_HEADS for t in tokens):
        return name
    if len(tokens) != 1:
        return None
    word = strip_possessive(tokens[0])
    if _PLURAL_ACRONYM_RE.fullmatch(word):
        return None  # "MPs", "GPs": people, not a body
    if word in res.expansions:
        return res.expansions[word]  # "the Acme Trust (AT)": the article defines it
    if is_acronym(word) and len(word) >= 3 and set(word) != {"Q"} and _written(res, word) >= 2:
        # "QVX", "NATO" written twice; two letters are mostly places (US, UK); a run of Q is
        # masked speech.
        return word
    if (
        word in HONORIFICS
        or word in NATIONALITIES
        or word in ROLE_WORDS
        or word.lower() in PRONOUNS
        or word in res.gender
        or word in res.persons
        or len(res.forms.get(word, [])) < 2
        or any(len(full.split()) > 1 for _, full in res.forms.get(word, []))
    ):
        return None  # a person, or a capitalised word seen once (a sentence's first word)
    return word


def _body(res: NameResolver, tokens: list[str], pos: int) -> str | None:
    """:func:`_org_like`, or the name an acronym stands for that the article writes out."""
    if len(tokens) == 1 and is_acronym(tokens[0]):
        return res.bodies.spelled_out(tokens[0]) or _org_like(res, tokens, pos)
    return _org_like(res, tokens, pos)


def _written(res: NameResolver, word: str) -> int:
    """How often ``word`` is written in the article, outside quotation marks."""
    pattern = re.compile(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])")
    return sum(1 for _ in literal_finditer(pattern, res.masked, word))


#: A preposition of place (``in X``, ``across X``) at the end of the text before a word.
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|across|throughout|within)\Z")
#: Words that open a sentence before its subject (``But the firm denied ...``).
_LEAD_RE = re.compile(r"\s*(?:(?:But|And|However|Meanwhile|Yet|So|Now|Instead),?\s+)+")


def _placed(res: NameResolver, word: str) -> bool:
    """Whether the article writes ``word`` (a capitalised word) as a place somewhere (``in
    Iran``): a document-level decision, so ``Iran`` is never the body behind a later ``it
    said``."""
    pattern = re.compile(rf"{re.escape(word)}(?![\w\-'’])")
    return any(
        _after_place_word(res.masked, m.start()) for m in res.capitals.matches(pattern, word)
    )


def _after_place_word(masked: str, at: int) -> bool:
    """Whether a preposition of place and white space come just before ``masked[at]``."""
    start = at
    while start > 0 and masked[start - 1].isspace():
        start -= 1
    return start < at and _PLACE_BEFORE_RE.search(masked, max(0, start - 10), start) is not None


#: The answer of :func:`_subject_org` for a sentence about the same organisation (``it``,
#: ``the firm``): the organisation is named further back.
_SAME = ""


def _subject_org(res: NameResolver, masked: str, start: int, end: int) -> str | None:
    """The organisation that is the subject of the sentence ``masked[start:end]``: a name
    (``Acme said``), an unnamed spokesperson's (``A spokesman for Acme, which ..., said``),
    or :data:`_SAME` when the subject refers back (``But the firm denied ...``, ``It said``);
    ``None`` when the subject is no organisation."""
    clause = masked[start:end]
    lead = _LEAD_RE.match(clause)
    clause = clause[lead.end() :] if lead else clause.lstrip()
    if clause[:1] in ('"', "“"):
        return None  # the sentence opens with a quotation: its cue follows it
    subject = sentence_subject(clause).rstrip(" ,")
    words = subject.split()
    if not words:
        return None
    low = words[0].lower()
    if subject.lower() == "it" or (
        len(words) == 2 and low in ("the", "its") and is_org_description(words[1])
    ):
        return _SAME
    if low in ("a", "an") and any(w.lower() in SPOKES_HEADS for w in words[1:4]):
        return spokesperson_org(subject, words, lambda w: res.named_org(w, start))
    of_org = org_of_name(subject)
    if of_org is not None:
        return of_org  # "The Acme Chambers of Trade welcomed ...": the whole name
    for mstart, mtext in capseqs(subject):
        org = _org_like(res, mtext.split(), start + mstart)
        if org is not None:
            return org
    return None


def nearest_org(res: NameResolver, masked: str, pos: int) -> str | None:
    """The organisation a cue at ``pos`` (``it said``, ``the company said``) refers to.

    Walks back sentence by sentence (at most six). A sentence whose subject is an organisation
    gives it; one whose subject refers back (``the firm``, ``it``) sends the walk further
    back; otherwise the first organisation named in the sentence wins (the subject comes first
    in an English sentence). A single capitalised word counts when the article writes it at
    least twice, never with a first name and never as a place (``in X``).
    """
    end = pos
    for _ in range(_WINDOW):
        start = sentence_start(masked, end)
        later = later_speaking_body(masked, start, end, lambda t, at: _body(res, t, at))
        subject = later or _subject_org(res, masked, start, end)
        if subject:
            return res.full_org(subject)
        if subject is None:
            for _mstart, mtext in capseqs(masked, start, end):
                org = _org_like(res, mtext.split())
                if org is not None and (" " in org or not _placed(res, org)):
                    return res.full_org(org)
        if start <= 0:
            break
        end = start - 1
        while end > 0 and masked[end - 1].isspace():
            end -= 1
    return None


def previous_subject_org(res: NameResolver, masked: str, pos: int) -> str | None:
    """The organisation that is the subject of the sentence before the one at ``pos``
    (``Acme backed the cuts. "...," a spokesman said.``), followed back through ``it`` and
    ``the firm``; ``None`` when that subject is no organisation."""
    start = sentence_start(masked, pos)
    end = start - 1
    while end > 0 and masked[end - 1].isspace():
        end -= 1
    if end <= 0:
        return None
    prev = sentence_start(masked, end)
    subject = _subject_org(res, masked, prev, end)
    if subject == _SAME:
        return nearest_org(res, masked, prev)
    if subject is None:
        # "ZAP backed the cuts.": an acronym as the subject is a body even when written once.
        words = sentence_subject(masked[prev:end].lstrip()).rstrip(" ,").split()
        if len(words) == 1 and is_acronym(words[0]) and len(words[0]) >= 3:
            subject = words[0] if set(words[0]) != {"Q"} else None
    return res.full_org(subject) if subject else None


#: Sentences before ``they`` in which the body it stands for is looked for.
_THEY_WINDOW = 3


def plural_body(res: NameResolver, masked: str, pos: int) -> str | None:
    """The body ``they`` refers to at ``pos`` (``The Greens have promised cuts. They say
    ...`` -> ``Greens``): the subject of a sentence before, written as a capitalised plural
    (a party, a club's fans are lowercase) or an organisation's name. Sentences whose subject
    is a thing (``The rate would be ...``) or ``they`` again are passed over; one whose subject
    is people in lowercase (``Officials claim ...``) or a person ends the search: ``None``."""
    end = pos
    for _ in range(_THEY_WINDOW):
        start = sentence_start(masked, end)
        if start <= 0:
            return None
        end = start - 1
        while end > 0 and masked[end - 1].isspace():
            end -= 1
        start = sentence_start(masked, end)
        clause = masked[start:end]
        lead = _LEAD_RE.match(clause)
        clause = clause[lead.end() :] if lead else clause.lstrip()
        words = sentence_subject(clause).rstrip(" ,").split()
        the = words[:1] == ["The"]
        words = words[1:] if the else words
        if not words or words[0].lower() in ("they", "the", "a", "an", "its", "their"):
            continue
        last = strip_possessive(words[-1])
        if not all(w[:1].isupper() for w in words):
            if last.endswith("s") and not last.endswith("ss") and last.isalpha():
                return None  # "Officials claim ...": people the article does not name
            continue
        name = " ".join(words)
        plural = last.endswith("s") and not last.endswith(("ss", "'s", "’s"))
        if plural and the:
            return name  # "The Liberal Democrats want ...": a party, a group of bodies
        if name in res.persons or last in res.person_surnames:
            return None  # a person
        org = _org_like(res, words)
        return res.full_org(org) if org else None
    return None


def spokesperson_of(res: NameResolver, masked: str, mods: list[str], pos: int) -> str | None:
    """The organisation a definite spokesperson speaks for (GUIDELINES §4.4): ``the council's
    spokesperson`` -> the council named before; ``the spokesman`` -> the organisation of the
    spokesperson introduced last, else the subject of the sentence before."""
    if mods:
        owner = strip_possessive(mods[-1])
        if not owner.islower() or not is_org_description(owner):
            return None
        return res.named_org(owner, pos) or nearest_org(res, masked, pos)
    org = earlier_spokesperson_org(masked, pos, lambda w: res.named_org(w, pos))
    if org:
        return res.expansions.get(org, org)
    return previous_subject_org(res, masked, pos)


#: Sentences after the lead in which the person it describes is looked for.
_LEAD_WINDOW = 4


def lead_holder(res: NameResolver, masked: str, head: str) -> str | None:
    """The person a description (``the agent``, ``the first minister``) refers to when the
    article's first sentence introduced them only by it (``Jo Roe's agent has warned ...``):
    the first person named as a subject in the sentences after it, the news convention of a
    lead that describes and a next paragraph that names. ``None`` otherwise."""
    head = strip_possessive(head).lower()
    lead_end = sentence_end(masked, 0)
    lead = [strip_possessive(w).lower().strip(",") for w in masked[:lead_end].split()]
    if head not in lead:
        return None
    for m in res.mentions(0, lead_end):
        if not m.obj and not m.prep and not m.poss:
            return None  # the lead names its subject: the description is not all it says
    start = lead_end
    for _ in range(_LEAD_WINDOW):
        end = sentence_end(masked, start + 1)
        for m in res.mentions(start, end):
            if not m.obj and not m.prep and not m.poss:
                return m.name
        if end >= len(masked):
            break
        start = end
    return None


_BODY_NAME = r"[A-Z][\w&'’.\-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?[A-Z][\w&'’.\-]*){0,4}"
#: A name in apposition before its description: ``Velcor, the former state`` + head.
_APPOSED_RE = re.compile(rf"({_BODY_NAME}),[ \t]+(?:the|a|an)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}$")
#: A name after its description's head: head + `` Velcor``.
_BODY_AFTER_RE = re.compile(rf"[ \t]+({_BODY_NAME})")


def described_body(res: NameResolver, masked: str, head: str, pos: int) -> str | None:
    """The organisation the article introduced with a description whose head is ``head``,
    last before ``pos``: in apposition (``Velcor, the former state monopoly,``) or before the
    name (``telecoms firm Velcor``); ``None`` when none was."""
    found = None
    for m in re.finditer(rf"\b{re.escape(head)}\b", masked[:pos]):
        before = _APPOSED_RE.search(masked, max(0, m.start() - 120), m.start())
        after = _BODY_AFTER_RE.match(masked, m.end())
        named = before.group(1) if before is not None else after.group(1) if after else None
        if named and named.split()[0] in FUNCTION_WORDS:
            continue  # "In September, the company said": a fronted phrase, no apposition
        if named and named not in res.persons and named.split()[-1] not in res.person_surnames:
            found = res.full_org(strip_possessive(named))
    return found


def resolve_description(
    res: NameResolver, masked: str, done: Sequence[Done], words: list[str], pos: int
) -> str | None:
    """What a definite description at ``pos`` (``the company``, ``the 29-year-old``) refers
    to: the holder of that title named earlier, else the nearest organisation or person it
    can describe; ``None`` when two people hold the title or nothing fits."""
    written = _written_body(res, words) if words and is_org_description(words[-1]) else None
    if written is not None:
        return written  # "the Commons kites committee said"
    found = res.role_lookup(" ".join(words), pos)
    if found is not None or not words:
        return found
    head = words[-1]
    plural = head.endswith("s") and not head.endswith("ss")  # "the feds": a group
    if is_person_description(words) or (
        head.islower() and not plural and not is_org_description(head) and head not in ANON_HEADS
    ):
        found = lead_holder(res, masked, head)
        if found is not None:
            return found
    head = words[-1].lower()
    if head in ("spokesman", "spokeswoman", "spokesperson"):
        return spokesperson_of(res, masked, words[:-1], pos)
    if head == "source":
        return earlier_source_org(masked, pos)  # "the source told the paper"
    if any(r <= pos for r, _, _ in res.roles_with_head(head)):
        return None  # two people hold that title: the text does not say which one
    if is_org_description(words[-1]):
        inner = [w for w in words[:-1] if w[:1].isupper()]
        if inner:
            # "the Acme board", "the 13-strong AXI jury": the body of the organisation named.
            return res.canonical(" ".join(inner), pos) or nearest_org(res, masked, pos)
        body = described_body(res, masked, words[-1].lower(), pos)
        return (
            body or lower_case_body(masked, words[-1].lower(), pos) or nearest_org(res, masked, pos)
        )
    if is_person_description(words):
        return resolve_pronoun(masked, res, done, pos, None)
    return None


def _written_body(res: NameResolver, words: list[str]) -> str | None:
    """A body described in lower case after a capitalised word (``the Commons kites
    committee``): its name as written; a body described all in lower case (``the kites
    commissioner's office``) that the article also writes capitalised: that name. ``None``
    for other descriptions (``the Acme board``, ``the committee``)."""
    if len(words) < 2 or not all(w.islower() for w in words[1:]):
        return None
    if words[0][:1].isupper():
        return " ".join(words) if len(words) > 2 else None
    glue = ("of", "for", "and")
    joined = r"[ \t]+".join(re.escape(w) for w in words)
    pattern = re.compile(rf"(?<![\w\-]){joined}(?![\w\-])", re.IGNORECASE)
    if words[0] in glue or words[0] in " ".join(words[1:]):
        # A match may open in lower case, or inside an earlier match: every match, in order.
        matches: Iterator[re.Match[str]] = pattern.finditer(res.masked)
    else:
        matches = res.capitals.matches(pattern, words[0])
    for m in matches:
        found = m.group(0).split()
        if all(w[:1].isupper() or w in glue for w in found):
            return " ".join(found)
    return None
