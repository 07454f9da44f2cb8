"""App-wide messages, shared by screens that cannot import each other, and the signal that
stops a worker."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from byline.store.library.index import LibraryIndex


class WorkCancelled(Exception):
    """Raised from a worker's progress callback once the worker is cancelled (on quit)."""


class LibraryReady(Message):
    """The library index is loaded; the app sends it to every screen."""

    def __init__(self, index: LibraryIndex, copy_for_screens: bool = False) -> None:
        super().__init__()
        self.index = index
        self.copy_for_screens = copy_for_screens
        """True on the copies the app sends on to its screens (not Textual's
        `Message.is_forwarded`)."""


class OpenArticle(Message):
    """Read another article (closing whatever screens are above the reader)."""

    def __init__(self, path: Path, target: tuple[int, int] | None = None) -> None:
        super().__init__()
        self.path = path
        self.target = target
        """A range to show (e.g. a quote) instead of resuming where the reader left off."""
