"""Organisations as speakers (GUIDELINES §4.3-4.5): the rules that tell a body from a person
when the words naming a speaker are a party's label, an unnamed source of a named body, or a
description of the article's company.

- :func:`party_name`: ``Labour``, ``The Lib Dems``, ``Ruritanian Labour``: a party written
  with the label words that also stand before a member's name (``Labour MP Jo Roe``), so the
  role index finds no person and the label is the party's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from byline.core.quotes.lexicon import FUNCTION_WORDS, HONORIFICS, ROLE_WORDS, words
from byline.core.quotes.tokens import strip_possessive

__all__ = ["PARTY_LABELS", "party_name"]

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
