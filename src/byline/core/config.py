"""The user's settings file (``config.toml``), as plain data: what it sets, and what in it was
wrong. Reading the file is `byline.store.config`'s; applying it is the app's.

Every setting is optional: what the file does not set keeps Byline's default (or the choice
remembered in the reading state).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from byline.core.binding_ids import BINDING_IDS
from byline.core.entities.types import LABELS

MIN_WIDTH = 30
MAX_WIDTH = 200
"""The reading width (text column, in cells) that a setting or `+`/`-` can choose."""


@dataclass(frozen=True, slots=True)
class UserConfig:
    """What ``config.toml`` sets; None for what it leaves alone."""

    theme: str | None = None
    """A Textual theme's name, such as ``"textual-light"``."""
    highlight_entities: bool | None = None
    """Whether entities are highlighted when the reader starts."""
    entity_types: tuple[str, ...] | None = None
    """The entity types highlighted (labels such as ``PERSON``)."""
    reading_width: int | None = None
    """The widest the text column gets, in cells."""
    keys: Mapping[str, str] = field(default_factory=dict)
    """Key remapping: a binding id (``next-section``) to its keys (``"l,right_square_bracket"``)."""


def _table(data: Mapping[str, Any], name: str, problems: list[str]) -> Mapping[str, Any]:
    value = data.get(name, {})
    if isinstance(value, Mapping):
        return value
    problems.append(f"[{name}] must be a table")
    return {}


def config_from_toml(data: Mapping[str, Any]) -> tuple[UserConfig, list[str]]:
    """The settings in parsed TOML, and a problem for each value that was ignored."""
    problems: list[str] = []
    known = {"theme", "highlights", "reader", "keys"}
    problems.extend(f"unknown setting '{key}'" for key in data if key not in known)
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        problems.append("theme must be a theme's name in quotes")
        theme = None
    highlights = _table(data, "highlights", problems)
    entities = highlights.get("entities")
    if entities is not None and not isinstance(entities, bool):
        problems.append("highlights.entities must be true or false")
        entities = None
    types = highlights.get("types")
    entity_types: tuple[str, ...] | None = None
    if types is not None:
        if isinstance(types, list) and all(isinstance(t, str) for t in types):
            wrong = [t for t in types if t.upper() not in LABELS]
            if wrong:
                problems.append(f"highlights.types: unknown type {', '.join(wrong)}")
            entity_types = tuple(t for t in LABELS if t in {u.upper() for u in types})
        else:
            problems.append('highlights.types must be a list of types such as ["PERSON"]')
    width = _table(data, "reader", problems).get("width")
    if width is not None and (
        isinstance(width, bool) or not isinstance(width, int) or not MIN_WIDTH <= width <= MAX_WIDTH
    ):
        problems.append(f"reader.width must be a whole number from {MIN_WIDTH} to {MAX_WIDTH}")
        width = None
    config = UserConfig(theme, entities, entity_types, width, _keys(data, problems))
    return config, problems


def _keys(data: Mapping[str, Any], problems: list[str]) -> dict[str, str]:
    """The ``[keys]`` table's remappings of the bindings there are (`BINDING_IDS`)."""
    keys: dict[str, str] = {}
    unknown: list[str] = []
    for binding_id, value in _table(data, "keys", problems).items():
        if binding_id not in BINDING_IDS:
            unknown.append(binding_id)
        elif isinstance(value, str) and value.strip():
            keys[binding_id] = value
        else:
            problems.append(f'keys.{binding_id} must be keys in quotes, such as "l,right"')
    if unknown:
        problems.append(f"[keys]: no binding has the id {', '.join(sorted(unknown))}")
    return keys
