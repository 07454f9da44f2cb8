"""The article body, drawn with Textual's line API.

Only the lines on screen are styled and drawn: the layout holds offsets into the article's
plain text, and styled spans (inline Markdown, search matches, entities and quotes) are
applied per visible line. That keeps a multi-megabyte article as quick as a short one.

`ArticleLines` wraps and draws; `byline.ui.reader.article_view.ArticleView` adds the reader's
moves and positions on top.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.cache import LRUCache
from textual.color import Color
from textual.geometry import Size
from textual.selection import Selection
from textual.strip import Strip

from byline.core.article.model import Article
from byline.ui.reader.highlights import (
    ENTITY_COMPONENTS,
    HIGHLIGHTS,
    Highlight,
    HighlightLayer,
    HighlightLayers,
)
from byline.ui.reader.line_styles import INLINE_COMPONENTS, Span, styled_segments
from byline.ui.reader.text_layout import TEXT_COMPONENTS, Layout, Line, Role, build_layout
from byline.ui.reader.text_selection import highlighted, selected_text, with_offsets
from byline.ui.widgets.blend import component_style
from byline.ui.widgets.line_view import LineView

MAX_MEASURE = 78
"""The widest the text column gets, in cells: long lines are hard to read."""

STRIP_CACHE_SIZE = 2000
"""Drawn lines kept for redrawing (a few screens' worth)."""


class ArticleLines(LineView):
    """An article wrapped to the widget's width (at most `measure` cells) and drawn: title
    block, then the body, with its highlights."""

    READABLE = True
    COMPONENT_PREFIX = "article-view--"
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        f"article-view--{name}"
        for name in (*TEXT_COMPONENTS, *INLINE_COMPONENTS.values(), *HIGHLIGHTS)
    }
    """The text's styles (a line's role, its prefix, inline Markdown), then the highlights'
    (entities, quotes, mentions, search matches, the flash after a jump)."""

    def __init__(
        self,
        article: Article,
        meta_line: str = "",
        *,
        measure: int = MAX_MEASURE,
        name: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's widget signature
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.article = article
        self.meta_line = meta_line
        self.measure = measure
        """The widest the text column gets, in cells."""
        self._layout: Layout | None = None
        self._layers = HighlightLayers()
        self._strip_cache: LRUCache[int, Strip] = LRUCache(STRIP_CACHE_SIZE)

    # -- layout ----------------------------------------------------------------------------
    @property
    def text_width(self) -> int:
        return max(min(self.scrollable_content_region.width - 2, self.measure), 10)

    @property
    def margin_left(self) -> int:
        return max((self.scrollable_content_region.width - self.text_width) // 2, 1)

    @property
    def text_layout(self) -> Layout:
        """The text wrapped for the widget's width: re-wrapped first if the width changed (a
        key can come between the widget getting its new size and its `Resize`)."""
        if self._layout is None or self._layout.width != self.text_width:
            self.rewrap()
        assert self._layout is not None
        return self._layout

    def rewrap(self, layout: Layout | None = None) -> None:
        """Wrap the text for the widget's width (`layout`, if made for that width)."""
        if layout is None or layout.width != self.text_width:
            layout = build_layout(self.article, self.text_width, self.meta_line)
        self._layout = layout
        self._strip_cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(layout))

    # -- highlights ------------------------------------------------------------------------
    def set_highlights(self, layer: str, highlights: Iterable[Highlight] | HighlightLayer) -> None:
        """Replace one layer of highlights (one of `LAYERS`) and redraw."""
        self._layers.set(layer, highlights)
        self._strip_cache.clear()
        self.refresh()

    def highlights(self, layer: str) -> list[Highlight]:
        """One layer's highlights, sorted by start."""
        return self._layers.items(layer)

    def resolve_component(self, name: str) -> Style:
        if not name.startswith("entity-"):
            return super().resolve_component(name)
        # Entities are drawn over the quote shading too: readable on both.
        shading = self.component("quote").bgcolor
        grounds = [Color.from_rich_color(shading)] if shading is not None else []
        return component_style(self, self.COMPONENT_PREFIX + name, readable_on=grounds)

    def entity_style(self, label: str) -> Style:
        """The highlight style of an entity label (for legends elsewhere)."""
        return self.component(ENTITY_COMPONENTS[label])

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strip_cache.clear()

    # -- drawing ---------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        layout = self.text_layout  # first: a re-wrap may scroll
        index = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        if index >= len(layout):
            return Strip.blank(width, self.base_style)
        strip = self._strip_cache.get(index)
        line = layout.line(index)
        if strip is None or strip.cell_length != width:
            strip = self._render_layout_line(line, width)
            strip = self._strip_cache[index] = with_offsets(strip, line, index, self.margin_left)
        selection = self.text_selection
        if selection is not None:
            style = self.screen.get_component_rich_style("screen--selection")
            strip = highlighted(strip, line, selection, index, self.margin_left, style)
        return strip

    # -- mouse selection (Textual's API; see `byline.ui.reader.text_selection`) -------------
    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        layout = self.text_layout
        return selected_text(layout, layout.header, self.article.text, selection), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self.refresh()

    def _render_layout_line(self, line: Line, width: int) -> Strip:
        base = self.base_style
        if line.role is Role.BLANK:
            return Strip.blank(width, base)
        role_style = base + self.component(line.role.css_name)
        segments = [Segment(" " * self.margin_left, base)]
        if line.role is Role.RULE:
            segments.append(Segment("─" * self.text_width, base + self.component("rule")))
        else:
            if line.prefix:
                segments.append(Segment(line.prefix, role_style + self.component("prefix")))
            source = self.text_layout.header if line.in_header else self.article.text
            text = source[line.start : line.end].replace("\t", " ")
            if line.in_header:
                segments.append(Segment(text, role_style))
            else:
                segments.extend(self._styled_segments(line, text, role_style))
        return Strip(segments).adjust_cell_length(width, base)

    def _styled_segments(self, line: Line, text: str, role_style: Style) -> list[Segment]:
        block = self.article.blocks[self.article.block_index_at(line.start)]
        spans: list[Span] = [
            (span.start, span.end, self.component(INLINE_COMPONENTS[span.style]))
            for span in block.styles
            if span.end > line.start and span.start < line.end
        ]
        spans.extend(
            (h.start, h.end, self.component(h.component))
            for h in self._layers.between(line.start, line.end)
        )
        return styled_segments(text, line.start, spans, role_style)
