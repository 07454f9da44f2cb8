"""Every built-in theme is readable: the article's text and highlights, the sidebar's marks
and the key bar's keys, checked with WCAG contrast ratios of the styles as they are drawn."""

from __future__ import annotations

from rich.style import Style
from textual.color import Color
from textual.widgets import Static

from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.highlights import ENTITY_COMPONENTS
from byline.ui.reader.sections_sidebar import SectionsSidebar
from byline.ui.widgets.blend import HIGHLIGHT_CONTRAST, TEXT_CONTRAST, contrast
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
