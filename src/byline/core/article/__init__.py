"""The article: its model, and the Markdown and plain-text readers that build it.

The model types are imported with the package. The readers (``parse_article`` needs
markdown-it, ``import_text`` PyYAML) are imported the first time they are looked up, so a module
that only needs the types stays light.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from byline.core.article.model import Article, ArticleMeta, Block, BlockKind, Section

if TYPE_CHECKING:
    from byline.core.article.importer import import_text
    from byline.core.article.markdown import parse_article

__all__ = [
    "Article",
    "ArticleMeta",
    "Block",
    "BlockKind",
    "Section",
    "import_text",
    "parse_article",
]

_LAZY = {
    "import_text": "byline.core.article.importer",
    "parse_article": "byline.core.article.markdown",
}


def __getattr__(name: str) -> Any:
    """Import a reader the first time it is asked for."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
