"""The core and the non-reader commands never load Textual or Rich (checked in a fresh
interpreter, since this test process may already have imported them)."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import byline.core

_REPORT = """
import json, sys
print(json.dumps(sorted(
    name for name in sys.modules
    if name.split(".")[0] in ("textual", "rich") or name.startswith("byline.ui")
)))
"""


def loaded_ui_modules(code: str, tmp_path: Path) -> list[str]:
    env = {
        **os.environ,
        "BYLINE_CONFIG_DIR": str(tmp_path / "config"),
        "BYLINE_DATA_DIR": str(tmp_path / "data"),
        "BYLINE_CACHE_DIR": str(tmp_path / "cache"),
    }
    result = subprocess.run(
        [sys.executable, "-c", code + _REPORT],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    modules = json.loads(result.stdout.strip().splitlines()[-1])
    assert isinstance(modules, list)
    return [str(name) for name in modules]


def core_modules() -> list[str]:
    return sorted(
        info.name for info in pkgutil.walk_packages(byline.core.__path__, prefix="byline.core.")
    )


def test_core_module_list_is_not_empty() -> None:
    modules = core_modules()
    for name in ("article.markdown", "entities.recogniser", "quotes.attribution", "reading"):
        assert f"byline.core.{name}" in modules


def test_cli_modules_do_not_load_textual_or_rich(tmp_path: Path) -> None:
    code = "import byline.__main__\nimport byline.cli\nimport byline.store.state\n"
    assert loaded_ui_modules(code, tmp_path) == []


def test_every_core_module_loads_neither_textual_nor_rich(tmp_path: Path) -> None:
    code = "".join(f"import {name}\n" for name in core_modules())
    assert loaded_ui_modules(code, tmp_path) == []


@pytest.mark.parametrize("argv", [["list", "--json"], ["sections", "--json"], ["state", "--json"]])
def test_running_a_command_does_not_load_textual_or_rich(tmp_path: Path, argv: list[str]) -> None:
    code = (
        "import contextlib, io\n"
        "from byline.__main__ import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main({argv!r}) == 0\n"
    )
    assert loaded_ui_modules(code, tmp_path) == []


def test_the_report_does_see_textual_when_it_is_loaded(tmp_path: Path) -> None:
    # Guards the guard: the check really notices a UI import.
    assert "textual" in loaded_ui_modules("import textual\n", tmp_path)
