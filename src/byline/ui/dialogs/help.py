"""The help screen, generated from the bindings that are live when it opens."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from byline.ui.widgets.key_bar import KeyBar


class HelpScreen(ModalScreen[None]):
    """Every key that does something right now, and what it does."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1,h,question_mark", "dismiss_help", "Close", id="close-help"),
        Binding("j", "move(1)", "Down", show=False, id="help-down"),
        Binding("k", "move(-1)", "Up", show=False, id="help-up"),
        Binding("g", "move_to(0)", "First", show=False, id="help-first"),
        Binding("G", "move_to(-1)", "Last", show=False, id="help-last"),
    ]

    def __init__(self, bindings: dict[str, ActiveBinding]) -> None:
        super().__init__()
        self.live_bindings = bindings

    def rows(self) -> list[tuple[str, str, bool]]:
        """(keys, description, enabled now) for each action, its keys grouped together."""
        grouped: dict[tuple[str, str], list[str]] = {}
        enabled: dict[tuple[str, str], bool] = {}
        for key, active in self.live_bindings.items():
            binding = active.binding
            action = binding.action.partition("(")[0]
            description = binding.description or action.replace("_", " ").capitalize()
            keys = grouped.setdefault((action, description), [])
            enabled[action, description] = enabled.get((action, description), False) or (
                active.enabled
            )
            display = self.app.get_key_display(Binding(key, binding.action))
            if display not in keys:
                keys.append(display)
        return [
            (", ".join(keys), description, enabled[group])
            for group, keys in grouped.items()
            for description in (group[1],)
        ]

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"):
            yield Static("Keys", id="help-title")
            table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True)
            table.add_columns("Key", "Action")
            for keys, description, enabled in self.rows():
                note = "" if enabled else " (not available now)"
                table.add_row(
                    Text(keys, style="bold"),
                    # Italic, not dim: dimmed text does not read in every theme.
                    Text(description + note, style="" if enabled else "italic"),
                )
            yield table
            yield Static(
                "j/k, g/G scroll · Esc closes · ctrl+p opens the command palette",
                id="help-hint",
            )
        yield KeyBar()  # over the reader's: the keys that work here

    def action_move(self, rows: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=table.cursor_row + rows)

    def action_move_to(self, row: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=row % max(table.row_count, 1))

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
