"""Every built-in theme is readable: the article's text and highlights, the sidebar's marks
and the key bar's keys, checked with WCAG contrast ratios of the styles as they are drawn."""

from __future__ import annotations

import pytest
import textual.constants
from rich.style import Style
from textual.color import Color
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Static

from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.highlights import ENTITY_COMPONENTS
from byline.ui.reader.sections_sidebar import SectionsSidebar
from byline.ui.widgets.blend import (
    HIGHLIGHT_CONTRAST,
    TEXT_CONTRAST,
    Drawn,
    as_is,
    contrast,
    in_256_colours,
)
from byline.ui.widgets.key_bar import KeyBar

from .conftest import AppFactory, wait_until

COLOURED_TEXT = (
    "title",
    "meta",
    "heading",
    "figure",
    "caption",
    "prefix",
    "code",
    "inline-code",
    *ENTITY_COMPONENTS.values(),
)
"""The article's components that colour text on the page."""

HIGHLIGHTS = ("quote", "search-match", "search-current", "mention", "mention-current", "flash")
"""The article's components that shade the text's background."""


def colours(style: Style) -> tuple[Color, Color]:
    assert style.color is not None and style.bgcolor is not None
    return Color.from_rich_color(style.color), Color.from_rich_color(style.bgcolor)


async def test_every_built_in_theme_is_readable(make_app: AppFactory) -> None:
    app = make_app()
    problems: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        sidebar = app.screen.query_one(SectionsSidebar)
        themes = sorted(app.available_themes)
        assert "textual-light" in themes and "textual-dark" in themes
        for theme in themes:
            if theme.startswith("ansi-"):
                continue  # the terminal's own palette: its colours are not known to the app
            app.theme = theme
            await pilot.pause()
            text, page = colours(view.rich_style)
            if contrast(text, page) < TEXT_CONTRAST:
                problems.append(f"{theme} text {contrast(text, page):.2f}")
            _, shading = colours(view.rich_style + view.component("quote"))
            for name in COLOURED_TEXT:
                fg, bg = colours(view.rich_style + view.component(name))
                # An entity's own colour is drawn over the quote shading too (without one, it
                # takes the quote's colour there).
                own = view.component(name).color is not None
                grounds = [bg, shading] if name.startswith("entity-") and own else [bg]
                worst = min(contrast(fg, ground) for ground in grounds)
                if worst < TEXT_CONTRAST:
                    problems.append(f"{theme} {name} {worst:.2f}")
            for name in HIGHLIGHTS:
                fg, bg = colours(view.rich_style + view.component(name))
                if contrast(bg, page) < HIGHLIGHT_CONTRAST:
                    problems.append(f"{theme} {name} shading {contrast(bg, page):.2f}")
                if contrast(fg, bg) < TEXT_CONTRAST:
                    problems.append(f"{theme} {name} text {contrast(fg, bg):.2f}")
            bar = app.screen.query_one(KeyBar)
            for name in ("key-bar--key", "key-bar--description"):
                fg, bg = colours(bar.rich_style + bar.readable_style(name))
                if contrast(fg, bg) < TEXT_CONTRAST:
                    problems.append(f"{theme} {name} {contrast(fg, bg):.2f}")
            fg, bg = colours(sidebar.rich_style)
            if contrast(fg, bg) < TEXT_CONTRAST:
                problems.append(f"{theme} sidebar text {contrast(fg, bg):.2f}")
            for name in ("mark", "read", "current"):
                fg, bg = colours(sidebar.rich_style + sidebar.component(name))
                if contrast(fg, bg) < TEXT_CONTRAST:
                    problems.append(f"{theme} sidebar {name} {contrast(fg, bg):.2f}")
    assert problems == [], "\n".join(problems)


async def test_highlights_are_calm_by_default_with_a_colour_key(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await wait_until(pilot, lambda: getattr(app.screen, "analysis", None) is not None)
        view = app.screen.query_one(ArticleView)
        shown = {h.component for h in view.highlights("entities")}
        assert shown <= {
            "entity-person",
            "entity-org",
            "entity-gpe",
            "entity-loc",
            "entity-fac",
            "entity-work-of-art",
        }
        assert len({view.component(name).color for name in shown}) <= 4
        await pilot.press("E")
        await pilot.pause()
        key = str(app.screen.query_one("#entity-colours", Static).render())
        assert key.startswith("people  orgs  places  works\n")
        assert "e hides them · ^p: 8 more types" in key
        await pilot.press("escape", "e")
        await pilot.pause()
        assert view.highlights("entities") == []
        key = str(app.screen.query_one("#entity-colours", Static).render())
        assert key == "Highlighting is off: e turns it on"


def unreadable(widget: Widget, drawn: Drawn = as_is) -> list[str]:
    """The words `widget` draws at less than `TEXT_CONTRAST` against their background (dim
    text counted at half strength, as Textual's dim filter draws it), as a terminal shows
    the colours (`drawn`)."""
    found: list[str] = []
    width, height = widget.size
    for strip in widget.render_lines(Region(0, 0, width, height)):
        for text, style, _ in strip:
            words = text.strip(" ▏▕│─░▒▓")  # rules, borders and bars are not text
            if not words or style is None or style.color is None or style.bgcolor is None:
                continue
            fg, bg = (drawn(colour) for colour in colours(style))
            if style.reverse:
                fg, bg = bg, fg
            if style.dim:
                fg = bg.blend(fg, 0.5)
            if contrast(fg, bg) < TEXT_CONTRAST:
                found.append(f"{type(widget).__name__} {words[:24]!r} {contrast(fg, bg):.2f}")
    return found


async def unreadable_in_every_theme(
    pilot: Pilot[None], keys: tuple[str, ...], drawn: Drawn = as_is
) -> list[str]:
    """Once the article is analysed and `keys` pressed, the words drawn below `TEXT_CONTRAST`
    on screen in each theme but the terminal's own (`unreadable`), as `drawn` shows them."""
    app = pilot.app
    await wait_until(pilot, lambda: getattr(app.screen, "analysis", None) is not None)
    await pilot.press(*keys)
    await app.workers.wait_for_complete()
    await pilot.pause()
    problems: list[str] = []
    for theme in sorted(theme for theme in app.available_themes if not theme.startswith("ansi")):
        app.theme = theme
        await pilot.pause()
        for widget in app.screen.query(Widget):
            if widget.display and widget.region.area and not widget.children:
                problems += [f"{theme}: {problem}" for problem in unreadable(widget, drawn)]
    return problems


@pytest.mark.parametrize(
    "keys",
    [
        ("E", "down"),  # the entity panel
        ("quotation_mark",),  # the quote panel
        ("slash", *"turkey"),  # the search prompt
        ("f1",),  # help
        ("L",),  # the library
        ("W",),  # who said what
    ],
)
async def test_every_word_on_screen_reads_in_every_theme(
    make_app: AppFactory, keys: tuple[str, ...]
) -> None:
    """Every word drawn (names in their colours, counts, hints, placeholders, cursor rows,
    Textual's own widgets) reads in every theme, also after switching themes."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        problems = await unreadable_in_every_theme(pilot, keys)
    assert problems == [], "\n".join(problems)


async def test_every_word_reads_in_every_theme_in_256_colours(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a terminal of 256 colours (tmux without ``COLORTERM``) each colour is drawn as the
    nearest of the palette: the colours are chosen to read as drawn there."""
    monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", "256")
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:  # the sidebar beside the quote panel
        assert app.console.color_system == "256"
        problems = await unreadable_in_every_theme(pilot, ("quotation_mark",), in_256_colours)
    assert problems == [], "\n".join(problems)
