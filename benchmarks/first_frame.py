"""Time to the reader's first frame, measured inside the process: a quieter A/B than startup.py.

Usage::

    python benchmarks/first_frame.py [--runs N] [--against REV] [--rev REV] [--warmup N]

Each program starts on the bundled article in a detached 120x40 session of a private tmux
server, as in ``startup.py``, but under a small probe (``out/apps/first_frame_probe.py``): it
notes the time as it starts, hooks Textual's ``App._display`` once ``textual.app`` is imported
(the program imports everything in its own order), and when the app hands its first frame to
the terminal it appends the milliseconds since to a file. The harness reads that, then ends
the session. No screen capture, no polling: the figure leaves out the interpreter's own start
and the terminal's drawing, the same for every program, and moves ±1-2 ms from run to run
where ``startup.py``'s moves ±5-10. Use it to compare two revisions (``--against``); report
first paint with ``startup.py``.

Programs, alternated (A B C A B C ...) after a warm-up start each:

* ``hello``: the bare Textual app of ``startup.py`` (the floor);
* ``byline``: the installed ``byline`` next to this Python (``--rev REV``: as of that revision);
* with ``--against REV``, ``byline@SHA``: Byline as of that revision.

Byline gets fresh ``BYLINE_CONFIG_DIR``/``BYLINE_CACHE_DIR``/``BYLINE_DATA_DIR`` every run;
``--cache all`` shares the cache between runs, as in ``startup.py``.
"""

from __future__ import annotations

import argparse
import atexit
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from documents import generate
from startup import (
    APPS_DIR,
    BASE_ENV,
    CACHE_MODES,
    HELLO_APP,
    SHARED_CACHE,
    Interrupted,
    Pane,
    Program,
    Tmux,
    add_rev_option,
    byline_command,
    byline_env,
    fresh_dir,
    machine,
    raise_interrupted,
    revision_program,
    use_revision,
)

PROBE = '''\
"""Run a program (a script, or -m module) and note when its Textual app shows its first frame."""
import builtins
import os
import runpy
import sys
import time

START = time.perf_counter()
OUT = os.environ["FIRST_FRAME_OUT"]
_import = builtins.__import__


def _hook(name, *args, **kwargs):
    module = _import(name, *args, **kwargs)
    textual_app = sys.modules.get("textual.app")
    if textual_app is not None and hasattr(textual_app, "App"):
        builtins.__import__ = _import
        display = textual_app.App._display

        def first_display(self, *args, **kwargs):
            display(self, *args, **kwargs)
            if not getattr(first_display, "done", False):
                first_display.done = True
                with open(OUT, "a") as out:
                    out.write(f"{(time.perf_counter() - START) * 1000:.2f}\\n")

        textual_app.App._display = first_display
    return module


builtins.__import__ = _hook
sys.argv = sys.argv[1:]
if sys.argv[0] == "-m":
    sys.argv = sys.argv[1:]
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
else:
    runpy.run_path(sys.argv[0], run_name="__main__")
'''

TIMEOUT = 20.0
"""Seconds to wait for a program's first frame."""


def no_env(_tmp: Path) -> dict[str, str]:
    return {}


def measure(tmux: Tmux, probe: Path, program: Program, argv: list[str]) -> float | None:
    """One start of `program` under the probe: milliseconds to its first frame."""
    with fresh_dir() as tmp:
        out = tmp / "first-frame.txt"
        env = {**BASE_ENV, **program.env(tmp), "FIRST_FRAME_OUT": str(out)}
        command = program.command
        if command[1:2] == ["-m"]:  # python -m byline
            probe_argv = [command[0], str(probe), *command[1:], *argv]
        else:  # a script (the installed console script, hello.py) run by this Python
            probe_argv = [sys.executable, str(probe), *command[-1:], *argv]
        pane = Pane.start(tmux, probe_argv, env, cwd=tmp)
        try:
            deadline = time.perf_counter() + TIMEOUT
            while time.perf_counter() < deadline:
                if out.is_file() and out.read_text().strip():
                    return float(out.read_text().split()[0])
                time.sleep(0.005)
            return None
        finally:
            pane.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="measured starts per program (15)")
    parser.add_argument("--warmup", type=int, default=1, help="unrecorded starts each (1)")
    parser.add_argument("--against", metavar="REV", help="also run byline as of this revision")
    parser.add_argument(
        "--cache",
        choices=CACHE_MODES,
        default="empty",
        help="what Byline finds in its cache directory, as startup.py's --cache (empty)",
    )
    add_rev_option(parser)
    args = parser.parse_args(argv)
    if args.rev:
        use_revision(args.rev)
    if args.cache != "empty":
        SHARED_CACHE[args.cache] = Path(tempfile.mkdtemp(prefix="byline-bench-cache-"))
        atexit.register(shutil.rmtree, SHARED_CACHE[args.cache], True)
    doc = generate(names=("bundled",))["bundled"]
    APPS_DIR.mkdir(parents=True, exist_ok=True)
    hello = APPS_DIR / "hello.py"
    hello.write_text(HELLO_APP)
    probe = APPS_DIR / "first_frame_probe.py"
    probe.write_text(PROBE)
    programs = [
        (Program("hello", [sys.executable, str(hello)], no_env), [doc.marker]),
        (Program("byline", byline_command(), byline_env), [str(doc.path)]),
    ]
    if args.against:
        programs.append((revision_program(args.against), [str(doc.path)]))
    info = machine()
    print("machine: " + ", ".join(f"{k} {v}" for k, v in info.items()), file=sys.stderr)
    times: dict[str, list[float]] = {program.name: [] for program, _ in programs}
    failed: dict[str, int] = {program.name: 0 for program, _ in programs}
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, raise_interrupted)
    try:
        with Tmux() as tmux:
            for _ in range(args.warmup):
                for program, program_argv in programs:
                    measure(tmux, probe, program, program_argv)
            for run in range(1, args.runs + 1):
                for program, program_argv in programs:
                    ms = measure(tmux, probe, program, program_argv)
                    if ms is None:
                        failed[program.name] += 1
                    else:
                        times[program.name].append(ms)
                    shown = "no frame" if ms is None else f"{ms:.1f} ms"
                    print(f"run {run}/{args.runs} {program.name:<16} {shown}", file=sys.stderr)
    except (KeyboardInterrupt, Interrupted):
        print("stopped: the private tmux server was killed", file=sys.stderr)
    print(f"\nFirst frame, in process, bundled article, {args.runs} runs each, cache {args.cache}.")
    print("machine: " + ", ".join(f"{k} {v}" for k, v in info.items()) + "\n")
    floor = statistics.median(times["hello"]) if times["hello"] else None
    print(f"{'program':<16}  {'median':>8}  {'min–max':>15}  {'× hello':>7}  {'− hello':>8}")
    for name, values in times.items():
        if not values:
            print(f"{name:<16}  no frame in {failed[name]} runs")
            continue
        median = statistics.median(values)
        spread = f"{min(values):.1f}–{max(values):.1f}"
        ratio = f"{median / floor:.2f}x" if floor and name != "hello" else ""
        gap = f"{median - floor:+.1f}" if floor and name != "hello" else ""
        note = f"  ({failed[name]} without a frame)" if failed[name] else ""
        print(f"{name:<16}  {median:7.1f}   {spread:>15}  {ratio:>7}  {gap:>8}{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
