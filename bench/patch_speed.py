"""`briefing quotes` after one edit among 2,000 articles, before and after the stored analysis is patched in place.

    python -m bench.patch_speed --before /tmp/old-main --runs 10

For each checkout a copy of the generated corpus (bench/generate.py) gets its own index, primed by one `quotes`.
Then ``--runs`` times, the checkouts taking turns: a warm run; a run after a *typo* (bench.edit_laps's: a letter
doubled in a lower-case word in the middle of an article, a change no other article reads: patched in place by
:mod:`briefing_tui.store.analysis_patch`); a run after bench.incremental's *edit* (a paragraph quoting someone,
which names a person: analysed in full); a run after bench.incremental's *addition quoting someone* (``add_quoting``:
a new article of that paragraph alone, quoting another of those names, most often one the corpus names already:
patched in place as an edit from nothing when it does). Each run is a fresh process (`quotes QUERY --json`); printed: the median
CPU (user + sys) and wall seconds of each, and CPU as a multiple of the checkout's warm run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from bench.edit_laps import typo
from bench.incremental import _setup, add_quoting, edit
from bench.timing import run_wall_cpu

ROOT = Path(__file__).resolve().parent.parent
QUERY = "japan is back"
FIRST_TYPO, FIRST_EDIT, FIRST_ADD = 100, 300, 500
"""Article numbers of the first run's typo and edit, and the name of its addition (the next runs take the next)."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, required=True, help="the checkout to compare with (e.g. main)")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--articles", type=int, default=2_000)
    args = parser.parse_args()
    codes = {"before": args.before.resolve(), "after": ROOT}
    places = {label: _setup(f"patch_{label}", args.articles) for label in codes}
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}

    def run(label: str, row: str) -> None:
        corpus, index = places[label]
        command = [sys.executable, "-m", "briefing_tui", "quotes", QUERY, "--json", "--corpus", str(corpus),
                   "--index", str(index)]
        times.setdefault((label, row), []).append(run_wall_cpu(command, codes[label], {"PYTHONPATH": str(codes[label])}))

    for label in codes:
        run(label, "prime")
    for r in range(args.runs):
        for label in codes:
            run(label, "warm quotes")
        for label in codes:
            typo(places[label][0], FIRST_TYPO + r)
            run(label, "quotes after a typo")
        for label in codes:
            edit(places[label][0], FIRST_EDIT + r)
            run(label, "quotes after an edit naming someone")
        for label in codes:
            add_quoting(places[label][0], FIRST_ADD + r)
            run(label, "quotes after an addition quoting someone")
    print(f"| {args.articles:,} articles, median of {args.runs} | before CPU s | before wall s | before × warm (CPU) "
          "| after CPU s | after wall s | after × warm (CPU) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for row in ("warm quotes", "quotes after a typo", "quotes after an edit naming someone",
                "quotes after an addition quoting someone"):
        cells = []
        for label in codes:
            runs = times[(label, row)]
            cpu, wall = statistics.median(c for _, c in runs), statistics.median(w for w, _ in runs)
            warm = statistics.median(c for _, c in times[(label, "warm quotes")])
            cells += [f"{cpu:.2f}", f"{wall:.2f}", f"{cpu / warm:.1f}×" if row != "warm quotes" else ""]
        print(f"| {row} | {' | '.join(cells)} |")
    for (label, row), runs in times.items():
        print(f"{label} {row} (CPU s): {' '.join(f'{c:.2f}' for _, c in runs)}")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {time.strftime('%H:%M UTC', time.gmtime())}")


if __name__ == "__main__":
    main()
