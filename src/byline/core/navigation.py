"""Moving through an article: to the next or previous section, and through a search's
matches and an entity's mentions (small values, wrapping).

The reader keeps a cursor of each kind as state; `check_action` asks `can_next`/`can_previous`
whether `n`/`N` and `.`/`,` apply, and the keys replace the value with `next()` or
`previous()`.
"""

from __future__ import annotations

from dataclasses import dataclass

from byline.core.article.model import Article, Section
from byline.core.entities.types import Entity, EntityMention
from byline.core.search import SearchResult


def section_after(article: Article, offset: int) -> Section | None:
    """The section after the one that holds `offset` (`]`); None in the last section."""
    index = article.section_at(offset).index + 1
    return article.sections[index] if index < len(article.sections) else None


def section_before(article: Article, offset: int) -> Section:
    """The last section that starts before `offset` (`[`): from inside a section, its own
    heading; from a heading, the section before (the first section when none starts before).
    """
    return article.section_at(offset - 1)


@dataclass(frozen=True)
class MatchCursor:
    """A search's matches and which one is current (none when nothing matched)."""

    result: SearchResult
    index: int | None = None

    @classmethod
    def from_offset(cls, result: SearchResult, offset: int) -> MatchCursor:
        """The matches, with the first one at or after `offset` current (wrapping)."""
        return cls(result, result.next_index(offset - 1))

    @property
    def query(self) -> str:
        return self.result.query

    @property
    def matches(self) -> tuple[tuple[int, int], ...]:
        return self.result.matches

    def __len__(self) -> int:
        return len(self.result)

    @property
    def current(self) -> tuple[int, int] | None:
        """The current match's (start, end)."""
        return None if self.index is None else self.result.matches[self.index]

    @property
    def can_next(self) -> bool:
        return self.index is not None

    @property
    def can_previous(self) -> bool:
        return self.index is not None

    def next(self) -> MatchCursor:
        return self._stepped(1)

    def previous(self) -> MatchCursor:
        return self._stepped(-1)

    def _stepped(self, step: int) -> MatchCursor:
        if self.index is None:
            return self
        return MatchCursor(self.result, (self.index + step) % len(self.result))


@dataclass(frozen=True)
class MentionCursor:
    """An entity chosen in the entity panel and which of its mentions is current."""

    entity: Entity
    index: int = 0

    @property
    def current(self) -> EntityMention:
        return self.entity.mentions[self.index]

    @property
    def can_next(self) -> bool:
        return self.entity.count > 0

    @property
    def can_previous(self) -> bool:
        return self.entity.count > 0

    def next(self) -> MentionCursor:
        return self._stepped(1)

    def previous(self) -> MentionCursor:
        return self._stepped(-1)

    def _stepped(self, step: int) -> MentionCursor:
        if not self.entity.count:
            return self
        return MentionCursor(self.entity, (self.index + step) % self.entity.count)
