"""The article model: plain data shared by the parser, the CLI and the UI.

An article's *plain text* (`Article.text`) is the text of its body blocks (headings,
paragraphs, captions, ...) joined by a blank line (``"\\n\\n"``). Every offset in Byline
(search matches, entity mentions, quotes, reading positions) is a character offset into
that string, so the CLI, the core and the UI always agree on where things are.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from enum import StrEnum
from functools import cached_property

BLOCK_SEPARATOR = "\n\n"
"""What joins two blocks in `Article.text`."""

WORDS_PER_MINUTE = 230
"""Reading speed used for the estimated reading time."""


class BlockKind(StrEnum):
    """What a block of the article body is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    FIGURE = "figure"
    """A photo or illustration, shown by its label (the image itself is not displayed)."""
    CAPTION = "caption"
    BLOCKQUOTE = "blockquote"
    LIST_ITEM = "list_item"
    CODE = "code"
    RULE = "rule"


class InlineStyle(StrEnum):
    """Inline Markdown styling carried from the source into the model."""

    EMPHASIS = "emphasis"
    STRONG = "strong"
    CODE = "code"
    LINK = "link"


@dataclass(frozen=True, slots=True)
class StyleSpan:
    """A styled range of the plain text, in `Article.text` offsets."""

    start: int
    end: int
    style: InlineStyle
    url: str = ""
    """A link's target, as written in the Markdown (links only)."""


@dataclass(frozen=True, slots=True, eq=False)
class Block:
    """One block of the article body.

    A block holds offsets into the article's plain text, not a copy of its own text:
    `text` slices it on use, so a big article's text is held once.
    """

    kind: BlockKind
    article_text: str = field(repr=False)
    """The whole `Article.text` that the block is part of."""
    start: int
    """Offset of the block's first character in `Article.text`."""
    end: int
    """Offset just past the block's last character in `Article.text`."""
    level: int = 0
    """Heading level for headings, nesting depth for list items and block quotes."""
    styles: tuple[StyleSpan, ...] = ()
    """Inline styles, in `Article.text` offsets."""

    @property
    def text(self) -> str:
        """The block's plain text, exactly as it reads (inline markup removed)."""
        return self.article_text[self.start : self.end]

    def _key(self) -> tuple[BlockKind, str, int, int, tuple[StyleSpan, ...]]:
        return (self.kind, self.text, self.start, self.level, self.styles)

    def __eq__(self, other: object) -> bool:
        # Blocks are equal when they read the same at the same place (not when their
        # articles' whole texts are equal).
        if not isinstance(other, Block):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())


@dataclass(frozen=True, slots=True)
class Section:
    """A run of blocks that starts with a heading (or the lead, before any heading)."""

    index: int
    """Position in `Article.sections`, from 0."""
    id: str
    """A slug of the title, unique within the article; stable when the text changes."""
    title: str
    level: int
    """Heading level; the lead section has level 1."""
    first_block: int
    end_block: int
    """One past the section's last block index."""
    start: int
    """Offset in `Article.text` where the section starts."""
    end: int
    """Offset in `Article.text` where the section ends (exclusive)."""

    @property
    def number(self) -> int:
        """The 1-based number shown to the reader ("section 3/6")."""
        return self.index + 1


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """Front-matter metadata of an article."""

    title: str
    source: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    language: str | None = None
    id: str | None = None
    """An explicit stable id; when absent one is derived from the title."""
    extra: Mapping[str, object] = field(default_factory=dict)
    """Any other front-matter keys, kept as parsed (e.g. entity corrections)."""


@dataclass(frozen=True)
class Article:
    """A parsed article: metadata, body blocks and sections."""

    id: str
    meta: ArticleMeta
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    text: str
    """The plain text of the body: block texts joined by `BLOCK_SEPARATOR`."""
    complete: bool = True
    """False for a preview: the beginning of a big article, while the rest is parsed."""

    def __getstate__(self) -> dict[str, object]:
        # Pickled as its fields alone, without the caches below: they are made again on use.
        # A process pool pickles its arguments in a feeder thread, while the event loop may be
        # filling the caches (`section_words` for the palette); pickling the instance's
        # `__dict__` then fails with "dictionary changed size during iteration".
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @cached_property
    def _section_starts(self) -> list[int]:
        return [section.start for section in self.sections]

    @cached_property
    def _block_starts(self) -> list[int]:
        return [block.start for block in self.blocks]

    @cached_property
    def word_count(self) -> int:
        """Number of words in the body, counted block by block: blocks are joined by blank
        lines, so no word spans two, and a big article's text is never split whole into a
        string per word."""
        return sum(len(block.text.split()) for block in self.blocks)

    @property
    def reading_minutes(self) -> int:
        """Estimated reading time in whole minutes (at least 1 for a non-empty article)."""
        if not self.word_count:
            return 0
        return max(1, round(self.word_count / WORDS_PER_MINUTE))

    @cached_property
    def _section_word_counts(self) -> dict[int, int]:
        return {}

    def section_words(self, section: Section) -> int:
        """Number of words in a section (counted once, on first use)."""
        counts = self._section_word_counts
        count = counts.get(section.index)
        if count is None:
            count = counts[section.index] = len(self.text[section.start : section.end].split())
        return count

    def section_at(self, offset: int) -> Section:
        """The section that holds `offset` (clamped to the article)."""
        index = bisect.bisect_right(self._section_starts, offset) - 1
        return self.sections[max(0, min(index, len(self.sections) - 1))]

    def block_index_at(self, offset: int) -> int:
        """Index of the block that holds `offset` (or the one before a separator)."""
        index = bisect.bisect_right(self._block_starts, offset) - 1
        return max(0, min(index, len(self.blocks) - 1))

    def section_by_id(self, section_id: str) -> Section | None:
        """The section with this id, if the article still has it."""
        for section in self.sections:
            if section.id == section_id:
                return section
        return None


def slugify(text: str, max_length: int = 60) -> str:
    """A lowercase ASCII-ish slug: letters and digits kept, everything else a hyphen.

    Non-ASCII letters are kept (ids are compared, not typed into URLs), so "Hürvane"
    stays recognisable. The result is cut at a word boundary under `max_length`.
    """
    out: list[str] = []
    dash = False
    for char in text.casefold():
        if char.isalnum():
            out.append(char)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    slug = "".join(out).strip("-")
    if len(slug) > max_length:
        cut = slug.rfind("-", 0, max_length + 1)
        slug = slug[: cut if cut > 0 else max_length]
    return slug


def unique_slugs(titles: Sequence[str], fallback: str = "section") -> list[str]:
    """Slugs for `titles`, made unique by appending ``-2``, ``-3`` ... to repeats."""
    seen: dict[str, int] = {}
    result: list[str] = []
    for title in titles:
        base = slugify(title) or fallback
        count = seen.get(base, 0) + 1
        seen[base] = count
        result.append(base if count == 1 else f"{base}-{count}")
    return result
