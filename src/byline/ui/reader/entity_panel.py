"""The entity panel: who and what the article is about, grouped by type, filterable; the
entity chosen there, and which of its mentions is current."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from byline.core.entities.types import LABELS, Entity
from byline.core.navigation import MentionCursor
from byline.core.quotes.search import normalise
from byline.ui.messages import OpenArticle
from byline.ui.widgets.panel_list import PanelList

if TYPE_CHECKING:
    from byline.store.library import LibraryIndex

LABEL_NAMES = {
    "PERSON": "people",
    "ORG": "organisations",
    "GPE": "countries, cities, states",
    "LOC": "other places",
    "NORP": "nationalities, religious and political groups",
    "PRODUCT": "products, weapons, vehicles",
    "EVENT": "events",
    "FAC": "buildings, airports, bridges",
    "LAW": "laws and treaties",
    "WORK_OF_ART": "titles of works",
    "DATE": "dates",
    "PERCENT": "percentages",
    "MONEY": "money",
    "QUANTITY": "quantities",
}
"""What each OntoNotes label means, shown in the panel so that colour is never the only cue."""


LEGEND = (
    ("people", ("PERSON",)),
    ("orgs", ("ORG",)),
    ("places", ("GPE", "LOC", "FAC")),
    ("works", ("WORK_OF_ART", "EVENT", "LAW", "PRODUCT")),
)
"""The colour key over the list: the names' colours, a type group each."""


QUIET = frozenset({"norp", "date", "percent", "money", "quantity"})
"""Types drawn underlined rather than coloured (`app.tcss`)."""


def legend(label_styles: Mapping[str, Style], shown: frozenset[str] | None) -> Text:
    """The colour key of the highlights: each group shown in its colour, what is off, and the
    keys that change it (`shown` None: highlighting is off)."""
    if shown is None:
        return Text("Highlighting is off: e turns it on")
    parts = [
        Text(name, style=label_styles.get(on[0], Style()))
        for name, labels in LEGEND
        if (on := [label for label in labels if label in shown])
    ]
    if any(label in shown and label_class(label) in QUIET for label in LABELS):
        parts.append(Text("others", style="underline"))
    key = Text("  ").join(parts)
    hidden = len(LABELS) - len(shown & set(LABELS))
    # In the hint's own colour: dimmed again, it would not read in a light theme.
    key.append("\ne hides them" + (f" · ^p: {hidden} more types" if hidden else ""))
    return key


def label_class(label: str) -> str:
    """The component-class suffix for an entity label: ``WORK_OF_ART`` -> ``work-of-art``."""
    return label.lower().replace("_", "-")


class EntityList(PanelList):
    """The entities, with a header option per type."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next", show=False, id="entity-down"),
        Binding("k", "cursor_up", "Previous", show=False, id="entity-up"),
    ]


class EntityPanel(Vertical):
    """Lists entities by type with mention counts; typing filters; Enter selects. Keeps the
    chosen entity's current mention, stepped with `next_mention` and `previous_mention`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", "Back to article", id="leave-entity-panel"),
    ]

    mention: var[MentionCursor | None] = var(None, init=False, always_update=True)
    """The entity chosen and its current mention (None once the reader clears it): the
    reader watches it, and shows the mention again when it is set to the same value."""

    @dataclass
    class Left(Message):
        """The reader pressed Esc with nothing to clear: focus should go back to the text."""

        panel: EntityPanel

        @property
        def control(self) -> EntityPanel:
            return self.panel

    @dataclass
    class LibraryWanted(Message):
        """A person was chosen before the library index was loaded (to list the other
        articles that mention them)."""

        panel: EntityPanel

        @property
        def control(self) -> EntityPanel:
            return self.panel

    def __init__(
        self,
        article_id: str,
        *,
        id: str | None = None,  # noqa: A002 - Textual's widget signature
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.article_id = article_id
        self.entities: list[Entity] = []
        self._shown: list[Entity | None] = []
        self.ready = False
        self.name_style: Callable[[str], Style] = lambda _label: Style()
        """An entity label's style in the text (set by the screen): names are drawn in it,
        made readable on the list."""
        self.shown_labels: frozenset[str] | None = None
        """The entity types highlighted (None: highlighting is off), for the colour key."""
        self.library: LibraryIndex | None = None
        """The library index, set by the screen once loaded (for "also in")."""
        self.chosen: Entity | None = None
        """The entity last chosen in the list (its other articles stay listed once the
        mentions are cleared)."""
        self._elsewhere: list[Path] = []

    def compose(self) -> ComposeResult:
        yield Static("Entities", classes="panel-title")
        yield Static("", id="entity-colours", classes="panel-hint")
        yield Input(placeholder="Filter people, places, things…", id="entity-filter")
        yield EntityList(id="entity-list")
        yield Static("Recognising…", id="entity-legend", classes="panel-hint")
        yield Static("", id="elsewhere-title", classes="panel-hint")
        yield OptionList(id="entity-elsewhere")

    def show_library(self, library: LibraryIndex) -> None:
        """Use the library index to list the other articles that mention the chosen person."""
        self.library = library
        self._show_elsewhere()

    def _choose(self, entity: Entity) -> None:
        self.chosen = entity
        self.mention = MentionCursor(entity)
        self._show_elsewhere()

    def action_next_mention(self, count: int = 1) -> None:
        self._step_mention(count)

    def action_previous_mention(self, count: int = 1) -> None:
        self._step_mention(-count)

    def _step_mention(self, step: int) -> None:
        """Make the mention `step` on (back, when negative) current, wrapping around, in one
        move however big the step; the bell when there is none."""
        mention = self.mention
        if mention is None or not mention.can_next:
            self.app.bell()
        else:
            index = (mention.index + step) % mention.entity.count
            self.mention = replace(mention, index=index)

    def _show_elsewhere(self) -> None:
        """Under the list, the other articles of the library that mention the chosen entity
        (a person); the library is asked for the first time one is chosen."""
        from byline.store.library.queries import articles_mentioning  # with a library only

        entity = self.chosen
        if entity is None or self.library is None:
            if entity is not None and entity.label == "PERSON":
                self.post_message(self.LibraryWanted(self))
            return
        articles = (
            [
                (entry.title, entry.path)
                for entry in articles_mentioning(self.library, entity.name)
                if entry.id != self.article_id
            ]
            if entity.label == "PERSON"
            else []
        )
        title = self.query_one("#elsewhere-title", Static)
        elsewhere = self.query_one("#entity-elsewhere", OptionList)
        elsewhere.clear_options()
        self._elsewhere = [path for _, path in articles]
        if not articles:
            title.update(f"{entity.name}: in no other article" if entity.label == "PERSON" else "")
            elsewhere.display = False
            return
        title.update(f"{entity.name} is also in:")
        elsewhere.add_options(Option(Text(article_title)) for article_title, _ in articles)
        elsewhere.display = True

    @on(OptionList.OptionSelected, "#entity-elsewhere")
    def _elsewhere_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(OpenArticle(self._elsewhere[event.option_index]))

    def on_mount(self) -> None:
        self._refill("")
        if self.ready:
            self.query_one("#entity-colours", Static).update(
                legend(self.label_styles(), self.shown_labels)
            )

    def show_highlighting(self, shown: frozenset[str] | None) -> None:
        """Say which types are highlighted (None: none) in the colour key."""
        self.shown_labels = shown
        if self.is_mounted:
            self.query_one("#entity-colours", Static).update(legend(self.label_styles(), shown))

    def label_styles(self) -> dict[str, Style]:
        """Each label's style for names in the panel, in the theme in use."""
        entity_list = self.query_one(EntityList)
        return {label: entity_list.style(self.name_style(label)) for label in LABELS}

    def show_entities(self, entities: list[Entity], name_style: Callable[[str], Style]) -> None:
        """Fill the panel (when recognition finishes), names in their highlight styles."""
        self.name_style = name_style
        self.show_highlighting(self.shown_labels)
        self.entities = sorted(entities, key=lambda e: (LABELS.index(e.label), -e.count, e.name))
        self.ready = True
        if self.is_mounted:
            self._refill(self.query_one("#entity-filter", Input).value)

    @on(PanelList.Restyled)
    def _restyled(self, event: PanelList.Restyled) -> None:
        event.stop()
        self._refill(self.query_one("#entity-filter", Input).value, keep_cursor=True)
        self.show_highlighting(self.shown_labels)

    def _refill(self, query: str, *, keep_cursor: bool = False) -> None:
        wanted = normalise(query).split()
        matching = [
            entity
            for entity in self.entities
            if all(
                word in normalise(" ".join((entity.name, *entity.variants, entity.label)))
                for word in wanted
            )
        ]
        options: list[Option] = []
        shown: list[Entity | None] = []
        current_label = None
        entity_list = self.query_one(EntityList)
        label_styles, quiet = self.label_styles(), entity_list.quiet
        for entity in matching:
            if entity.label != current_label:
                current_label = entity.label
                count = sum(1 for e in matching if e.label == entity.label)
                header = Text(f"{entity.label}", style="bold")
                header.append(f" · {LABEL_NAMES.get(entity.label, '')} ({count})")
                options.append(Option(header, disabled=True))
                shown.append(None)
            prompt = Text(f"{entity.count:>3}  ", style=quiet)
            prompt.append(entity.name, style=label_styles[entity.label])
            if entity.variants:
                prompt.append(f"\n     also {', '.join(entity.variants)}", style=quiet)
            options.append(Option(prompt))
            shown.append(entity)
        cursor = entity_list.highlighted
        entity_list.clear_options()
        entity_list.add_options(options)
        self._shown = shown
        first = next((n for n, e in enumerate(shown) if e is not None), None)
        kept = keep_cursor and cursor is not None and cursor < len(shown) and shown[cursor]
        entity_list.highlighted = cursor if kept else first
        total = len([e for e in shown if e is not None])
        legend = self.query_one("#entity-legend", Static)
        legend.update(
            f"{total} of {len(self.entities)} · Enter selects · . and , step through mentions"
            if self.ready
            else "Recognising…"
        )

    @on(Input.Changed, "#entity-filter")
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        self._refill(event.value)

    @on(Input.Submitted, "#entity-filter")
    def _submit_filter(self, event: Input.Submitted) -> None:
        event.stop()
        entity_list = self.query_one(EntityList)
        if entity_list.highlighted is not None:
            entity = self._shown[entity_list.highlighted]
            if entity is not None:
                self._choose(entity)
                # From the list, `.` and `,` reach the reader (in the filter they would be
                # typed), and the arrows still choose another entity.
                self.screen.set_focus(entity_list)

    @on(OptionList.OptionSelected, "#entity-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entity = self._shown[event.option_index]
        if entity is not None:
            self._choose(entity)

    def action_leave(self) -> None:
        filter_input = self.query_one("#entity-filter", Input)
        if filter_input.value:
            filter_input.value = ""
        else:
            # Unfocused at once: keys typed right after Esc are the reader's, not the filter's
            # (the reader focuses the text when it handles `Left`).
            self.screen.set_focus(None)
            self.post_message(self.Left(self))
