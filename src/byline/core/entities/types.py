"""Public data types of the entity recogniser: mentions, entities and user corrections."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

LABELS: tuple[str, ...] = (
    "PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "EVENT", "FAC", "LAW", "WORK_OF_ART",
    "DATE", "PERCENT", "MONEY", "QUANTITY",
)  # fmt: skip
NAME_LABELS: frozenset[str] = frozenset(LABELS[:10])
NUMERIC_LABELS: frozenset[str] = frozenset(LABELS[10:])


@dataclass(frozen=True, slots=True)
class EntityMention:
    """One occurrence of an entity: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Entity:
    """All mentions of one entity in an article, under its canonical (fullest) name."""

    name: str
    label: str
    mentions: tuple[EntityMention, ...]
    variants: tuple[str, ...]

    @property
    def count(self) -> int:
        """Number of mentions."""
        return len(self.mentions)


def _str_map(value: object, key: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValueError(f"entity corrections: '{key}' must be a mapping of text to label")
    out: dict[str, str] = {}
    for k, v in value.items():
        if not isinstance(k, str) or not isinstance(v, str):
            raise ValueError(f"entity corrections: '{key}' entries must be text: label strings")
        label = v.strip().upper()
        if label not in LABELS:
            raise ValueError(f"entity corrections: unknown label {v!r} in '{key}'")
        out[k] = label
    return out


@dataclass(frozen=True, slots=True)
class EntityCorrections:
    """User corrections: ``add`` surface->label, ``relabel`` name->label, ``suppress`` names."""

    add: Mapping[str, str] = field(default_factory=dict)
    relabel: Mapping[str, str] = field(default_factory=dict)
    suppress: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, data: object) -> EntityCorrections:
        """Build from parsed YAML/JSON ``{"add": {..}, "relabel": {..}, "suppress": [..]}``.

        Args:
            data: The parsed object (``None`` means no corrections).

        Returns:
            The corrections.

        Raises:
            ValueError: If the structure or a label is invalid.
        """
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise ValueError("entity corrections must be a mapping with add/relabel/suppress")
        unknown = set(data) - {"add", "relabel", "suppress"}
        if unknown:
            raise ValueError(f"entity corrections: unknown keys {sorted(map(str, unknown))}")
        sup = data.get("suppress")
        if sup is None:
            sup = []
        if isinstance(sup, str) or not isinstance(sup, Sequence | set | frozenset):
            raise ValueError("entity corrections: 'suppress' must be a list of names")
        if not all(isinstance(s, str) for s in sup):
            raise ValueError("entity corrections: 'suppress' entries must be strings")
        return cls(
            add=_str_map(data.get("add"), "add"),
            relabel=_str_map(data.get("relabel"), "relabel"),
            suppress=frozenset(sup),
        )

    def merged(self, other: EntityCorrections) -> EntityCorrections:
        """Combine with ``other``; ``other`` wins on conflicting keys.

        Args:
            other: Corrections layered on top (e.g. per-article over user-level).

        Returns:
            The combined corrections.
        """
        return EntityCorrections(
            add={**self.add, **other.add},
            relabel={**self.relabel, **other.relabel},
            suppress=self.suppress | other.suppress,
        )
