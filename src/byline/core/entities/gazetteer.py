"""Place, nationality and name tables for the entity recogniser.

The tables are data, not code: ``scripts/build_gazetteer.py`` makes them from GeoNames,
Debian's iso-codes and Faker's name lists (a maintainer's tool; see NOTICE for the sources
and their licences) and writes them as the generated module `gazetteer_tables`, a string of
lines per table. Loading them is an import and a split, once per process.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from byline.core.entities import gazetteer_tables as t


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lookup tables for place and nationality names.

    Attributes:
        gpe: Surface name -> canonical place name (countries, states, subdivisions, big cities).
        weak_gpe: Surface name -> canonical name for smaller or ambiguous places; only trusted
            with a place cue in context ("in X", "from X").
        loc: Non-political places (continents and broad regions).
        norp: Nationality/religious/political adjective or noun -> canonical group name.
        cities: Names that are in ``gpe``/``weak_gpe`` only as cities (not countries or
            states): in a sports report such a name usually means the club.
        languages: Language names (ISO 639-1 languages), e.g. ``Latin``.
        given: Common given names (Faker's person providers, many locales).
        surnames: Common family names from the same source.
        major: Countries, US states and cities of a million people or more: a given name
            that is also one of these (``Paris``, ``Jordan``) is not taken for a name.
        common: About a thousand common English words, lower case (Faker's English
            lorem list): a capitalised pair made of none of them looks like a person's name.
    """

    gpe: dict[str, str]
    weak_gpe: dict[str, str]
    loc: frozenset[str]
    norp: dict[str, str]
    cities: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    given: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    major: frozenset[str] = frozenset()
    common: frozenset[str] = frozenset()


def _lines(table: str) -> list[str]:
    """The entries of one generated table (a string of lines; "" for an empty table)."""
    return table.split("\n") if table else []


def _mapping(table: str) -> dict[str, str]:
    """A dict table: each line is ``surface<TAB>canonical``, or ``surface`` when the same.

    Most lines are a bare surface: the dict is made of all of them in C (``dict(zip())``),
    then the few lines with a tab are replaced by their pair, rather than partitioning every
    line.
    """
    lines = _lines(table)
    mapping = dict(zip(lines, lines, strict=True))
    if "\t" in table:
        for line in [line for line in lines if "\t" in line]:
            del mapping[line]
            surface, _, canonical = line.partition("\t")
            mapping[surface] = canonical
    return mapping


def _names(table: str) -> frozenset[str]:
    """A set table: one entry per line."""
    return frozenset(_lines(table))


@functools.cache
def gazetteer() -> Gazetteer:
    """The place and name tables, decoded once per process and shared."""
    return Gazetteer(
        gpe=_mapping(t.GPE),
        weak_gpe=_mapping(t.WEAK_GPE),
        loc=_names(t.LOC),
        norp=_mapping(t.NORP),
        cities=_names(t.CITIES),
        languages=_names(t.LANGUAGES),
        given=_names(t.GIVEN),
        surnames=_names(t.SURNAMES),
        major=_names(t.MAJOR),
        common=_names(t.COMMON),
    )
