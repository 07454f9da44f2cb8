"""How a command line is dispatched before its parser is built: ``--version`` alone, a command
with only its own subparser, and the top-level help that still lists every command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from byline.__main__ import COMMAND_HELP, main
from byline.cli.dispatch import only_config_dir_first
from tests.conftest import REPO_ROOT


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("argv", [["--version"], ["--version", "--library"]])
def test_version_on_a_full_disk_is_one_line_and_status_1(argv: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "byline", *argv],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT / "src")},
            check=False,
        )
    assert result.returncode == 1
    assert result.stderr == "byline: cannot write the output (No space left on device)\n"


def test_version_among_other_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--library", "--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.startswith("byline ")


@pytest.mark.parametrize("argv", [["-h", "sections"], ["--config-dir", "x", "--help", "list"]])
def test_help_before_a_command_lists_every_command(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert all(f"    {name} " in out for name in COMMAND_HELP)


def test_config_dir_before_the_command_is_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (["--config-dir", str(tmp_path / "a")], [f"--config-dir={tmp_path / 'b'}"]):
        assert main([*argv, "state", "--json"]) == 0
        path = Path(json.loads(capsys.readouterr().out)["path"])
        assert path.parent.parent == tmp_path and path.name == "state.db"


@pytest.mark.parametrize(
    ("argv", "alone"),
    [
        (["sections"], True),
        (["--config-dir", "-h", "list"], True),  # -h is the directory here
        (["--config-dir=x", "list"], True),
        (["-h", "list"], False),
        (["--he", "list"], False),
        (["--config-dir", "x", "-h", "list"], False),
    ],
)
def test_only_config_dir_before_the_command(argv: list[str], alone: bool) -> None:
    assert only_config_dir_first(argv) is alone


@pytest.mark.parametrize("name", list(COMMAND_HELP))
def test_every_command_takes_config_dir_after_its_name(name: str) -> None:
    from byline.cli.parser import command_parsers

    assert "--config-dir DIR" in command_parsers(name)[1][name].format_help()


def test_completion_takes_config_dir_before_or_after_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["completion", "bash"]) == 0
    script = capsys.readouterr().out
    for argv in (
        ["completion", "bash", "--config-dir", str(tmp_path)],
        ["--config-dir", str(tmp_path), "completion", "bash"],
    ):
        assert main(argv) == 0
        assert capsys.readouterr() == (script, "")


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The stderr of a command line argparse refuses (exit status 2)."""
    with pytest.raises(SystemExit) as caught:
        main(list(argv))
    assert caught.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


def test_list_ids_and_json_are_alternatives(capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(capsys, "list", "--json", "--ids")
    assert err.startswith("usage: byline list [-h] [--ids | --json]")
    assert err.endswith("byline list: error: argument --ids: not allowed with argument --json\n")


def test_an_unknown_entity_type_shows_the_commands_usage_and_the_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    err = usage_error(capsys, "entities", "--type", "FOO")
    assert err.startswith("usage: byline entities [-h]")
    assert "unknown entity type 'FOO'; one of: PERSON" in err.splitlines()[-1]


@pytest.mark.parametrize(
    "argv",
    [["list", "--bogus"], ["--config-dir", "x", "list", "--bogus"], ["list", "--json", "--bogus"]],
)
def test_an_unknown_option_shows_the_commands_usage(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    err = usage_error(capsys, *argv)
    assert err.startswith("usage: byline list [-h]")
    assert err.endswith("byline list: error: unrecognized arguments: --bogus\n")
