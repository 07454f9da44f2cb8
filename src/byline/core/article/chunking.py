"""Cutting Markdown into pieces at block boundaries, so big articles parse progressively.

A cut is made only at a blank line followed by a line that starts in the first column, outside
fenced code and never right after a figure (so a caption stays with its photo). Each piece then
parses on its own to the same blocks as it would inside the whole document (reference-style
link definitions are the one thing that does not carry across pieces; news text does not use
them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


def front_matter_length(source: str) -> int:
    """Length of the leading front-matter block (``---`` ... ``---``), or 0 if there is none."""
    if not source.startswith("---"):
        return 0
    first_line_end = source.find("\n")
    if first_line_end < 0 or source[:first_line_end].rstrip() != "---":
        return 0
    match = _FRONT_MATTER_END.search(source, first_line_end + 1)
    if match is None:
        return 0
    end = source.find("\n", match.end())
    return len(source) if end < 0 else end + 1


def split_source(source: str, piece_chars: int) -> Iterator[str]:
    """Cut `source` into pieces of about `piece_chars` at safe block boundaries, lazily.

    The pieces concatenate back to `source`. A source shorter than `piece_chars` is one piece.
    """
    if len(source) <= piece_chars:
        yield source
        return
    head = front_matter_length(source)
    start = 0
    position = head
    in_fence: str | None = None
    previous_line = ""
    length = len(source)
    while position < length:
        line_end = source.find("\n", position)
        line_end = length if line_end < 0 else line_end + 1
        line = source[position:line_end]
        fence = _FENCE.match(line)
        if fence:
            marker = fence.group(1)[0]
            if in_fence is None:
                in_fence = marker
            elif marker == in_fence:
                in_fence = None
        elif (
            in_fence is None
            and position - start >= piece_chars
            and not previous_line.strip()
            and line[:1] not in ("", " ", "\t", "\n")
            and not _after_figure(source, start, position)
        ):
            yield source[start:position]
            start = position
        if line.strip():
            previous_line = line
        elif previous_line.strip():
            previous_line = ""
        position = line_end
    yield source[start:]


def _after_figure(source: str, start: int, position: int) -> bool:
    """True when the last non-blank line before `position` is an image paragraph."""
    before = source[start:position].rstrip()
    last_line = before[before.rfind("\n") + 1 :]
    return last_line.lstrip().startswith("![")
