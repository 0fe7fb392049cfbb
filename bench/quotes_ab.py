"""`briefing quotes` on a primed corpus against Python's floor, with another checkout beside (interleaved).

    python -m bench.quotes_ab CORPUS INDEX [--before CHECKOUT --before-index INDEX2] [--runs 11]

The quotes rows of ``bench.run`` without its other sections (which generate and prime corpora for
minutes): each command a fresh process, runs interleaved (bench/timing.py), medians of wall and CPU
(the child's user + system time). Each checkout needs its own primed index (stored formats differ).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from bench.run import QUOTE_QUERY
from bench.timing import median_wall_cpu

ROOT = Path(__file__).resolve().parent.parent
FLOOR = "import rich.console, rapidfuzz.process"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("index", type=Path)
    parser.add_argument("--before", type=Path, help="another checkout (its own code, run with PYTHONPATH)")
    parser.add_argument("--before-index", type=Path, help="the other checkout's primed index")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--query", default=QUOTE_QUERY)
    args = parser.parse_args()

    def quotes(index: Path) -> list[str]:
        return [sys.executable, "-m", "briefing_tui", "quotes", args.query, "--corpus", str(args.corpus),
                "--index", str(index), "--json"]

    rows = [(f'`python -c "{FLOOR}"`', [sys.executable, "-c", FLOOR], ROOT, None)]
    if args.before is not None:
        rows.append((f"`briefing quotes`, before ({args.before.name})", quotes(args.before_index or args.index),
                     args.before.resolve(), {"PYTHONPATH": str(args.before.resolve())}))
    rows.append(("`briefing quotes`, this checkout", quotes(args.index), ROOT, {"PYTHONPATH": str(ROOT)}))
    load = os.getloadavg()[0]
    means = median_wall_cpu([r[1] for r in rows], args.runs, [r[2] for r in rows], [r[3] for r in rows])
    print(f"{args.runs} interleaved runs, load average {load:.1f} at the start; query {args.query!r}")
    print("| command | wall ms | × floor | CPU ms | CPU × floor |")
    print("|---|---:|---:|---:|---:|")
    for (label, *_), (wall, cpu) in zip(rows, means):
        print(f"| {label} | {wall * 1000:.0f} | {wall / means[0][0]:.2f} | {cpu * 1000:.0f} | {cpu / means[0][1]:.2f} |")


if __name__ == "__main__":
    main()
