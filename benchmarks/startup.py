"""Reader start-up benchmark: time to the first words on screen, and peak memory.

Usage::

    python benchmarks/startup.py [--runs N] [--docs bundled,1.4mb,10mb]
                                 [--programs byline,less,hello,frogmouth,markdown]
                                 [--no-skip-slow] [--timeout S] [--settle S] [--warmup N]
                                 [--cache empty|all] [--rev REV] [--against REV]
                                 [--json FILE]

Each program is started on each document in a detached tmux session of 120x40 on a private
tmux server (``tmux -L byline-bench-<pid>``). The clock starts just before ``new-session`` and
stops when the ``capture-pane`` that first shows the document's marker (its first body words,
see ``documents.py``) returns; the pane is captured every few milliseconds. Meanwhile, and for
``--settle`` seconds after, the memory of the pane's process tree is sampled from ``/proc``:
peak RSS is the largest sum over the tree of each process's ``VmHWM`` (the kernel's own
high-water mark of its resident set, so a spike between two samples is not missed) and, as a
cross-check, of ``VmRSS``. The session is then killed and the tree is waited for (and SIGKILLed
if it lingers), so runs never overlap.

For Byline the harness then keeps capturing (with escapes) until the marker's line shows
entity highlighting (its first words are a PERSON, drawn bold), and reports that wait as
"highlights after paint": the first screen's highlights (targets in docs/performance.md).

Runs alternate the programs (A B C A B C ...) so that drift on the machine cancels out, after
one unrecorded warm-up start of each program (page cache, ``.pyc`` files). Medians are printed
with min and max, and the ratios of the medians to the Textual hello-world app (the floor: a
Textual app can not start faster) and to frogmouth.

Programs:

* ``byline DOC`` with ``BYLINE_CONFIG_DIR``, ``BYLINE_CACHE_DIR`` and ``BYLINE_DATA_DIR`` in a
  fresh temporary directory each run (it never resumes a position; its cache is empty, or
  holds what ``--cache`` says);
* ``less DOC``;
* ``hello``: a bare Textual app that shows the marker in a ``Static`` (byline's Python and
  Textual);
* ``frogmouth DOC``: frogmouth 0.9.2 in its own virtual environment under ``benchmarks/out/``
  (made on first use with ``python -m venv`` and ``pip install frogmouth==0.9.2``; it pins an
  older Textual), with its XDG directories in a fresh temporary directory each run;
* ``markdown``: a Textual app showing the document in a ``textual.widgets.Markdown`` in a
  ``VerticalScroll`` (byline's Python and Textual);
* with ``--against REV``, also ``byline@SHA``: Byline as of that git revision, run like
  ``byline`` and alternated with it in the same run (an A/B comparison on one machine state).

The peers (frogmouth, markdown) take many seconds on the big documents: on the 10 MB document
they are skipped unless ``--no-skip-slow``; every run gives up after ``--timeout`` seconds
(reported as "> 60 s"), and a program that timed out on a document is not run on it again.
Ctrl-C stops cleanly: the private tmux server and everything it started are killed.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import FrameType

from documents import NAMES as DOC_NAMES
from documents import OUT_DIR, Document, generate

REPO = Path(__file__).resolve().parents[1]
WIDTH, HEIGHT = 120, 40
POLL_SECONDS = 0.003
HIGHLIGHT_TIMEOUT = 60.0
"""How long to wait, after the first paint, for entity highlights on the first screen."""
SIDEBAR_BORDER = "▕"
FROGMOUTH_VERSION = "0.9.2"
FROGMOUTH_VENV = OUT_DIR / f"frogmouth-{FROGMOUTH_VERSION}-venv"
APPS_DIR = OUT_DIR / "apps"
PROGRAM_NAMES = ("byline", "less", "hello", "frogmouth", "markdown")
SLOW_PROGRAMS = ("frogmouth", "markdown")
SLOW_DOCS = ("10mb",)

HELLO_APP = '''\
"""The floor: a bare Textual app that shows one line of text (argv[1])."""
import sys

from textual.app import App, ComposeResult
from textual.widgets import Static


class Hello(App[None]):
    def compose(self) -> ComposeResult:
        yield Static(sys.argv[1], markup=False)


Hello().run()
'''

MARKDOWN_APP = '''\
"""Textual's own Markdown widget on a file (argv[1]), in a scrolling container."""
import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown


class MarkdownApp(App[None]):
    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Markdown(Path(sys.argv[1]).read_text(encoding="utf-8"))


MarkdownApp().run()
'''


class Interrupted(Exception):
    """SIGTERM or SIGHUP: stop like Ctrl-C, cleaning up on the way out."""


def raise_interrupted(signum: int, _frame: FrameType | None) -> None:
    raise Interrupted(signal.Signals(signum).name)


# -- processes and memory ------------------------------------------------------------------


def process_tree(pid: int) -> list[int]:
    """`pid` and its descendants (read from /proc/PID/task/TID/children), if still alive."""
    found: list[int] = []
    todo = [pid]
    while todo:
        current = todo.pop()
        task_dir = Path(f"/proc/{current}/task")
        try:
            tasks = list(task_dir.iterdir())
        except OSError:
            continue
        found.append(current)
        for task in tasks:
            with contextlib.suppress(OSError):
                todo.extend(int(child) for child in (task / "children").read_text().split())
    return found


def memory_kb(pids: Sequence[int]) -> tuple[int, int]:
    """Sums of VmRSS and of VmHWM (kB) over `pids`; processes that are gone count 0."""
    rss = hwm = 0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                rss += int(line.split()[1])
            elif line.startswith("VmHWM:"):
                hwm += int(line.split()[1])
    return rss, hwm


def cpu_seconds(pids: Sequence[int]) -> float:
    """User plus system CPU time of `pids` (seconds)."""
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


# -- tmux ----------------------------------------------------------------------------------


PROGRAM_ENVIRONMENT = {
    name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"
}
"""What the tmux server, and so every program, starts with: this environment, except that
Python may write ``.pyc`` files, as it does where the programs are installed for use (pip
compiles them at install time). Without them, each start of the Byline checkout compiled its
modules again (~25 ms)."""


class Tmux:
    """A private tmux server (its own socket): started on entry, killed on exit."""

    def __init__(self) -> None:
        self.socket = f"byline-bench-{os.getpid()}"
        self._sessions = 0

    def command(self, *args: str) -> list[str]:
        return ["tmux", "-L", self.socket, "-f", "/dev/null", *args]

    def run(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(
            self.command(*args),
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
            env=PROGRAM_ENVIRONMENT,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def __enter__(self) -> Tmux:
        # A session that idles, so that the server is up before the first measured start.
        self.run("new-session", "-d", "-s", "idle", "-x", "80", "-y", "24", "cat")
        # Keep the pane of a program that dies, so that its last words can be shown.
        self.run("set-option", "-g", "remain-on-exit", "on")
        return self

    def __exit__(self, *_exc: object) -> None:
        self.run("kill-server", check=False)
        # tmux may leave the socket file of a killed server behind.
        folder = Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}"
        with contextlib.suppress(OSError):
            (folder / self.socket).unlink()

    def new_name(self) -> str:
        self._sessions += 1
        return f"run{self._sessions}"


@dataclass
class Sample:
    """What one start of a program gave."""

    seconds: float | None
    """Time to the marker; None when it did not appear within the timeout."""
    peak_hwm_kb: int = 0
    peak_rss_kb: int = 0
    paint_rss_kb: int = 0
    """RSS of the tree right after the capture that showed the marker."""
    note: str = ""
    killed: bool = False
    """Still running 3 s after its tmux session was killed (SIGHUP): SIGKILLed."""
    highlights: float | None = None
    """Byline only: seconds from the first paint until entity highlights show on the marker."""


@dataclass
class Pane:
    """A program running in a tmux session, with its memory watched."""

    tmux: Tmux
    session: str
    pid: int
    started: float
    peak_rss_kb: int = 0
    peak_hwm_kb: int = 0
    pids: list[int] = field(default_factory=list)

    @classmethod
    def start(cls, tmux: Tmux, argv: Sequence[str], env: dict[str, str], cwd: Path) -> Pane:
        session = tmux.new_name()
        env_args = [arg for name, value in env.items() for arg in ("-e", f"{name}={value}")]
        command = tmux.command(
            "new-session", "-d", "-s", session, "-x", str(WIDTH), "-y", str(HEIGHT),
            "-c", str(cwd), "-P", "-F", "#{pane_pid}", *env_args, "--", *argv,
        )  # fmt: skip
        started = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=30)
        if result.returncode != 0:
            raise RuntimeError(f"tmux new-session: {result.stderr.strip()}")
        pane = cls(tmux, session, int(result.stdout.strip()), started)
        pane.sample_memory()
        return pane

    def sample_memory(self) -> None:
        tree = process_tree(self.pid)
        if tree:
            self.pids = sorted(set(self.pids) | set(tree))
        rss, hwm = memory_kb(tree)
        self.peak_rss_kb = max(self.peak_rss_kb, rss)
        self.peak_hwm_kb = max(self.peak_hwm_kb, hwm, rss)

    def capture(self, escapes: bool = False) -> str:
        flags = ("-p", "-e") if escapes else ("-p",)
        return self.tmux.run("capture-pane", *flags, "-t", self.session, check=False)

    def send(self, *keys: str, literal: bool = False) -> None:
        self.tmux.run("send-keys", "-t", self.session, *(["-l"] if literal else []), *keys)

    def wait_for(
        self,
        found: Callable[[str], bool],
        timeout: float,
        since: float | None = None,
        escapes: bool = False,
    ) -> float | None:
        """Seconds from `since` (default: the start) to the capture where `found` holds."""
        since = self.started if since is None else since
        deadline = time.perf_counter() + timeout
        while True:
            screen = self.capture(escapes)
            now = time.perf_counter()
            if found(screen):
                return now - since
            self.sample_memory()
            if now > deadline or not _alive(self.pid):
                return None
            time.sleep(POLL_SECONDS)

    def settle(self, seconds: float) -> None:
        """Keep sampling memory for `seconds`."""
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline and _alive(self.pid):
            self.sample_memory()
            time.sleep(0.02)

    def close(self, grace: float = 3.0) -> bool:
        """Kill the session and wait for its processes to be gone.

        Returns whether they were still there `grace` seconds after the session was killed
        (tmux sends SIGHUP), and so had to be SIGKILLed.
        """
        self.sample_memory()
        pids = sorted(set(self.pids) | set(process_tree(self.pid)))
        self.tmux.run("kill-session", "-t", self.session, check=False)
        deadline = time.perf_counter() + grace
        while any(_alive(pid) for pid in pids) and time.perf_counter() < deadline:
            time.sleep(0.01)
        lingering = [pid for pid in pids if _alive(pid)]
        for pid in lingering:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        deadline = time.perf_counter() + 3
        while any(_alive(pid) for pid in lingering) and time.perf_counter() < deadline:
            time.sleep(0.01)
        return bool(lingering)


# -- programs ------------------------------------------------------------------------------


@dataclass
class Program:
    name: str
    command: list[str]
    env: Callable[[Path], dict[str, str]]
    """Extra environment, given a fresh temporary directory for this run."""
    shows_marker: bool = False
    """Given the document's marker instead of its path (the hello-world app)."""

    def argv(self, doc: Document) -> list[str]:
        return [*self.command, doc.marker if self.shows_marker else str(doc.path)]


SNAPSHOT: dict[str, str] = {}
"""Set by --rev: ``src`` (the extracted source tree to run byline from) and ``rev``."""


def extract_revision(rev: str) -> tuple[str, str]:
    """`rev` as a source tree to run byline from (``git archive`` into ``out/rev-<sha>/``):
    its short sha and its ``src`` folder."""

    def git(*args: str) -> str:
        result = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"git {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout.strip()

    sha = git("rev-parse", "--short", f"{rev}^{{commit}}")
    folder = OUT_DIR / f"rev-{sha}"
    if not (folder / "src" / "byline" / "__main__.py").is_file():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "archive", sha, "src", "articles"], cwd=REPO, capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return sha, str(folder / "src")


def use_revision(rev: str) -> str:
    """Run byline from `rev` instead of the working tree; return its short sha."""
    sha, src = extract_revision(rev)
    SNAPSHOT.update(src=src, rev=sha)
    return sha


def revision_program(rev: str) -> Program:
    """``byline@SHA``: Byline as of `rev`, to run beside the working tree's (``--against``)."""
    sha, src = extract_revision(rev)

    def env(tmp: Path) -> dict[str, str]:
        return {**byline_env(tmp), "PYTHONPATH": src}  # wins over the editable install's .pth

    return Program(f"byline@{sha}", [sys.executable, "-m", "byline"], env)


CACHE_MODES = ("empty", "all")
SHARED_CACHE: dict[str, Path] = {}
"""With ``--cache all``: the cache directory that Byline runs share."""


def byline_cache(tmp: Path) -> Path:
    """The run's cache directory: a fresh one, or one shared by every run (``--cache all``:
    the article has been opened before, its analysis is cached)."""
    shared = SHARED_CACHE.get("all")
    return shared if shared is not None else tmp / "cache"


def byline_env(tmp: Path) -> dict[str, str]:
    cache = byline_cache(tmp)
    env = {
        "BYLINE_CONFIG_DIR": str(tmp / "config"),
        "BYLINE_CACHE_DIR": str(cache),
        "BYLINE_DATA_DIR": str(tmp / "data"),
    }
    if SNAPSHOT:
        env["PYTHONPATH"] = SNAPSHOT["src"]  # wins over the editable install's .pth entry
    return env


def xdg_env(tmp: Path) -> dict[str, str]:
    return {
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "XDG_CACHE_HOME": str(tmp / "cache"),
    }


def _no_env(_tmp: Path) -> dict[str, str]:
    return {}


def byline_command() -> list[str]:
    """The installed ``byline`` next to this Python, else ``python -m byline``."""
    if SNAPSHOT:
        return [sys.executable, "-m", "byline"]
    script = Path(sys.executable).with_name("byline")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "byline"]


def ensure_frogmouth(log: Callable[[str], None]) -> Path | str:
    """Path of frogmouth's executable (installing it on first use), or why there is none."""
    executable = FROGMOUTH_VENV / "bin" / "frogmouth"
    stamp = FROGMOUTH_VENV / ".installed"
    if executable.is_file() and stamp.is_file():
        return executable
    log(f"installing frogmouth {FROGMOUTH_VERSION} into {FROGMOUTH_VENV} ...")
    shutil.rmtree(FROGMOUTH_VENV, ignore_errors=True)
    base = getattr(sys, "_base_executable", sys.executable)
    steps = (
        [base, "-m", "venv", str(FROGMOUTH_VENV)],
        [str(FROGMOUTH_VENV / "bin" / "python"), "-m", "pip", "install", "--quiet",
         "--disable-pip-version-check", f"frogmouth=={FROGMOUTH_VERSION}"],
    )  # fmt: skip
    for step in steps:
        try:
            result = subprocess.run(step, capture_output=True, text=True, timeout=900)
        except (OSError, subprocess.TimeoutExpired) as error:
            return f"install failed ({' '.join(step[:3])} ...: {error})"
        if result.returncode != 0:
            lines = (result.stderr or result.stdout).strip().splitlines()
            return f"install failed: {lines[-1] if lines else 'exit ' + str(result.returncode)}"
    if not executable.is_file():
        return "install failed: no frogmouth executable in the venv"
    stamp.write_text(FROGMOUTH_VERSION + "\n")
    return executable


def make_programs(names: Sequence[str], log: Callable[[str], None]) -> dict[str, Program]:
    """The programs named, except those that can not run here (said on `log`)."""
    APPS_DIR.mkdir(parents=True, exist_ok=True)
    hello = APPS_DIR / "hello.py"
    hello.write_text(HELLO_APP)
    markdown = APPS_DIR / "markdown_app.py"
    markdown.write_text(MARKDOWN_APP)
    python = sys.executable
    programs: dict[str, Program] = {}
    for name in names:
        if name == "byline":
            programs[name] = Program(name, byline_command(), byline_env)
        elif name == "less":
            less = shutil.which("less")
            if less is None:
                log("SKIPPED less: not installed")
                continue
            programs[name] = Program(name, [less], _no_env)
        elif name == "hello":
            programs[name] = Program(name, [python, str(hello)], _no_env, shows_marker=True)
        elif name == "markdown":
            programs[name] = Program(name, [python, str(markdown)], _no_env)
        elif name == "frogmouth":
            found = ensure_frogmouth(log)
            if isinstance(found, str):
                log(f"SKIPPED frogmouth: {found}")
                continue
            programs[name] = Program(name, [str(found)], xdg_env)
        else:
            raise SystemExit(f"unknown program {name!r}: choose from {', '.join(PROGRAM_NAMES)}")
    return programs


# -- measuring -----------------------------------------------------------------------------

BASE_ENV = {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color", "COLORTERM": ""}


@contextlib.contextmanager
def fresh_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="byline-bench-") as tmp:
        yield Path(tmp)


_SGR = re.compile(r"\x1b\[[0-9;]*m")


def marker_highlighted(screen: str, marker: str) -> bool:
    """Whether the marker's words on the article side of its line (right of the sidebar's
    border) are drawn in more than one style: the marker holds a PERSON (Sergey Lavrov), drawn
    in its own colour once entities show, and is one run of plain text before."""
    for line in screen.splitlines():
        if marker in _SGR.sub("", line):
            article = line.rsplit(SIDEBAR_BORDER, 1)[-1]
            return marker not in article
    return False


def measure(tmux: Tmux, program: Program, doc: Document, timeout: float, settle: float) -> Sample:
    """Start `program` on `doc` once: time to the marker (and, for byline, to entity
    highlights on it), and peak memory."""
    with fresh_dir() as tmp:
        env = {**BASE_ENV, **program.env(tmp)}
        pane = Pane.start(tmux, program.argv(doc), env, cwd=tmp)
        try:
            seconds = pane.wait_for(lambda screen: doc.marker in screen, timeout)
            painted = time.perf_counter()
            paint_rss_kb = memory_kb(process_tree(pane.pid))[0]
            highlights = None
            if seconds is not None and is_byline(program.name):
                highlights = pane.wait_for(
                    lambda screen: marker_highlighted(screen, doc.marker),
                    HIGHLIGHT_TIMEOUT,
                    since=painted,
                    escapes=True,
                )
            note = ""
            if seconds is None and _alive(pane.pid):
                note = f"> {timeout:g} s"
            elif seconds is None:
                last = [line.strip() for line in pane.capture().splitlines() if line.strip()]
                note = "exited: " + " | ".join(last[-3:])
            else:
                pane.settle(settle)
        finally:
            killed = pane.close()
    return Sample(
        seconds, pane.peak_hwm_kb, pane.peak_rss_kb, paint_rss_kb, note, killed, highlights
    )


@dataclass
class Row:
    doc: str
    program: str
    samples: list[Sample] = field(default_factory=list)
    skipped: str = ""
    timeout: float = 0.0

    def times(self) -> list[float]:
        return [s.seconds for s in self.samples if s.seconds is not None]

    def median(self) -> float | None:
        times = self.times()
        if not times or len(times) < len(self.samples):
            return None
        return statistics.median(times)

    def failed(self) -> bool:
        """Some run did not show the marker (timed out, or the program exited)."""
        return any(s.seconds is None for s in self.samples)

    def timed_out(self) -> bool:
        return any(s.note.startswith(">") for s in self.samples)


def fmt_seconds(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def fmt_mb(kb: float) -> str:
    return f"{kb / 1024:.0f} MB"


def describe_time(row: Row) -> str:
    if row.skipped:
        return "skipped"
    median = row.median()
    if median is None:
        notes = {s.note for s in row.samples if s.seconds is None}
        return "; ".join(sorted(notes)) or "no runs"
    times = row.times()
    return f"{fmt_seconds(median)} ({fmt_seconds(min(times))}–{fmt_seconds(max(times))})"


def describe_memory(row: Row) -> str:
    if row.skipped or not row.samples:
        return ""
    peaks = [s.peak_hwm_kb for s in row.samples]
    text = fmt_mb(statistics.median(peaks))
    if len(peaks) > 1:
        text += f" ({fmt_mb(min(peaks))}–{fmt_mb(max(peaks))})"
    if row.failed():
        text += " at timeout" if row.timed_out() else " (failed)"
    return text


def describe_paint_memory(row: Row) -> str:
    paints = [s.paint_rss_kb for s in row.samples if s.seconds is not None]
    return fmt_mb(statistics.median(paints)) if paints and not row.skipped else ""


def is_byline(program: str) -> bool:
    """Byline from the working tree, or as of a revision (``byline@SHA``)."""
    return program == "byline" or program.startswith("byline@")


def describe_highlights(row: Row) -> str:
    """Median (min–max) time from the first paint to entity highlights on the marker."""
    waits = [s.highlights for s in row.samples if s.seconds is not None]
    if not waits or not is_byline(row.program):
        return ""
    if any(wait is None for wait in waits):
        return f"> {HIGHLIGHT_TIMEOUT:g} s in {sum(w is None for w in waits)}/{len(waits)}"
    seen = [wait for wait in waits if wait is not None]
    return (
        f"{fmt_seconds(statistics.median(seen))} "
        f"({fmt_seconds(min(seen))}–{fmt_seconds(max(seen))})"
    )


def ratio(row: Row, base: Row | None) -> str:
    """Ratio of the medians; a bound when one side ran into the timeout."""
    if base is None or row.skipped or base.skipped or not row.samples or not base.samples:
        return ""
    mine, theirs = row.median(), base.median()
    if mine is not None and theirs is not None:
        return f"{mine / theirs:.2f}x"
    if mine is not None and base.timed_out():
        return f"< {mine / base.timeout:.3f}x"
    if theirs is not None and row.timed_out():
        return f"> {row.timeout / theirs:.0f}x"
    return ""


def print_table(rows: list[Row], docs: dict[str, Document], out: Callable[[str], None]) -> None:
    header = ("document", "program", "first paint: median (min–max)", "× hello", "× frogmouth",
              "RSS at paint", "peak RSS: median (min–max)", "highlights after paint")  # fmt: skip
    lines: list[tuple[str, ...]] = [header]
    for row in rows:
        doc = docs[row.doc]
        hello = next((r for r in rows if r.doc == row.doc and r.program == "hello"), None)
        frog = next((r for r in rows if r.doc == row.doc and r.program == "frogmouth"), None)
        label = f"{row.doc} ({doc.size / 1e6:.2f} MB)" if doc.size > 1e5 else row.doc
        lines.append(
            (label, row.program, describe_time(row),
             "" if row.program == "hello" else ratio(row, hello),
             "" if row.program == "frogmouth" else ratio(row, frog),
             describe_paint_memory(row), describe_memory(row), describe_highlights(row))
        )  # fmt: skip
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for n, line in enumerate(lines):
        out("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
        if n == 0:
            out("  ".join("-" * width for width in widths))
    for row in rows:
        if row.skipped:
            out(f"skipped: {row.program} on {row.doc}: {row.skipped}")
        killed = sum(sample.killed for sample in row.samples)
        if killed:
            out(
                f"note: {row.program} on {row.doc}: still running 3 s after SIGHUP (tmux "
                f"kill-session) in {killed}/{len(row.samples)} runs, SIGKILLed"
            )
        for sample in row.samples:
            if sample.note.startswith("exited"):
                out(f"failed: {row.program} on {row.doc}: {sample.note}")


def machine() -> dict[str, str]:
    import textual

    def git(*args: str) -> str:
        result = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True)
        return result.stdout.strip()

    if SNAPSHOT:
        commit = f"{SNAPSHOT['rev']} (git archive, --rev)"
    else:
        dirty = git("status", "--porcelain", "--", "src")
        commit = git("rev-parse", "--short", "HEAD") + (
            " + uncommitted changes in src/" if dirty else ""
        )
    return {
        "commit": commit,
        "python": platform.python_version(),
        "textual": textual.__version__,
        "cpus": str(os.cpu_count()),
        "tmux": subprocess.run(["tmux", "-V"], capture_output=True, text=True).stdout.strip(),
        "kernel": platform.release(),
    }


def add_rev_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rev",
        metavar="REV",
        help="measure byline as of this git revision (extracted with git archive into "
        "benchmarks/out/rev-SHA/) instead of the working tree",
    )


def parse_list(text: str, allowed: Sequence[str], what: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in allowed]
    if unknown:
        raise SystemExit(f"unknown {what}: {', '.join(unknown)} (choose from {', '.join(allowed)})")
    return names


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Time to first words on screen and peak memory, byline vs its peers."
    )
    parser.add_argument("--runs", type=int, default=5, help="measured runs per program (5)")
    parser.add_argument("--docs", default=",".join(DOC_NAMES), help="default: %(default)s")
    parser.add_argument("--programs", default=",".join(PROGRAM_NAMES), help="default: %(default)s")
    parser.add_argument(
        "--skip-slow",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=f"skip {'/'.join(SLOW_PROGRAMS)} on the {'/'.join(SLOW_DOCS)} document (default)",
    )
    parser.add_argument("--timeout", type=float, default=60, help="give up a run after S s (60)")
    parser.add_argument(
        "--settle", type=float, default=2, help="keep sampling memory S s after first paint (2)"
    )
    parser.add_argument("--warmup", type=int, default=1, help="unrecorded starts per program (1)")
    parser.add_argument(
        "--cache",
        choices=CACHE_MODES,
        default="empty",
        help="what Byline finds in its cache directory: empty (the default: the article is "
        "new) or all (the article has been opened before: its analysis is cached)",
    )
    parser.add_argument("--json", type=Path, help="also write the raw samples here")
    add_rev_option(parser)
    parser.add_argument(
        "--against",
        metavar="REV",
        help="also run byline as of this git revision, alternated with the others in the same "
        "run (an A/B comparison), as the program byline@SHA",
    )
    args = parser.parse_args(argv)
    if shutil.which("tmux") is None:
        raise SystemExit("tmux is needed")
    if args.rev:
        use_revision(args.rev)
    if args.cache != "empty":
        SHARED_CACHE[args.cache] = Path(tempfile.mkdtemp(prefix="byline-bench-cache-"))
        atexit.register(shutil.rmtree, SHARED_CACHE[args.cache], True)

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    doc_names = parse_list(args.docs, DOC_NAMES, "document")
    docs = generate(names=tuple(doc_names))
    programs = make_programs(parse_list(args.programs, PROGRAM_NAMES, "program"), log)
    if args.against:
        against = revision_program(args.against)
        programs[against.name] = against
    info = machine()
    log("machine: " + ", ".join(f"{key} {value}" for key, value in info.items()))

    rows: list[Row] = []
    for doc_name in doc_names:
        for name in programs:
            row = Row(doc_name, name, timeout=args.timeout)
            if args.skip_slow and name in SLOW_PROGRAMS and doc_name in SLOW_DOCS:
                row.skipped = "slow peer on the big document (--no-skip-slow runs it)"
            rows.append(row)
    for name in PROGRAM_NAMES:
        if name in parse_list(args.programs, PROGRAM_NAMES, "program") and name not in programs:
            rows.extend(Row(doc, name, skipped="could not be set up") for doc in doc_names)

    previous = {
        sig: signal.signal(sig, raise_interrupted) for sig in (signal.SIGTERM, signal.SIGHUP)
    }
    try:
        with Tmux() as tmux:
            smallest = min(doc_names, key=lambda name: docs[name].size)
            for _ in range(args.warmup):
                for program in programs.values():
                    sample = measure(tmux, program, docs[smallest], args.timeout, 0)
                    log(f"warm-up {program.name:9} on {smallest}: {sample.seconds or 0:.3f} s")
            for doc_name in doc_names:
                active = [r for r in rows if r.doc == doc_name and not r.skipped]
                for run in range(1, args.runs + 1):
                    for row in active:
                        if row.failed():
                            continue  # once over the timeout (or dead), do not run it again
                        sample = measure(
                            tmux, programs[row.program], docs[doc_name], args.timeout, args.settle
                        )
                        row.samples.append(sample)
                        shown = fmt_seconds(sample.seconds) if sample.seconds else sample.note
                        log(
                            f"{doc_name:7} run {run}/{args.runs} {row.program:9} {shown:>9}  "
                            f"peak {fmt_mb(sample.peak_hwm_kb)}"
                        )
    except (KeyboardInterrupt, Interrupted) as stop:
        log(f"stopped ({stop or 'Ctrl-C'}): the private tmux server was killed; partial results:")
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    print()
    print(
        f"Time to first words on screen in a {WIDTH}x{HEIGHT} tmux pane; peak RSS of the "
        f"process tree until {args.settle:g} s after; {args.runs} runs each."
    )
    print(", ".join(f"{key} {value}" for key, value in info.items()))
    print()
    print_table(rows, docs, print)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "machine": info,
            "args": {k: str(v) for k, v in vars(args).items()},
            "rows": [asdict(row) for row in rows],
        }
        args.json.write_text(json.dumps(data, indent=2) + "\n")
        print(f"\nraw samples: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
