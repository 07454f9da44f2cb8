"""Pilot tests for the reader: section keys, scroll-spy, search, state, panels."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual import events
from textual.content import Content
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from byline.core.article.model import Article
from byline.store.sources import PREVIEW_CHARS, LoadedArticle, load_article
from byline.store.state import StateStore
from byline.ui.app import BylineApp
from byline.ui.commands import SECTION_COMMANDS
from byline.ui.dialogs.bookmarks import BookmarksScreen
from byline.ui.dialogs.help import HelpScreen
from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.screen import ReaderScreen
from byline.ui.reader.search_bar import SearchBar
from byline.ui.reader.sections_sidebar import SectionsSidebar
from byline.ui.reader.status_bar import StatusBar
from byline.ui.reader.work import Progress, reporter
from byline.ui.widgets.key_bar import KeyBar

from .conftest import AppFactory, notified, wait_until

SIZE = (100, 30)


def reader(app: BylineApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def view(app: BylineApp) -> ArticleView:
    return app.screen.query_one(ArticleView)


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.pause()


async def test_bracket_keys_move_between_sections(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        sections = reader(app).article.sections
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert view(app).top_offset() == sections[1].start
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert view(app).top_offset() == sections[2].start
        assert reader(app).current_section == 2
        status = app.screen.query_one(StatusBar)
        assert status.section_label.startswith("§ 3/6")
        # The heading lands at the top of the view.
        layout = view(app).text_layout
        assert layout.line_at(sections[2].start) == round(view(app).scroll_y)
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert reader(app).current_section == 1


async def test_previous_section_from_inside_a_section_goes_to_its_heading(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        sections = reader(app).article.sections
        await pilot.press("3", "s", "j", "j", "j")
        await settle(pilot)
        assert view(app).top_offset() > sections[2].start
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert view(app).top_offset() == sections[2].start


async def test_a_number_then_s_jumps_to_section_n_and_ignores_missing_ones(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        sections = reader(app).article.sections
        await pilot.press("5", "s")
        await settle(pilot)
        assert reader(app).current_section == 4
        assert view(app).top_offset() == sections[4].start
        await pilot.press("9", "s")  # the article has six sections: nothing happens
        await settle(pilot)
        assert reader(app).current_section == 4
        await pilot.press("1", "s")
        await settle(pilot)
        assert view(app).scroll_y == 0


async def test_end_and_home_keys_and_progress(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        status = app.screen.query_one(StatusBar)
        assert status.percent < 50
        await pilot.press("G")
        await settle(pilot)
        assert view(app).at_end
        assert status.percent == 100
        assert reader(app).current_section == 5
        await pilot.press("g")
        await settle(pilot)
        assert view(app).scroll_y == 0
        assert reader(app).current_section == 0


async def test_pager_keys_scroll_by_line_page_and_half_page(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_view = view(app)
        height = article_view.scrollable_content_region.height
        assert article_view.scroll_y == 0
        await pilot.press("j", "j")
        assert article_view.scroll_y == 2
        await pilot.press("k")
        assert article_view.scroll_y == 1
        await pilot.press("space")
        assert article_view.scroll_y == 1 + height - 1
        await pilot.press("b")
        assert article_view.scroll_y == 1
        await pilot.press("d")
        assert article_view.scroll_y == 1 + height // 2
        await pilot.press("u")
        assert article_view.scroll_y == 1


async def test_scroll_spy_follows_scrolling_and_marks_read_sections(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        sidebar = app.screen.query_one(SectionsSidebar)
        assert sidebar.current == 0
        for _ in range(3):
            await pilot.press("space")
        await settle(pilot)
        screen = reader(app)
        expected = screen.article.section_at(view(app).top_offset()).index
        assert expected > 0
        assert sidebar.current == expected == screen.current_section
        assert "lead" in screen.state.read_sections
        assert screen.article.sections[-1].id not in screen.state.read_sections


async def test_sidebar_enter_jumps_and_tab_moves_focus(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, ArticleView)
        await pilot.press("tab")
        assert isinstance(app.focused, SectionsSidebar)
        await pilot.press("down", "down", "down", "enter")
        await settle(pilot)
        assert reader(app).current_section == 3


async def test_toggle_sidebar_is_remembered(make_app: AppFactory, config_dir: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        sidebar = app.screen.query_one(SectionsSidebar)
        assert sidebar.display
        await pilot.press("t")
        assert not sidebar.display
    assert StateStore(config_dir).preferences.sidebar is False
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not app.screen.query_one(SectionsSidebar).display


async def test_search_counts_steps_and_clears(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"lavrov")
        await settle(pilot)
        status = app.screen.query_one(StatusBar)
        screen = reader(app)
        assert screen.search_bar.search is not None
        total = len(screen.search_bar.search)
        assert total == screen.article.text.lower().count("lavrov")
        assert status.search_label == f"/lavrov  1/{total}"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.focused, ArticleView)
        await pilot.press("n", "n")
        assert status.search_label == f"/lavrov  3/{total}"
        start = screen.search_bar.search.matches[2][0]
        assert view(app).top_offset() <= start < view(app).bottom_offset()
        await pilot.press("N")
        assert status.search_label == f"/lavrov  2/{total}"
        await pilot.press("N", "N")
        assert status.search_label == f"/lavrov  {total}/{total}"  # wraps around
        await pilot.press("escape")
        assert screen.search_bar.search is None
        assert status.search_label == ""


async def test_the_search_prompt_opens_over_the_key_bar_and_moves_nothing(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()  # the analysis
        await settle(pilot)
        bars = app.screen.query(SearchBar)
        assert len(bars) == 1 and not bars.first().display
        region, key_bar = view(app).region, app.screen.query_one(KeyBar).region
        await pilot.press("slash")
        assert app.focused is bars.first()
        assert bars.first().region == key_bar  # over the key bar, as the prompt of less
        assert view(app).region == region  # the text has not moved


async def test_keys_typed_right_after_enter_are_the_reader_s_not_the_query_s(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"lavrov")
        await settle(pilot)
        screen = reader(app)
        assert screen.search_bar.search is not None
        total = len(screen.search_bar.search)
        # Enter, n and ] at once (a paste, or a fast typist): they reach the prompt, which
        # still has the focus until the reader handles its closing.
        for key, character in (("enter", "\r"), ("n", "n"), ("right_square_bracket", "]")):
            app.post_message(events.Key(key, character))
        await wait_until(pilot, lambda: screen.current_section == 1)
        assert screen.search_bar.search.query == "lavrov"
        assert app.screen.query_one(StatusBar).search_label == f"/lavrov  2/{total}"
        assert isinstance(app.focused, ArticleView)
        assert screen.current_section == 1  # ] went to the next section


async def test_search_without_match_says_so(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zzqx", "enter")
        await settle(pilot)
        assert app.screen.query_one(StatusBar).search_label == "/zzqx: no match"


async def test_resume_where_the_reader_left_off(make_app: AppFactory, config_dir: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await settle(pilot)
        await pilot.press("q")
    stored = StateStore(config_dir)
    article_id = stored.state.last_article
    assert article_id is not None
    position = stored.article(article_id).position
    assert position is not None
    assert position.section_id == "turkey-s-role-in-us-ukraine-defense-cooperation"
    assert position.offset == 0
    # A different terminal width: the position is not a line number, so it still holds.
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        assert reader(app).current_section == 2
        assert view(app).top_offset() == reader(app).article.sections[2].start
        assert notified(app, "Resumed at section 3/6")


async def test_bookmarks_add_list_and_jump(make_app: AppFactory, config_dir: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4", "s", "m")
        await settle(pilot)
        screen = reader(app)
        assert len(screen.state.bookmarks) == 1
        assert screen.state.bookmarks[0].label.startswith("§4 Turkey’s BRICS")
        await pilot.press("2", "s", "m", "g", "apostrophe")
        await settle(pilot)
        assert isinstance(app.screen, BookmarksScreen)
        listed = app.screen.bookmarks
        assert [b.label[:2] for b in listed] == ["§2", "§4"]  # in reading order, not as added
        await pilot.press("down", "enter")
        await settle(pilot)
        assert reader(app).current_section == 3
    assert StateStore(config_dir).article(screen.article.id).bookmarks


async def test_the_bookmark_list_moves_with_j_k_and_x_removes_the_highlighted_one(
    make_app: AppFactory, config_dir: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("2", "s", "m", "4", "s", "m", "5", "s", "m", "apostrophe")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, BookmarksScreen)
        await pilot.press("j", "j", "k", "x")  # on the second: §4
        await settle(pilot)
        assert isinstance(app.screen, BookmarksScreen)  # the list stays open
        assert [b.label[:2] for b in dialog.bookmarks] == ["§2", "§5"]
        assert [b.label[:2] for b in screen.state.bookmarks] == ["§2", "§5"]
        assert dialog.query_one(OptionList).highlighted == 1  # the next one: §5
        assert notified(app, "Bookmark removed")
        await pilot.press("x", "x")  # §5, then §2: none left, the list closes
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert screen.state.bookmarks == ()
        app.save_store()
    assert StateStore(config_dir).article(screen.article.id).bookmarks == ()


async def test_help_lists_live_bindings(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        rows = {description: keys for keys, description, _ in help_screen.rows()}
        assert rows["Next §"] == "]"
        assert rows["A count (5j), or N Enter"] == "0, 1, 2, 3, 4, 5, 6, 7, 8, 9"
        assert rows["Section N (5 Enter)"] == "s, ⏎"
        assert "j" in rows["Line down"]
        assert "q" in rows["Quit"].split(", ")
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_theme_choice_is_remembered(make_app: AppFactory, config_dir: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "textual-light"
        await settle(pilot)
    assert StateStore(config_dir).preferences.theme == "textual-light"
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "textual-light"


async def test_command_palette_goes_to_a_section(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"go to section 5")
        await palette_settled(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert reader(app).current_section == 4


async def test_progress_waits_while_another_screen_is_over_the_reader(
    make_app: AppFactory,
) -> None:
    """Under the command palette the reader neither takes progress reports (each message it
    handled there repainted it whole, and the palette redrew it) nor changes its status line;
    the latest activity shows once the reader is back."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        status = app.screen.query_one(StatusBar)
        posted: list[object] = []
        post = screen.post_message

        def spy(message: Message) -> bool:
            posted.append(message)
            return post(message)

        screen.post_message = spy  # type: ignore[method-assign]

        async def report(fraction: float) -> None:
            def work() -> None:
                reporter(screen, "Loading")(fraction)

            await screen.run_worker(work, thread=True).wait()

        status.show_activity("Working 10%")
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert app.screen is not screen
        await report(0.5)
        status.show_activity("Working 60%")
        await settle(pilot)
        assert not [m for m in posted if isinstance(m, Progress)]
        assert status.activity == "Working 10%"
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        assert status.activity == "Working 60%"
        await report(0.7)
        await settle(pilot)
        assert [m for m in posted if isinstance(m, Progress)]
        assert status.activity == "Loading 70%"


def many_sections(path: Path, count: int) -> Path:
    """An article of `count` numbered sections, each with a short paragraph."""
    parts = ["# Many sections", "", "Lead paragraph.", ""]
    for number in range(1, count):
        parts += [f"## Part {number} of the story", "", f"Paragraph {number}.", ""]
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


async def palette_settled(pilot: Pilot[None]) -> None:
    """Wait until the command palette has gathered its commands for what is typed (and any
    other worker has finished)."""
    await pilot.app.workers.wait_for_complete()
    await settle(pilot)


def palette_prompts(app: BylineApp) -> list[str]:
    options = app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_command_palette_on_many_sections(make_app: AppFactory, tmp_path: Path) -> None:
    """Before anything is typed, the palette lists the sections around the current one, not
    hundreds; typed, a section number's own section ranks above those whose number holds it
    ("Go to section 500" above 1500 and 2500), with the typed words highlighted."""
    app = make_app(many_sections(tmp_path / "many.md", 3000))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader(app).go_to_section(reader(app).article.sections[700])
        await settle(pilot)
        await pilot.press("ctrl+p")
        await palette_settled(pilot)
        listed = [p for p in palette_prompts(app) if p.startswith("Go to section")]
        assert len(listed) == SECTION_COMMANDS
        assert any(p.startswith("Go to section 701:") for p in listed)
        await pilot.press(*"go to section 500")
        await palette_settled(pilot)
        prompts = palette_prompts(app)
        assert prompts[0].startswith("Go to section 500: Part 499 of the story")
        assert any(p.startswith("Go to section 1500:") for p in prompts)
        first = app.screen.query_one(OptionList).get_option_at_index(0).prompt
        assert isinstance(first, Content)
        name_end = first.plain.index("\n")  # then the help line: "N words"
        marked = "".join(
            first.plain[span.start : span.end]
            for span in first.spans
            if span.style and span.end <= name_end
        )
        assert marked == "Gotosection500"  # the typed words, spaces left plain
        await pilot.press("enter")
        await settle(pilot)
        assert reader(app).current_section == 499


async def test_palette_lists_the_reader_keys_and_runs_them(make_app: AppFactory) -> None:
    """The palette's reader commands are the bindings with a tooltip, named by their
    description with the tooltip as help; those that do not apply now are left out; one
    chosen shows its effect once the palette has closed."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await palette_settled(pilot)
        prompts = palette_prompts(app)
        assert "Sidebar\nShow or hide the table of contents" in prompts
        assert "Who said what\nSpeakers across the library and their quotes" in prompts
        assert not [p for p in prompts if p.startswith("Next match")]  # no tooltip
        await pilot.press(*"sidebar")
        await palette_settled(pilot)
        assert palette_prompts(app)[0].startswith("Sidebar")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        # the text takes the sidebar's place (on the next layout, which may not have run yet)
        await wait_until(pilot, lambda: view(app).region.x == 0)
        assert not app.screen.query_one(SectionsSidebar).display


async def test_resize_keeps_the_reading_position(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4", "s")
        await settle(pilot)
        offset = view(app).top_offset()
        await pilot.resize_terminal(70, 30)
        await wait_until(pilot, lambda: view(app).top_offset() == offset)
        assert reader(app).current_section == 3


async def test_article_text_is_shown_literally(make_app: AppFactory, tmp_path: Path) -> None:
    path = tmp_path / "hostile.md"
    path.write_text(
        "---\ntitle: '[bold]Not bold[/bold] \x1b]0;pwned\x07'\n---\n\n"
        "## [@click=app.quit]Click me[/]\n\nText with [red]markup[/red] and \x1b[31mESC\x1b[0m.\n"
        "\n## Two\n\nA second section: the sidebar is shown.\n",
        encoding="utf-8",
    )
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lines = [view(app).render_line(y).text for y in range(12)]
        screen_text = "\n".join(lines)
        assert "[bold]Not bold[/bold]" in screen_text
        assert "Text with [red]markup[/red] and ␛[31mESC␛[0m." in screen_text
        assert "\x1b" not in screen_text
        sidebar_text = app.screen.query_one(SectionsSidebar).entry_text(0)
        assert "[@click=app.quit]Click me[/]" in " ".join(sidebar_text.split())
        await pilot.press("2", "s")
        await settle(pilot)
        assert app.is_running


async def test_command_palette_hides_an_entity_type(make_app: AppFactory, config_dir: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"hide gpe highlights")
        await palette_settled(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("q")
    types = StateStore(config_dir).preferences.entity_types
    assert types is not None and "GPE" not in types and "PERSON" in types


async def test_q_typed_into_the_search_prompt_is_text_not_quit(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"iraq", "enter")
        await settle(pilot)
        assert app.is_running
        screen = reader(app)
        assert screen.search_bar.search is not None and screen.search_bar.search.query == "iraq"
        await pilot.press("q")
        await settle(pilot)
    assert not app.is_running


async def test_a_search_typed_while_a_big_article_loads_covers_it_once_whole(
    config_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.md"
    count = 2 * PREVIEW_CHARS // 40
    path.write_text(
        "\n\n".join(f"## Part {n}\n\nThe Kremlin said {n}." for n in range(count)), "utf-8"
    )
    parsed = threading.Event()
    whole = LoadedArticle.complete_article

    def held_back(self: LoadedArticle, progress: Callable[[float], None] | None = None) -> Article:
        parsed.wait(10)  # the parse of the rest ends when the test says so
        return whole(self, progress)

    monkeypatch.setattr(LoadedArticle, "complete_article", held_back)
    app = BylineApp(load_article(path, preview=True), StateStore(config_dir))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert not screen.article.complete
        await pilot.press("slash", *"kremlin", "enter", "n")
        await settle(pilot)
        assert screen.search_bar.search is not None
        in_preview = len(screen.search_bar.search)
        assert 0 < in_preview < count
        status = app.screen.query_one(StatusBar)
        assert status.search_label == f"/kremlin  2/{in_preview}"
        parsed.set()
        await wait_until(pilot, lambda: screen.article.complete)
        await settle(pilot)
        assert len(screen.search_bar.search) == count
        assert status.search_label == f"/kremlin  2/{count}"  # the same match, more of them


@pytest.mark.parametrize("pauses", [0, 1, 2, 4, 8])
async def test_quitting_at_any_moment_of_start_up_is_clean(
    make_app: AppFactory, pauses: int
) -> None:
    """`q` while the reader is still starting, or as the analysis arrives, ends the app
    without an error (run_test raises whatever the app raised)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(pauses):
            await pilot.pause()
        await pilot.press("q")
    assert app.return_code == 0


async def test_quitting_as_the_analysis_is_shown_is_clean(make_app: AppFactory) -> None:
    for _ in range(3):
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            screen = reader(app)
            await wait_until(pilot, lambda: screen.analysis is not None)  # noqa: B023
            await pilot.press("q")
        assert app.return_code == 0


@pytest.mark.parametrize(
    ("key", "panel_id"), [("E", "entity-panel"), ("quotation_mark", "quote-panel")]
)
async def test_a_panel_opened_right_after_start_works(
    make_app: AppFactory, key: str, panel_id: str
) -> None:
    """Asked for before the analysis is done, a panel opens at once, takes what is typed
    into its filter (the quote panel's after `/`), and fills in when the analysis arrives."""
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press(key, *(["slash"] if key == "quotation_mark" else []), *"lav")
        panel = app.screen.query_one(f"#{panel_id}")
        assert panel.display
        assert isinstance(app.focused, Input) and app.focused.value == "lav"
        assert app.focused in panel.query(Input)
        await wait_until(pilot, lambda: reader(app).analysis is not None)
        await settle(pilot)
        options = panel.query_one(OptionList)
        assert options.option_count > 0
        assert any(
            "Lavrov" in str(options.get_option_at_index(i).prompt)
            for i in range(options.option_count)
        )
        await pilot.press("escape", "escape")  # clear the filter, then back to the text
        assert isinstance(app.focused, ArticleView) and panel.display
        await pilot.press(key)
        assert not panel.display
