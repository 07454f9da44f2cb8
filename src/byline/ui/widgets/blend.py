"""Component-class styles for line-API widgets, with translucent theme colours resolved."""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


def component_style(widget: Widget, name: str, over: Widget | None = None) -> Style:
    """A component class's own style (one of `widget`'s) for drawing on the background of
    `over` (by default `widget`).

    A partial Rich style cannot carry alpha, so translucent colours (``$accent 40%``) and
    ``auto`` text colours are blended over the widget's background here; then highlights can
    be stacked by adding styles.
    """
    styles = widget.get_component_styles(name)
    background = (over or widget).background_colors[1]
    bgcolor = color = None
    if styles.has_rule("background"):
        background = background + styles.background
        bgcolor = background.rich_color
    if styles.has_rule("color"):
        text = styles.color
        if styles.auto_color:  # "auto": whichever of black or white reads on it
            text = background.get_contrast_text(text.a)
        color = (background + text).rich_color
    return styles.partial_rich_style + Style(color=color, bgcolor=bgcolor)
