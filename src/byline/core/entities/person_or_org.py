"""One decision per article: is a name labelled a person really one?

A name is taken for a person by weak evidence: a speech verb after it (``Halbrooks said``), a
pair of words that looks like a name (``Hollin Marsh``), letters like initials (``KR Hollis``),
a family name from the tables. Organisations are spoken of the same way, so the label is
decided once for the name from all its mentions:

* evidence for a person: a title or honorific before a mention (``Mr``, ``Dr``), a role noun
  before it (``analyst X``), a common given name first in a name of several words, or the
  name being the surname or given name of a longer person's name in the article, or ``, who``
  after a mention;
* evidence for an organisation: the words around a mention that only an organisation has
  (:func:`.evidence.org_context`: ``X's shares``, ``X announced``, ``economist at X``,
  ``X, the software company``), a kind of organisation before it (``analyst firm X``), or the
  name opening a longer organisation name of the article (``KR Hollis`` of ``KR Hollis
  Trust``), or a plural of a role or kind noun right before it (``technology analysts X``:
  a group's name, not a person's), or the mention being an item of a list headed by a
  plural kind of organisation (``firms X, Y and Z``), or its initials following it in
  brackets (``X Y (XY)``, how an organisation's short form is introduced);
A name with no evidence for a person becomes an organisation when there is evidence for one.
A name of several words ending in a plural common noun (``Vell Sisters``) is no person's
either. Otherwise a one-word name that is a common English word labelled a person by no cue at all
(``Day`` of a band's name, ``Sky``) or that follows ``the`` (``the Fed``, ``the Moon``) is
dropped: news introduces a person by full name or with a title or role, and a wrong highlight
costs more than a missed one. The rest is left as it is.
"""

from __future__ import annotations

import re

from byline.core.entities import rules as R
from byline.core.entities.chunks import Cand, prev_word
from byline.core.entities.evidence import founder_name, org_context
from byline.core.entities.gazetteer import gazetteer

__all__ = ["settle_people"]

_TITLE_BEFORE = re.compile(r"([A-Z][a-z]*)\.?\s+$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_PLURAL_BEFORE = re.compile(r"\b([a-z]+)s\s+$")
_WHO_AFTER = re.compile(r",\s+who(?:se)?\s+(?!were\b|are\b|have\b)")
_LETTER_HYPHEN = re.compile(r"[A-Z]-[A-Z][a-z]")
_INITIALS_AFTER = re.compile(r" \(([A-Z]{2,6})\)")
# "firms A, B and C", "companies such as A and B": a plural kind noun heading a list of
# names that ends right before the mention.
_KIND_LIST_BEFORE = re.compile(
    r"\b([a-z]+(?:ies|s))(?: such as| including| like)? "
    r"(?:[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,3}(?:, | and | or ))*$"
)


def settle_people(text: str, cands: list[Cand]) -> list[Cand]:
    """Relabel or drop the names labelled PERSON that the article does not treat as people.

    Args:
        text: The article text.
        cands: Its candidates, in text order.

    Returns:
        The candidates, some relabelled ``ORG``, some left out.
    """
    people: dict[str, list[Cand]] = {}
    for c in cands:
        if c.label == "PERSON":
            people.setdefault(text[c.start : c.end], []).append(c)
    if not people:
        return cands
    name_parts: set[str] = set()
    for surface in people:
        words = surface.split()
        if len(words) > 1:
            name_parts.update((words[0], words[-1]))
    org_heads = _org_heads(text, cands)
    owners = _owners(text, cands)
    dropped: set[int] = set()
    for surface, mentions in people.items():
        if _person_evidence(text, surface, mentions, name_parts):
            continue
        if (
            surface in org_heads
            or any(c.start in owners or _org_evidence(text, c) for c in mentions)
            or _unlike_a_name(surface)
        ):
            for c in mentions:
                c.label = "ORG"
        elif " " not in surface and (
            (surface.lower() in gazetteer().common and not any(c.strong for c in mentions))
            or any(_THE_BEFORE.search(text, max(0, c.start - 5), c.start) for c in mentions)
        ):
            dropped.update(id(c) for c in mentions)
    return [c for c in cands if id(c) not in dropped] if dropped else cands


def _org_heads(text: str, cands: list[Cand]) -> set[str]:
    """The first words of the article's longer organisation names, each a possible short
    form: ``KR Hollis`` and ``KR`` of ``KR Hollis Trust``; and the family name of a firm a
    cue named after its founder (``Varrow`` of ``Hugo Varrow``, ``parts maker Hugo
    Varrow``): a firm is called by that name alone."""
    heads: set[str] = set()
    for c in cands:
        if c.label != "ORG":
            continue
        surface = text[c.start : c.end]
        words = surface.split()
        heads.update(" ".join(words[:i]) for i in range(1, len(words)))
        if c.strong:
            heads.update(founder_name(surface))
    return heads


def _owners(text: str, cands: list[Cand]) -> set[int]:
    """Where the names start that own, by a possessive, a product or a person's full name
    right after them (``X's Qube 3 handheld``, ``X's Ana Vell``): a maker, an employer or a
    party, which a person's name is not."""
    after: dict[int, Cand] = {}
    for c in cands:
        after[c.start] = c
    owners: set[int] = set()
    for c in cands:
        if not text.startswith(("'s ", "’s "), c.end):
            continue
        nxt = after.get(c.end + 3)
        if nxt is None:
            continue
        owned = text[nxt.start : nxt.end]
        if (nxt.label == "PRODUCT" and nxt.strong) or (
            nxt.label == "PERSON" and " " in owned and owned.split()[0] in gazetteer().given
        ):
            owners.add(c.start)
    return owners


def _unlike_a_name(surface: str) -> bool:
    """Written as no person's name is: one word with a digit (``Surf2go``) or a single
    capital before a hyphen (``F-Vell``), or several words ending in the plural of a common
    English noun that is no family name (``Harbour Advisors``, ``Vell Sisters``: a firm, a
    band; a person's name is singular)."""
    if " " in surface:
        return _plural_noun(surface.rpartition(" ")[2])
    return any(ch.isdigit() for ch in surface) or _LETTER_HYPHEN.match(surface) is not None


def _plural_noun(word: str) -> bool:
    """Is ``word`` the plural of a common English noun (``Fighters``, ``Attractions``) and
    no family name (``Williams``, ``Rogers``)?"""
    gz = gazetteer()
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss") or word in gz.surnames:
        return False
    return word[:-1].lower() in gz.common


def _person_evidence(text: str, surface: str, mentions: list[Cand], parts: set[str]) -> bool:
    """Does anything in the article speak for ``surface`` being a person?"""
    words = surface.split()
    gz = gazetteer()
    if surface in parts or (len(words) > 1 and words[0] in gz.given):
        return True
    for c in mentions:
        m = _TITLE_BEFORE.search(text, max(0, c.start - 20), c.start)
        if m and m.group(1) in R.PERSON_TITLES:
            return True
        if prev_word(text, c.start) in R.ROLE_NOUNS or _WHO_AFTER.match(text, c.end):
            return True
    return False


def _org_evidence(text: str, c: Cand) -> bool:
    """Do the words around this mention make it an organisation?"""
    if org_context(text, c) or prev_word(text, c.start) in R.ORG_CONTEXT_BEFORE:
        return True
    if _initials_after(text, c) or _kind_list_before(text, c):
        return True
    if " " in text[c.start : c.end] or text.startswith((" and ", ", "), c.end):
        return False  # "sprinters Jo Bloggs and Al Roe": several people
    m = _PLURAL_BEFORE.search(text, max(0, c.start - 30), c.start)
    return bool(m and (m.group(1) in R.ROLE_NOUNS or m.group(1) in R.ORG_CONTEXT_BEFORE))


def _initials_after(text: str, c: Cand) -> bool:
    """``Vell Orrin (VO)``: a name of several words followed by its initials in brackets,
    the way an organisation's short form is introduced; people are not."""
    m = _INITIALS_AFTER.match(text, c.end)
    words = text[c.start : c.end].split()
    return bool(m and len(words) > 1 and m.group(1) == "".join(w[0] for w in words))


def _kind_list_before(text: str, c: Cand) -> bool:
    """Is the mention an item of a list headed by a plural kind of organisation (``firms
    Tessaly, Orrin and Vell``, ``companies such as Tessaly and Vell``)?"""
    m = _KIND_LIST_BEFORE.search(text, max(0, c.start - 120), c.start)
    if not m:
        return False
    noun = m.group(1)
    single = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
    return single in R.ORG_CONTEXT_BEFORE
