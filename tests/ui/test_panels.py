"""Pilot tests for entity highlighting, the entity panel and the quote panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.color import Color
from textual.pilot import Pilot
from textual.widgets import Input

import byline.ui.app
from byline.store.library.files import default_article_path
from byline.store.sources import load_article
from byline.store.state import StateStore
from byline.ui.app import BylineApp
from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.entity_panel import EntityPanel
from byline.ui.reader.highlights import Highlight
from byline.ui.reader.quote_panel import QuotePanel
from byline.ui.reader.screen import ReaderScreen
from byline.ui.reader.status_bar import StatusBar
from byline.ui.widgets.blend import TEXT_CONTRAST, contrast, readable_text

from .conftest import AppFactory, wait_until

SIZE = (120, 36)


async def analysed(pilot: Pilot[None]) -> ReaderScreen:
    """Wait for the recognition worker and its message."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen)
    assert screen.analysis is not None
    return screen


def layer(app: BylineApp, name: str) -> list[tuple[int, int, str]]:
    view = app.screen.query_one(ArticleView)
    return [(h.start, h.end, h.component) for h in view.highlights(name)]


async def test_entities_are_highlighted_by_type_and_toggled(
    make_app: AppFactory, config_dir: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        highlights = layer(app, "entities")
        text = screen.article.text
        people = {text[s:e] for s, e, c in highlights if c == "entity-person"}
        assert {"Sergey Lavrov", "Sergei Lavrov", "Lavrov"} <= people
        places = {text[s:e] for s, e, c in highlights if c == "entity-gpe"}
        assert {"Turkey", "Ukraine", "Russia"} <= places
        await pilot.press("e")
        assert layer(app, "entities") == []
    assert StateStore(config_dir).preferences.highlight_entities is False
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        assert layer(app, "entities") == []
        await pilot.press("e")
        assert layer(app, "entities")


async def test_highlight_styles_follow_the_theme(make_app: AppFactory) -> None:
    """Highlights are drawn in the theme's colours, and again in the new theme's after a
    switch."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        view = app.screen.query_one(ArticleView)
        assert "article-view--entity-person" in view.COMPONENT_CLASSES
        person = view.entity_style("PERSON")
        dark = app.theme_variables["text-accent"]
        assert person.color is not None
        assert person.color.triplet == Color.parse(dark).rich_color.triplet
        line = next(
            y for y in range(view.size.height) if "Sergey Lavrov" in view.render_line(y).text
        )
        segment = next(s for s in view.render_line(line) if s.text == "Sergey Lavrov")
        assert segment.style is not None and segment.style.color == person.color
        app.theme = "textual-light"
        await pilot.pause()
        light = app.theme_variables["text-accent"]
        assert light != dark
        person = view.entity_style("PERSON")
        assert person.color is not None
        # The light theme's accent, darkened until it reads on the light page.
        page = Color.from_rich_color(view.rich_style.bgcolor)
        assert person.color.triplet != Color.parse(dark).rich_color.triplet
        assert contrast(Color.from_rich_color(person.color), page) >= TEXT_CONTRAST
        segment = next(s for s in view.render_line(line) if s.text == "Sergey Lavrov")
        assert segment.style is not None and segment.style.color == person.color


async def test_highlights_set_before_the_view_is_mounted_are_styled() -> None:
    """Highlights set before the view is mounted are drawn in their styles."""
    article = load_article(default_article_path()).article
    start = article.text.index("Lavrov")
    view = ArticleView(article, "meta")
    view.set_highlights("search", [Highlight(start, start + 6, "search-match")])

    class One(App[None]):
        CSS_PATH = Path(byline.ui.app.__file__).with_name("app.tcss")

        def get_css_variables(self) -> dict[str, str]:
            variables = super().get_css_variables()
            return {**variables, **readable_text(variables)}

        def compose(self) -> ComposeResult:
            yield view

    async with One().run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert view.component("search-match").bgcolor is not None


async def test_entity_type_visibility_is_remembered(make_app: AppFactory, config_dir: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        screen.toggle_entity_type("GPE")
        assert not [c for _, _, c in layer(app, "entities") if c == "entity-gpe"]
        assert [c for _, _, c in layer(app, "entities") if c == "entity-person"]
        await pilot.press("q")
    preferences = StateStore(config_dir).preferences
    assert preferences.entity_types is not None
    assert "GPE" not in preferences.entity_types


async def test_entity_panel_filters_selects_and_steps_through_mentions(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("E")
        panel = app.screen.query_one(EntityPanel)
        assert panel.display
        await pilot.press(*"lavrov")
        await pilot.pause()
        shown = [e.name for e in panel._shown if e is not None]
        assert shown == ["Sergey Lavrov"]
        await pilot.press("enter")
        await pilot.pause()
        entity = screen.panels.mention.entity if screen.panels.mention else None
        assert entity is not None and entity.name == "Sergey Lavrov"
        assert set(entity.variants) == {"Sergei Lavrov", "Lavrov"}
        status = app.screen.query_one(StatusBar)
        assert status.notice == f"Sergey Lavrov 1/{entity.count}"
        await pilot.press("full_stop")  # right after Enter: a step, not a "." in the filter
        assert status.notice == f"Sergey Lavrov 2/{entity.count}"
        assert panel.query_one(Input).value == "lavrov"
        await pilot.press("comma")
        await pilot.press("escape", "escape")  # clear the filter, then back to the article
        assert isinstance(app.focused, ArticleView)
        for _ in range(4):
            await pilot.press("full_stop")
        assert status.notice == f"Sergey Lavrov 5/{entity.count}"
        view = app.screen.query_one(ArticleView)
        fifth = entity.mentions[4]
        assert view.top_offset() <= fifth.start < view.bottom_offset()
        current = [h for h in layer(app, "mentions") if h[2] == "mention-current"]
        assert current == [(fifth.start, fifth.end, "mention-current")]
        await pilot.press("comma", "comma", "comma", "comma", "comma")
        assert status.notice == f"Sergey Lavrov {entity.count}/{entity.count}"  # wraps
        await pilot.press("escape")  # in the article: forget the selection
        assert screen.panels.mention is None
        assert status.notice == ""
        assert layer(app, "mentions") == []


async def test_keys_typed_at_once_after_a_mention_step_are_handled_in_order(
    make_app: AppFactory,
) -> None:
    """`.` then `]` at once (a paste, or a fast typist): the next mention is shown, then the
    next section, so the text ends at a section's heading."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("E", *"lavrov", "enter", "escape", "escape")
        await pilot.pause()
        mention = screen.panels.mention
        assert mention is not None and isinstance(app.focused, ArticleView)
        section = screen.current_section
        for key, character in (("full_stop", "."), ("right_square_bracket", "]")):
            app.post_message(events.Key(key, character))
        await wait_until(pilot, lambda: screen.current_section != section)
        await pilot.pause()
        entity = mention.entity
        assert app.screen.query_one(StatusBar).notice == f"Sergey Lavrov 2/{entity.count}"
        view = app.screen.query_one(ArticleView)
        assert view.top_offset() == screen.article.sections[screen.current_section].start


async def test_quote_panel_lists_filters_jumps_and_copies(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    copied: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("quotation_mark")
        panel = app.screen.query_one(QuotePanel)
        assert panel.display
        assert len(panel._shown) == 4
        assert {q.speaker for q in panel._shown} == {"Sergey Lavrov"}
        await pilot.press("slash", *"brics")  # `/`: the list's way into the filter
        await pilot.pause()
        assert len(panel._shown) == 1
        quote = panel._shown[0]
        await pilot.press("enter")
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert view.top_offset() <= quote.start < view.bottom_offset()
        assert layer(app, "flash") == [(quote.start, quote.end, "flash")]
        assert screen.article.section_at(quote.start).number == 4
        await pilot.press("quotation_mark", "quotation_mark", "y")  # closed, opened: y copies
        assert copied and copied[0].startswith("“We welcome Turkey’s interest")
        assert copied[0].endswith("— Sergey Lavrov, Turkish Minute")
        for _ in range(100):  # the flash fades after a second
            if not layer(app, "flash"):
                break
            await pilot.pause(0.05)
        assert layer(app, "flash") == []


async def test_quote_filter_is_accent_and_case_insensitive(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("quotation_mark", "slash", *"speaker:LAVROV")
        await pilot.pause()
        panel = app.screen.query_one(QuotePanel)
        assert len(panel._shown) == 4
        await pilot.press(*" zzz")
        await pilot.pause()
        assert panel._shown == []
        await pilot.press("escape")  # clears the filter
        await pilot.pause()
        assert len(panel._shown) == 4


async def test_opening_one_panel_closes_the_other(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("E")
        assert app.screen.query_one(EntityPanel).display
        await pilot.press("escape", "quotation_mark")
        assert app.screen.query_one(QuotePanel).display
        assert not app.screen.query_one(EntityPanel).display
        await pilot.press("escape", "quotation_mark")
        assert not app.screen.query_one(QuotePanel).display


async def test_panels_opened_before_the_analysis_ends_are_filled_when_it_does(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E")  # at once: the panel is mounted by the key
        panel = app.screen.query_one(EntityPanel)
        assert panel.display
        assert isinstance(app.focused, Input)
        await analysed(pilot)
        await wait_until(pilot, lambda: "Sergey Lavrov" in [e and e.name for e in panel._shown])
        await pilot.press("escape", "quotation_mark")
        quotes = app.screen.query_one(QuotePanel)
        await wait_until(pilot, lambda: len(quotes._shown) == 4)


FRAGMENTS = """---
title: Bridge opens
---

The mayor, Jane Smith, spoke at the opening on Monday.

"We built this bridge for everyone," Ms Smith said.

Ms Smith described the delays as "regrettable but necessary" in a statement.
"""


def listed(panel: QuotePanel) -> list[str]:
    """The quote list's options as shown (speaker line, then the words)."""
    options = panel.query_one("#quote-list").options  # type: ignore[attr-defined]
    return [str(option.prompt).replace("\n", " ").strip() for option in options]


async def test_fragments_are_marked_and_can_be_hidden_for_good(
    make_app: AppFactory, tmp_path: Path
) -> None:
    article = tmp_path / "bridge.md"
    article.write_text(FRAGMENTS, encoding="utf-8")
    app = make_app(article)
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("quotation_mark")
        panel = app.screen.query_one(QuotePanel)
        await wait_until(pilot, lambda: len(listed(panel)) == 2)
        speech, fragment = listed(panel)
        assert "fragment" not in speech and "We built this bridge" in speech
        assert fragment.startswith("Jane Smith  · fragment") and "regrettable" in fragment
        await pilot.press("slash", *"regret")  # the filter finds fragments too
        await wait_until(pilot, lambda: len(listed(panel)) == 1)
        await pilot.press("down", "f")  # back in the list, f hides fragments
        await wait_until(pilot, lambda: listed(panel) == [])
        hint = str(panel.query_one("#quote-hint").render())
        assert "0 of 2, fragments hidden" in hint
        assert app.store.preferences.quote_fragments is False
    app = make_app(article)
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("quotation_mark")
        panel = app.screen.query_one(QuotePanel)
        await wait_until(pilot, lambda: len(listed(panel)) == 1)
        assert "We built this bridge" in listed(panel)[0]
