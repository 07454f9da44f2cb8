"""Reading state: where the reader is in an article, what they have read, their bookmarks.

Plain data with pure transitions and tolerant (de)serialisation; `storage` persists it.
Positions are stored as *section id + character offset within the section*, with the
reading progress (`progress`) as a fallback, so a position survives a different terminal
width (no line numbers) and an edited article (a section that is gone falls back to the
percentage).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from byline.core.article.model import Article
from byline.core.config import MAX_WIDTH, MIN_WIDTH
from byline.core.entities.types import LABELS
from byline.core.text import sanitize

MAX_BOOKMARKS = 500

NAME_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART")
"""The entity types highlighted unless the reader chooses others: names of people,
organisations, places and works. Dates, numbers, nationalities... are off by default: on
every sentence, they made the text noisy."""


def now_iso() -> str:
    """The current time as an ISO 8601 string in UTC, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def progress(text_length: int, offset: int, *, at_end: bool = False) -> float:
    """Reading progress in percent, 0-100: the one figure shown for a place in an article (the
    status line, bookmarks, the resume notice, the library, `byline list`).

    It is the share of the text before `offset`, the top of the screen, and 100 once the end
    of the article is on screen (`at_end`). Rounded to two decimals (as stored).
    """
    if at_end:
        return 100.0
    if text_length <= 0:
        return 0.0
    return round(100.0 * min(max(offset, 0), text_length) / text_length, 2)


def progress_label(percent: float) -> str:
    """A progress figure as it is shown everywhere: whole percent, rounded down, so that
    "100%" means the end is reached ("46%")."""
    return f"{math.floor(min(max(percent, 0.0), 100.0))}%"


def _float(value: Any, default: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    if not math.isfinite(value):  # json reads NaN and Infinity; NaN would crash `resolve`
        return default
    return min(max(float(value), 0.0), 100.0)


def _int(value: Any, default: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    return max(value, 0)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _label(value: Any) -> str | None:
    """A stored string that is shown on screen: control characters made visible (the state
    file is not trusted more than an article)."""
    return sanitize(value) if isinstance(value, str) else None


@dataclass(frozen=True, slots=True)
class Position:
    """A place in an article that does not depend on the terminal's width."""

    section_id: str
    offset: int
    """Characters from the start of the section."""
    percent: float
    """The reading progress there (`progress`), 0-100: also the fallback when the section is
    gone."""

    @classmethod
    def at(cls, article: Article, text_offset: int, *, at_end: bool = False) -> Position:
        """The position of a character offset in `article.text` (the top of the screen;
        `at_end` when the end of the article is on screen too)."""
        text_offset = max(0, min(text_offset, len(article.text)))
        section = article.section_at(text_offset)
        percent = progress(len(article.text), text_offset, at_end=at_end)
        return cls(section.id, text_offset - section.start, percent)

    def resolve(self, article: Article) -> int:
        """The character offset in `article.text` this position points at now."""
        section = article.section_by_id(self.section_id)
        if section is not None:
            return min(section.start + self.offset, max(section.end - 1, section.start))
        return int(len(article.text) * self.percent / 100)

    def to_json(self) -> dict[str, Any]:
        return {"section_id": self.section_id, "offset": self.offset, "percent": self.percent}

    @classmethod
    def from_json(cls, data: Any) -> Position | None:
        if not isinstance(data, Mapping):
            return None
        section_id = _str(data.get("section_id"))
        if section_id is None:
            return None
        return cls(section_id, _int(data.get("offset")), _float(data.get("percent")))


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A saved place, with a label the reader recognises (its section and first words)."""

    position: Position
    label: str
    created: str

    @classmethod
    def at(
        cls, article: Article, text_offset: int, created: str, *, at_end: bool = False
    ) -> Bookmark:
        """A bookmark at a character offset in `article.text`, labelled with its section's
        number and title and the words from there (after the heading, when at the heading:
        the title is said once)."""
        section = article.section_at(text_offset)
        start = text_offset
        heading_end = section.start + len(section.title)
        if start < heading_end and article.text.startswith(section.title, section.start):
            start = heading_end
        excerpt = " ".join(article.text[start : start + 60].split())
        label = f"§{section.number} {section.title}" + (f" — {excerpt}…" if excerpt else "")
        return cls(Position.at(article, text_offset, at_end=at_end), label, created)

    def to_json(self) -> dict[str, Any]:
        return {**self.position.to_json(), "label": self.label, "created": self.created}

    @classmethod
    def from_json(cls, data: Any) -> Bookmark | None:
        position = Position.from_json(data)
        if position is None or not isinstance(data, Mapping):
            return None
        return cls(position, _label(data.get("label")) or "", _str(data.get("created")) or "")


def sections_read(
    article: Article, top: int, bottom: int, at_end: bool, passed: tuple[int, int] | None
) -> frozenset[str]:
    """The ids of the sections a move read: the screen is `top` to `bottom` (to the end of
    the article when `at_end`), come to by scrolling from the screen `passed`, or by a jump.

    A section is read once its end comes on screen as the reader scrolls: scrolling passes
    through the text between the screen before and the screen after, and every section
    ending there is read. A jump goes over the text: it reads nothing, except at the end of
    the article, the sections wholly on screen (the last ones may never reach the top).
    """
    if passed is None:
        ends = (s for s in article.sections if s.start >= top) if at_end else ()
        return frozenset(s.id for s in ends)
    low, high = min(passed[0], top), max(passed[1], bottom)
    return frozenset(s.id for s in article.sections if s.end > low and (s.end <= high or at_end))


@dataclass(frozen=True, slots=True)
class ArticleState:
    """Everything remembered about one article."""

    position: Position | None = None
    read_sections: frozenset[str] = frozenset()
    bookmarks: tuple[Bookmark, ...] = ()
    last_opened: str | None = None
    path: str | None = None
    """Where the article was last opened from (to reopen it by id)."""
    title: str | None = None

    @property
    def percent(self) -> float:
        """Reading progress in percent (`progress`; 0 when never opened)."""
        return self.position.percent if self.position else 0.0

    def resume_offset(self, article: Article) -> int | None:
        """Where to go back to in `article`: None when the reader was at the very start, and
        while `article` is a preview that does not hold their section yet."""
        position = self.position
        if position is None or (not position.offset and position.section_id == "lead"):
            return None
        if not article.complete and article.section_by_id(position.section_id) is None:
            return None
        return position.resolve(article)

    def moved_to(self, position: Position) -> ArticleState:
        return replace(self, position=position)

    def with_read(self, section_ids: frozenset[str]) -> ArticleState:
        return replace(self, read_sections=self.read_sections | section_ids)

    def scrolled(
        self,
        article: Article,
        top: int,
        bottom: int,
        at_end: bool,
        *,
        passed: tuple[int, int] | None,
    ) -> ArticleState:
        """At `top` of `article` with the text up to `bottom` on screen (to the end when
        `at_end`), come there by scrolling from the screen `passed` (its top and bottom
        offsets) or by a jump (`passed` None): the position, and the sections that move read
        (`sections_read`)."""
        finished = sections_read(article, top, bottom, at_end, passed)
        state = self.moved_to(Position.at(article, top, at_end=at_end))
        return state if finished <= state.read_sections else state.with_read(finished)

    def with_bookmark(self, bookmark: Bookmark) -> ArticleState:
        kept = tuple(b for b in self.bookmarks if b.position != bookmark.position)
        return replace(self, bookmarks=(*kept, bookmark)[-MAX_BOOKMARKS:])

    def without_bookmark(self, bookmark: Bookmark) -> ArticleState:
        return replace(self, bookmarks=tuple(b for b in self.bookmarks if b != bookmark))

    def opened(self, path: str | None, title: str) -> ArticleState:
        return replace(self, last_opened=now_iso(), path=path, title=title)

    def to_json(self) -> dict[str, Any]:
        return {
            "position": self.position.to_json() if self.position else None,
            "read_sections": sorted(self.read_sections),
            "bookmarks": [bookmark.to_json() for bookmark in self.bookmarks],
            "last_opened": self.last_opened,
            "path": self.path,
            "title": self.title,
        }

    @classmethod
    def from_json(cls, data: Any) -> ArticleState:
        """Build from stored JSON, ignoring unknown keys and dropping ill-typed values."""
        if not isinstance(data, Mapping):
            return cls()
        read = data.get("read_sections")
        bookmarks = data.get("bookmarks")
        return cls(
            position=Position.from_json(data.get("position")),
            read_sections=frozenset(s for s in read if isinstance(s, str))
            if isinstance(read, list)
            else frozenset(),
            bookmarks=tuple(b for b in map(Bookmark.from_json, bookmarks) if b is not None)[
                -MAX_BOOKMARKS:
            ]
            if isinstance(bookmarks, list)
            else (),
            last_opened=_str(data.get("last_opened")),
            path=_str(data.get("path")),
            title=_label(data.get("title")),
        )


@dataclass(frozen=True, slots=True)
class Preferences:
    """App-wide choices: remembered across articles."""

    theme: str | None = None
    sidebar: bool = True
    highlight_entities: bool = True
    """Whether named entities are highlighted in the text (`e`)."""
    entity_types: tuple[str, ...] | None = None
    """Entity types to highlight; None means the names (`NAME_TYPES`)."""
    reading_width: int | None = None
    """The widest the text column gets, in cells (`+`, `-`); None for the default."""
    quote_fragments: bool = True
    """Whether the quote panel lists fragments (a few quoted words inside the writer's
    sentence) besides speech."""
    extra: Mapping[str, Any] = field(default_factory=dict)
    """Preferences of later features, kept as stored so that nothing is lost."""

    def shows_entity_type(self, label: str) -> bool:
        """Whether entities of type `label` are among those highlighted."""
        return label in (NAME_TYPES if self.entity_types is None else self.entity_types)

    def with_entity_type_toggled(self, label: str) -> Preferences:
        """These preferences with type `label` hidden if it is shown, shown if it is hidden
        (`entity_types` None again once the names alone are shown)."""
        shown = {t for t in LABELS if self.shows_entity_type(t)} ^ {label}
        types = tuple(t for t in LABELS if t in shown)
        default = tuple(t for t in LABELS if t in NAME_TYPES)
        return replace(self, entity_types=None if types == default else types)

    def to_json(self) -> dict[str, Any]:
        return {
            **self.extra,
            "theme": self.theme,
            "sidebar": self.sidebar,
            "highlight_entities": self.highlight_entities,
            "entity_types": list(self.entity_types) if self.entity_types is not None else None,
            "reading_width": self.reading_width,
            "quote_fragments": self.quote_fragments,
        }

    @classmethod
    def from_json(cls, data: Any) -> Preferences:
        if not isinstance(data, Mapping):
            return cls()
        known = (
            "theme",
            "sidebar",
            "highlight_entities",
            "entity_types",
            "reading_width",
            "quote_fragments",
        )
        sidebar = data.get("sidebar")
        highlight = data.get("highlight_entities")
        types = data.get("entity_types")
        width = data.get("reading_width")
        fragments = data.get("quote_fragments")
        return cls(
            theme=_str(data.get("theme")),
            sidebar=sidebar if isinstance(sidebar, bool) else True,
            highlight_entities=highlight if isinstance(highlight, bool) else True,
            entity_types=tuple(t for t in types if isinstance(t, str))
            if isinstance(types, list)
            else None,
            reading_width=min(max(width, MIN_WIDTH), MAX_WIDTH)
            if isinstance(width, int) and not isinstance(width, bool)
            else None,
            quote_fragments=fragments if isinstance(fragments, bool) else True,
            extra={k: v for k, v in data.items() if k not in known},
        )
