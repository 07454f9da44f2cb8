"""Pilot tests for the keys a less and vim reader expects: counts, control keys, `?`, F1."""

from __future__ import annotations

from functools import partial

from byline.ui.dialogs.help import HelpScreen
from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.quote_panel import QuoteList
from byline.ui.reader.screen import ReaderScreen
from byline.ui.reader.search_bar import SearchBar
from byline.ui.reader.sections_sidebar import SectionsSidebar
from byline.ui.reader.status_bar import StatusBar
from byline.ui.widgets.key_bar import KeyBar

from .conftest import AppFactory, wait_until

SIZE = (100, 30)


def _scrolled_to(view: ArticleView, y: int) -> bool:
    return view.scroll_y == y


def _reader(app: object) -> ReaderScreen:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, ReaderScreen)
    return screen


async def test_a_count_waits_in_the_status_line_and_a_motion_repeats_by_it(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ArticleView)
        status = app.screen.query_one(StatusBar)
        await pilot.press("j")
        await wait_until(pilot, lambda: view.scroll_y == 1)
        await pilot.press("5")
        # The digit waits in the status line, with what Enter would do; nothing moves.
        await wait_until(pilot, lambda: status.count == 5)
        assert "Enter: § 5/6" in str(status.render())
        assert view.scroll_y == 1 and _reader(app).current_section == 0
        await pilot.press("j")  # a motion: five lines
        await wait_until(pilot, lambda: view.scroll_y == 6)
        assert status.count is None
        assert "Enter:" not in str(status.render())


async def test_a_motion_after_a_number_moves_from_what_is_on_screen(
    make_app: AppFactory,
) -> None:
    """`3` then `j`: three lines down from here; no section was shown to be taken back."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ArticleView)
        status = app.screen.query_one(StatusBar)
        offsets: list[int] = []
        app.screen.watch(view, "scroll_y", lambda y: offsets.append(view.top_offset()))
        await pilot.press("3")
        await wait_until(pilot, lambda: status.count == 3)
        await pilot.press("j")
        await wait_until(pilot, lambda: view.scroll_y == 3)
        # The view went from the top to line 3 and nowhere else (not to § 3 and back).
        sections = _reader(app).article.sections
        assert all(offset < sections[1].start for offset in offsets)
        await pilot.press("5", "t")  # not a motion: the count is dropped, nothing moves
        await wait_until(pilot, lambda: status.count is None)
        assert view.scroll_y == 3
        await pilot.press("2", "7", "s")  # six sections: the bell, and nothing moves
        await wait_until(pilot, lambda: status.count is None)
        assert view.scroll_y == 3


async def test_a_number_then_s_or_enter_goes_to_that_section(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ArticleView)
        sections = _reader(app).article.sections
        await pilot.press("5", "s")
        await wait_until(pilot, lambda: _reader(app).current_section == 4)
        assert view.top_offset() == sections[4].start
        await pilot.press("2", "enter")
        await wait_until(pilot, lambda: _reader(app).current_section == 1)
        await pilot.press("7", "s")  # six sections: the bell, and nothing moves
        await pilot.pause()
        assert _reader(app).current_section == 1


async def test_counts_for_sections_matches_and_lines(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ArticleView)
        sections = _reader(app).article.sections
        await pilot.press("3", "right_square_bracket")
        await wait_until(pilot, lambda: view.top_offset() == sections[3].start)
        await pilot.press("1", "0", "G")
        await wait_until(pilot, lambda: view.scroll_y == 9)
        await pilot.press("g", "slash", *"turkey", "enter")
        await wait_until(pilot, lambda: not app.screen.query_one(SearchBar).has_focus)
        bar = app.screen.query_one(SearchBar)
        assert bar.search is not None and bar.search.index == 0
        await pilot.press("2", "n")
        await wait_until(pilot, lambda: bar.search is not None and bar.search.index == 2)


async def test_any_other_key_drops_the_count(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.press("4", "escape")  # the count dropped
        await wait_until(pilot, lambda: app.screen.query_one(StatusBar).count is None)
        await pilot.press("j")  # one line, not four
        await wait_until(pilot, lambda: view.scroll_y == 1)
        await pilot.pause()
        assert view.scroll_y == 1


async def test_control_keys_scroll_as_in_less(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ArticleView)
        height = view.scrollable_content_region.height
        for key, expected in (
            ("ctrl+e", 1),
            ("ctrl+d", 1 + height // 2),
            ("ctrl+u", 1),
            ("ctrl+f", height),
            ("ctrl+b", 1),
            ("ctrl+y", 0),
        ):
            await pilot.press(key)
            await wait_until(pilot, partial(_scrolled_to, view, expected))


async def test_question_mark_searches_backward_and_f1_opens_help(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.press("G")
        await wait_until(pilot, lambda: view.at_end)
        top = view.top_offset()
        await pilot.press("question_mark", *"turkey", "enter")
        bar = app.screen.query_one(SearchBar)
        await wait_until(pilot, lambda: not bar.has_focus and bar.search is not None)
        assert bar.search is not None
        # As in less: the last match above the top line.
        last = max(i for i, (start, _) in enumerate(bar.search.matches) if start < top)
        assert bar.search.index == last
        await pilot.press("n")  # upward, as in less
        await wait_until(pilot, lambda: bar.search is not None and bar.search.index == last - 1)
        await pilot.press("N")
        await wait_until(pilot, lambda: bar.search is not None and bar.search.index == last)
        assert view.has_focus
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.press("h")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        await pilot.press("h")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))


async def test_the_key_bar_shows_help_on_f1(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        await wait_until(pilot, lambda: "f1 Help" in str(bar.render()))


async def test_a_count_steps_back_from_the_end_where_sections_share_the_last_screen(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        sections = _reader(app).article.sections
        await pilot.press("G")
        await wait_until(pilot, lambda: view.at_end and _reader(app).current_section == 5)
        await pilot.press("2", "left_square_bracket")  # from section 6, two back
        await wait_until(pilot, lambda: view.top_offset() == sections[3].start)
        assert _reader(app).current_section == 3
        await pilot.press("2", "left_square_bracket")  # from section 4, two back
        await wait_until(pilot, lambda: view.top_offset() == sections[1].start)
        # Section 5 cannot reach the top: a count from there still starts there.
        await pilot.press("5", "s", "2", "left_square_bracket")
        await wait_until(pilot, lambda: view.top_offset() == sections[2].start)
        assert _reader(app).current_section == 2


async def test_a_count_waits_through_a_re_wrap(make_app: AppFactory) -> None:
    """The terminal resized between the digit and the motion re-wraps the text; the count
    still waits, and the motion moves from the place the re-wrap kept."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ArticleView)
        sections = _reader(app).article.sections
        await pilot.press("4", "s", "j", "j", "j")  # inside § 4, where no jump put it
        await wait_until(
            pilot, lambda: round(view.scroll_y) == view.text_layout.line_at(sections[3].start) + 3
        )
        place = view.top_offset()
        await pilot.press("2")
        width = view.text_width
        await pilot.resize_terminal(80, SIZE[1])
        await wait_until(pilot, lambda: view.text_layout.width == view.text_width != width)
        assert app.screen.query_one(StatusBar).count == 2
        line = view.text_layout.line_at(place)
        assert round(view.scroll_y) == line
        await pilot.press("j")  # two lines from there, in the new lines
        await wait_until(pilot, lambda: app.screen.query_one(StatusBar).count is None)
        assert round(view.scroll_y) == line + 2


async def test_a_number_then_enter_goes_to_that_section_from_the_sidebar_and_the_quote_list(
    make_app: AppFactory,
) -> None:
    """`N Enter` anywhere on the reader: the sidebar's and the lists' own Enter give way
    while a number waits."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = _reader(app)
        sidebar = screen.query_one(SectionsSidebar)
        await pilot.press("tab")
        await wait_until(pilot, lambda: sidebar.has_focus)
        await pilot.press("4", "enter")
        await wait_until(pilot, lambda: screen.current_section == 3)
        assert sidebar.has_focus
        await app.workers.wait_for_complete()
        await pilot.press("quotation_mark")
        await wait_until(pilot, lambda: screen.panels.quote_list_focused)
        quotes = screen.query_one(QuoteList)
        await wait_until(pilot, lambda: quotes.option_count > 0)
        await pilot.press("2", "enter")
        await wait_until(pilot, lambda: screen.current_section == 1)
        assert quotes.has_focus and app.screen is screen


async def test_search_drops_the_count_and_a_huge_count_steps_matches_in_one_move(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        status = app.screen.query_one(StatusBar)
        bar = app.screen.query_one(SearchBar)
        await pilot.press("5")
        await wait_until(pilot, lambda: status.count == 5)
        await pilot.press("slash")  # the number is dropped: `/` takes none
        await wait_until(pilot, lambda: bar.has_focus)
        assert status.count is None and "Enter:" not in str(status.render())
        await pilot.press(*"turkey", "enter")
        await wait_until(pilot, lambda: not bar.has_focus and bar.search is not None)
        assert bar.search is not None and bar.search.index == 0
        matches = len(bar.search)
        # Round the matches 9999 times over, as in vim, without a step for each.
        steps: list[int | None] = []
        app.screen.watch(bar, "search", lambda s: steps.append(s.index if s else None))
        await pilot.press("9", "9", "9", "9", "n")
        await wait_until(pilot, lambda: status.count is None)
        assert bar.search.index == 9999 % matches
        assert len(steps) <= 2  # the watch's first call, and the one move
        await pilot.press("9", "9", "9", "9", "N")
        await wait_until(pilot, lambda: status.count is None)
        assert bar.search.index == 0


async def test_a_count_moves_the_sidebar_and_the_quote_list_by_that_many_entries(
    make_app: AppFactory,
) -> None:
    """`3j` in a list moves three entries, as `3j` in the text moves three lines."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = _reader(app)
        sidebar = screen.query_one(SectionsSidebar)
        await pilot.press("tab")
        await wait_until(pilot, lambda: sidebar.has_focus)
        start = sidebar.cursor
        await pilot.press("3", "j")
        await wait_until(pilot, lambda: sidebar.cursor == start + 3)
        await pilot.press("2", "k")
        await wait_until(pilot, lambda: sidebar.cursor == start + 1)
        await app.workers.wait_for_complete()
        await pilot.press("quotation_mark")
        await wait_until(pilot, lambda: screen.panels.quote_list_focused)
        quotes = screen.query_one(QuoteList)
        await wait_until(pilot, lambda: quotes.option_count == 4 and quotes.highlighted == 0)
        await pilot.press("2", "j")
        await wait_until(pilot, lambda: quotes.highlighted == 2)
        assert screen.query_one(StatusBar).count is None
        await pilot.press("2", "k")
        await wait_until(pilot, lambda: quotes.highlighted == 0)
        await pilot.press("9", "j")  # past the last: it stops there, never wraps
        await wait_until(pilot, lambda: quotes.highlighted == 3)
        await pilot.press("j")  # one step still wraps round, as in every option list
        await wait_until(pilot, lambda: quotes.highlighted == 0)
