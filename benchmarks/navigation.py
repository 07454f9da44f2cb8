"""Navigation in a big document, once loaded: End, go to section 500, search.

Usage::

    python benchmarks/navigation.py [--runs N] [--docs 1.4mb,10mb] [--timeout S]
                                    [--idle-wait S] [--rev REV] [--json FILE]

Byline is started on the document in a 120x40 tmux pane exactly as in ``startup.py`` (private
tmux server, fresh config, cache and data directories each run). After the first words are on
screen the harness waits until the whole article is parsed ("whole article": the status line
no longer says "Loading"; timed from the start, like the first paint) and then until the
screen has not changed for 0.3 s, then times, each from just before ``send-keys`` to the
``capture-pane`` that shows the expected text:

0. first-screen highlights: until the marker's line shows entity highlighting, timed from
   the first paint (the analysis of the range on screen comes first);
1. search: ``/`` until the prompt is shown, then the search word and Enter, until the status
   line shows ``/Kremlin  1/N`` (search starts at the top, so the first match is number 1);
2. End: ``G``, until the document's last words are on screen;
3. go to section 500 through the command palette: ctrl+p, until the palette's input is shown;
   then ``go to section 500:`` typed at once, until the entry "Go to section 500: ..." is
   listed; then Enter, until the status line shows ``§ 500/<sections>`` and the heading is on
   screen. The three steps are timed separately and added up;
4. next section: ``]``, until the status line shows ``§ 501/<sections>``;
5. page down: ``space``, until the screen has changed;
6. resize: ``tmux resize-window`` to 100 columns, until the footer's last key (``palette``,
   drawn at the right edge) is back on screen: the whole screen was laid out again for the
   new width (tmux clips the old one, cutting that key off).

The entity and quote analysis runs in the background meanwhile (it takes seconds on these
documents): every step after the whole article is a key pressed while it runs.

Then it watches the process for up to ``--idle-wait`` seconds for its CPU use to stop (the
entity and quote analysis runs in the background after the first paint) and reports how long
that took, the peak RSS of the whole session (the largest sum of the processes' ``VmRSS`` at one
moment), and the sum of each process's own peak (``VmHWM``: an upper bound).
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from documents import Document, generate
from startup import (
    BASE_ENV,
    Interrupted,
    Pane,
    Tmux,
    add_rev_option,
    byline_command,
    byline_env,
    cpu_seconds,
    fmt_mb,
    fmt_seconds,
    fresh_dir,
    machine,
    marker_highlighted,
    parse_list,
    process_tree,
    raise_interrupted,
    use_revision,
)

NAV_DOCS = ("1.4mb", "10mb")
SEARCH_PROMPT = "Search the article"
"""The placeholder of Byline's search prompt."""
STEPS = (
    "first paint",
    "whole article",
    "highlights after paint",
    "search prompt",
    "search",
    "End (G)",
    "palette open",
    "palette match",
    "jump (Enter)",
    "next section (])",
    "page down (space)",
    "resize to 100 columns",
)
LOADING = "Loading"
"""What the status line says while the rest of a big article is parsed."""
RESIZED_WIDTH = 100


@dataclass
class NavRun:
    times: dict[str, float | None] = field(default_factory=dict)
    busy_seconds: float | None = None
    """Seconds from first paint until the CPU went idle (None: still busy at the limit)."""
    peak_hwm_kb: int = 0
    peak_rss_kb: int = 0
    search_count: str = ""
    notes: list[str] = field(default_factory=list)


def wait_stable(pane: Pane, quiet: float = 0.3, limit: float = 10.0) -> None:
    """Wait until the screen has not changed for `quiet` seconds (at most `limit`)."""
    deadline = time.perf_counter() + limit
    last, since = pane.capture(), time.perf_counter()
    while time.perf_counter() < deadline:
        time.sleep(0.02)
        pane.sample_memory()
        screen = pane.capture()
        if screen != last:
            last, since = screen, time.perf_counter()
        elif time.perf_counter() - since >= quiet:
            return


def wait_idle(pane: Pane, limit: float, start: float) -> float | None:
    """Seconds from `start` until the tree used under 10% of a CPU over 1 s; None: `limit`."""
    deadline = time.perf_counter() + limit
    previous = cpu_seconds(process_tree(pane.pid))
    while time.perf_counter() < deadline:
        for _ in range(50):
            pane.sample_memory()
            time.sleep(0.02)
        now = cpu_seconds(process_tree(pane.pid))
        if now - previous < 0.1:
            return time.perf_counter() - start - 1.0
        previous = now
    return None


def timed(
    pane: Pane,
    notes: list[str],
    keys: Sequence[Sequence[str]],
    found: Callable[[str], bool],
    timeout: float,
) -> float | None:
    """Send each of `keys` (a key list, or ``["-l", text]``); seconds until `found`."""
    start = time.perf_counter()
    for group in keys:
        if group and group[0] == "-l":
            pane.send(*group[1:], literal=True)
        else:
            pane.send(*group)
    seconds = pane.wait_for(found, timeout, since=start)
    if seconds is None:
        lines = [line.rstrip() for line in pane.capture().splitlines() if line.strip()]
        sent = " ".join(key for group in keys for key in group)
        notes.append(f"{sent!r}: not seen in {timeout:g} s; screen ends: " + " | ".join(lines[-3:]))
    return seconds


def navigate(tmux: Tmux, doc: Document, timeout: float, idle_wait: float) -> NavRun:
    run = NavRun()
    with fresh_dir() as tmp:
        pane = Pane.start(
            tmux, [*byline_command(), str(doc.path)], {**BASE_ENV, **byline_env(tmp)}, tmp
        )
        try:
            paint = pane.wait_for(lambda screen: doc.marker in screen, timeout)
            run.times["first paint"] = paint
            if paint is None:
                run.notes.append("no first paint")
                return run
            painted_at = pane.started + paint
            whole, highlights = wait_for_both(pane, doc.marker, timeout)
            run.times["whole article"] = None if whole is None else whole - pane.started
            run.times["highlights after paint"] = (
                None if highlights is None else highlights - painted_at
            )
            wait_stable(pane)

            counter = re.compile(rf"/{re.escape(doc.search_word)}\s+(1/\d+)")
            # Wait for the prompt before typing, as a person would: keys typed ahead of it
            # can reach the article instead (see docs/performance.md).
            run.times["search prompt"] = timed(
                pane, run.notes, [["/"]], lambda screen: SEARCH_PROMPT in screen, timeout
            )
            run.times["search"] = timed(
                pane, run.notes, [["-l", doc.search_word], ["Enter"]],
                lambda screen: counter.search(screen) is not None, timeout,
            )  # fmt: skip
            match = counter.search(pane.capture())
            run.search_count = match.group(1) if match else ""
            wait_stable(pane)

            run.times["End (G)"] = timed(
                pane, run.notes, [["G"]], lambda screen: doc.last_words in screen, timeout
            )
            wait_stable(pane)

            assert doc.section_500 is not None
            run.times["palette open"] = timed(
                pane, run.notes, [["C-p"]], lambda screen: "Search for commands" in screen, timeout
            )
            run.times["palette match"] = timed(
                pane, run.notes, [["-l", "go to section 500:"]],
                lambda screen: "Go to section 500: " in screen, timeout,
            )  # fmt: skip
            status = f"§ 500/{doc.sections}"
            heading = doc.section_500
            run.times["jump (Enter)"] = timed(
                pane, run.notes, [["Enter"]],
                lambda screen: status in screen and heading in screen
                and "Go to section" not in screen,
                timeout,
            )  # fmt: skip
            wait_stable(pane)
            run.times["next section (])"] = timed(
                pane, run.notes, [["]"]], lambda screen: f"§ 501/{doc.sections}" in screen, timeout
            )
            wait_stable(pane)
            before = pane.capture()
            run.times["page down (space)"] = timed(
                pane, run.notes, [["Space"]], lambda screen: screen != before, timeout
            )
            wait_stable(pane)
            start = time.perf_counter()
            pane.tmux.run("resize-window", "-t", pane.session, "-x", str(RESIZED_WIDTH))
            run.times["resize to 100 columns"] = pane.wait_for(
                lambda screen: "palette" in _last_line(screen), timeout, since=start
            )
            run.busy_seconds = wait_idle(pane, idle_wait, painted_at)
        finally:
            pane.close()
            run.peak_hwm_kb = pane.peak_hwm_kb
            run.peak_rss_kb = pane.peak_rss_kb
    return run


def wait_for_both(pane: Pane, marker: str, timeout: float) -> tuple[float | None, float | None]:
    """When the whole article was parsed and when the first screen was highlighted (clock
    times; None: not within `timeout`), whichever comes first."""
    whole: float | None = None
    highlights: float | None = None
    deadline = time.perf_counter() + timeout
    while (whole is None or highlights is None) and time.perf_counter() < deadline:
        screen = pane.capture(escapes=True)
        now = time.perf_counter()
        if whole is None and LOADING not in _last_lines(_SGR.sub("", screen), 2):
            whole = now
        if highlights is None and marker_highlighted(screen, marker):
            highlights = now
        pane.sample_memory()
        time.sleep(0.003)
    return whole, highlights


_SGR = re.compile(r"\x1b\[[0-9;]*m")


def _last_line(screen: str) -> str:
    return _last_lines(screen, 1)


def _last_lines(screen: str, count: int) -> str:
    lines = [line for line in screen.splitlines() if line.strip()]
    return "\n".join(lines[-count:])


def summary(values: list[float | None], limit: float) -> str:
    got = [v for v in values if v is not None]
    if not got:
        return f"> {limit:g} s" if values else ""
    text = (
        f"{fmt_seconds(statistics.median(got))} ({fmt_seconds(min(got))}–{fmt_seconds(max(got))})"
    )
    missing = len(values) - len(got)
    return text + (f", {missing} over {limit:g} s" if missing else "")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Byline: End, go to section, search on big docs.")
    parser.add_argument("--runs", type=int, default=3, help="runs per document (3)")
    parser.add_argument("--docs", default=",".join(NAV_DOCS), help="default: %(default)s")
    parser.add_argument("--timeout", type=float, default=60, help="per step (60 s)")
    parser.add_argument(
        "--idle-wait", type=float, default=60, help="wait this long for the CPU to go idle (60)"
    )
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    add_rev_option(parser)
    args = parser.parse_args(argv)
    if args.rev:
        use_revision(args.rev)
    names = parse_list(args.docs, NAV_DOCS, "document")
    docs = generate(names=tuple(names))
    info = machine()
    print("machine: " + ", ".join(f"{k} {v}" for k, v in info.items()), file=sys.stderr)
    results: dict[str, list[NavRun]] = {name: [] for name in names}
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, raise_interrupted)
    try:
        with Tmux() as tmux:
            for name in names:
                for n in range(1, args.runs + 1):
                    run = navigate(tmux, docs[name], args.timeout, args.idle_wait)
                    results[name].append(run)
                    shown = ", ".join(
                        f"{step} {fmt_seconds(t) if t is not None else '-'}"
                        for step, t in run.times.items()
                    )
                    print(f"{name} run {n}: {shown}; busy {run.busy_seconds}; "
                          f"peak {fmt_mb(run.peak_rss_kb)} (hwm {fmt_mb(run.peak_hwm_kb)}) "
                          f"{' '.join(run.notes)}",
                          file=sys.stderr, flush=True)  # fmt: skip
    except (KeyboardInterrupt, Interrupted):
        print("stopped: the private tmux server was killed", file=sys.stderr)

    print(f"\nByline navigation once loaded, {args.runs} runs, 120x40 tmux pane; median (min–max).")
    print(", ".join(f"{k} {v}" for k, v in info.items()) + "\n")
    header = [
        "step",
        *(f"{name} ({docs[name].size / 1e6:.1f} MB, {docs[name].sections:,} §)" for name in names),
    ]
    lines = [header]
    for step in (*STEPS, "palette total"):
        cells = [step]
        for name in names:
            if step == "palette total":
                parts = ("palette open", "palette match", "jump (Enter)")
                values: list[float | None] = []
                for run in results[name]:
                    got = [run.times.get(p) for p in parts]
                    values.append(None if any(t is None for t in got) else sum(t or 0 for t in got))
            else:
                values = [run.times.get(step) for run in results[name] if step in run.times]
            cells.append(summary(values, args.timeout))
        lines.append(cells)
    cells = [f"CPU busy after first paint (limit {args.idle_wait:g} s)"]
    for name in names:
        cells.append(summary([run.busy_seconds for run in results[name]], args.idle_wait))
    lines.append(cells)
    for label, attribute in (
        ("peak RSS, whole session", "peak_rss_kb"),
        ("sum of each process's peak (VmHWM)", "peak_hwm_kb"),
    ):
        cells = [label]
        for name in names:
            peaks = [getattr(run, attribute) for run in results[name]]
            cells.append(
                f"{fmt_mb(statistics.median(peaks))} ({fmt_mb(min(peaks))}–{fmt_mb(max(peaks))})"
                if peaks
                else ""
            )
        lines.append(cells)
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for i, line in enumerate(lines):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    for name in names:
        counts = sorted({run.search_count for run in results[name] if run.search_count})
        print(f"search counter on {name}: {', '.join(counts) or 'not seen'}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        data = {"machine": info, "results": {k: [asdict(r) for r in v] for k, v in results.items()}}
        args.json.write_text(json.dumps(data, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
