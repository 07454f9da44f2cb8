"""Component-class styles for line-API widgets, with translucent theme colours resolved and,
where asked, made readable: text against what it is drawn on, highlights against the page."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rich.color import ColorSystem
from rich.style import Style
from textual.color import Color, ColorParseError
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.app import App

TEXT_CONTRAST = 4.5
"""The least contrast of text against its background (WCAG AA for body text)."""

HIGHLIGHT_CONTRAST = 1.5
"""The least contrast of a highlight's background against the page: enough to be seen."""

STEPS = 20
"""How finely a colour is moved towards black or white until it reads (`readable`)."""

Drawn = Callable[[Color], Color]
"""How a terminal shows a colour: contrast is measured on the colours as drawn."""


def as_is(color: Color) -> Color:
    """A colour as a true-colour terminal shows it."""
    return color


def in_256_colours(color: Color) -> Color:
    """A colour as a terminal of 256 colours shows it: the nearest of its palette, as Rich
    writes it (tmux without ``COLORTERM``, many terminals over ssh)."""
    return Color.from_rich_color(color.rich_color.downgrade(ColorSystem.EIGHT_BIT))


def drawn_by(app: App[Any]) -> Drawn:
    """How `app`'s terminal shows colours. A colour chosen to read in true colour can lose
    its contrast in the move to 256 colours (a light theme's text, 4.5:1 before, 3.4:1
    after), so readable colours are chosen as the terminal will draw them."""
    return in_256_colours if app.console.color_system == "256" else as_is


def component_style(
    widget: Widget,
    name: str,
    over: Widget | None = None,
    *,
    readable_on: Sequence[Color] | None = None,
) -> Style:
    """A component class's own style (one of `widget`'s) for drawing on the background of
    `over` (by default `widget`).

    A partial Rich style cannot carry alpha, so translucent colours (``$accent 40%``) and
    ``auto`` text colours are blended over the widget's background here; then highlights can
    be stacked by adding styles.

    With `readable_on` (the other backgrounds its text may be drawn on, none to ask for the
    page alone), the style is made readable in any theme: its background is moved away from
    the page until it stands out (`HIGHLIGHT_CONTRAST`), and its text, or the widget's text
    when it sets only a background, is moved towards black or white until it reads
    (`TEXT_CONTRAST`) on its own background or on each of those. ANSI colours are the
    terminal's, unknown here, and are left alone.
    """
    styles = widget.get_component_styles(name)
    drawn = drawn_by(widget.app)
    page = (over or widget).background_colors[1]
    enforce = readable_on is not None and page.ansi is None
    background = page
    bgcolor = color = None
    text: Color | None = None
    if styles.has_rule("background"):
        background = background + styles.background
        if enforce:
            background = distinct(background, page, HIGHLIGHT_CONTRAST, drawn=drawn)
    if styles.has_rule("color"):
        text = styles.color
        if styles.auto_color:  # "auto": whichever of black or white reads on it
            text = background.get_contrast_text(text.a)
        text = background + text
    elif enforce and styles.has_rule("background"):  # the widget's text, on the highlight
        widget_text = widget.rich_style.color
        text = Color.from_rich_color(widget_text) if widget_text is not None else None
    if enforce and text is not None and styles.has_rule("background"):
        text, background = legible(text, background, drawn=drawn)
    elif enforce and text is not None:
        text = readable(text, [page, *(readable_on or ())], drawn=drawn)
    if styles.has_rule("background"):
        bgcolor = background.rich_color
    if text is not None:
        color = text.rich_color
    return styles.partial_rich_style + Style(color=color, bgcolor=bgcolor)


def legible(text: Color, background: Color, *, drawn: Drawn = as_is) -> tuple[Color, Color]:
    """`text` made readable on `background` (`readable`); where no text colour can be (a
    background of middling lightness), the background moved away from the text too."""
    text = readable(text, [background], drawn=drawn)
    if contrast(drawn(text), drawn(background)) >= TEXT_CONTRAST:
        return text, background
    away = Color(255, 255, 255) if luminance(text) < 0.5 else Color(0, 0, 0)
    for step in range(1, STEPS + 1):
        moved = background.blend(away, step / STEPS)
        if contrast(drawn(text), drawn(moved)) >= TEXT_CONTRAST:
            return text, moved
    return text, away


def readable(
    text: Color,
    grounds: Sequence[Color],
    minimum: float = TEXT_CONTRAST,
    *,
    drawn: Drawn = as_is,
) -> Color:
    """`text`, moved towards black or white (whichever contrasts with the first ground) until
    it has `minimum` contrast on every one of `grounds`, as the terminal draws them."""
    target = grounds[0].get_contrast_text(1.0)
    shown = [drawn(ground) for ground in grounds]
    for step in range(STEPS + 1):
        moved = text.blend(target, step / STEPS)
        if min(contrast(drawn(moved), ground) for ground in shown) >= minimum:
            return moved
    return target


def distinct(
    background: Color,
    page: Color,
    minimum: float = HIGHLIGHT_CONTRAST,
    *,
    drawn: Drawn = as_is,
) -> Color:
    """`background`, moved away from `page` (towards white on a dark page, black on a light
    one) until it has `minimum` contrast against it, as the terminal draws them."""
    target = page.get_contrast_text(1.0)
    for step in range(STEPS + 1):
        moved = background.blend(target, step / STEPS)
        if contrast(drawn(moved), drawn(page)) >= minimum:
            return moved
    return target


def luminance(color: Color) -> float:
    """WCAG 2 relative luminance of an opaque colour, 0 (black) to 1 (white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(first: Color, second: Color) -> float:
    """WCAG 2 contrast ratio of two opaque colours, 1 (none) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_text(variables: Mapping[str, str], *, drawn: Drawn = as_is) -> dict[str, str]:
    """Two CSS variables for a theme, from its `variables`: `readable-text` (the foreground)
    and `readable-quiet` (secondary words, the foreground at 75%), each moved until it reads
    (`TEXT_CONTRAST`) on every background that panels, hints and inputs draw text on: the
    page, the surface, panels, inputs (`$boost`) and list rows (`$accent 25%`,
    `$foreground 8%`, as `app.tcss` draws them). Some themes' own foreground does not. A
    theme of ANSI colours keeps its foreground: those colours are the terminal's."""
    fallback = {
        "readable-text": variables.get("foreground", "ansi_default"),
        "readable-quiet": variables.get("foreground", "ansi_default"),
    }
    try:
        foreground, background, surface, panel, boost, accent = (
            Color.parse(variables[name])
            for name in ("foreground", "background", "surface", "panel", "boost", "accent")
        )
    except (KeyError, ColorParseError):
        return fallback
    if foreground.ansi is not None or background.ansi is not None:
        return fallback
    surface, panel = background + surface, background + panel
    grounds = [
        surface,
        background,
        panel,
        surface + boost,
        surface + accent.with_alpha(0.25),
        surface + foreground.with_alpha(0.08),
        panel + foreground.with_alpha(0.08),  # a focused input's tint on a panel
        surface + foreground.with_alpha(0.08) + accent.with_alpha(0.25),  # cursor on a stripe
    ]
    text = readable(background + foreground, grounds, drawn=drawn)
    quiet = readable(surface + foreground.with_alpha(0.75), grounds, drawn=drawn)
    return {"readable-text": text.hex, "readable-quiet": quiet.hex}
