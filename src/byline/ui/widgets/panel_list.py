"""Lists of coloured prompts (the side panels, who said what), drawn readable in every theme.

A prompt's colours are Rich styles fixed when the options are made, so the list works them
out for the theme in use: each colour is moved until it reads on the list, on the cursor row
and on the hover row (`blend.readable`), and when the theme changes the list asks its panel
to make the options again (`Restyled`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from textual.color import Color
from textual.message import Message
from textual.widgets import OptionList

from byline.ui.widgets.blend import component_style, drawn_by, readable

ROWS = ("option-list--option-highlighted", "option-list--option-hover")
"""The rows drawn on a background of their own, under the same prompt colours."""

SCREEN_TAKES_ENTER = "-counting"
"""The class of a screen waiting for the key after a number (the reader's `5 Enter`): while
it is set, Enter is the screen's, not a list's (`PanelList.check_action`)."""


class PanelList(OptionList):
    """An option list whose prompts use `style` (and `quiet`) for their colours."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"panel-list--quiet"}
    """`panel-list--quiet`: counts, sections and other secondary words."""

    @dataclass
    class Restyled(Message):
        """The theme changed: the options should be made again with `style`."""

        panel_list: PanelList

        @property
        def control(self) -> PanelList:
            return self.panel_list

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Enter gives way to the screen's while it waits for a number's key: `5 Enter` goes
        to section 5 wherever the focus is."""
        if action == "select" and self.screen.has_class(SCREEN_TAKES_ENTER):
            return False
        return super().check_action(action, parameters)

    def action_cursor_down(self, count: int = 1) -> None:
        """The next entry (from the last, the first); with a count (`5j`), `count` entries
        on, stopping at the last."""
        self._step(count, 1)

    def action_cursor_up(self, count: int = 1) -> None:
        """The previous entry (from the first, the last); `5k` stops at the first."""
        self._step(count, -1)

    def _step(self, count: int, direction: int) -> None:
        move = super().action_cursor_down if direction > 0 else super().action_cursor_up
        if count == 1:
            move()
            return
        for _ in range(count):
            before = self.highlighted
            move()
            after = self.highlighted
            if before is not None and (after is None or (after - before) * direction <= 0):
                self.highlighted = before  # past the end: stay on the last entry
                return

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, _theme: object) -> None:
        self.post_message(self.Restyled(self))

    def grounds(self) -> list[Color]:
        """What a prompt is drawn on: the list, its cursor row and its hover row."""
        page = self.background_colors[1]
        rows = (component_style(self, name).bgcolor for name in ROWS)
        return [page, *(Color.from_rich_color(row) for row in rows if row is not None)]

    def style(self, style: Style) -> Style:
        """`style` with its colour made readable on every ground of the list (ANSI themes'
        colours are the terminal's, unknown here, and are left alone)."""
        if style.color is None:
            return style
        grounds = self.grounds()
        if grounds[0].ansi is not None:
            return style
        colour = readable(Color.from_rich_color(style.color), grounds, drawn=drawn_by(self.app))
        return style + Style(color=colour.rich_color)

    @property
    def quiet(self) -> Style:
        """The style of secondary words, readable like `style`."""
        return self.style(component_style(self, "panel-list--quiet"))
