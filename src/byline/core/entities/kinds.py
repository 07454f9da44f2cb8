"""A kind noun heading a list of names says what the names are.

``rival firms such as A and B``, ``Technology firms A, B, C and D``, ``countries such as C``,
``whose marques include A and B``, ``such companies as A``: the noun before the list (a
hypernym, in the sense of Hearst's lexico-syntactic patterns) is the kind of every name in it.
The nouns are general English words grouped by the label they give; no name is listed.
"""

from __future__ import annotations

import re

from byline.core.entities import rules as R

__all__ = ["list_kind"]

#: Kind nouns (singular) and the label they give the names they head.
_KIND_LABELS: dict[str, str] = {
    **dict.fromkeys(
        R.ORG_CONTEXT_BEFORE
        | R.ORG_KIND_NOUNS
        | R.ORG_APPOSITION_NOUNS
        | {"marque", "organisation", "organization", "institution", "corporation", "business"},
        "ORG",
    ),
    **dict.fromkeys(("country", "nation", "state", "city", "town", "economy"), "GPE"),
}

_NAME = r"[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}"
_SEP = r"(?:, | and | or |, and |, or )"
_LIST_NEXT = re.compile(rf"{_SEP}(?:the )?[A-Z]")
#: The kind noun, an optional introducer, then the names of the list before the segment.
_HEADED_LIST = re.compile(
    r"\b(?:such (?P<such>[a-z]+) as|(?P<noun>[a-z]+),?"
    r"(?P<intro> such as| including| like| include| includes| included)?)"
    rf" (?:the )?(?:{_NAME}{_SEP}(?:the )?)*$"
)


def list_kind(text: str, start: int, end: int) -> str:
    """The label that the kind noun heading a list gives the name at ``start``..``end``,
    or ``""``.

    Without an introducer (``such as``, ``including``, ``include``) the noun must be a plural
    right before a list of two names or more (``firms A, B and C``): a singular (``firm A``)
    is a cue of its own elsewhere, and a plural before one name often ends a clause (``aid
    to poorer countries Jo Roe will say``).
    """
    if not _may_follow_head(text, start):
        return ""
    window = text[max(0, start - 150) : start]
    m = _HEADED_LIST.search(window)
    if not m:
        return ""
    noun = m.group("such") or m.group("noun")
    single = _singular(noun)
    bare = not m.group("such") and not m.group("intro")
    in_list = m.end("noun") + 1 < len(window) or _LIST_NEXT.match(text, end) is not None
    if bare and (single == noun or not in_list):
        return ""
    return _KIND_LABELS.get(single, "")


#: The words a name in a headed list can follow directly (besides a comma and a kind noun).
_LIST_LINKS = frozenset({"as", "including", "like", "include", "includes", "included", "the"})
_LIST_LINKS_ALL = _LIST_LINKS | {"and", "or"}


def _may_follow_head(text: str, start: int) -> bool:
    """A quick test before the pattern: is the word before ``start`` a comma, a list word
    or a plural kind noun? Most names follow none of them."""
    before = text[max(0, start - 20) : start].rstrip()
    if before.endswith(","):
        return True
    word = before.rpartition(" ")[2]
    return word in _LIST_LINKS_ALL or _KIND_LABELS.get(_singular(word), "") != ""


def _singular(noun: str) -> str:
    """The singular of a (possibly) plural noun."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "xes", "ches", "shes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun
