"""The article view: the article's lines (`ArticleLines`) and the reader's moves through them.

Where the reader is, is an offset into the article's text: it survives a re-wrap (a resize,
the sidebar, the reading width), which changes every line number. A re-wrap goes back to it
at once, so that the next key moves from there and nothing left waiting can undo that key.

Moves are of two kinds, told apart in `Scrolled.passed`: scrolling passes through the text
(lines, pages, the mouse wheel), a jump goes over it (to a section, a match, a mention, the
top or the end).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from textual.message import Message

from byline.core.article.model import Article
from byline.core.config import MAX_WIDTH, MIN_WIDTH
from byline.core.reading import progress
from byline.ui.reader.article_lines import MAX_MEASURE, ArticleLines
from byline.ui.reader.highlights import Highlight
from byline.ui.reader.keys import ARTICLE_KEYS
from byline.ui.reader.text_layout import Layout

__all__ = ["MAX_MEASURE", "ArticleView", "Place"]

FLASH_SECONDS = 1.2
"""How long a range shown by `flash` stays flashed."""

WIDTH_STEP = 4
"""Cells the text column grows or shrinks by with `+` and `-`."""


class Place(NamedTuple):
    """Where the reader is, in a form that survives a re-wrap (`ArticleView.place`)."""

    offset: int
    """The article offset at the top (0 in the title block): the place in any wrapping."""
    line: int
    """The line at the top in the text as wrapped `width` cells wide: exact in that wrapping
    only (a blank line, a line of the title block, has no article offset of its own)."""
    width: int
    anchored: bool = False
    """Whether a jump put `offset` there (`ArticleView.anchored`)."""
    at_end: bool = False
    """Whether the end of the article was on screen: the end stays the end."""
    in_title: bool = False


class ArticleView(ArticleLines, can_focus=True, inherit_bindings=False):
    """Scrollable view of an article: title block, then the body."""

    BINDINGS = ARTICLE_KEYS

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
        passed: tuple[int, int] | None = None
        """When the reader scrolled here: the top and bottom offsets before, the text between
        having been passed through. None after a jump, a re-wrap, or a new article."""

        @property
        def control(self) -> ArticleView:
            return self.article_view

    @dataclass
    class MeasureChanged(Message):
        """The reader widened or narrowed the text column (`+`, `-`, `=`)."""

        article_view: ArticleView
        measure: int
        shown: int
        """The width the text has: the window may allow less than `measure`."""

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
        super().__init__(article, meta_line, measure=measure, name=name, id=id, classes=classes)
        self._pending_offset: int | None = None
        """Where to go once the text is first laid out."""
        self._anchor: tuple[int, int] | None = None
        """(article offset, scroll y) of the last jump, so position reports name the target
        even when the view could not scroll it to the very top (near the end)."""
        self._end_seen = False
        """Whether the end was on screen after the last scroll: the view's height can change
        before it re-wraps (a resize), and the end stays the end."""
        self._jumping = False
        """True while a jump scrolls (`Scrolled.passed` is None)."""

    # -- layout ----------------------------------------------------------------------------
    def rewrap(self, layout: Layout | None = None) -> None:
        """Wrap the text for the view's width (`layout`, if made for it) and go back to where
        the reader was at once: a key handled next moves from there."""
        keep = self._place_in(self._layout) if self._layout is not None else None
        super().rewrap(layout)
        if self._pending_offset is not None:
            offset, self._pending_offset = self._pending_offset, None
            self.scroll_to_offset(offset)
        elif keep is not None:
            self.go_to(keep)
        self._end_seen = self.at_end

    def on_resize(self) -> None:
        if self._layout is None or self._layout.width != self.text_width:
            self.rewrap()
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
        """The reader's choice of width (within bounds): shown, and posted up to be said
        and remembered."""
        measure = min(max(measure, MIN_WIDTH), MAX_WIDTH)
        self.set_measure(measure)
        self.post_message(self.MeasureChanged(self, measure, self.text_width))

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
            self.rewrap(layout)
        self.refresh()
        self._post_scrolled()

    # -- positions -------------------------------------------------------------------------
    def place(self) -> Place:
        """Where the reader is (`go_to` goes back there, however the text is wrapped)."""
        return self._place_in(self.text_layout)

    def _place_in(self, layout: Layout) -> Place:
        y = round(self.scroll_y)
        anchored = self._anchor is not None and self._anchor[1] == y
        offset = self._anchor[0] if self._anchor is not None and anchored else layout.offset_at(y)
        in_title = y < layout.first_content_line()
        return Place(offset, y, layout.width, anchored, self._end_seen, in_title)

    def go_to(self, place: Place) -> None:
        """Go back to `place` by a jump: where a jump had put the reader; else the same line
        in the same wrapping; else the end if the end was on screen, the same line of the
        title block, or the line holding the offset."""
        if place.anchored:
            self.scroll_to_offset(place.offset, header=place.in_title)
            return
        layout = self.text_layout
        self.drop_anchor()
        if place.width == layout.width:
            line = place.line
        elif place.at_end:
            line = len(layout)
        elif place.in_title:
            line = min(place.line, layout.first_content_line() - 1)
        else:
            line = layout.line_at(place.offset)
        self.jump_to_line(line)

    def top_offset(self) -> int:
        """The article offset of the first line on screen (the reading position)."""
        if self._layout is None:
            return self._pending_offset or 0
        return self.place().offset

    def bottom_offset(self) -> int:
        """The article offset just past the last line on screen."""
        return self._span(self.text_layout, round(self.scroll_y))[1]

    def _span(self, layout: Layout, y: int) -> tuple[int, int]:
        """The article offsets at the top and just past the bottom with line `y` at the top."""
        last = y + self.scrollable_content_region.height
        bottom = len(self.article.text) if last >= len(layout) else layout.offset_at(last)
        return layout.offset_at(y), bottom

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
        """Jump so that the line holding `offset` is at the top (the title block when
        `header`). Before the first layout, the offset is remembered and applied then."""
        if self._layout is None or not self.size.width:
            self._pending_offset = offset
            return
        self.jump_to_line(0 if header else self.text_layout.line_at(offset))
        self._anchor = (offset, round(self.scroll_y))
        self._post_scrolled()

    def jump_to_line(self, line: int) -> None:
        """Put line `line` at the top (as near as the end allows) by a jump: the text passed
        over is not passed through (`Scrolled.passed`)."""
        self._jumping = True
        try:
            self.scroll_to(y=max(line, 0), animate=False, immediate=True)
        finally:
            self._jumping = False

    def drop_anchor(self) -> None:
        """Forget the last jump: position reports name what is at the top again."""
        self._anchor = None

    def reveal(self, offset: int) -> None:
        """Jump to show `offset` with two lines of context, unless it is on screen."""
        if not (self.top_offset() <= offset < self.bottom_offset()):
            self.jump_to_line(self.text_layout.line_at(offset) - 2)

    def flash(self, start: int, end: int) -> None:
        """Show the range `start`-`end` (a quote chosen elsewhere) and flash it briefly."""
        self.reveal(start)
        self.set_highlights("flash", [Highlight(start, end, "flash")])
        self.set_timer(FLASH_SECONDS, lambda: self.set_highlights("flash", ()))

    def show_near_top(self, offset: int) -> None:
        """Jump so that the line holding `offset` is the third from the top (a match: the
        two lines before it give context)."""
        if not (self.top_offset() <= offset < self.bottom_offset()):
            self.scroll_to_offset(offset)
        self.jump_to_line(self.text_layout.line_at(offset) - 2)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._anchor is not None and self._anchor[1] != round(new_value):
            self._anchor = None
        self._end_seen = self.at_end
        if round(old_value) != round(new_value):
            layout, jumped = self._layout, self._jumping
            passed = None if layout is None or jumped else self._span(layout, round(old_value))
            self._post_scrolled(passed)

    def scrolled_message(self, passed: tuple[int, int] | None = None) -> Scrolled:
        """Where the view is now, as its `Scrolled` message says."""
        return self.Scrolled(
            self,
            self.top_offset(),
            self.bottom_offset(),
            self.percent(),
            self.at_end,
            self.anchored,
            passed,
        )

    def _post_scrolled(self, passed: tuple[int, int] | None = None) -> None:
        if self._layout is None or not self.is_mounted:
            return
        self.post_message(self.scrolled_message(passed))

    # -- actions ---------------------------------------------------------------------------
    # Each motion takes a count (`5j`, `3d`: see `byline.ui.reader.counts`).
    def action_scroll_down(self, count: int = 1) -> None:
        self.scroll_lines(count)

    def action_scroll_up(self, count: int = 1) -> None:
        self.scroll_lines(-count)

    def action_half_page_down(self, count: int = 1) -> None:
        self.scroll_lines(count * self._half_page)

    def action_half_page_up(self, count: int = 1) -> None:
        self.scroll_lines(-count * self._half_page)

    def action_page_down(self, count: int = 1) -> None:
        self.scroll_lines(count * self._page)

    def action_page_up(self, count: int = 1) -> None:
        self.scroll_lines(-count * self._page)

    def scroll_lines(self, lines: int) -> None:
        """Scroll `lines` down (up when negative), passing through them."""
        self.scroll_to(y=self.top_line() + lines, animate=False, immediate=True)

    def top_line(self) -> int:
        """The line at the top, in the text as wrapped for the view's width (re-wrapped first
        if that changed: a key can come between the view's new size and its `Resize`)."""
        layout = self.text_layout
        return min(round(self.scroll_y), len(layout))

    @property
    def _half_page(self) -> int:
        return max(self.scrollable_content_region.height // 2, 1)

    @property
    def _page(self) -> int:
        return max(self.scrollable_content_region.height - 1, 1)

    def action_scroll_home(self) -> None:
        self.jump_to_line(0)

    def action_scroll_end(self) -> None:
        # The end, in its last section, even when a jump had left the view there already.
        self._anchor = None
        self.jump_to_line(len(self.text_layout))
        self._post_scrolled()
