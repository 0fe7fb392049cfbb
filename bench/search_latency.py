"""Search latency per keystroke over N searchable lines (one process per size, for a clean RSS).

    python -m bench.search_latency LINES_FILE N   # prints one JSON object
"""

from __future__ import annotations

import json
import resource
import sys
import time

QUERIES = ("japan is back", "central asian countries", "dadabaev", "tokio summit", "kazakhstan uranium",
           "prime minister takaichi", "critical minerals", "silk road diplomacy", "20 billion", "uzbekistn",
           "soft power strategy", "human capital")
"""Typed one character at a time; two carry typos ("tokio", "uzbekistn")."""


def keystrokes(query: str) -> list[str]:
    """The query as it grows, one keystroke at a time."""
    return [query[:n] for n in range(1, len(query) + 1)]


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def main() -> None:
    path, n = sys.argv[1], int(sys.argv[2])
    with open(path, encoding="utf-8") as fh:
        lines = [line.rstrip("\n") for _, line in zip(range(n), fh)]
    from briefing_tui.search import SearchIndex, SearchItem

    items = [SearchItem("sentence", str(i), text) for i, text in enumerate(lines)]
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    index = SearchIndex(items)
    build = time.perf_counter() - started
    times: list[float] = []
    found: dict[str, int] = {}
    for query in QUERIES:
        for typed in keystrokes(query):
            t = time.perf_counter()
            hits = index.search(typed)
            times.append(time.perf_counter() - t)
        found[query] = len(hits)
    print(json.dumps({
        "items": len(items), "build_s": build, "keystrokes": len(times),
        "p50_ms": percentile(times, 50) * 1000, "p95_ms": percentile(times, 95) * 1000, "max_ms": max(times) * 1000,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "index_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024,
        "hits": found,
    }))


if __name__ == "__main__":
    main()
