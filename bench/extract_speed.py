"""How long entity and quote extraction takes as the corpus grows (100, 1k, 3k, 10k generated articles).

Each measurement runs in a fresh process (imports included, as a first ``briefing quotes`` pays
them): the sources are loaded through an index in bench/out first (parsing is not timed), then
``extract.analyse`` is timed once. With ``--before PATH`` the same runs are made with the code of
another checkout (e.g. the main branch) and shown side by side. A run past ``--timeout`` seconds is
stopped and shown as such.

Run from the repository root:

    python -m bench.extract_speed                       # this checkout
    python -m bench.extract_speed --before /work/main   # against another checkout
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from bench.generate import write_corpus

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SIZES = (100, 1_000, 3_000, 10_000)

_MEASURE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from briefing_tui.corpus import load_corpus
corpus = load_corpus([sys.argv[2]], index=sys.argv[3])
sources = corpus.sources
corpus.load_texts()
t0 = time.perf_counter()
from briefing_tui.extract import analyse
analysis = analyse(sources, corpus.alias_files())
seconds = time.perf_counter() - t0
print(json.dumps({"seconds": seconds, "sources": len(sources), "entities": len(analysis.entities),
                  "quotes": len(analysis.quotes)}))
"""


def measure(code: Path, corpus: Path, timeout: float) -> dict | None:
    """One timed extraction of ``corpus`` with the package at ``code`` (None when past ``timeout``)."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    try:
        done = subprocess.run([sys.executable, "-c", _MEASURE, str(code), str(corpus),
                               str(OUT / "index_extract.sqlite3")],
                              capture_output=True, text=True, timeout=timeout, env=env, cwd=code, check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def _cell(result: dict | None, timeout: float) -> tuple[str, str]:
    if result is None:
        return f"> {timeout:.0f}", "n/a"
    return f"{result['seconds']:.2f}", f"{result['seconds'] * 1000 / result['sources']:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--before", type=Path, help="another checkout to measure first (e.g. the main branch)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a run is stopped")
    args = parser.parse_args()
    print(f"{time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    head = "| articles | entities | quotes |"
    rule = "|---:|---:|---:|"
    if args.before:
        head += " before s | before ms/article |"
        rule += "---:|---:|"
    print(head + " after s | after ms/article |")
    print(rule + "---:|---:|")
    for n in args.sizes:
        corpus = write_corpus(n, OUT / f"corpus_{n}")
        before = measure(args.before.resolve(), corpus, args.timeout) if args.before else None
        after = measure(ROOT, corpus, args.timeout)
        counts = after or before or {"entities": "?", "quotes": "?"}
        row = f"| {n:,} | {counts['entities']} | {counts['quotes']} |"
        if args.before:
            row += " {} | {} |".format(*_cell(before, args.timeout))
        print(row + " {} | {} |".format(*_cell(after, args.timeout)), flush=True)


if __name__ == "__main__":
    main()
