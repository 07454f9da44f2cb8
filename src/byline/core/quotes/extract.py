"""The quote pipeline: pair the quotation marks, keep the speech, attribute each quotation."""

from __future__ import annotations

from collections.abc import Sequence

from byline.core.quotes.attribution import attribute
from byline.core.quotes.marks import pair_marks
from byline.core.quotes.model import Quote

__all__ = ["find_quotes"]


def find_quotes(text: str, people: Sequence[str] = ()) -> list[Quote]:
    """Find the direct quotations of an article and attribute them to speakers.

    Args:
        text: The article's plain body text, blocks separated by ``"\\n\\n"``.
        people: Optional canonical person names (e.g. from the entity recogniser) used to
            resolve short forms such as ``"Varga"`` to ``"Quillon Varga"``; blank names are
            ignored.

    Returns:
        Quotations in document order (an empty list for an empty text).
    """
    if not text:
        return []
    return attribute(text, pair_marks(text), [p for p in people if p.strip()])
