"""The settings file: parsing, tolerance of mistakes, and `byline config`."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from byline.__main__ import main
from byline.core.config import UserConfig, config_from_toml
from byline.store.config import DEFAULT_CONFIG, load_config


def test_the_default_file_parses_and_every_example_in_it_is_valid() -> None:
    assert config_from_toml(tomllib.loads(DEFAULT_CONFIG)) == (UserConfig(), [])
    uncommented = re.sub(r"^# (\w[\w-]* = )", r"\1", DEFAULT_CONFIG, flags=re.MULTILINE)
    config, problems = config_from_toml(tomllib.loads(uncommented))
    assert problems == []
    assert config.theme == "textual-light"
    assert config.entity_types == ("PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART")
    assert config.reading_width == 78
    assert config.keys["next-section"] == "right_square_bracket,l"


def test_wrong_values_are_named_and_ignored() -> None:
    config, problems = config_from_toml(
        {
            "theme": 3,
            "reader": {"width": 5},
            "highlights": {"entities": "yes", "types": ["person", "NOPE"]},
            "keys": {"next-section": ""},
            "colour": "red",
        }
    )
    assert config == UserConfig(entity_types=("PERSON",))
    assert len(problems) == 6
    assert any("NOPE" in p for p in problems)


def test_a_broken_file_gives_one_warning_and_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("theme = \n[reader\n", encoding="utf-8")
    config, warning = load_config(tmp_path)
    assert config == UserConfig()
    assert warning is not None and "not valid TOML" in warning
    assert load_config(tmp_path / "missing") == (UserConfig(), None)


def test_config_init_writes_the_default_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = str(tmp_path / "conf")
    assert main(["config", "--path", "--config-dir", directory]) == 0
    assert capsys.readouterr().out == f"{tmp_path / 'conf' / 'config.toml'}\n"
    assert main(["config", "--init", "--config-dir", directory]) == 0
    path = tmp_path / "conf" / "config.toml"
    assert path.read_text("utf-8") == DEFAULT_CONFIG
    path.write_text("theme = 'nord'\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["config", "--init", "--config-dir", directory]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and err.count("\n") == 1
    assert path.read_text("utf-8") == "theme = 'nord'\n"
    assert main(["config", "--init", "--force", "--config-dir", directory]) == 0
    assert path.read_text("utf-8") == DEFAULT_CONFIG


def test_every_binding_id_is_in_the_user_guide() -> None:
    from byline.ui.settings import known_binding_ids

    guide = (Path(__file__).resolve().parents[2] / "docs" / "user-guide.md").read_text("utf-8")
    for binding_id in known_binding_ids():
        if binding_id.startswith("digit-"):
            assert "`digit-0` … `digit-9`" in guide
        else:
            assert f"`{binding_id}`" in guide, f"binding id {binding_id} is not documented"


def test_the_binding_ids_the_settings_file_is_checked_against_are_the_uis() -> None:
    from byline.core.binding_ids import BINDING_IDS
    from byline.ui.settings import known_binding_ids

    assert known_binding_ids() == BINDING_IDS


def test_byline_config_names_an_unknown_binding_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[keys]\nbogus-id = "x"\nnext-section = "l"\n', encoding="utf-8")
    assert main(["config", "--config-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().err == (
        f"byline: warning: {path}: ignored: [keys]: no binding has the id bogus-id\n"
    )
    config, _ = load_config(tmp_path)
    assert dict(config.keys) == {"next-section": "l"}
