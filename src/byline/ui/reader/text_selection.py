"""Mouse selection in the article view, with Textual's selection API.

Each drawn line carries selection offsets (Textual's ``offset`` style meta): x counts
characters of the line's text (negative in the margin and the prefix), y is the layout line.
A selection is turned back into offsets in the article's plain text, so what is copied is
the article's own text (paragraph breaks included), not the screen's wrapped lines.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.selection import Selection
from textual.strip import Strip

from byline.ui.reader.text_layout import Layout, Line


def text_offset(layout: Layout, header: str, text: str, y: int, x: int) -> tuple[bool, int]:
    """(in the title block, offset there or in `text`) of selection point (x, y)."""
    y = max(0, min(y, len(layout) - 1))
    line = layout.line(y)
    offset = line.start + max(0, min(x, line.end - line.start))
    if line.in_header:
        return True, min(offset, len(header))
    return False, min(offset, len(text))


def selected_text(layout: Layout, header: str, text: str, selection: Selection) -> str:
    """The text under `selection`: the title block's part, then the article's."""
    if not len(layout):
        return ""
    start = selection.start
    end = selection.end
    start_in_header, start_offset = (
        (True, 0) if start is None else text_offset(layout, header, text, start.y, start.x)
    )
    end_in_header, end_offset = (
        (False, len(text)) if end is None else text_offset(layout, header, text, end.y, end.x)
    )
    if start_in_header and end_in_header:
        return header[start_offset:end_offset]
    if start_in_header:
        return f"{header[start_offset:]}\n\n{text[:end_offset]}"
    return text[start_offset:end_offset]


def with_offsets(strip: Strip, line: Line, y: int, margin: int) -> Strip:
    """`strip` (one drawn line) carrying the selection offsets of layout line `y`."""
    return strip.apply_offsets(-(margin + len(line.prefix)), y)


def highlighted(
    strip: Strip, line: Line, selection: Selection, y: int, margin: int, style: Style
) -> Strip:
    """`strip` with the selected part of layout line `y` in the selection style."""
    span = selection.get_span(y)
    if span is None:
        return strip
    first = margin + len(line.prefix)
    length = line.end - line.start
    start = first + max(0, min(span[0], length))
    end = first + length if span[1] == -1 else first + max(0, min(span[1], length))
    if end <= start:
        return strip
    before, middle, after = strip.divide([start, end, strip.cell_length])
    # Over the text's own styles: the selection's background, the text's colour kept.
    shade = Style(bgcolor=style.bgcolor)
    middle = Strip(Segment.apply_style(iter(middle), post_style=shade), middle.cell_length)
    return Strip.join([before, middle, after])
