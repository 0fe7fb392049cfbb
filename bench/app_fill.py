"""How long the app takes to fill every pane and its search index, and how much memory it holds (headless).

    python -m bench.app_fill CORPUS INDEX [--trace]          # one run, one JSON line
    python -m bench.app_fill --table [--runs N] [--before DIR] [--paint] CORPUS:INDEX ...

One run: the app runs headless (Textual's test driver, 120×40) on a corpus loaded through ``INDEX``;
the clock starts before the app's modules are imported. ``first_frame_s``: the first frame is drawn;
``panes_s``: the panes show every source, entity and quote (the main screen's view is analysed) and
the next frame is drawn; ``search_s``: the search index is ready (older code had the panes wait for
it: both figures are then the same). RSS is read from /proc at each point (``peak_rss_mb`` at the end
is the most the process ever held). With ``--trace`` the largest allocation sites still alive at the
end are printed too (tracemalloc: the run is then several times slower).

``--table``: for each ``CORPUS:INDEX`` (primed beforehand: the first run parses and extracts), ``--runs``
fresh processes of this code and, with ``--before DIR`` (a checkout of older code), as many of that
code, taking turns so that bursts of load on a shared machine fall on both alike; medians printed as a
Markdown table with the load average. ``--paint`` adds first paint in tmux against the minimal Textual
app (bench/paint.py, the seeds, median of ``--runs``).
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()
POLL_SECONDS = 0.01
LIMIT_SECONDS = 600
ROOT = Path(__file__).resolve().parent.parent


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident MB of this process."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields.get("VmRSS", 0.0), fields.get("VmHWM", 0.0)


async def fill(corpus: Path, index: Path) -> dict[str, float]:
    """Seconds to the first frame, to every pane filled and to search ready, and RSS at each."""
    from briefing_tui.model import LoadOptions
    from briefing_tui.ui.app import make_app

    app = make_app([str(corpus)], load_options=LoadOptions(index=str(index)), freeze_gc=True)
    result: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        result["first_frame_s"] = time.perf_counter() - STARTED
        deadline = time.monotonic() + LIMIT_SECONDS
        while not (app.view is not None and app.view.analysed) and time.monotonic() < deadline:
            await asyncio.sleep(POLL_SECONDS)
        await pilot.pause()
        result["panes_s"] = time.perf_counter() - STARTED
        result["panes_rss_mb"] = _rss_mb()[0]
        while app.search_index is None and time.monotonic() < deadline:
            await asyncio.sleep(POLL_SECONDS)
        await pilot.pause()
        result["search_s"] = time.perf_counter() - STARTED
        result["rss_mb"], result["peak_rss_mb"] = _rss_mb()
        result["sources"] = app.corpus.source_count if app.corpus else 0
        result["quotes"] = len(app.corpus.quotes) if app.corpus else 0
    return result


def _one_run(code: Path, corpus: str, index: str) -> dict[str, float]:
    """One fresh process of the code in ``code`` (its own ``briefing_tui`` first on the path)."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), corpus, index], cwd=code, env=env,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _paint(runs: int) -> list[str]:
    """First paint in tmux: the minimal app against the app on the seeds (medians of ``runs``, alternating)."""
    from bench.paint import first_paint, precompile

    precompile(ROOT)  # as pip install would: no module compiled again on every launch
    minimal, app = [], []
    for _ in range(runs):
        minimal.append(first_paint([sys.executable, "bench/minimal_app.py"], ROOT)[0])
        app.append(first_paint([sys.executable, "-m", "briefing_tui", "--no-cache"], ROOT)[0])
    m, a = statistics.median(x for x in minimal if x), statistics.median(x for x in app if x)
    return ["", f"First paint in tmux (120×40, median of {runs}): minimal Textual app {m * 1000:.0f} ms, "
            f"`python -m briefing_tui --no-cache` (seeds) {a * 1000:.0f} ms = **{a / m:.2f}×**"]


def table(pairs: list[str], runs: int, before: Path | None, paint: bool) -> list[str]:
    """The Markdown table of medians, before (if given) and after, for each ``CORPUS:INDEX``."""
    lines = [f"load average at start: {' '.join(os.getloadavg().__repr__().strip('()').split(', '))}", "",
             "| articles | code | first frame s | panes filled s | search ready s | RSS at panes MB | peak RSS MB |",
             "|---:|---|---:|---:|---:|---:|---:|"]
    codes = ([("before", before)] if before else []) + [("after", ROOT)]
    for pair in pairs:
        corpus, index = pair.rsplit(":", 1)
        results: dict[str, list[dict[str, float]]] = {name: [] for name, _ in codes}
        for _ in range(runs):
            for name, code in codes:
                results[name].append(_one_run(code, corpus, index))
        for name, _ in codes:
            rows = results[name]

            def med(key: str, rows: list[dict[str, float]] = rows) -> float:
                return statistics.median(r[key] for r in rows)

            lines.append(f"| {int(rows[0]['sources']):,} | {name} | {med('first_frame_s'):.2f} | {med('panes_s'):.2f} | "
                         f"{med('search_s'):.2f} | {med('panes_rss_mb'):.0f} | {max(r['peak_rss_mb'] for r in rows):.0f} |")
    if paint:
        lines += _paint(runs)
    lines.append(f"load average at end: {' '.join(os.getloadavg().__repr__().strip('()').split(', '))}")
    return lines


def main() -> None:
    args = sys.argv[1:]
    if "--table" in args:
        runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 3
        before = Path(args[args.index("--before") + 1]) if "--before" in args else None
        skip = {"--table", "--paint", "--runs", "--before", str(runs), str(before)}
        pairs = [a for a in args if a not in skip]
        print("\n".join(table(pairs, runs, before, "--paint" in args)))
        return
    corpus, index = Path(args[0]), Path(args[1])
    trace = "--trace" in args
    if trace:
        import tracemalloc

        tracemalloc.start(8)
    result = asyncio.run(fill(corpus, index))
    if trace:
        snapshot = tracemalloc.take_snapshot()
        for stat in snapshot.statistics("traceback")[:15]:
            frames = " <- ".join(f"{Path(f.filename).name}:{f.lineno}" for f in stat.traceback[:4])
            print(f"{stat.size / 1e6:8.1f} MB {stat.count:9,} blocks  {frames}", file=sys.stderr)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
