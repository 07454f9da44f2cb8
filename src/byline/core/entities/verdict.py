"""What a rule of :mod:`.classify` says about a segment, and the segment as the rules read it.

A verdict is a label and whether it is strong, ``None`` for "no opinion", or
:data:`NOT_AN_ENTITY`. A guess by elimination has its own type, so that :mod:`.evidence` can
tell it from a weak verdict that a rule gave for a reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from byline.core.entities.chunks import Tok
from byline.core.entities.context import DocContext
from byline.core.entities.gazetteer import Gazetteer

__all__ = ["GUESS", "NOT_AN_ENTITY", "PLACE_GUESS", "Segment", "Verdict", "is_guess"]

#: A label and whether it is strong, or ``None`` when the segment is no entity.
Verdict = tuple[str, bool] | None

#: A rule's verdict that the segment is no entity (``None`` from a rule means "no opinion").
NOT_AN_ENTITY = ("", False)


class _Guess(tuple[str, bool]):
    """A verdict by elimination (its own type, so that it is never confused with an equal
    ``("ORG", False)``: Python may share equal constant tuples between functions)."""


#: The verdict by elimination: nothing spoke for any label, and an unknown name in news is
#: most often an organisation. :mod:`.evidence` keeps it only when the article supports it.
GUESS = _Guess(("ORG", False))
#: A smaller or ambiguous place name with no place cue (``Reading``, ``Bath``): kept only
#: with evidence too.
PLACE_GUESS = _Guess(("GPE", False))


def is_guess(verdict: Verdict) -> bool:
    """Is ``verdict`` a guess by elimination (:data:`GUESS`, :data:`PLACE_GUESS`)?"""
    return isinstance(verdict, _Guess)


@dataclass(slots=True)
class Segment:
    """One segment and the words around it, as every rule reads them (not frozen: it is built
    for every segment of the article, and a frozen dataclass is slower to build)."""

    text: str
    toks: list[Tok]
    words: list[str]
    name: str
    prev: str  # the word before the segment
    nxt: str  # the word after it
    comma: bool  # whether a comma comes between the segment and ``nxt``
    ctx: DocContext
    gz: Gazetteer
    n: int  # the number of words
    last: str  # the last word
