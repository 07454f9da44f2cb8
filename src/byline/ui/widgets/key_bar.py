"""The key bar: the screen's main keys on the bottom line, drawn by one widget.

It shows what Textual's `Footer` shows (each shown binding's key and description, disabled
ones dimmed, the command palette's key on the right; a click presses the key), but as one
widget that draws a line of text. `Footer` is a container with a widget per key, mounted and
recomposed on every start and every change of bindings; one line of text is far cheaper
(docs/performance.md has the figures).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.color import Color
from textual.reactive import reactive
from textual.widget import Widget

from byline.ui.widgets.blend import TEXT_CONTRAST, contrast, drawn_by, readable

if TYPE_CHECKING:
    from textual.screen import Screen


class KeyItem(NamedTuple):
    """One key on the bar."""

    key: str
    """The key to press (`Binding.key`)."""
    display: str
    """How the key is shown (``^p`` for ctrl+p)."""
    description: str
    enabled: bool
    id: str | None = None
    """The binding's id (`Binding.id`), by which a screen names the keys to drop first."""


def _declared_at(node: object, binding: Binding) -> int:
    """Where `node`'s class declares `binding` (by id), so that a remapped key keeps its
    place; after the declared ones if it is not found."""
    declared = getattr(node, "BINDINGS", ())
    ids = [b.id for b in declared if isinstance(b, Binding)]
    return ids.index(binding.id) if binding.id in ids else len(ids)


class KeyBar(Widget, can_focus=False):
    """The active screen's keys (bindings with ``show=True``), one line, clickable."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-bar--key",
        "key-bar--description",
        "key-bar--hover",
        "key-bar--separator",
    }

    hover: reactive[int | None] = reactive(None)
    """Index (in `_placed`) of the key under the mouse pointer."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's name)
        super().__init__(id=id)
        self._placed: list[tuple[int, int, KeyItem]] = []
        """The keys drawn last, with the columns they take (start, end exclusive)."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: Screen[object]) -> None:
        self.refresh()

    def _collect(self) -> tuple[list[KeyItem], KeyItem | None]:
        """The keys to show, in the order the screen declares them (the first for an
        action), and the command palette's."""
        app = self.app
        bindings = self.screen.active_bindings
        ranked: list[tuple[int, int, KeyItem]] = []
        nodes: list[object] = []
        actions: set[str] = set()
        for node, binding, enabled, _tooltip in bindings.values():
            if binding.show and binding.action not in actions:
                actions.add(binding.action)
                display = app.get_key_display(binding)
                item = KeyItem(binding.key, display, binding.description, enabled, binding.id)
                if node not in nodes:
                    nodes.append(node)
                ranked.append((nodes.index(node), _declared_at(node, binding), item))
        # A key remapped in config.toml keeps its binding's place, not the end of the bar.
        items = [item for _, _, item in sorted(ranked, key=lambda r: r[:2])]
        palette = None
        if app.ENABLE_COMMAND_PALETTE:
            found = bindings.get(app.COMMAND_PALETTE_BINDING)
            if found is not None:
                _node, binding, enabled, _tooltip = found
                display = app.get_key_display(binding)
                palette = KeyItem(binding.key, display, binding.description, enabled)
        return items, palette

    def _fitted(self, items: list[KeyItem], room: int) -> list[KeyItem]:
        """`items` without those the screen lists in `KEY_BAR_DROP_ORDER` (binding ids, least
        important first), dropped one by one until the rest fits in `room` cells."""
        drop_order: tuple[str, ...] = getattr(self.screen, "KEY_BAR_DROP_ORDER", ())
        for binding_id in drop_order:
            width = sum(cell_len(f" {i.display} {i.description} ") for i in items)
            if width <= room:
                break
            items = [item for item in items if item.id != binding_id]
        return items

    def render(self) -> Text:
        items, palette = self._collect()
        tail = cell_len(f"▏{palette.display} {palette.description} ") if palette else 0
        items = self._fitted(items, self.size.width - tail)
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        self._placed = []
        for item in items:
            self._append(line, item)
        if palette is not None:
            tail = cell_len(f"▏{palette.display} {palette.description} ")
            room = max(self.size.width - tail, 0)
            if line.cell_len > room:
                line = self._cut(line, room)
            line.pad_right(room - line.cell_len)
            line.append("▏", self.get_component_rich_style("key-bar--separator"))
            self._append(line, palette, padding="")
        return line

    def _cut(self, line: Text, width: int) -> Text:
        """`line` cut to `width` cells, ending in an ellipsis; keys cut short can no longer
        be clicked."""
        if width < 2:  # no room for a key and an ellipsis: the palette's key alone
            self._placed = []
            return Text(" " * width, end="")
        line.truncate(width, overflow="ellipsis")
        self._placed = [placed for placed in self._placed if placed[1] < width]
        return line

    def readable_style(self, name: str) -> Style:
        """Component class `name`'s style (keys, descriptions), its colour made readable on
        its background: a theme's footer colours do not always read (the key's accent is
        2.9:1 on textual-light's footer; solarized's grey descriptions 1.5:1 on its blue)."""
        style = self.get_component_rich_style(name)
        bar = self.background_colors[1]
        if bar.ansi is not None:
            return style
        ground = Color.from_rich_color(style.bgcolor) if style.bgcolor is not None else bar
        own = style.color if style.color is not None else self.rich_style.color
        drawn = drawn_by(self.app)
        text = (
            readable(Color.from_rich_color(own), [ground], drawn=drawn) if own is not None else bar
        )
        if contrast(drawn(text), drawn(ground)) < TEXT_CONTRAST:  # black reads, or white
            text = max((Color(0, 0, 0), Color(255, 255, 255)), key=partial(contrast, ground))
        return style + Style(color=text.rich_color)

    def _append(self, line: Text, item: KeyItem, padding: str = " ") -> None:
        """Draw one key at the end of `line`, remembering where it is for the mouse."""
        start = line.cell_len
        line.append(f"{padding}{item.display} ", self.readable_style("key-bar--key"))
        if item.description:
            description_style = self.readable_style("key-bar--description")
            line.append(f"{item.description} ", description_style)
        if not item.enabled:
            line.stylize("dim", start)
        if self.hover == len(self._placed):
            line.stylize(self.get_component_rich_style("key-bar--hover"), start)
        self._placed.append((start, line.cell_len, item))

    def _index_at(self, x: int) -> int | None:
        for index, (start, end, _item) in enumerate(self._placed):
            if start <= x < end:
                return index
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self.hover = self._index_at(event.x)

    def on_leave(self, _event: events.Leave) -> None:
        self.hover = None

    def on_click(self, event: events.Click) -> None:
        index = self._index_at(event.x)
        if index is None:
            return
        item = self._placed[index][2]
        if item.enabled:
            self.app.simulate_key(item.key)
        else:
            self.app.bell()
