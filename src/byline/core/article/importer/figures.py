"""Blocks of lines set together without a blank line between them, in a copy whose
paragraphs stand apart: a photo's alternative text over its caption, a caption over its
credit, a stack of labels. A browser copy (and ``w3m -dump``) puts a blank line around
every paragraph and heading of the text, while the lines of a figure or of a box follow
each other. So a line glued to the line above it is never a section's heading, and a
heading may stand over or under such a block as it stands over or under a photo.

Text typed or saved by hand may not put blank lines between its paragraphs at all: there
no line counts as glued (`glued_lines` gives None).
"""

from __future__ import annotations

from byline.core.article.importer.chrome import CREDIT, has_credit, is_credit_only
from byline.core.article.importer.lines import (
    Line,
    closes_a_sentence,
    is_bullet,
    is_running_text,
    line_key,
    starts_like_a_title,
    word_count,
)

MIN_APART_SHARE = 2 / 3
"""How many of a text's paragraphs of running text stand apart (a blank line above them)
for its blank lines to mean anything."""
MAX_FIGURE_LINES = 4
MAX_FIGURE_LINE_WORDS = 80
"""A figure's lines: an alternative text, a caption, a credit; none longer than a caption."""
MAX_CAPTION_LINES = 3
MAX_CAPTION_WORDS = 80
MAX_LABEL_WORDS = 8


def glued_lines(lines: list[Line]) -> list[bool] | None:
    """For each line, whether it follows the line above without a blank line between, in
    a text whose paragraphs are set apart by blank lines (else None: the text's blank
    lines say nothing)."""
    running = [line for line in lines if is_running_text(line.flat)]
    apart = sum(1 for line in running if line.blank_before)
    if not running or apart < MIN_APART_SHARE * len(running):
        return None
    return [index > 0 and not line.blank_before for index, line in enumerate(lines)]


def _is_figure_line(text: str) -> bool:
    return "\n" not in text and not is_bullet(text) and word_count(text) <= MAX_FIGURE_LINE_WORDS


def figure_end(lines: list[str], start: int, glued: set[int] | frozenset[int]) -> int:
    """The end (exclusive) of a block of two to four short lines glued together that
    starts at `start`, one of them at least no running text (a photo's alternative text
    or credit over its caption), or `start` when none starts there."""
    end = start + 1
    while end < len(lines) and end in glued and end - start < MAX_FIGURE_LINES:
        end += 1
    if end - start < 2 or (end < len(lines) and end in glued):
        return start
    block = lines[start:end]
    if all(_is_figure_line(text) for text in block) and not all(map(is_running_text, block)):
        return end
    return start


def ends_a_figure(lines: list[str], index: int, glued: set[int] | frozenset[int]) -> bool:
    """Whether the line at `index` closes a block of short lines glued together (a photo's
    alternative text and caption, where the line under it may open a section)."""
    if index not in glued:
        return False
    start = index
    while start in glued and index - start < MAX_FIGURE_LINES:
        start -= 1
    return figure_end(lines, start, glued) == index + 1


def own_caption(caption: str, seen: dict[str, int]) -> bool:
    """A caption of the article's own photo: not a gallery's slide (a bulleted item, or a
    title repeated on the page under each slide)."""
    parts = caption.split("\n")
    return not is_bullet(parts[0]) and all(seen.get(line_key(p), 0) <= 1 for p in parts)


def past_a_photo(
    lines: list[str],
    index: int,
    marked: set[int] | frozenset[int],
    glued: set[int] | frozenset[int] = frozenset(),
) -> int:
    """The first line at or after `index` past the caption of a photo placed there (a
    caption with a credit, standing under an image's mark; or the short lines of a figure
    glued together)."""
    figure = figure_end(lines, index, glued)
    if figure > index:
        return figure
    if index not in marked:
        return index
    end = index
    while end < min(len(lines), index + MAX_CAPTION_LINES) and (
        has_credit(lines[end]) or is_credit_only(lines[end])
    ):
        end += 1
    return end


def continues_caption(caption: str, line: str, glued: bool = True) -> bool:
    """A short line of words right under a one-line caption with a credit: the caption's
    second line (its text, under an alt text that carries the credit). Set apart from it
    by a blank line (not `glued`), only under a caption whose words before the credit are
    no sentence (a name, a label): a complete caption ends there, and a heading may follow."""
    credit = CREDIT.search(caption)
    if not glued and credit is not None and closes_a_sentence(caption[: credit.start()]):
        return False
    return (
        "\n" not in caption
        and "\n" not in line
        and not is_running_text(line)
        and word_count(line) <= MAX_LABEL_WORDS * 2
        and starts_like_a_title(line)
    )


def captionable(text: str) -> bool:
    """Whether a paragraph may be the text of a caption whose credit follows it."""
    return "\n" not in text and word_count(text) <= MAX_CAPTION_WORDS
