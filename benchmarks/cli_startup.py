"""CPU and wall time of ``byline --version`` and ``byline sections --json``, against ``python -c
pass``.

Usage::

    python benchmarks/cli_startup.py [--runs N] [--src DIR ...] [--state warm,empty]

Each command runs as ``python -m byline ...`` with ``PYTHONPATH`` set to a source directory
(``src/`` of this checkout unless ``--src`` names others: ``--src ../wt-old/src --src src``
compares two revisions in one run). Its CPU time is the user + system time the kernel reports
for the child (``os.wait4``), its wall time runs from just before the start to the child's end.
``python -c pass`` (the interpreter's own start, with the same environment) runs in the same
rounds, and every figure is also given minus its median: what Byline itself costs.

Two states of the config directory, each in fresh temporary ``BYLINE_CONFIG_DIR``,
``BYLINE_DATA_DIR`` and ``BYLINE_CACHE_DIR`` (one set per source directory):

* ``warm``: the bundled article was opened once (the reading state names it as the last article
  read, as the reader leaves it), so ``sections --json`` finds it through the state;
* ``empty``: nothing there (the directories do not exist), so it opens the bundled article.

Runs are interleaved, one of everything per round, the order turning by one each round, so
that a change in the machine's load touches every program alike. The load average is printed
before and after: on a busy machine the figures move by tens of per cent.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STATES = ("warm", "empty")
COMMANDS = {"--version": ["--version"], "sections --json": ["sections", "--json"]}

WARM_UP_STATE = """\
import sys
from pathlib import Path

from byline.core.reading import ArticleState

try:
    from byline.store.library.opening import default_article_path, resolve
    from byline.store.state import StateStore
except ImportError:  # a revision before the store package
    from byline.core.opening import default_article_path, resolve
    from byline.core.storage import StateStore

loaded = resolve(str(default_article_path()))
article = loaded.article
store = StateStore(Path(sys.argv[1]))
opened = store.article(article.id).opened(str(loaded.path), article.meta.title)
store.set_article(article.id, opened)
store.set_last_article(article.id)
if not store.save():
    sys.exit("could not save the reading state")
"""
"""What the reader records on opening the bundled article, written with the revision's own
state store (the same calls as ``BylineApp``)."""


@dataclass
class Program:
    label: str
    argv: list[str]
    env: dict[str, str]
    empty: Path | None = None
    """A directory removed before every run, so that each run finds nothing there."""
    cpu_ms: list[float] = field(default_factory=list)
    wall_ms: list[float] = field(default_factory=list)


def base_env(source: Path | None) -> dict[str, str]:
    """This environment without Byline's or Python's own variables (``.pyc`` files are
    written and used, as an installed program's are), with `source` first on the path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BYLINE_", "PYTHON"))}
    env.update({"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    if source is not None:
        env["PYTHONPATH"] = str(source)
    return env


def run_once(argv: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Run `argv` to its end; its CPU time (user + system) and wall time, in ms."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped: Popen must not wait
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited with {process.returncode}")
    return (usage.ru_utime + usage.ru_stime) * 1000, wall * 1000


def check(program: Program) -> None:
    """Run `program` once with its output kept, and check it answers as expected."""
    result = subprocess.run(program.argv, env=program.env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{program.label}: exit {result.returncode}: {result.stderr.strip()}")
    if "--version" in program.argv and not result.stdout.startswith("byline "):
        raise SystemExit(f"{program.label}: unexpected output {result.stdout!r}")
    if "sections" in program.argv and not isinstance(json.loads(result.stdout), list):
        raise SystemExit(f"{program.label}: not a JSON list")


def describe(source: Path) -> str:
    """The source directory's commit (and whether it has changes), else its path."""

    def git(*args: str) -> str:
        result = subprocess.run(["git", "-C", str(source), *args], capture_output=True, text=True)
        return result.stdout.strip() if result.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD")
    if not commit:
        return str(source)
    return commit + ("+changes" if git("status", "--porcelain", "--", ".") else "")


def byline_programs(source: Path, state: str, root: Path) -> list[Program]:
    env = base_env(source)
    for name in ("config", "data", "cache"):
        env[f"BYLINE_{name.upper()}_DIR"] = str(root / name)
    if state == "warm":
        subprocess.run(
            [sys.executable, "-c", WARM_UP_STATE, str(root / "config")], env=env, check=True
        )
    label = describe(source)
    return [
        Program(
            f"{label} {state:<5} {name}",
            [sys.executable, "-m", "byline", *argv],
            env,
            empty=root if state == "empty" else None,
        )
        for name, argv in COMMANDS.items()
    ]


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def report(programs: list[Program], floor: Program) -> None:
    base_cpu = statistics.median(floor.cpu_ms)
    base_wall = statistics.median(floor.wall_ms)
    width = max(len(p.label) for p in programs)
    print(
        f"\n{'program':<{width}}  {'CPU med':>8} {'min':>6} {'- pass':>7}"
        f"  {'wall med':>8} {'min':>6} {'- pass':>7}"
    )
    for program in programs:
        cpu = statistics.median(program.cpu_ms)
        wall = statistics.median(program.wall_ms)
        extra_cpu = "" if program is floor else f"{cpu - base_cpu:7.1f}"
        extra_wall = "" if program is floor else f"{wall - base_wall:7.1f}"
        print(
            f"{program.label:<{width}}  {cpu:8.1f} {min(program.cpu_ms):6.1f} {extra_cpu:>7}"
            f"  {wall:8.1f} {min(program.wall_ms):6.1f} {extra_wall:>7}"
        )
    print("(ms; medians; '- pass': minus the median of python -c pass)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="measured runs of each (15)")
    parser.add_argument("--warmup", type=int, default=1, help="unrecorded rounds first (1)")
    parser.add_argument(
        "--src",
        metavar="DIR",
        action="append",
        type=Path,
        help="a source directory to run (PYTHONPATH=DIR; repeat to compare; default: src/)",
    )
    parser.add_argument(
        "--state", default=",".join(STATES), help="warm, empty or both (default: warm,empty)"
    )
    parser.add_argument("--json", metavar="FILE", type=Path, help="write the raw samples here")
    args = parser.parse_args(argv)
    states = [s for s in args.state.split(",") if s]
    if not states or set(states) - set(STATES):
        parser.error(f"--state: one or more of {', '.join(STATES)}")
    sources = [s.resolve() for s in args.src or [REPO / "src"]]

    with tempfile.TemporaryDirectory(prefix="byline-cli-bench-") as tmp:
        floor = Program("python -c pass", [sys.executable, "-c", "pass"], base_env(sources[0]))
        programs = [floor]
        for number, source in enumerate(sources):
            for state in states:
                programs += byline_programs(source, state, Path(tmp) / f"{number}-{state}")
        for program in programs:
            check(program)
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load()}")
        print(f"{args.runs} runs of each, interleaved, after {args.warmup} warm-up round(s)")
        for round_number in range(args.warmup + args.runs):
            turn = round_number % len(programs)
            for program in programs[turn:] + programs[:turn]:
                if program.empty is not None:
                    shutil.rmtree(program.empty, ignore_errors=True)
                cpu, wall = run_once(program.argv, program.env)
                if round_number >= args.warmup:
                    program.cpu_ms.append(cpu)
                    program.wall_ms.append(wall)
        print(f"load average after: {load()}")
    report(programs, floor)
    if args.json:
        samples = {p.label: {"cpu_ms": p.cpu_ms, "wall_ms": p.wall_ms} for p in programs}
        args.json.write_text(json.dumps(samples, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
