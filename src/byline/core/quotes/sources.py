"""Sources that are not a named person: documents and unnamed spokespeople.

* :data:`DOCUMENT_RE` / :func:`document_author`: a document speaks for its author
  (``the book, by Jo Roe,`` -> Jo Roe; ``the Varga report`` -> Varga's full name; ``Acme's
  statement`` -> Acme); an unnamed author (``government guidance``) gives ``None``
  (benchmarks/gold/GUIDELINES.md §4, rules 5 and 6).
* :func:`spokesperson_org`: an unnamed spokesperson speaks for the organisation named with
  them (``a spokeswoman for Acme``, ``a Department for Kite Safety spokesman``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from byline.core.quotes.cues import sentence_end, sentence_start
from byline.core.quotes.lexicon import (
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    ORG_HEADS,
    ORG_NOUNS,
    SPOKES_HEADS,
    VERB_RE,
)
from byline.core.quotes.names import NameResolver
from byline.core.quotes.tokens import CAPSEQ_RE, is_org_tokens, strip_possessive

__all__ = [
    "DOCUMENT_RE",
    "document_author",
    "earlier_document_source",
    "earlier_spokesperson_org",
    "spokesperson_org",
]

#: A document as the subject of a speech verb: ``the Varga report``, ``Acme's statement``,
#: ``the book, by Jo Roe and serialised in ...``, ``government guidance``.
DOCUMENT_RE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?"
    r"(?P<mod>(?:[A-Z][\w.'’\-]*\s+){0,4})(?:[a-z][\w\-]*\s+){0,2}"
    rf"(?:{'|'.join(sorted(DOCUMENT_NOUNS))})"
    r"(?:\s*,?\s+(?:\w+\s+)?by\s+(?P<by>[^;]+))?"
)


def document_author(res: NameResolver, document: re.Match[str], pos: int) -> str | None:
    """The author of a document that speaks (``the book, by Jo Roe,``, ``the Varga report``,
    ``Acme's statement``); ``None`` when the text names none (``government guidance``)."""
    by = document.group("by")
    if by:
        by = re.split(r"\s+and\s+|,", by)[0]
        names = [m.group(0) for m in CAPSEQ_RE.finditer(by)]
        return res.canonical(names[-1], pos) if names else None
    tokens = [t for t in document.group("mod").split() if t not in FUNCTION_WORDS]
    if not tokens:
        # "an agency statement": the body named before with that head noun speaks;
        # "government guidance" names no author (GUIDELINES §4, rule 6).
        bodies = [w for w in document.group(0).split()[:-1] if w in ORG_NOUNS - {"government"}]
        return res.named_org(bodies[-1], pos) if bodies else None
    if len(tokens) == 1 and strip_possessive(tokens[0]) in ORG_HEADS:
        return None
    name = res.canonical(" ".join(tokens), pos)
    if name is None:
        return None
    # Only a known person or organisation authors it: "Official guidance" names nobody.
    known = (
        name in res.persons
        or name.split()[-1] in res.person_surnames
        or is_org_tokens(name.split())
        or name in res.expansions.values()
        or any(org == name for _, org in res.orgs)
    )
    return name if known else None


#: The organisation after ``for``/``of``/``at`` in an anonymous source's phrase, with its inner
#: small words (``a spokesman for the Bank of Ruritania``).
_FOR_ORG_RE = re.compile(
    r"\b(?:for|of|at|from)\s+(?:the\s+)?"
    r"([A-Z][\w&'’\-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w&'’\-]*)*)"
)


def spokesperson_org(
    span: str, words: list[str], named_org: Callable[[str], str | None] | None = None
) -> str | None:
    """``a spokeswoman for Acme`` / ``an Acme spokesman`` -> ``Acme``; other anonymous
    sources (``a friend``, ``a source close to the club``) -> ``None``. ``named_org`` maps a
    lower-case word to the organisation the article named with that head word, so ``an
    executive spokeswoman`` speaks for the ``Ruritanian Executive`` named before."""
    lows = [w.lower().strip(",") for w in words]
    at = next((i for i, w in enumerate(lows) if w in SPOKES_HEADS), 0)
    if at == 0:
        return None
    named = [strip_possessive(w) for w in words[1:at]]
    if named and named[0][:1].isupper() and named[-1][:1].isupper():
        return " ".join(named)  # "a Department for Kite Safety spokeswoman"
    if named and named[-1].islower() and named_org is not None:
        org = named_org(named[-1])
        if org is not None:
            return org  # "an executive spokeswoman": the Executive the article named
    named_for = list(_FOR_ORG_RE.finditer(span))
    if named_for:
        return strip_possessive(named_for[-1].group(1))  # "for the Bank of Ruritania"
    seqs = [
        m.group(0)
        for m in CAPSEQ_RE.finditer(span)
        if not all(t in FUNCTION_WORDS for t in m.group(0).split())
    ]
    if not seqs:
        return None
    tokens = seqs[-1].split()
    while tokens and tokens[0] in FUNCTION_WORDS:
        tokens = tokens[1:]
    return strip_possessive(" ".join(tokens)) if tokens else None


#: An unnamed spokesperson introduced with an organisation: ``a Home Office spokesman``,
#: ``a spokeswoman for the Bank of Ruritania``.
_SPOKES_INTRO_RE = re.compile(
    r"\b(?:[Aa]n?)\s+(?:[A-Z][\w&'’\-]*\s+){0,5}(?:[a-z]+\s+)?"
    r"(?:spokesman|spokeswoman|spokesperson)"
    r"(?:\s+(?:for|of|at)\s+(?:the\s+)?[A-Z][\w&'’\-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&'’\-]*)*)?"
)
_SPOKES_WINDOW = 2000


def earlier_spokesperson_org(
    masked: str, pos: int, named_org: Callable[[str], str | None] | None = None
) -> str | None:
    """The organisation of the spokesperson introduced last before ``pos``, for a later ``the
    spokesman said`` (the same person: GUIDELINES §4.4); ``None`` when none is near."""
    intros = list(_SPOKES_INTRO_RE.finditer(masked, max(0, pos - _SPOKES_WINDOW), pos))
    if not intros:
        return None
    span = intros[-1].group(0)
    return spokesperson_org(span, span.split(), named_org)


_DOCUMENT_WINDOW = 1500
#: What comes before the speaker in ``In a statement, the party said``: a phrase and a comma.
_LEADING_PHRASE_RE = re.compile(r"^.*,\s*")


def earlier_document_source(masked: str, noun: str, pos: int) -> tuple[str, int] | None:
    """The source of a document mentioned earlier, for a later ``the statement said``: the
    subject of the speech verb of the sentence that mentions ``a statement`` last before
    ``pos`` (``In a statement, the party said ...``, ``Acme said in a statement``), with its
    offset; ``None`` when no such sentence is near."""
    pattern = re.compile(rf"\b(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+)?{re.escape(noun)}\b")
    found = list(pattern.finditer(masked, max(0, pos - _DOCUMENT_WINDOW), pos))
    if not found:
        return None
    mention = found[-1]
    lo = sentence_start(masked, mention.start())
    hi = min(sentence_end(masked, mention.end()), pos)
    verb = VERB_RE.search(masked, lo, hi)
    if verb is None:
        return None
    subject = _LEADING_PHRASE_RE.sub("", masked[lo : verb.start()]).strip()
    if not subject or noun in subject or '"' in subject:
        return None
    return subject, lo
