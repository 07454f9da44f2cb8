"""Direct quotations of an article: who said what.

:func:`find_quotes` runs the whole pipeline (pairing in :mod:`.marks`, attribution in
:mod:`.attribution`) and is imported the first time it is looked up, so a module that only needs
:class:`Quote` or the quote query language (:mod:`.search`, which the library and the panels
filter with) stays light.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from byline.core.quotes.model import Quote
from byline.core.quotes.search import QuoteQuery, match_quote, normalise, parse_query

if TYPE_CHECKING:
    from byline.core.quotes.extract import find_quotes

__all__ = ["Quote", "QuoteQuery", "find_quotes", "match_quote", "normalise", "parse_query"]

_LAZY = {"find_quotes": "byline.core.quotes.extract"}


def __getattr__(name: str) -> Any:
    """Import the attribution pipeline the first time ``find_quotes`` is asked for."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
