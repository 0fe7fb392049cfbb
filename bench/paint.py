"""Time from launch to first paint of a terminal program, in a private tmux server.

The program is started in a fresh pane and ``tmux capture-pane`` is polled until anything but
blanks is on screen: that is the first frame the user sees, whatever the program draws (the TUI,
or a table printed by the CLI). The pane's peak RSS is read from /proc shortly after.

    python -m bench.paint [--runs 9] [--before DIR] [--corpus DIR --index FILE]

prints the first paint of the minimal Textual app (bench/minimal_app.py), of ``python -m briefing_tui``
on the seeds and on a cached corpus (default: bench/out/corpus_10k with bench/out/index_10k.sqlite3,
which ``python -m bench.run`` builds), for this checkout and, with ``--before``, another one: medians of
``--runs`` launches, every program launched once per round, and the load average over the rounds.
Each checkout's package is compiled to bytecode first, as ``pip install`` does (with
PYTHONDONTWRITEBYTECODE set a source checkout would otherwise compile every module on every launch,
while the minimal app's Textual is compiled in site-packages).
"""

from __future__ import annotations

import argparse
import compileall
import itertools
import os
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

POLL_SECONDS = 0.002
_SERVERS = itertools.count()
ROOT = Path(__file__).resolve().parent.parent


def _tmux(sock: str, *args: str) -> str:
    return subprocess.run(["tmux", "-L", sock, "-f", "/dev/null", *args], capture_output=True, text=True,
                          check=False).stdout


def first_paint(command: list[str], cwd: Path, size: tuple[int, int] = (120, 40), timeout: float = 30.0,
                settle: float = 1.0) -> tuple[float | None, float | None]:
    """(seconds to first non-blank screen, peak RSS in MB of the pane's process) or Nones on timeout."""
    sock = f"briefing-bench-{os.getpid()}-{next(_SERVERS)}"  # a fresh server each time: the last may still be dying
    width, height = size
    try:
        _tmux(sock, "new-session", "-d", "-s", "b", "-x", str(width), "-y", str(height), "sleep 600")
        _tmux(sock, "set-option", "-gw", "remain-on-exit", "on")
        _tmux(sock, "set-option", "-g", "default-terminal", "screen-256color")
        line = f"cd {shlex.quote(str(cwd))} && exec {shlex.join(command)}"
        started = time.perf_counter()
        _tmux(sock, "respawn-pane", "-k", "-t", "b", line)
        painted = None
        while time.perf_counter() - started < timeout:
            if _tmux(sock, "capture-pane", "-p", "-t", "b").strip():
                painted = time.perf_counter() - started
                break
            time.sleep(POLL_SECONDS)
        rss = None
        if painted is not None:
            time.sleep(settle)
            rss = _peak_rss_mb(_tmux(sock, "display-message", "-p", "-t", "b", "#{pane_pid}").strip())
        return painted, rss
    finally:
        _tmux(sock, "kill-server")


def _peak_rss_mb(pid: str) -> float | None:
    try:
        for line in Path(f"/proc/{int(pid)}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None


def precompile(checkout: Path) -> None:
    """Compile the checkout's ``briefing_tui`` and ``bench`` to bytecode (what ``pip install`` does)."""
    for package in ("briefing_tui", "bench"):
        if (checkout / package).is_dir():
            compileall.compile_dir(checkout / package, quiet=1)


def _load() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def compare(programs: list[tuple[str, Path, list[str]]], runs: int, rss: bool = False
            ) -> tuple[dict[str, list[tuple[float | None, float | None]]], list[float]]:
    """``(first paint s, peak RSS MB)`` (Nones on timeout; RSS only with ``rss``: it waits a second after the
    paint) of each ``(label, cwd, command)``, launched in turn ``runs`` times; and the 1-minute load average
    after each round."""
    for cwd in {cwd for _, cwd, _ in programs}:
        precompile(cwd)
    shots: dict[str, list[tuple[float | None, float | None]]] = {label: [] for label, _, _ in programs}
    loads = []
    for _ in range(runs):
        for label, cwd, command in programs:
            paint, memory = first_paint(command, cwd, settle=1.0 if rss else 0.05)
            shots[label].append((paint, memory if rss else None))
        loads.append(_load())
    return shots, loads


def main(argv: list[str] | None = None) -> None:
    """Print the table described in the module docstring."""
    parser = argparse.ArgumentParser(prog="python -m bench.paint", description="first paint against a minimal Textual app")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--before", type=Path, help="another checkout (e.g. a worktree of main) to measure beside")
    parser.add_argument("--corpus", type=Path, default=ROOT / "bench" / "out" / "corpus_10k")
    parser.add_argument("--index", type=Path, default=ROOT / "bench" / "out" / "index_10k.sqlite3")
    args = parser.parse_args(argv)
    py = sys.executable
    checkouts = [("after", ROOT)] + ([("before", args.before.resolve())] if args.before else [])
    programs = [("minimal Textual app", ROOT, [py, "bench/minimal_app.py"])]
    for name, checkout in checkouts:
        programs.append((f"{name}: seeds", checkout, [py, "-m", "briefing_tui"]))
        if args.corpus.is_dir():
            programs.append((f"{name}: {args.corpus.name}", checkout,
                             [py, "-m", "briefing_tui", "--corpus", str(args.corpus), "--index", str(args.index)]))
    shots, loads = compare(programs, args.runs)
    paints = {label: [p for p, _ in runs] for label, runs in shots.items()}
    reference = statistics.median(p for p in paints[programs[0][0]] if p is not None)
    print(f"First paint in tmux (120x40), median of {args.runs} interleaved launches; "
          f"load average {min(loads):.1f}-{max(loads):.1f} (median {statistics.median(loads):.1f})")
    print()
    print("| program | first paint ms | x minimal app | all launches ms |")
    print("|---|---:|---:|---|")
    for label, _, _ in programs:
        done = [p for p in paints[label] if p is not None]
        if not done:
            print(f"| {label} | no paint within 30 s | | |")
            continue
        median = statistics.median(done)
        every = " ".join(f"{p * 1000:.0f}" if p is not None else "-" for p in paints[label])
        print(f"| {label} | {median * 1000:.0f} | {median / reference:.2f} | {every} |")


if __name__ == "__main__":
    main()
