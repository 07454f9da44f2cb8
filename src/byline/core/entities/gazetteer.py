"""Place, nationality and name tables for the entity recogniser.

The tables are data, not code: ``scripts/build_gazetteer.py`` makes them from GeoNames,
Debian's iso-codes, Faker's name lists and SCOWL's common words (a maintainer's tool; see
NOTICE for the sources and their licences) and writes them as the generated module
`gazetteer_tables`, a string of lines per table. Each table is decoded (a split) the first
time it is read in a process."""

from __future__ import annotations

import functools

from byline.core.entities import gazetteer_tables as t


class Gazetteer:
    """Lookup tables for place and nationality names.

    Each table is decoded from `gazetteer_tables` the first time it is read, so a process
    that reads one table (grouping entities reads `gpe`) does not hold the others.

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
        common: About 11,100 common English words, lower case (SCOWL's commonest sizes
            and Faker's English lorem list): a capitalised word that is one of them is no
            name without other evidence, and a capitalised pair made of none of them looks
            like a person's name.
    """

    @functools.cached_property
    def gpe(self) -> dict[str, str]:
        return _mapping(t.GPE)

    @functools.cached_property
    def weak_gpe(self) -> dict[str, str]:
        return _mapping(t.WEAK_GPE)

    @functools.cached_property
    def loc(self) -> frozenset[str]:
        return _names(t.LOC)

    @functools.cached_property
    def norp(self) -> dict[str, str]:
        norp = _mapping(t.NORP)
        # The people of a country named "... land" take "-er" (New Zealander, Icelander):
        # English word formation, which the table's suffix rules leave out.
        for place in [p for p in self.gpe if p.endswith("land") and " " not in p[-5:]]:
            for demonym in (place + "er", place + "ers"):
                norp.setdefault(demonym, self.gpe[place])
        return norp

    @functools.cached_property
    def cities(self) -> frozenset[str]:
        return frozenset(self.gpe.keys() | self.weak_gpe.keys()) - _names(t.NOT_CITIES)

    @functools.cached_property
    def languages(self) -> frozenset[str]:
        return _names(t.LANGUAGES)

    @functools.cached_property
    def given(self) -> frozenset[str]:
        return _names(t.GIVEN)

    @functools.cached_property
    def surnames(self) -> frozenset[str]:
        return _names(t.SURNAMES)

    @functools.cached_property
    def major(self) -> frozenset[str]:
        return _names(t.MAJOR)

    @functools.cached_property
    def common(self) -> frozenset[str]:
        return _names(t.COMMON)


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
    """The place and name tables, each decoded on first use and shared in the process."""
    return Gazetteer()


def release_tables() -> None:
    """Let go of the decoded tables (until they are next read, when they are decoded again,
    quickly): for a process that is done recognising for now, such as the reader after
    analysing an article's beginning, whose rest is analysed in another process."""
    gazetteer.cache_clear()
