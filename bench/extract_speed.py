"""How long extraction takes: cold (first call in a fresh process, imports included) and warm.

Run from the repository root:  python bench/extract_speed.py [PATH ...]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing_tui.corpus import load_corpus  # noqa: E402


def main(paths: list[str]) -> None:
    t0 = time.perf_counter()
    corpus = load_corpus(paths or None)
    ingest = (time.perf_counter() - t0) * 1000
    from briefing_tui.extract import analyse

    t0 = time.perf_counter()
    first = analyse(corpus.sources, corpus.alias_files())
    cold = (time.perf_counter() - t0) * 1000
    warm = []
    for _ in range(10):
        t0 = time.perf_counter()
        analyse(corpus.sources, corpus.alias_files())
        warm.append((time.perf_counter() - t0) * 1000)
    chars = sum(len(s.raw) for s in corpus.sources)
    print(f"{'sources':>8} {'chars':>8} {'entities':>9} {'quotes':>7} {'ingest ms':>10} {'extract cold ms':>16} "
          f"{'extract warm ms (median)':>25}")
    print(f"{len(corpus.sources):8d} {chars:8d} {len(first.entities):9d} {len(first.quotes):7d} {ingest:10.1f} "
          f"{cold:16.1f} {statistics.median(warm):25.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
