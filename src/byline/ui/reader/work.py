"""The reader's background work: what its thread workers do, the messages they post, and
their progress. The functions here run in a worker thread and return or post messages;
only the screen's handlers change what is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message
from textual.screen import Screen
from textual.worker import get_current_worker

from byline.core.article.model import Article
from byline.core.errors import BylineError
from byline.core.reading import Preferences
from byline.store.sources import LoadedArticle
from byline.ui.messages import WorkCancelled
from byline.ui.reader.highlights import HighlightLayer, entity_highlights, quote_highlights
from byline.ui.reader.text_layout import Layout, build_layout

if TYPE_CHECKING:
    from byline.core.analysis import Analysis

Analyse = Callable[..., "tuple[Analysis, list[str]]"]
"""`BylineApp.analyse`: an article's analysis and warnings, the range `around` first."""


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


def complete_article(
    loaded: LoadedArticle, progress: Callable[[float], None], text_width: Callable[[], int]
) -> ArticleCompleted | LoadFailed | None:
    """The rest of a big article parsed, and laid out at `text_width()` (read last, from
    the main thread): the message for the screen, None once cancelled."""
    try:
        article = loaded.complete_article(progress=progress)
    except BylineError as error:
        return LoadFailed(str(error))
    except WorkCancelled:
        return None
    line = meta_line(article)
    return ArticleCompleted(article, line, build_layout(article, text_width(), line))


def analyse_article(
    screen: Screen[Any],
    analyse: Analyse,
    article: Article,
    around: int,
    preferences: Callable[[], Preferences],
) -> None:
    """Recognise the entities and quotes of `article` and make their highlights: the range
    around offset `around` first, then the whole, each posted to `screen` as `AnalysisReady`
    (with the highlight `preferences()` of that moment)."""

    def ready(analysis: Analysis, warnings: list[str]) -> None:
        chosen = preferences()
        entities = entity_highlights(analysis, chosen)
        quotes = quote_highlights(analysis)
        if not get_current_worker().is_cancelled:
            screen.post_message(AnalysisReady(analysis, warnings, chosen, entities, quotes))

    try:
        analysis, warnings = analyse(
            article,
            progress=reporter(screen, "Finding people and quotes"),
            around=around,
            partial=lambda first: ready(first, []),
        )
    except WorkCancelled:
        return
    ready(analysis, warnings)
