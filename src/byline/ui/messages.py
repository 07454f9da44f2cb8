"""App-wide messages, shared by screens that cannot import each other."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from byline.core.library_index import LibraryIndex


@dataclass
class LibraryReady(Message):
    """The library index is loaded; the app sends it to every screen."""

    index: LibraryIndex
    is_forwarded: bool = False
    """True on the copies the app sends on to its screens."""


@dataclass
class OpenArticle(Message):
    """Read another article (closing whatever screens are above the reader)."""

    path: Path
    target: tuple[int, int] | None = None
    """A range to show (e.g. a quote) instead of resuming where the reader left off."""
