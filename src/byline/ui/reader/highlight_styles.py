"""The article view's highlight styles, held by a hidden widget of their own."""

from __future__ import annotations

from typing import ClassVar

from textual.widget import Widget

ENTITY_LABELS = (
    "person", "org", "gpe", "loc", "norp", "product", "event", "fac", "law", "work-of-art",
    "date", "percent", "money", "quantity",
)  # fmt: skip


def entity_component(label: str) -> str:
    """The highlight style of an entity label: ``WORK_OF_ART`` -> ``entity-work-of-art``."""
    return f"entity-{label.lower().replace('_', '-')}"


HIGHLIGHTS = frozenset(
    {
        "quote",
        "mention",
        "mention-current",
        "flash",
        "search-match",
        "search-current",
        *(f"entity-{label}" for label in ENTITY_LABELS),
    }
)
"""The names of the highlight styles (`Highlight.component`)."""

PREFIX = "highlight--"
"""Of the component classes: ``highlight--entity-person``."""


class HighlightStyles(Widget, can_focus=False):
    """The styles of the article view's highlights (entities, quotes, mentions, search
    matches, the flash after a jump) as component classes ``highlight--NAME``; never shown.

    They are not the view's own component classes because Textual works out every component
    class of a widget each time it styles the widget: the article view is styled three times
    before its first frame (mounted, focused, its screen shown) and again whenever it gains or
    loses focus. With these twenty among its classes, that was ~5 ms of a ~190 ms start
    (docs/performance.md). Nothing is highlighted in the first frame: the view mounts this
    widget when it is given its first highlights, beside itself (a child would be styled with
    it).
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {PREFIX + name for name in HIGHLIGHTS}
