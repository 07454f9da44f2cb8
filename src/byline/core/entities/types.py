"""Public data types of the entity recogniser: mentions, entities and user corrections."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

LABELS: tuple[str, ...] = (
    "PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "EVENT", "FAC", "LAW", "WORK_OF_ART",
    "DATE", "PERCENT", "MONEY", "QUANTITY",
)  # fmt: skip
NAME_LABELS: frozenset[str] = frozenset(LABELS[:10])
NUMERIC_LABELS: frozenset[str] = frozenset(LABELS[10:])
READER_LABELS: tuple[str, ...] = (
    "PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW", "WORK_OF_ART",
)  # fmt: skip
"""The names a reader needs (people, organisations, places, groups, works, events, laws):
what a reader highlights by default. The other labels (products, facilities, dates and
amounts) are quieter: shown on request. In `LABELS` order."""
QUIET_LABELS: tuple[str, ...] = tuple(label for label in LABELS if label not in READER_LABELS)
"""The labels not in `READER_LABELS`, in `LABELS` order."""


@dataclass(frozen=True, slots=True)
class EntityMention:
    """One occurrence of an entity: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    label: str


class _Columns:
    """Mentions as parallel columns: offsets, and each text and label as a small number."""

    __slots__ = ("ends", "labels", "starts", "text_ids", "texts")

    def __init__(
        self,
        starts: array[int],
        ends: array[int],
        text_ids: array[int],
        labels: bytes,
        texts: tuple[str, ...],
    ) -> None:
        self.starts = starts
        self.ends = ends
        self.text_ids = text_ids
        """Each mention's text, an index into `texts` (the distinct texts)."""
        self.labels = labels
        """Each mention's label, an index into `LABELS`."""
        self.texts = texts


class Mentions(Sequence[EntityMention]):
    """Mentions, read-only, stored as numbers: an `EntityMention` is made only when one is
    read. A 10 MB article has hundreds of thousands of mentions; as objects they would take
    several times the memory, and each would be pickled on its way back from the process
    that finds them.

    Several `Mentions` may share one store, each a run of it (an analysis's entities do).
    Equal to another `Mentions` or to a tuple of `EntityMention` with the same mentions.
    """

    __slots__ = ("_columns", "_hi", "_lo")

    def __init__(self, columns: _Columns, lo: int, hi: int) -> None:
        self._columns = columns
        self._lo = lo
        self._hi = hi

    @classmethod
    def of(cls, mentions: Iterable[EntityMention]) -> Mentions:
        """`mentions`, in the order given.

        Raises:
            ValueError: When a label is not one of `LABELS`.
        """
        starts, ends, text_ids, labels = array("q"), array("q"), array("I"), bytearray()
        texts: dict[str, int] = {}
        try:
            for mention in mentions:
                starts.append(mention.start)
                ends.append(mention.end)
                text_ids.append(texts.setdefault(mention.text, len(texts)))
                labels.append(_LABEL_IDS[mention.label])
        except KeyError as error:
            raise ValueError(f"not an entity label: {error}") from None
        return cls._whole(_Columns(starts, ends, text_ids, bytes(labels), tuple(texts)))

    @classmethod
    def from_columns(
        cls,
        starts: Iterable[int],
        ends: Iterable[int],
        text_ids: Iterable[int],
        labels: Iterable[int],
        texts: Sequence[str],
    ) -> Mentions:
        """The mentions ``(starts[i], ends[i], texts[text_ids[i]], LABELS[labels[i]])``.

        Raises:
            ValueError: When the columns differ in length, or a number is out of range.
        """
        try:
            columns = _Columns(
                array("q", starts),
                array("q", ends),
                array("I", text_ids),
                bytes(labels),
                tuple(texts),
            )
        except OverflowError as error:
            raise ValueError(f"a mention's number is out of range: {error}") from None
        size = len(columns.starts)
        if not len(columns.ends) == len(columns.text_ids) == len(columns.labels) == size:
            raise ValueError("the mentions' columns differ in length")
        if size and (max(columns.text_ids) >= len(texts) or max(columns.labels) >= len(LABELS)):
            raise ValueError("a mention's text or label is out of range")
        return cls._whole(columns)

    @classmethod
    def joined(cls, parts: Iterable[Mentions]) -> Mentions:
        """The mentions of each of `parts`, one after the other."""
        starts, ends, text_ids, labels = array("q"), array("q"), array("I"), bytearray()
        texts: dict[str, int] = {}
        for part in parts:
            columns, lo, hi = part._columns, part._lo, part._hi
            ids: dict[int, int] = {}  # the part's text ids -> the joined store's
            for i in columns.text_ids[lo:hi]:
                if (joined_id := ids.get(i)) is None:
                    joined_id = ids[i] = texts.setdefault(columns.texts[i], len(texts))
                text_ids.append(joined_id)
            starts.extend(columns.starts[lo:hi])
            ends.extend(columns.ends[lo:hi])
            labels += columns.labels[lo:hi]
        return cls._whole(_Columns(starts, ends, text_ids, bytes(labels), tuple(texts)))

    @classmethod
    def _whole(cls, columns: _Columns) -> Mentions:
        return cls(columns, 0, len(columns.starts))

    def shifted(self, offset: int) -> Mentions:
        """The same mentions, `offset` characters later."""
        columns = self._compact()._columns
        return Mentions._whole(
            _Columns(
                array("q", [start + offset for start in columns.starts]),
                array("q", [end + offset for end in columns.ends]),
                columns.text_ids,
                columns.labels,
                columns.texts,
            )
        )

    def reordered(self, order: Iterable[int]) -> Mentions:
        """The mentions at the indices `order`, in that order, in a store of their own."""
        columns, lo = self._columns, self._lo
        # Arrays and generators, not lists: a list of numbers holds an object per number.
        picked = array("q", (lo + index for index in order))
        return Mentions._whole(
            _Columns(
                array("q", (columns.starts[i] for i in picked)),
                array("q", (columns.ends[i] for i in picked)),
                array("I", (columns.text_ids[i] for i in picked)),
                bytes(columns.labels[i] for i in picked),
                columns.texts,
            )
        )

    def split(self, lengths: Iterable[int]) -> list[Mentions]:
        """Consecutive runs of these mentions, of `lengths`, sharing this store."""
        runs = []
        lo = self._lo
        for length in lengths:
            runs.append(Mentions(self._columns, lo, lo + length))
            lo += length
        if lo > self._hi:
            raise ValueError("the lengths add up to more than the mentions")
        return runs

    @property
    def starts(self) -> array[int]:
        """Each mention's start (a copy)."""
        return self._columns.starts[self._lo : self._hi]

    @property
    def ends(self) -> array[int]:
        """Each mention's end (a copy)."""
        return self._columns.ends[self._lo : self._hi]

    @property
    def texts(self) -> tuple[str, ...]:
        """Each mention's text."""
        texts = self._columns.texts
        return tuple(texts[i] for i in self._columns.text_ids[self._lo : self._hi])

    @property
    def labels(self) -> tuple[str, ...]:
        """Each mention's label."""
        return tuple(LABELS[i] for i in self._columns.labels[self._lo : self._hi])

    def __len__(self) -> int:
        return self._hi - self._lo

    @overload
    def __getitem__(self, index: int) -> EntityMention: ...

    @overload
    def __getitem__(self, index: slice) -> Mentions: ...

    def __getitem__(self, index: int | slice) -> EntityMention | Mentions:
        if isinstance(index, slice):
            first, last, step = index.indices(len(self))
            if step == 1:
                return Mentions(self._columns, self._lo + first, self._lo + max(first, last))
            return self.reordered(range(first, last, step))
        size = len(self)
        if not -size <= index < size:
            raise IndexError("mention index out of range")
        return self._made(self._lo + index % size)

    def __iter__(self) -> Iterator[EntityMention]:
        return map(self._made, range(self._lo, self._hi))

    def _made(self, i: int) -> EntityMention:
        columns = self._columns
        return EntityMention(
            columns.starts[i],
            columns.ends[i],
            columns.texts[columns.text_ids[i]],
            LABELS[columns.labels[i]],
        )

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if isinstance(other, Mentions):
            return (
                self.starts == other.starts
                and self.ends == other.ends
                and self.texts == other.texts
                and self.labels == other.labels
            )
        if isinstance(other, tuple):
            return tuple(self) == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Mentions({list(self)!r})"

    def _compact(self) -> Mentions:
        """These mentions in a store of their own, holding only their texts."""
        columns = self._columns
        if self._lo == 0 and self._hi == len(columns.starts):
            return self
        return Mentions.joined([self]) if len(self) else Mentions.of(())

    def __reduce__(self) -> tuple[Any, ...]:
        columns = self._compact()._columns
        return (
            Mentions.from_columns,
            (columns.starts, columns.ends, columns.text_ids, columns.labels, columns.texts),
        )


_LABEL_IDS = {label: index for index, label in enumerate(LABELS)}


@dataclass(frozen=True, slots=True)
class Entity:
    """All mentions of one entity in an article, under its canonical (fullest) name."""

    name: str
    label: str
    mentions: Mentions
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
