"""End to end: the installed `byline` command in a real terminal (tmux), quit and resume."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from byline.store.state import StateStore

pytestmark = pytest.mark.e2e

TMUX = shutil.which("tmux")


def _byline_command() -> str:
    beside_python = Path(sys.executable).with_name("byline")
    found = str(beside_python) if beside_python.exists() else shutil.which("byline")
    if found is None:
        pytest.fail("the byline command is not installed (pip install .)")
    return found


class Terminal:
    """A detached tmux session of a fixed size on a private server socket."""

    def __init__(self, socket: str, env: dict[str, str]) -> None:
        assert TMUX is not None
        self.tmux = TMUX
        self.socket = socket
        self.env = env

    def run(self, *args: str) -> str:
        result = subprocess.run(
            [self.tmux, "-L", self.socket, *args],
            capture_output=True,
            text=True,
            env=self.env,
            check=False,
        )
        return result.stdout

    def start(self, command: str) -> None:
        self.run("new-session", "-d", "-s", "byline", "-x", "120", "-y", "40", command)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "byline")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("send-keys", "-t", "byline", key)
            time.sleep(0.15)

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")

    def wait_until_closed(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if "byline" not in self.run("list-sessions", "-F", "#{session_name}"):
                return
            time.sleep(0.05)
        raise AssertionError("byline did not quit")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    if TMUX is None:
        pytest.fail("tmux is required for the end-to-end test (.ci/run installs it)")
    env = {
        **os.environ,
        "BYLINE_CONFIG_DIR": str(tmp_path / "config"),
        "BYLINE_DATA_DIR": str(tmp_path / "data"),
        "BYLINE_CACHE_DIR": str(tmp_path / "cache"),
        "TERM": "xterm-256color",
    }
    env.pop("TMUX", None)
    term = Terminal(f"byline-test-{uuid.uuid4().hex[:8]}", env)
    try:
        yield term
    finally:
        term.run("kill-server")


def test_open_move_two_sections_quit_and_resume(terminal: Terminal, tmp_path: Path) -> None:
    byline = _byline_command()
    # Run from another directory: the bundled article must come from the installed package.
    command = f"cd {tmp_path} && {byline}"
    terminal.start(command)
    terminal.wait_for("§ 1/6")
    terminal.keys("]")
    terminal.wait_for("§ 2/6")
    terminal.keys("]")
    terminal.wait_for("§ 3/6")
    terminal.keys("q")
    terminal.wait_until_closed()
    state = StateStore(tmp_path / "config").state.to_json()
    position = state["articles"][state["last_article"]]["position"]
    assert position["section_id"] == "turkey-s-role-in-us-ukraine-defense-cooperation"

    terminal.start(command)
    terminal.wait_for("Resumed at section 3/6")
    terminal.wait_for("§ 3/6")
    terminal.keys("q")
    terminal.wait_until_closed()


def test_a_search_typed_in_one_burst_reaches_the_prompt(terminal: Terminal, tmp_path: Path) -> None:
    terminal.start(f"cd {tmp_path} && {_byline_command()}")
    terminal.wait_for("§ 1/6")
    # One send-keys: the query arrives before `/` could have moved the focus the usual way.
    terminal.run("send-keys", "-t", "byline", "/lavrov", "Enter")
    terminal.wait_for("/lavrov  1/")
    terminal.keys("q")
    terminal.wait_until_closed()


def test_ctrl_z_suspends_to_the_shell_and_fg_draws_the_reader_again(
    terminal: Terminal, tmp_path: Path
) -> None:
    terminal.start(f"cd {tmp_path} && bash --norc")
    terminal.run("send-keys", "-t", "byline", _byline_command(), "Enter")
    terminal.wait_for("§ 1/6")
    terminal.keys('"')  # the quote panel lists the quotes once the analysis has ended:
    terminal.wait_for("Sergey Lavrov  · §1")  # nothing is left to draw the screen later
    terminal.keys("Escape", "]")
    terminal.wait_for("§ 2/6")
    terminal.keys("C-z")
    terminal.wait_for("Stopped")
    terminal.run("send-keys", "-t", "byline", "fg", "Enter")
    terminal.wait_for("§ 2/6", timeout=10)  # drawn again without waiting for a key
    terminal.keys("q")
    deadline = time.monotonic() + 10
    while terminal.run("display-message", "-p", "-t", "byline", "#{pane_current_command}") != (
        "bash\n"
    ):
        assert time.monotonic() < deadline, "byline did not quit"
        time.sleep(0.05)


def test_with_stdin_elsewhere_the_reader_reads_keys_from_the_terminal(
    terminal: Terminal, tmp_path: Path
) -> None:
    terminal.start(f"cd {tmp_path} && {_byline_command()} < /dev/null")
    terminal.wait_for("§ 1/6")
    terminal.keys("]")
    terminal.wait_for("§ 2/6")
    terminal.keys("q")
    terminal.wait_until_closed()
