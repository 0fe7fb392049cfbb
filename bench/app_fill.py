"""How long the app takes to fill every pane, and how much memory it then holds (headless, one JSON line).

    python -m bench.app_fill CORPUS INDEX [--trace]

The app runs headless (Textual's test driver, 120×40) on a corpus loaded through ``INDEX``; the
clock starts before the app's modules are imported and stops when the corpus is ready (sources,
entities, quotes and the search index: ``CorpusReady`` handled) and the next frame is drawn. RSS
is read from /proc then (current and peak). With ``--trace`` the largest allocation sites still
alive at that point are printed too (tracemalloc: the run is then several times slower).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()
POLL_SECONDS = 0.01
LIMIT_SECONDS = 600


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident MB of this process."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields.get("VmRSS", 0.0), fields.get("VmHWM", 0.0)


async def fill(corpus: Path, index: Path) -> dict[str, float]:
    """Seconds to the first frame and to every pane filled, and RSS then."""
    from briefing_tui.model import LoadOptions
    from briefing_tui.ui.app import make_app

    app = make_app([str(corpus)], load_options=LoadOptions(index=str(index)), freeze_gc=True)
    first = None
    async with app.run_test(size=(120, 40)) as pilot:
        first = time.perf_counter() - STARTED
        deadline = time.monotonic() + LIMIT_SECONDS
        while app.search_index is None and time.monotonic() < deadline:
            await asyncio.sleep(POLL_SECONDS)
        await pilot.pause()
        filled = time.perf_counter() - STARTED
        rss, peak = _rss_mb()
        counts = {"sources": app.corpus.source_count if app.corpus else 0,
                  "quotes": len(app.corpus.quotes) if app.corpus else 0}
    return {"first_frame_s": first, "filled_s": filled, "rss_mb": rss, "peak_rss_mb": peak, **counts}


def main() -> None:
    corpus, index = Path(sys.argv[1]), Path(sys.argv[2])
    trace = "--trace" in sys.argv
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
