"""Named entities of an article: people, organisations, places, works, dates and amounts.

The data types (:mod:`.types`) are imported with the package. The recogniser and its place
tables are imported the first time ``find_entities``, ``find_mentions`` or ``group_entities``
is looked up, so a module that only needs the types stays light.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from byline.core.entities.types import (
    LABELS,
    QUIET_LABELS,
    READER_LABELS,
    Entity,
    EntityCorrections,
    EntityMention,
)

if TYPE_CHECKING:
    from byline.core.entities.recogniser import find_entities, find_mentions, group_entities

__all__ = [
    "LABELS",
    "QUIET_LABELS",
    "READER_LABELS",
    "Entity",
    "EntityCorrections",
    "EntityMention",
    "find_entities",
    "find_mentions",
    "group_entities",
]

_RECOGNISER = "byline.core.entities.recogniser"
_LAZY = {"find_entities": _RECOGNISER, "find_mentions": _RECOGNISER, "group_entities": _RECOGNISER}


def __getattr__(name: str) -> Any:
    """Import the recogniser the first time one of its entry points is asked for."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
