"""The base of Byline's line-API widgets: styles looked up once, not once a line."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from textual.geometry import Region
from textual.scroll_view import ScrollView
from textual.strip import Strip

from byline.ui.widgets.blend import component_style


class LineView(ScrollView):
    """A `ScrollView` that draws its own lines (`render_line`), with the styles it needs.

    `base_style` is the widget's own Rich style, found once a frame: Textual's `rich_style`
    walks every ancestor's styles each time it is read, so it is not read for each line.
    `component(name)` is a component class's style, cached until the styles change (theme,
    focus).
    """

    COMPONENT_PREFIX: ClassVar[str] = ""
    """The component classes' common prefix, such as ``"article-view--"``."""

    base_style: Style = Style()
    """The widget's style in the frame being drawn."""

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's widget signature
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._components: dict[str, Style] = {}

    def render_lines(self, crop: Region) -> list[Strip]:
        self.base_style = self.rich_style
        return super().render_lines(crop)

    READABLE: ClassVar[bool] = False
    """Whether the component styles are made readable in every theme (`component_style`):
    text against its background, highlights against the page."""

    def component(self, name: str) -> Style:
        """The style of the component class `COMPONENT_PREFIX + name`, on this background."""
        style = self._components.get(name)
        if style is None:
            style = self._components[name] = self.resolve_component(name)
        return style

    def resolve_component(self, name: str) -> Style:
        """The style of a component class, worked out (`component` keeps it)."""
        readable_on = () if self.READABLE else None
        return component_style(self, self.COMPONENT_PREFIX + name, readable_on=readable_on)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._components.clear()
