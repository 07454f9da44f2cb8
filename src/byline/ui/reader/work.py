"""The reader's background work: the messages its thread workers post, and their progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message
from textual.screen import Screen
from textual.worker import get_current_worker

from byline.core.article.model import Article
from byline.core.reading import Preferences
from byline.ui.messages import WorkCancelled
from byline.ui.reader.highlights import HighlightLayer
from byline.ui.reader.text_layout import Layout

if TYPE_CHECKING:
    from byline.core.analysis import Analysis


def meta_line(article: Article) -> str:
    """The line under the title: source, author, date and reading time, where known."""
    meta = article.meta
    parts = [meta.source, f"By {meta.author}" if meta.author else None, meta.date]
    minutes = article.reading_minutes
    parts.append(f"{minutes} min read" if minutes else "empty")
    return " · ".join(part for part in parts if part)


@dataclass
class Progress(Message):
    """How far a worker is (0-1): parsing the rest of a big article, or analysing it."""

    what: str
    fraction: float


@dataclass
class ArticleCompleted(Message):
    """The whole of a big article is parsed, and laid out at the view's width."""

    article: Article
    meta_line: str
    layout: Layout


@dataclass
class LoadFailed(Message):
    """The rest of the article could not be parsed."""

    error: str


@dataclass
class AnalysisReady(Message):
    """Entities and quotes are found, and their highlight layers made for `preferences`."""

    analysis: Analysis
    warnings: list[str]
    preferences: Preferences
    entities: HighlightLayer
    quotes: HighlightLayer


def reporter(screen: Screen[Any], what: str) -> Callable[[float], None]:
    """A progress callback for a thread worker of `screen`: posts `Progress` while the screen
    is the one shown (a screen under a translucent one, such as the command palette, repaints
    whole for each message it handles), and raises `WorkCancelled` once the worker is
    cancelled (on quit)."""

    def report(fraction: float) -> None:
        if get_current_worker().is_cancelled:
            raise WorkCancelled
        if screen.is_active:
            screen.post_message(Progress(what, fraction))

    return report
