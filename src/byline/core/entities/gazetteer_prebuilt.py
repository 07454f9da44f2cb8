"""Gazetteer tables made when Byline's wheel is built, so that the first start finds them.

Building the place and name tables takes ~0.3 s and happens once per install of the data
packages. The wheel's build hook (``hatch_build.py``) builds them then and puts them in the
package as `PREBUILT_NAME`, with what they were made from: the versions of the data packages
and a digest of Byline's rules. At run time they are used only when the same versions are
installed and the rules are the same; otherwise the tables are built, as without the file
(a source checkout and an editable install have none).

The file has two lines of JSON: what the tables were made from, then the tables (sets as
sorted lists), so that checking the first needs no parse of the second.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
from dataclasses import fields
from importlib.resources import files
from pathlib import Path
from typing import Any, TextIO

from byline.core.entities.gazetteer import DATA_PACKAGES, Gazetteer, build_tables, rules_digest

PREBUILT_NAME = "gazetteer-tables.json"
"""The file's name in the ``byline`` package."""


def prebuilt_file() -> Path:
    """Where the package keeps its prebuilt tables (if it has them)."""
    return Path(str(files("byline"))) / PREBUILT_NAME


def made_from() -> dict[str, str]:
    """What tables built now would be made from: each data package's installed version (or
    ``"-"``), and a digest of the rules."""
    versions = {name: _installed_version(name) or "-" for name in DATA_PACKAGES}
    return versions | {"rules": rules_digest()}


def _installed_version(name: str) -> str | None:
    """The version of an installed package, from its ``.dist-info`` folder's name.

    Found beside the package without importing it or `importlib.metadata` (~40 ms to import).
    """
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.origin:
        return None
    prefix, suffix = f"{name.lower()}-", ".dist-info"
    with contextlib.suppress(OSError), os.scandir(Path(spec.origin).parent.parent) as entries:
        for entry in entries:
            folder = entry.name.lower()
            if folder.startswith(prefix) and folder.endswith(suffix):
                return entry.name[len(prefix) : -len(suffix)]
    return None


def write_prebuilt(path: Path) -> None:
    """Build the tables from the installed data packages and write them to `path`."""
    tables = build_tables()
    values = {
        field.name: value
        if isinstance(value := getattr(tables, field.name), dict)
        else sorted(value)
        for field in fields(tables)
    }
    path.write_text(
        json.dumps(made_from(), sort_keys=True) + "\n" + json.dumps(values, sort_keys=True) + "\n",
        encoding="utf-8",
    )


def read_prebuilt(path: Path | None = None) -> Gazetteer | None:
    """The tables in `path` (the package's by default), if they were made from what is
    installed now; None if there are none, they were made from something else, or the file is
    damaged."""
    try:
        with (path or prebuilt_file()).open(encoding="utf-8") as handle:
            if not _made_from_what_is_installed(handle):
                return None
            values: dict[str, Any] = json.loads(handle.readline())
        tables: dict[str, Any] = {}
        for field in fields(Gazetteer):
            kind = dict if str(field.type).startswith("dict") else frozenset
            tables[field.name] = kind(values[field.name])
        return Gazetteer(**tables)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def has_prebuilt() -> bool:
    """Does the package have tables made from what is installed now? (Reads one line.)"""
    try:
        with prebuilt_file().open(encoding="utf-8") as handle:
            return _made_from_what_is_installed(handle)
    except (OSError, ValueError):
        return False


def _made_from_what_is_installed(handle: TextIO) -> bool:
    """Reads the file's first line: were its tables made from what is installed now?"""
    return bool(json.loads(handle.readline()) == made_from())
