"""Fixtures for Pilot and snapshot tests: an app on the bundled article with its own state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.app import App
from textual.message import Message
from textual.pilot import Pilot

from byline.store.library.files import default_article_path
from byline.store.sources import load_article
from byline.store.state import StateStore
from byline.ui.app import BylineApp

AppFactory = Callable[..., BylineApp]


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def make_app(config_dir: Path) -> AppFactory:
    """Build an app on an article (the bundled one by default), sharing one config dir."""

    def factory(path: Path | None = None) -> BylineApp:
        loaded = load_article(path or default_article_path())
        return BylineApp(loaded, StateStore(config_dir))

    return factory


async def wait_until(pilot: Pilot[Any], condition: Callable[[], object], tries: int = 500) -> None:
    """Let the app run until `condition()` holds (each try lets it handle what is queued)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause()
    raise AssertionError("the app never reached the expected state")


def notices(app: App[Any], *, title: str | None = None) -> list[str]:
    """The messages of the notifications the app shows (those with `title`, if given).
    Textual lists them only on a private attribute: tests read them here, and only here."""
    shown = app._notifications
    return [str(n.message) for n in shown if title is None or n.title == title]


def notified(app: App[Any], words: str, *, title: str | None = None) -> bool:
    """Whether a notification the app shows (with `title`, if given) holds `words`."""
    return any(words in message for message in notices(app, title=title))


KEY_NAMES = {
    "]": "right_square_bracket",
    "[": "left_square_bracket",
    "-": "minus",
    "+": "plus",
    "=": "equals_sign",
    "/": "slash",
    '"': "quotation_mark",
    " ": "space",
    "\r": "enter",
    "\x1b": "escape",
}
"""Textual's names of the keys `type_at_once` types that are not letters or digits."""


def type_at_once(app: App[Any], characters: str) -> None:
    """Type `characters` in one burst, as a terminal delivers a paste or a fast typist's keys:
    all are queued before the app handles the first (`pilot.press` lets the app settle
    between keys)."""
    for character in characters:
        key = events.Key(KEY_NAMES.get(character, character), character)
        app.post_message(key.set_sender(app))  # from the terminal, wherever this is called


@dataclass
class TypeWhen:
    """A message hook (`run_test(message_hook=...)`) that types `keys` in one burst at the first
    message after `condition()` holds: keys that arrive between two steps of the app's work,
    after what made the condition true and before what the app has queued next."""

    app: App[Any] | None = None
    condition: Callable[[], object] | None = None
    keys: str = ""

    def arm(self, app: App[Any], condition: Callable[[], object], keys: str) -> None:
        self.app, self.condition, self.keys = app, condition, keys

    def __call__(self, message: Message) -> None:
        if self.app is None or self.condition is None or not self.keys:
            return
        if self.condition():
            type_at_once(self.app, self.keys)
            self.keys = ""
