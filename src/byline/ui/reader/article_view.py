"""The article body, drawn with Textual's line API.

Only the lines on screen are styled and drawn: the layout holds offsets into the article's
plain text, and styled spans (inline Markdown, search matches, later entities and quotes) are
applied per visible line. That keeps a multi-megabyte article as quick as a short one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.cache import LRUCache
from textual.color import Color
from textual.geometry import Size
from textual.message import Message
from textual.selection import Selection
from textual.strip import Strip

from byline.core.article.model import Article
from byline.core.config import MAX_WIDTH, MIN_WIDTH
from byline.core.reading import progress
from byline.ui.reader.highlights import (
    ENTITY_COMPONENTS,
    HIGHLIGHTS,
    Highlight,
    HighlightLayer,
    HighlightLayers,
)
from byline.ui.reader.keys import ARTICLE_KEYS
from byline.ui.reader.line_styles import INLINE_COMPONENTS, Span, styled_segments
from byline.ui.reader.text_layout import TEXT_COMPONENTS, Layout, Line, Role, build_layout
from byline.ui.reader.text_selection import highlighted, selected_text, with_offsets
from byline.ui.widgets.blend import component_style
from byline.ui.widgets.line_view import LineView

MAX_MEASURE = 78
"""The widest the text column gets, in cells: long lines are hard to read."""

WIDTH_STEP = 4
"""Cells the text column grows or shrinks by with `+` and `-`."""

STRIP_CACHE_SIZE = 2000
"""Drawn lines kept for redrawing (a few screens' worth)."""


class ArticleView(LineView, can_focus=True, inherit_bindings=False):
    """Scrollable view of an article: title block, then the body."""

    BINDINGS = ARTICLE_KEYS

    READABLE = True
    COMPONENT_PREFIX = "article-view--"
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        f"article-view--{name}"
        for name in (*TEXT_COMPONENTS, *INLINE_COMPONENTS.values(), *HIGHLIGHTS)
    }
    """The text's styles (a line's role, its prefix, inline Markdown), then the highlights'
    (entities, quotes, mentions, search matches, the flash after a jump)."""

    @dataclass
    class Scrolled(Message):
        """The view moved: what is now at its top and bottom, and how far through it is."""

        article_view: ArticleView
        top_offset: int
        bottom_offset: int
        percent: float
        """The reading progress (`byline.core.reading.progress`)."""
        at_end: bool
        anchored: bool = False
        """True while the view stays where a jump put it: `top_offset` is the place jumped
        to, even when the view could not bring it to the very top."""

        @property
        def control(self) -> ArticleView:
            return self.article_view

    @dataclass
    class MeasureChanged(Message):
        """The reader widened or narrowed the text column (`+`, `-`, `=`)."""

        article_view: ArticleView
        measure: int

        @property
        def control(self) -> ArticleView:
            return self.article_view

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
        self._layout: Layout | None = None
        self._layers = HighlightLayers()
        self._strip_cache: LRUCache[int, Strip] = LRUCache(STRIP_CACHE_SIZE)
        self._pending_offset: int | None = None
        self.measure = measure
        """The widest the text column gets, in cells (`set_measure`)."""
        self._anchor: tuple[int, int] | None = None
        """(article offset, scroll y) of the last jump, so position reports name the target
        even when the view could not scroll it to the very top (near the end)."""

    # -- layout ----------------------------------------------------------------------------
    @property
    def text_width(self) -> int:
        return max(min(self.scrollable_content_region.width - 2, self.measure), 10)

    @property
    def margin_left(self) -> int:
        return max((self.scrollable_content_region.width - self.text_width) // 2, 1)

    @property
    def text_layout(self) -> Layout:
        if self._layout is None or self._layout.width != self.text_width:
            self._relayout()
        assert self._layout is not None
        return self._layout

    def _relayout(self, layout: Layout | None = None) -> None:
        keep = None
        if self._layout is not None and round(self.scroll_y) >= self._layout.first_content_line():
            keep = self.top_offset()
        if layout is None or layout.width != self.text_width:
            layout = build_layout(self.article, self.text_width, self.meta_line)
        self._layout = layout
        self._strip_cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._layout))
        if self._pending_offset is not None:
            keep, self._pending_offset = self._pending_offset, None
        if keep is not None:
            self.call_after_refresh(self.scroll_to_offset, keep)

    def on_resize(self) -> None:
        if self._layout is None or self._layout.width != self.text_width:
            self._relayout()
        self._strip_cache.clear()
        self._post_scrolled()

    def on_mount(self) -> None:
        self._post_scrolled()

    def set_measure(self, measure: int) -> None:
        """Make the text column at most `measure` cells wide, keeping the position."""
        self.measure = measure
        if self._layout is not None and self.size.width:
            self.on_resize()
        self.refresh()

    def action_wider(self) -> None:
        self.choose_measure(self.measure + WIDTH_STEP)

    def action_narrower(self) -> None:
        self.choose_measure(self.measure - WIDTH_STEP)

    def action_default_width(self) -> None:
        self.choose_measure(MAX_MEASURE)

    def choose_measure(self, measure: int) -> None:
        """The reader's choice of width (within bounds): shown, said, and posted up to be
        remembered."""
        measure = min(max(measure, MIN_WIDTH), MAX_WIDTH)
        self.set_measure(measure)
        shown = self.text_width
        note = "" if shown == measure else f" (the window allows {shown})"
        self.notify(f"Reading width {measure}{note}", timeout=1.5)
        self.post_message(self.MeasureChanged(self, measure))

    def set_article(self, article: Article, meta_line: str, layout: Layout | None = None) -> None:
        """Show a new version of the article (the whole of a preview), keeping the position.

        Offsets are unchanged for the part both versions share, so highlights stay valid.
        `layout`, made for the view's width, is used if the width has not changed since.
        """
        keep = self.top_offset()
        at_top = self._layout is None or round(self.scroll_y) < self._layout.first_content_line()
        self.article = article
        self.meta_line = meta_line
        self._layout = None
        self._pending_offset = None if at_top else keep
        if self.size.width:
            self._relayout(layout)
        self.refresh()
        self._post_scrolled()

    # -- positions -------------------------------------------------------------------------
    def top_offset(self) -> int:
        """The article offset of the first line on screen (the reading position)."""
        if self._layout is None:
            return self._pending_offset or 0
        y = round(self.scroll_y)
        if self._anchor is not None and self._anchor[1] == y:
            return self._anchor[0]
        return self._layout.offset_at(y)

    def bottom_offset(self) -> int:
        """The article offset just past the last line on screen."""
        layout = self.text_layout
        last = min(round(self.scroll_y) + self.scrollable_content_region.height, len(layout))
        if last >= len(layout):
            return len(self.article.text)
        return layout.offset_at(last)

    @property
    def at_end(self) -> bool:
        return round(self.scroll_y) >= round(self.max_scroll_y)

    @property
    def anchored(self) -> bool:
        """Whether the view is where the last jump put it (see `Scrolled.anchored`)."""
        return self._anchor is not None and self._anchor[1] == round(self.scroll_y)

    def percent(self) -> float:
        """The reading progress here (`byline.core.reading.progress`: 100 at the end)."""
        return progress(len(self.article.text), self.top_offset(), at_end=self.at_end)

    def scroll_to_offset(self, offset: int, *, header: bool = False) -> None:
        """Scroll so that the line holding `offset` is at the top (the title block when
        `header`). Before the first layout, the offset is remembered and applied then."""
        if self._layout is None or not self.size.width:
            self._pending_offset = offset
            return
        y = 0 if header else self.text_layout.line_at(offset)
        self.scroll_to(y=y, animate=False, immediate=True)
        self._anchor = (offset, round(self.scroll_y))
        self._post_scrolled()

    def drop_anchor(self) -> None:
        """Forget the last jump: position reports name what is at the top again."""
        self._anchor = None

    def reveal(self, offset: int) -> None:
        """Scroll `offset` into view with two lines of context, unless it is on screen."""
        if not (self.top_offset() <= offset < self.bottom_offset()):
            self.scroll_to(y=max(self.text_layout.line_at(offset) - 2, 0), animate=False)

    def show_near_top(self, offset: int) -> None:
        """Scroll so that the line holding `offset` is the third from the top (a match: the
        two lines before it give context)."""
        if not (self.top_offset() <= offset < self.bottom_offset()):
            self.scroll_to_offset(offset)
        self.scroll_to(y=max(self.text_layout.line_at(offset) - 2, 0), animate=False)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._anchor is not None and self._anchor[1] != round(new_value):
            self._anchor = None
        if round(old_value) != round(new_value):
            self._post_scrolled()

    def scrolled_message(self) -> Scrolled:
        """Where the view is now, as its `Scrolled` message says."""
        return self.Scrolled(
            self,
            self.top_offset(),
            self.bottom_offset(),
            self.percent(),
            self.at_end,
            self.anchored,
        )

    def _post_scrolled(self) -> None:
        if self._layout is None or not self.is_mounted:
            return
        self.post_message(self.scrolled_message())

    # -- actions ---------------------------------------------------------------------------
    # Each motion takes a count (`5j`, `3d`: see `byline.ui.reader.counts`).
    def action_scroll_down(self, count: int = 1) -> None:
        self.scroll_relative(y=count, animate=False)

    def action_scroll_up(self, count: int = 1) -> None:
        self.scroll_relative(y=-count, animate=False)

    def action_half_page_down(self, count: int = 1) -> None:
        self.scroll_relative(y=count * self._half_page, animate=False)

    def action_half_page_up(self, count: int = 1) -> None:
        self.scroll_relative(y=-count * self._half_page, animate=False)

    def action_page_down(self, count: int = 1) -> None:
        self.scroll_relative(y=count * self._page, animate=False)

    def action_page_up(self, count: int = 1) -> None:
        self.scroll_relative(y=-count * self._page, animate=False)

    @property
    def _half_page(self) -> int:
        return max(self.scrollable_content_region.height // 2, 1)

    @property
    def _page(self) -> int:
        return max(self.scrollable_content_region.height - 1, 1)

    def action_scroll_home(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_scroll_end(self) -> None:
        # The end, in its last section, even when a jump had left the view there already.
        self._anchor = None
        self.scroll_to(y=self.max_scroll_y, animate=False)
        self._post_scrolled()

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
        index = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        layout = self.text_layout
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
