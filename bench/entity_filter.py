"""The panes' rows for an entity filter (what picking an entity computes before any repaint), CPU per pick.

    python bench/entity_filter.py CORPUS INDEX [--picks N]       # one run, one JSON line
    python bench/entity_filter.py --table [--runs N] --before DIR CORPUS:INDEX

One run: the corpus is loaded through ``INDEX`` (primed beforehand) and its ``BriefingView`` built as the app
builds it; then ``--picks`` entities (evenly spread over the entities pane's order, each its own filter: none
comes from the view's cache of recent filters) get their rows, each timed in process CPU (user + system).
``--table`` runs fresh processes of this code and of ``--before DIR`` taking turns (each with that checkout's own
interpreter, ``DIR/.venv/bin/python``, when it has one) and prints the medians with the load average.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PICKS = 200  # entities filtered by, per run (well over the view's cache of 64 recent filters: none is cached)
RUNS = 3  # fresh processes per checkout in ``--table``
HERE = Path(__file__).resolve()


def run(corpus: str, index: str, picks: int) -> dict:
    """CPU ms per entity filter's rows on ``corpus`` loaded through ``index``."""
    from briefing_tui.corpus import load_corpus
    from briefing_tui.ui.briefing_view import BriefingView, Filter

    view = BriefingView(load_corpus([corpus], index=index))
    step = max(len(view.entities) // picks, 1)
    chosen = view.entities[::step][:picks]
    samples = []
    for entity in chosen:
        cpu = time.process_time()
        view.rows(Filter(entity=entity.id))
        samples.append((time.process_time() - cpu) * 1000)
    return {"sources": len(view.sources), "entities": len(view.entities), "samples_ms": samples}


def _one(python: str, corpus: str, index: str, picks: int) -> list[float]:
    out = subprocess.run([python, str(HERE), corpus, index, "--picks", str(picks)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])["samples_ms"]


def table(target: str, before: str, runs: int, picks: int) -> None:
    """Before and after, fresh processes taking turns; medians and p95 of the pooled samples."""
    corpus, index = target.split(":", 1)
    before_python = Path(before) / ".venv/bin/python"
    pythons = {"before": str(before_python) if before_python.exists() else sys.executable, "after": sys.executable}
    pooled: dict[str, list[float]] = {"before": [], "after": []}
    for _ in range(runs):
        for name in ("before", "after"):
            pooled[name].extend(_one(pythons[name], corpus, index, picks))
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("| rows of an entity filter | n | CPU ms p50 | CPU ms p95 |\n|---|---:|---:|---:|")
    for name, samples in pooled.items():
        samples.sort()
        p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
        print(f"| {name} | {len(samples)} | {statistics.median(samples):.2f} | {p95:.2f} |")


def main(argv: list[str]) -> None:
    picks = int(argv[argv.index("--picks") + 1]) if "--picks" in argv else PICKS
    if "--table" in argv:
        runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else RUNS
        before = argv[argv.index("--before") + 1]
        table([a for a in argv if ":" in a][-1], before, runs, picks)
        return
    positional = [a for a in argv if not a.startswith("--") and not a.isdigit()]
    print(json.dumps(run(positional[0], positional[1], picks)))


if __name__ == "__main__":
    main(sys.argv[1:])
