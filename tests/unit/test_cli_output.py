"""The command line as scripts and shells expect it (issue 20): typo suggestions, stdin through
the file checks, inert output in text and JSON, write and encoding errors as one line, exit
statuses, numbering shared by text and JSON, and the completion scripts."""

from __future__ import annotations

import io
import json
import os
import re
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import byline.__main__
from byline.__main__ import _mistyped_command, main
from tests.conftest import REPO_ROOT, BylineDirs

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
BUNDLED_ID = "turkish-weapons-are-being-used-to-kill-russian-soldiers"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("byline: ") and "Traceback" not in err
    return err.rstrip("\n")


def stdin_bytes(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def subprocess_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO_ROOT / "src")}


# -- commands: typos, help --------------------------------------------------------------


@pytest.mark.parametrize(("typo", "command"), [("lst", "list"), ("qoutes", "quotes")])
def test_a_mistyped_command_is_a_usage_error_with_a_suggestion(
    capsys: pytest.CaptureFixture[str], typo: str, command: str
) -> None:
    code, out, err = run(capsys, typo, "--json")
    assert (code, out) == (2, "")
    assert one_line(err) == f"byline: unknown command '{typo}'; did you mean '{command}'?"


def test_a_word_close_to_a_command_that_is_an_article_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "lst").write_text("A file called lst.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # undone after the test: "lst" is a typo again elsewhere
    assert _mistyped_command(["lst"]) is None  # a file
    assert _mistyped_command(["notes/lst.md"]) is None  # a path: never a typo
    assert _mistyped_command(["zzzz"]) is None  # close to nothing: an article, or an error


def test_each_command_has_help_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["quotes", "--help"])
    out = capsys.readouterr().out
    assert caught.value.code == 0
    assert "examples:\n  byline quotes story.md\n" in out
    assert "exit status: 0" in out


def test_an_option_before_the_command_is_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "--config-dir", str(tmp_path / "there"), "state", "--json")
    assert code == 0
    assert json.loads(out)["path"] == str(tmp_path / "there" / "state.db")


# -- stdin --------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["sections", "import", "add"])
def test_nul_bytes_on_stdin_are_refused_as_binary(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    stdin_bytes(monkeypatch, b"\x00" * 100_000)
    code, out, err = run(capsys, command, "-")
    assert (code, out) == (1, "")
    assert one_line(err) == "byline: stdin: looks like binary data, not a text article"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_on_stdin_is_refused_at_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with open("/dev/zero", "rb") as zero:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(zero))
        code, _, err = run(capsys, "import", "-")
    assert code == 1
    assert one_line(err) == "byline: stdin: looks like binary data, not a text article"


def test_stdin_over_the_size_limit_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BYLINE_MAX_ARTICLE_MB", "1")
    stdin_bytes(monkeypatch, b"Plain words here.\n" * 70_000)
    code, _, err = run(capsys, "sections", "-")
    assert code == 1
    assert one_line(err) == (
        "byline: stdin: more than the 1 MB limit (set BYLINE_MAX_ARTICLE_MB to raise it)"
    )


def test_markdown_on_stdin_is_read_as_markdown_and_bad_utf8_is_a_warning(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin_bytes(monkeypatch, b"---\ntitle: Caf\xe9 news\n---\n\nBody.\n\n## Two\n\nMore.\n")
    code, out, err = run(capsys, "sections", "--json", "-")
    assert code == 0
    assert [row["title"] for row in json.loads(out)] == ["Caf\ufffd news", "Two"]
    assert one_line(err).startswith("byline: warning: stdin: not valid UTF-8")


def test_add_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin_bytes(monkeypatch, b"Ferry sails again\n\nThe island ferry sailed on Monday.\n")
    code, out, err = run(capsys, "add", "--json", "-")
    assert (code, err) == (0, "")
    assert [(row["id"], row["file"]) for row in json.loads(out)] == [("ferry-sails-again", "-")]


def test_the_reader_on_stdin_keeps_a_copy_and_needs_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, byline_dirs: BylineDirs
) -> None:
    stdin_bytes(monkeypatch, b"# Piped story\n\nText from a pipe.\n")

    def no_terminal() -> int:
        raise OSError("no terminal")

    monkeypatch.setattr(byline.__main__, "_open_terminal", no_terminal)
    code, _, err = run(capsys, "-")
    assert code == 1
    assert one_line(err) == "byline: -: the reader needs a terminal to read keys from"
    copy = byline_dirs.cache / "stdin" / "piped-story.md"
    assert copy.read_text(encoding="utf-8").startswith("# Piped story")


def test_the_reader_without_a_terminal_to_draw_on_says_so_and_ends() -> None:
    """Run from a script, a job or a pipe (``byline | cat``), the reader neither draws escape
    codes into a pipe or a file nor waits for keys that never come."""
    result = subprocess.run(
        [sys.executable, "-m", "byline"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=subprocess_env(),
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert one_line(result.stderr) == (
        "byline: the reader needs a terminal to draw on (standard output is not one); "
        "`byline import` prints an article as Markdown, and `byline sections`, `quotes` and "
        "`entities` print its parts"
    )


def test_the_reader_reads_keys_from_the_terminal_when_stdin_is_not_one() -> None:
    """``byline < /dev/null`` reads its keys from the controlling terminal, as less does; with
    none (a new session), it says so instead of reading end-of-file forever."""
    leader, follower = os.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "byline"],
            stdin=subprocess.DEVNULL,
            stdout=follower,
            stderr=follower,
            env=subprocess_env(),
            start_new_session=True,  # no controlling terminal: /dev/tty cannot be opened
            timeout=60,
            check=False,
        )
        os.close(follower)
        said = b""
        while chunk := _read_ready(leader):
            said += chunk
    finally:
        os.close(leader)
    assert result.returncode == 1
    assert one_line(said.decode().replace("\r", "")) == (
        "byline: the reader needs a terminal to read keys from"
    )


def _read_ready(fd: int) -> bytes:
    """What `fd` (a pseudo-terminal's leader) has to read now; b"" at its end."""
    if not select.select([fd], [], [], 0)[0]:
        return b""
    try:
        return os.read(fd, 4096)
    except OSError:  # the follower's side is closed: everything was read
        return b""


# -- inert output -------------------------------------------------------------------------


def test_state_fields_from_a_foreign_state_file_are_inert(
    capsys: pytest.CaptureFixture[str], byline_dirs: BylineDirs
) -> None:
    byline_dirs.config.mkdir(parents=True)
    (byline_dirs.config / "state.json").write_text(
        json.dumps(
            {
                "version": 1,
                "preferences": {"theme": "\x1b]0;PWNED\x07"},
                "last_article": "\x1b]0;P2\x07",
                "articles": {
                    "a\x9b": {
                        "position": {"section_id": "\x1b]0;P3\x07", "offset": 0, "percent": 1},
                        "last_opened": "\x1b]0;P4\x07",
                    }
                },
            }
        ),
        encoding="utf-8",
    )
    for argv in (["state"], ["state", "--json"], ["export"]):
        code, out, _ = run(capsys, *argv)
        assert code == 0
        assert not RAW_CONTROL.search(out.replace("\n", "")), (argv, out)
    assert "␛" in run(capsys, "state")[1]


def test_import_output_name_is_echoed_inertly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "story.txt"
    source.write_text("Headline here\n\nA paragraph of text.\n", encoding="utf-8")
    target = tmp_path / "\x1b]0;PWNED\x07.md"
    code, _, err = run(capsys, "import", str(source), "-o", str(target))
    assert code == 0
    assert not RAW_CONTROL.search(err.rstrip("\n"))
    assert err == f"wrote {tmp_path}/␛]0;PWNED␇.md\n"


def test_json_escapes_c1_controls_and_del(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "odd\x9bname\x7f.txt"
    source.write_text("Odd name story\n\nSome text here.\n", encoding="utf-8")
    code, out, _ = run(capsys, "add", "--json", str(source))
    assert code == 0
    assert not RAW_CONTROL.search(out.replace("\n", ""))
    assert "\\u009b" in out and "\\u007f" in out
    assert json.loads(out)[0]["file"] == str(source)  # the exact name, for a script


def test_add_accepts_a_control_character_in_front_matter_as_the_reader_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bell = tmp_path / "bel.md"
    bell.write_bytes(b"---\ntitle: Bell\x07 title\n---\n\nBody text here two.\n")
    code, out, err = run(capsys, "add", str(bell))
    assert (code, out, err) == (0, "bell-title\n", "")
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [\n---\n\nBody.\n", encoding="utf-8")
    code, _, err = run(capsys, "add", str(broken))
    assert code == 1
    assert one_line(err).startswith(f"byline: {broken}: malformed front matter")


# -- output errors and encodings ----------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_disk_is_one_line_and_status_1() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "byline", "state"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=subprocess_env(),
            check=False,
        )
    assert result.returncode == 1
    assert result.stderr == "byline: cannot write the output (No space left on device)\n"


def test_an_ascii_stdout_gets_replacements_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    as_json = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    # A context of its own: undoing the fixture's patches too would point Byline at the real
    # home directory for the rest of the test.
    with monkeypatch.context() as patched:
        patched.setattr(sys, "stdout", plain)
        assert main(["quotes"]) == 0
        patched.setattr(sys, "stdout", as_json)
        assert main(["quotes", "--json"]) == 0
    assert plain.buffer.getvalue().startswith(b"?1  Sergey Lavrov: ?")
    _, utf8, _ = run(capsys, "quotes", "--json")
    escaped = as_json.buffer.getvalue()
    assert json.loads(escaped) == json.loads(utf8)  # the same data, escaped


# -- exit statuses and numbering -----------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["quotes", "--speaker", "nobody"],
        ["quotes", "--search", "zzzqqq"],
        ["quotes", "--all", "--speaker", "nobody"],
        ["entities", "--type", "LAW"],
    ],
)
def test_a_search_or_filter_that_finds_nothing_exits_1(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert run(capsys, *argv)[:2] == (1, "")
    assert run(capsys, *argv, "--json")[:2] == (1, "[]\n")


def test_text_and_json_number_sections_alike_and_list_entities_alike(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = run(capsys, "quotes")[1].splitlines()
    rows = json.loads(run(capsys, "quotes", "--json")[1])
    assert [line.split()[0] for line in text] == [f"§{row['section_number']}" for row in rows]
    assert all(row["section_number"] == row["section"] + 1 for row in rows)
    text = run(capsys, "entities")[1].splitlines()
    rows = json.loads(run(capsys, "entities", "--json")[1])
    assert [line.split(None, 2)[2].split("  (also:")[0] for line in text] == [
        row["text"] for row in rows
    ]


# -- completion -----------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash here")
def test_the_bash_completion_completes_commands_options_and_ids(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["completion", "bash"]) == 0
    script = tmp_path / "byline.bash"
    script.write_text(capsys.readouterr().out, encoding="utf-8")
    stub = tmp_path / "bin" / "byline"
    stub.parent.mkdir()
    stub.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m byline "$@"\n', encoding="utf-8")
    stub.chmod(0o755)
    probe = (
        f"source {script}\ncomplete -p byline\n"
        't() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); _byline; '
        'echo "${COMPREPLY[*]}"; }\n'
        "t byline sect\nt byline quotes --sp\nt byline entities --type PERS\n"
        "t byline sections turkish\n"
    )
    env = {**subprocess_env(), "PATH": f"{stub.parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", "--norc", "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "complete -o filenames -F _byline byline",
        "sections",
        "--speaker",
        "PERSON",
        BUNDLED_ID,
    ]


def test_the_zsh_and_fish_scripts_name_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    for shell in ("zsh", "fish"):
        assert main(["completion", shell]) == 0
        script = capsys.readouterr().out
        for command in ("list", "sections", "quotes", "completion"):
            assert command in script
        assert "byline list --ids" in script
