"""Wrapping the article into screen lines for a given width.

A layout holds offsets, not text: the article view slices `Article.text` and applies styles
only for the lines on screen. Lines are kept in compact arrays (a multi-megabyte article has
hundreds of thousands of them) and the layout is rebuilt when the width changes.

Wrapping takes a fast path for text whose characters are all one cell wide (most news text,
accented Latin and curly quotes included): breaks are found with `str.rfind`, a line at a time.
Text with wide (CJK, emoji) or zero-width (combining) characters is measured per character.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from enum import IntEnum
from typing import NamedTuple

from rich.cells import cell_len

from byline.core.article.model import Article, Block, BlockKind


class Role(IntEnum):
    """What a screen line shows; each role has a component class in the article view."""

    TITLE = 0
    META = 1
    RULE = 2
    BLANK = 3
    HEADING = 4
    PARAGRAPH = 5
    FIGURE = 6
    CAPTION = 7
    BLOCKQUOTE = 8
    LIST_ITEM = 9
    CODE = 10

    @property
    def css_name(self) -> str:
        """The component-class suffix: ``list-item`` for LIST_ITEM."""
        return self.name.lower().replace("_", "-")


TEXT_COMPONENTS = (*(role.css_name for role in Role if role is not Role.BLANK), "prefix")
"""The article view's component classes for the text: one per role that has text, and the
prefix of list items and quotations."""

ROLE_OF_BLOCK = {
    BlockKind.HEADING: Role.HEADING,
    BlockKind.PARAGRAPH: Role.PARAGRAPH,
    BlockKind.FIGURE: Role.FIGURE,
    BlockKind.CAPTION: Role.CAPTION,
    BlockKind.BLOCKQUOTE: Role.BLOCKQUOTE,
    BlockKind.LIST_ITEM: Role.LIST_ITEM,
    BlockKind.CODE: Role.CODE,
    BlockKind.RULE: Role.RULE,
}

_WORD = re.compile(r"\S+\s*|\s+")
_NOT_SINGLE_WIDTH = re.compile(
    "[^\t\x20-\x7e\u00a0-\u02ff\u0370-\u0482\u048a-\u0590\u2010-\u2027\u2030-\u205e"
    "\u20a0-\u20bf\u2100-\u214f\u2190-\u21ff\u2400-\u2426\u2500-\u25ff\ufffd]"
)
"""A character that may not be exactly one cell wide (a superset: anything not known to be)."""


class Line(NamedTuple):
    """One screen line: a slice of a source string, with a prefix drawn before it.

    A named tuple, as the other small records of the UI (`Highlight`, `KeyItem`): one is made
    for each line drawn.
    """

    role: Role
    start: int
    """Offset in the source (`Article.text`, or the header text for title/meta lines)."""
    end: int
    prefix: str = ""
    in_header: bool = False
    """True when the offsets are into the header text (title block), not the article."""


def _cells(text: str) -> int:
    return len(text) if not _NOT_SINGLE_WIDTH.search(text) else cell_len(text)


def _wrap_simple(text: str, offset: int, width: int) -> Iterator[tuple[int, int]]:
    """Greedy wrap of one line of single-width text; spaces at a break are dropped."""
    length = len(text)
    position = 0
    while True:
        if length - position <= width:
            yield offset + position, offset + length
            return
        cut = text.rfind(" ", position, position + width + 1)
        if cut <= position:  # no space to break at: split the word
            yield offset + position, offset + position + width
            position += width
            continue
        yield offset + position, offset + cut
        position = cut + 1
        while position < length and text[position] == " ":
            position += 1
        if position >= length:
            return


def _wrap_measured(text: str, offset: int, width: int) -> Iterator[tuple[int, int]]:
    """Greedy wrap of one line measuring each word in cells (wide and zero-width text)."""
    used = 0
    current = 0
    for match in _WORD.finditer(text):
        word = match.group()
        word_cells = cell_len(word.rstrip())
        if used and used + word_cells > width:
            yield offset + current, offset + match.start()
            current = match.start()
            used = 0
        while word_cells > width:  # a word that cannot fit on any line: split it by cells
            cut, cells = 0, 0
            for char in word:
                char_cells = cell_len(char)
                if cells + char_cells > width and cut:
                    break
                cut += 1
                cells += char_cells
            yield offset + current, offset + current + cut
            current += cut
            word = word[cut:]
            word_cells = cell_len(word.rstrip())
        used += cell_len(word)
    yield offset + current, offset + len(text)


def wrap(text: str, offset: int, width: int) -> Iterator[tuple[int, int]]:
    """Wrap `text` to `width` cells; yields (start, end) offsets (plus `offset`) per line.

    Hard newlines always break; an empty text is one empty line.
    """
    width = max(width, 1)
    position = 0
    for raw_line in text.split("\n"):
        simple = not _NOT_SINGLE_WIDTH.search(raw_line)
        wrapper = _wrap_simple if simple else _wrap_measured
        yield from wrapper(raw_line, offset + position, width)
        position += len(raw_line) + 1


class _Prefixes(NamedTuple):
    first: str
    rest: str


def _prefixes(block: Block) -> _Prefixes:
    if block.kind is BlockKind.LIST_ITEM:
        indent = "  " * max(block.level - 1, 0)
        return _Prefixes(f"{indent}• ", f"{indent}  ")
    if block.kind is BlockKind.BLOCKQUOTE:
        bar = "▌ " * max(block.level, 1)
        return _Prefixes(bar, bar)
    if block.kind is BlockKind.CODE:
        return _Prefixes("  ", "  ")
    if block.kind is BlockKind.FIGURE:
        return _Prefixes("▣ Photo: ", "  ")
    return _Prefixes("", "")


class Layout:
    """The article wrapped to a width: parallel arrays, one entry per screen line."""

    def __init__(self, article: Article, width: int, meta_line: str) -> None:
        self.width = max(width, 10)
        self.header = f"{article.meta.title}\n{meta_line}"
        """The text of the title block (title, then the meta line)."""
        self._roles = bytearray()
        self._starts = array("q")
        self._ends = array("q")
        self._prefix_ids = array("H")
        self._prefix_table: list[str] = [""]
        self._prefix_index: dict[str, int] = {"": 0}
        self._anchor = array("q")
        """For each line, the article offset it stands for (header lines: 0)."""
        self._build_header(article, meta_line)
        self.header_lines = len(self._roles)
        for index, block in enumerate(article.blocks):
            if index or self.header_lines:
                self._add(Role.BLANK, block.start, block.start, "", block.start)
            self._add_block(block)

    def _add(self, role: Role, start: int, end: int, prefix: str, anchor: int) -> None:
        prefix_id = self._prefix_index.get(prefix)
        if prefix_id is None:
            prefix_id = self._prefix_index[prefix] = len(self._prefix_table)
            self._prefix_table.append(prefix)
        self._roles.append(role)
        self._starts.append(start)
        self._ends.append(end)
        self._prefix_ids.append(prefix_id)
        self._anchor.append(anchor)

    def _build_header(self, article: Article, meta_line: str) -> None:
        title = article.meta.title
        for start, end in wrap(title, 0, self.width):
            self._add(Role.TITLE, start, end, "", 0)
        if meta_line:
            for start, end in wrap(meta_line, len(title) + 1, self.width):
                self._add(Role.META, start, end, "", 0)
        self._add(Role.RULE, 0, 0, "", 0)

    def _add_block(self, block: Block) -> None:
        role = ROLE_OF_BLOCK.get(block.kind, Role.PARAGRAPH)
        if role is Role.RULE:
            self._add(Role.RULE, block.start, block.end, "", block.start)
            return
        prefixes = _prefixes(block)
        available = self.width - _cells(prefixes.first)
        first = True
        for start, end in wrap(block.text, block.start, available):
            self._add(role, start, end, prefixes.first if first else prefixes.rest, start)
            first = False

    def __len__(self) -> int:
        return len(self._roles)

    def line(self, index: int) -> Line:
        """Line `index` (0 <= index < len(self))."""
        return Line(
            Role(self._roles[index]),
            self._starts[index],
            self._ends[index],
            self._prefix_table[self._prefix_ids[index]],
            index < self.header_lines,
        )

    def line_at(self, offset: int) -> int:
        """Index of the first content line holding article offset `offset`."""
        index = bisect_right(self._anchor, offset) - 1
        index = max(self.header_lines, min(index, len(self) - 1))
        while index > self.header_lines and self._roles[index] == Role.BLANK:
            index -= 1
        return max(index, 0)

    def offset_at(self, line_index: int) -> int:
        """The article offset at the start of line `line_index` (0 inside the title block)."""
        if not len(self):
            return 0
        return self._anchor[max(0, min(line_index, len(self) - 1))]

    def first_content_line(self) -> int:
        """Index of the first line of the article body (after the title block)."""
        return min(self.header_lines + (1 if len(self) > self.header_lines else 0), len(self))


def build_layout(article: Article, width: int, meta_line: str) -> Layout:
    """Wrap `article` (title block first) to `width` cells."""
    return Layout(article, width, meta_line)
