"""Direct quotations of an article: who said what.

:func:`find_quotes` runs the whole pipeline (pairing in :mod:`.marks`, attribution in
:mod:`.attribution`); :mod:`.search` holds the quote query language that the library and the
panels filter with. Importing this package is cheap: the attribution machinery is imported the
first time ``find_quotes`` is looked up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from byline.core.quotes.model import Quote
from byline.core.quotes.search import QuoteQuery, match_quote, normalise, parse_query

if TYPE_CHECKING:
    from byline.core.quotes.extract import find_quotes

__all__ = ["Quote", "QuoteQuery", "find_quotes", "match_quote", "normalise", "parse_query"]


def __getattr__(name: str) -> Any:
    """Import the attribution pipeline when ``find_quotes`` is first asked for."""
    if name == "find_quotes":
        from byline.core.quotes.extract import find_quotes

        return find_quotes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
