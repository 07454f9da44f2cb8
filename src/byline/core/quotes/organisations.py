"""Organisations as speakers (GUIDELINES §4.3-4.5): the rules that tell a body from a person
when the words naming a speaker are a party's label, an unnamed source of a named body, or a
description of the article's company.

- :func:`party_name`: ``Labour``, ``The Lib Dems``, ``Ruritanian Labour``: a party written
  with the label words that also stand before a member's name (``Labour MP Jo Roe``), so the
  role index finds no person and the label is the party's name.
- :func:`later_speaking_body`: ``Acme Credit has grown but Acme said it will ...``: the
  body of a later clause's speech verb is nearer a following ``it`` or ``the company`` than
  the sentence's subject.
- :func:`source_org` / :func:`earlier_source_org`: an unnamed source of a named body speaks
  for it (``a Labour source``, ``a source at Acme``, then ``the source``); a source close to
  someone, or of no named body, is nobody (GUIDELINES §4.4).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from byline.core.quotes.lexicon import FUNCTION_WORDS, HONORIFICS, ROLE_WORDS, VERB_ALT, words
from byline.core.quotes.tokens import strip_possessive

__all__ = [
    "PARTY_LABELS",
    "earlier_source_org",
    "later_speaking_body",
    "lower_case_body",
    "party_name",
    "source_org",
]

#: The words of the usual English names of political parties and of their members (the
#: parties of the UK, the US, Ireland and the Commonwealth): ``Labour``, ``Tories``,
#: ``Lib Dems``, ``Republicans``.
PARTY_LABELS: frozenset[str] = words(
    "Conservative Conservatives Democrat Democrats Dem Dems Green Greens Labour Liberal "
    "Liberals Lib Nationalist Nationalists Party Republican Republicans Tory Tories "
    "Unionist Unionists"
)
#: The labels that can close a party's name: the party's own (``Labour``, ``... Party``) or
#: its members in the plural. A member's word in the singular (``Liberal Democrat``,
#: ``Tory``) names one person, whose name a cut subject may have lost.
_PARTY_ENDINGS: frozenset[str] = frozenset(
    w for w in PARTY_LABELS if w.endswith("s") or w in ("Labour", "Party")
)


def party_name(tokens: Sequence[str]) -> str | None:
    """The party a capitalised sequence names when it ends with a party's name or its members
    in the plural and holds no title or honorific (``Lib Dems``, ``Ruritanian Labour``), or
    ``None``."""
    clean = [strip_possessive(t) for t in tokens]
    if not clean or clean[-1] not in _PARTY_ENDINGS:
        return None
    for token in clean:
        if token in PARTY_LABELS:
            continue
        if token in ROLE_WORDS or token in HONORIFICS or token in FUNCTION_WORDS:
            return None
    return " ".join(clean)


#: A body's name: capitalised words, with the small words inside names between them.
_BODY = r"[A-Z][\w&'’\-]*(?:[ \t]+(?:(?:of|for|and|on)[ \t]+)?[A-Z][\w&'’\-]*)*"
#: An unnamed source introduced with the body it speaks for: ``a Labour source``, ``a senior
#: Acme source``, ``a source at the Bank of Ruritania``.
_SOURCE_RE = re.compile(
    rf"\b[Aa]n?[ \t]+(?:[a-z]+[ \t]+)?(?P<pre>{_BODY})[ \t]+(?:[a-z]+[ \t]+)?source\b"
    rf"|\b[Aa]n?[ \t]+(?:[a-z]+[ \t]+)?source[ \t]+(?:at|in|within|inside|from)[ \t]+"
    rf"(?:the[ \t]+)?(?P<post>{_BODY})"
)
#: How far back ``the source`` looks for the source's introduction.
_SOURCE_WINDOW = 2000


def source_org(span: str) -> str | None:
    """The body an unnamed source in ``span`` speaks for (``a Labour source`` -> ``Labour``,
    ``a source at Acme`` -> ``Acme``), or ``None``."""
    found = None
    for m in _SOURCE_RE.finditer(span):
        found = m
    if found is None:
        return None
    name = strip_possessive(found["pre"] or found["post"])
    tokens = name.split()
    while tokens and (tokens[0] in FUNCTION_WORDS or tokens[0] in HONORIFICS):
        tokens = tokens[1:]
    return " ".join(tokens) or None


def earlier_source_org(masked: str, pos: int) -> str | None:
    """The body of the unnamed source introduced last before ``pos``, for a later ``the
    source told the paper`` (the same source); ``None`` when none is near or it named none."""
    intros = list(
        re.finditer(
            r"\b[Aa]n?[ \t][^.!?\"]{0,80}?\bsource\b[^.!?\",]{0,60}",
            masked[max(0, pos - _SOURCE_WINDOW) : pos],
        )
    )
    return source_org(intros[-1].group(0)) if intros else None


#: A later clause of a sentence whose subject is capitalised words before a speech verb
#: (``..., but Acme said``, ``... and the Acme board told``).
_LATER_CLAUSE_RE = re.compile(
    rf"(?:,|\b(?:but|and|while|whereas))[ \t]+(?:the[ \t]+)?(?P<name>{_BODY})[ \t]+"
    rf"(?:has[ \t]+|had[ \t]+|also[ \t]+)?(?:{VERB_ALT})\b"
)


def later_speaking_body(
    masked: str, start: int, end: int, org_like: Callable[[list[str], int], str | None]
) -> str | None:
    """The body named as the subject of the last speech verb of a later clause in the
    sentence ``masked[start:end]`` (``X has grown but Acme said it will ...`` -> ``Acme``), or
    ``None``. ``org_like`` tells whether capitalised words at an offset name an organisation."""
    found = None
    for m in _LATER_CLAUSE_RE.finditer(masked, start, end):
        org = org_like(m["name"].split(), m.start("name"))
        if org is not None:
            found = org
    return found


def lower_case_body(masked: str, head: str, pos: int) -> str | None:
    """The last body written before ``pos`` as ``the``, a capitalised word and lowercase words
    ending with ``head`` (``the Commons kites committee`` for ``the committee``), or ``None``."""
    found = re.findall(
        rf"\b[Tt]he[ \t]+([A-Z][\w'’\-]*(?:[ \t]+[a-z][\w\-]*){{1,5}}?[ \t]+{re.escape(head)})\b",
        masked[:pos],
    )
    return found[-1] if found else None
