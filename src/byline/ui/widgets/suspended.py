"""Handing the terminal to another program (an editor, a text browser) while the app waits."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from textual.app import App

__all__ = ["suspended"]


def _ignore(signum: int, frame: FrameType | None) -> None:
    """A handler that does nothing: ctrl+c belongs to the program that has the terminal."""


@contextmanager
def suspended(app: App[Any]) -> Iterator[None]:
    """`app` suspended (Textual's `App.suspend`) while another program has the terminal.

    The terminal sends ctrl+c's interrupt to the whole foreground process group, the app
    included: while the other program runs, the app ignores it, so that the program (which
    gets the default handling back when it starts) decides what ctrl+c means. A Python
    handler, not ``SIG_IGN``, which a started program would inherit.

    Raises:
        SuspendNotSupported: The terminal cannot be handed over (a test's, or Textual Web).
    """
    previous = signal.signal(signal.SIGINT, _ignore)
    try:
        with app.suspend():
            yield
    finally:
        signal.signal(signal.SIGINT, previous)
