"""How the article view styles one laid-out line: the inline Markdown styles of its block
and the highlights over it, cut into segments wherever the styles change."""

from __future__ import annotations

from itertools import pairwise

from rich.segment import Segment
from rich.style import Style

from byline.core.article.model import InlineStyle

INLINE_COMPONENTS: dict[InlineStyle, str] = {
    InlineStyle.EMPHASIS: "emphasis",
    InlineStyle.STRONG: "strong",
    InlineStyle.CODE: "inline-code",
    InlineStyle.LINK: "link",
}
"""The article view's component class (after its prefix) for each inline Markdown style."""

Span = tuple[int, int, Style]
"""A style over [start, end) of the article text."""


def styled_segments(text: str, start: int, spans: list[Span], base: Style) -> list[Segment]:
    """`text` (the article's from offset `start`) in segments: each has `base` plus every span
    that covers it, the later spans over the earlier ones."""
    if not spans:
        return [Segment(text, base)]
    cuts = {0, len(text)}
    for span_start, span_end, _ in spans:
        cuts.add(min(max(span_start - start, 0), len(text)))
        cuts.add(min(max(span_end - start, 0), len(text)))
    segments: list[Segment] = []
    for left, right in pairwise(sorted(cuts)):
        style = base
        for span_start, span_end, span_style in spans:
            if span_start - start <= left and span_end - start >= right:
                style = style + span_style
        segments.append(Segment(text[left:right], style))
    return segments
