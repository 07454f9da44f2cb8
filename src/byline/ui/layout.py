"""Wrapping the article into screen lines for a given width.

A `Line` holds offsets, not text: the article view slices `Article.text` and applies styles
only for the lines on screen. The layout is rebuilt when the width changes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from rich.cells import cell_len

from byline.core.article import Article, Block, BlockKind


class Role(StrEnum):
    """What a screen line shows; each role has a component class in the article view."""

    TITLE = "title"
    META = "meta"
    RULE = "rule"
    BLANK = "blank"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    FIGURE = "figure"
    CAPTION = "caption"
    BLOCKQUOTE = "blockquote"
    LIST_ITEM = "list-item"
    CODE = "code"


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


@dataclass(frozen=True, slots=True)
class Line:
    """One screen line: a slice of a source string, with a prefix drawn before it."""

    role: Role
    start: int
    """Offset in the source (`Article.text`, or the header text for title/meta lines)."""
    end: int
    prefix: str = ""
    in_header: bool = False
    """True when the offsets are into the header text (title block), not the article."""


def _cells(text: str) -> int:
    return len(text) if text.isascii() else cell_len(text)


def wrap(text: str, offset: int, width: int) -> Iterator[tuple[int, int]]:
    """Greedy word wrap of `text` to `width` cells; yields (start, end) offsets + `offset`.

    Hard newlines in `text` always break. Trailing spaces stay on the line they follow (they
    are invisible), and a word longer than the width is split by cells.
    """
    width = max(width, 1)
    position = 0
    for raw_line in text.split("\n"):
        line_start = position
        used = 0
        current = line_start
        for match in _WORD.finditer(raw_line):
            word = match.group()
            word_cells = _cells(word.rstrip())
            if used and used + word_cells > width:
                yield offset + current, offset + line_start + match.start()
                current = line_start + match.start()
                used = 0
            while word_cells > width:  # split a word that cannot fit on any line
                cut, cells = 0, 0
                stripped = word.rstrip()
                for char in stripped:
                    char_cells = _cells(char)
                    if cells + char_cells > width and cut:
                        break
                    cut += 1
                    cells += char_cells
                yield offset + current, offset + current + cut
                current += cut
                word = word[cut:]
                word_cells = _cells(word.rstrip())
            used += _cells(word)
        yield offset + current, offset + line_start + len(raw_line)
        position += len(raw_line) + 1


@dataclass(frozen=True)
class Layout:
    """The article wrapped to a width: its lines, and where each block and section starts."""

    width: int
    lines: tuple[Line, ...]
    header: str
    """The text of the title block (title, then the meta line)."""
    _line_starts: tuple[int, ...]
    """For each line, the article offset it starts at (header lines count as offset 0)."""

    def line_at(self, offset: int) -> int:
        """Index of the first content line holding article offset `offset`."""
        index = bisect_right(self._line_starts, offset) - 1
        index = max(0, min(index, len(self.lines) - 1))
        # Step back over blank lines so a jump lands on text, not on the gap before it.
        while index > 0 and self.lines[index].role is Role.BLANK:
            index -= 1
        while index + 1 < len(self.lines) and self.lines[index].in_header:
            index += 1
        return index

    def offset_at(self, line_index: int) -> int:
        """The article offset at the start of line `line_index` (0 inside the title block)."""
        if not self.lines:
            return 0
        line_index = max(0, min(line_index, len(self.lines) - 1))
        return self._line_starts[line_index]

    def first_content_line(self) -> int:
        """Index of the first line of the article body (after the title block)."""
        for index, line in enumerate(self.lines):
            if not line.in_header and line.role is not Role.BLANK:
                return index
        return 0


def _block_lines(block: Block, width: int) -> Iterator[Line]:
    role = ROLE_OF_BLOCK.get(block.kind, Role.PARAGRAPH)
    first_prefix, prefix = "", ""
    if block.kind is BlockKind.LIST_ITEM:
        indent = "  " * max(block.level - 1, 0)
        first_prefix, prefix = f"{indent}• ", f"{indent}  "
    elif block.kind is BlockKind.BLOCKQUOTE:
        first_prefix = prefix = "▌ " * max(block.level, 1)
    elif block.kind is BlockKind.CODE:
        first_prefix = prefix = "  "
    elif block.kind is BlockKind.FIGURE:
        first_prefix, prefix = "▣ Photo: ", "  "
    if block.kind is BlockKind.RULE:
        yield Line(Role.RULE, block.start, block.end)
        return
    available = width - _cells(first_prefix)
    for number, (start, end) in enumerate(wrap(block.text, block.start, available)):
        yield Line(role, start, end, first_prefix if number == 0 else prefix)


def build_layout(article: Article, width: int, meta_line: str) -> Layout:
    """Wrap `article` (title block first) to `width` cells."""
    width = max(width, 10)
    lines: list[Line] = []
    starts: list[int] = []
    header = f"{article.meta.title}\n{meta_line}"
    title_length = len(article.meta.title)
    for start, end in wrap(article.meta.title, 0, width):
        lines.append(Line(Role.TITLE, start, end, in_header=True))
    if meta_line:
        for start, end in wrap(meta_line, title_length + 1, width):
            lines.append(Line(Role.META, start, end, in_header=True))
    lines.append(Line(Role.RULE, 0, 0, in_header=True))
    starts.extend(0 for _ in lines)
    for index, block in enumerate(article.blocks):
        if index or lines:
            lines.append(Line(Role.BLANK, block.start, block.start))
            starts.append(block.start)
        for line in _block_lines(block, width):
            lines.append(line)
            starts.append(line.start)
    return Layout(width, tuple(lines), header, tuple(starts))
