"""The base of Byline's line-API widgets: styles looked up once, not once a line."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from textual.geometry import Region
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget

from byline.ui.widgets.blend import component_style


class LineView(ScrollView):
    """A `ScrollView` that draws its own lines (`render_line`), with the styles it needs.

    `base_style` is the widget's own Rich style, found once a frame: Textual's `rich_style`
    walks every ancestor's styles each time it is read, and reading it for each line cost
    ~4 ms of the first frame. `component(name)` is a component class's style, cached until
    the styles change (theme, focus).
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

    def component(self, name: str) -> Style:
        """The style of component `name` (see `component_source`), on this background; none
        while its source is not there."""
        style = self._components.get(name)
        if style is None:
            source = self.component_source(name)
            if source is None:
                return Style()
            widget, component_class = source
            style = self._components[name] = component_style(widget, component_class, self)
        return style

    def component_source(self, name: str) -> tuple[Widget, str] | None:
        """The widget and component class that hold component `name`'s style: this widget's
        `COMPONENT_PREFIX + name`, unless a subclass says otherwise."""
        return self, self.COMPONENT_PREFIX + name

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._components.clear()
