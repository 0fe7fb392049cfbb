"""PostgreSQL against SQLite in one run: ingest rate and ``quotes`` lookup latency (issue 16).

    python -m bench.postgres                    # 10,000 articles (several minutes)
    python -m bench.postgres --articles 1000    # quicker
    python -m bench.postgres --output bench/RESULTS.md   # append the table

The corpus is generated deterministically (bench/generate.py) into bench/out/. A throw-away
PostgreSQL server is started in a temporary folder exactly as the tests start theirs
(tests/pg_server.py), on this machine, over TCP on 127.0.0.1.

Measured, each in fresh processes as a user would run them:

- ingest: SQLite, a cold load through an empty index file (``bench.ingest_once``: find, hash, parse,
  store); PostgreSQL, ``briefing sync DIR`` into an empty database (the same, plus the original bytes
  and the full-text columns). Articles per second.
- the first ``quotes`` (extraction of the whole corpus, then stored), once.
- warm ``quotes "japan is back" --json``: median and spread of LOOKUPS runs. SQLite checks the
  corpus folder for changes first (the files are on this machine); the shared corpus reads the
  members from the server (no folder to check).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import write_corpus  # noqa: E402
from tests.pg_server import PgServer  # noqa: E402

LOOKUPS = 7
"""Warm lookups timed per backend (the median is reported)."""
QUERY = "japan is back"


def _timed(*args: str, env: dict[str, str] | None = None) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{args}: {done.stderr[-2000:]}")
    return elapsed, done.stdout


def _lookups(*args: str) -> tuple[float, float, int]:
    times, count = [], 0
    for _ in range(LOOKUPS):
        seconds, out = _timed(*args)
        times.append(seconds * 1000)
        count = len(json.loads(out)["quotes"])
    return statistics.median(times), statistics.pstdev(times), count


def run(articles: int) -> list[tuple[str, str, str]]:
    """Rows (measure, SQLite, PostgreSQL)."""
    corpus = write_corpus(articles, ROOT / "bench" / "out" / f"corpus_{articles}")
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        index = Path(tmp) / "bench.sqlite3"
        sqlite_ingest, _ = _timed("-m", "bench.ingest_once", str(corpus), str(index))
        server = PgServer().start()
        try:
            url = server.url(server.new_database())
            pg_ingest, added = _timed("-m", "briefing_tui", "--index", url, "sync", str(corpus))
            assert added.strip() == f"added {articles}, already there 0", added
            rows.append((f"ingest {articles} articles (s)", f"{sqlite_ingest:.1f}", f"{pg_ingest:.1f}"))
            rows.append(("ingest rate (articles/s)", f"{articles / sqlite_ingest:.0f}", f"{articles / pg_ingest:.0f}"))
            sqlite_args = ("-m", "briefing_tui", "--corpus", str(corpus), "--index", str(index), "quotes", QUERY, "--json")
            pg_args = ("-m", "briefing_tui", "--index", url, "quotes", QUERY, "--json")
            sqlite_first, _ = _timed(*sqlite_args)
            pg_first, _ = _timed(*pg_args)
            rows.append(("first `quotes` (extracts, stores) (s)", f"{sqlite_first:.1f}", f"{pg_first:.1f}"))
            s_median, s_dev, s_count = _lookups(*sqlite_args)
            p_median, p_dev, p_count = _lookups(*pg_args)
            assert s_count == p_count, (s_count, p_count)
            rows.append((f"warm `quotes \"{QUERY}\" --json` (ms, median of {LOOKUPS})",
                         f"{s_median:.0f} ± {s_dev:.0f}", f"{p_median:.0f} ± {p_dev:.0f}"))
            rows.append(("quotes found", str(s_count), str(p_count)))
        finally:
            server.stop()
    return rows


def table(rows: list[tuple[str, str, str]], articles: int) -> str:
    """The Markdown section for bench/RESULTS.md."""
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M")
    lines = [f"## Shared index: PostgreSQL against SQLite ({articles} articles, {when} UTC)", "",
             "`python -m bench.postgres` (PostgreSQL 15 started by tests/pg_server.py on this machine, TCP on "
             "127.0.0.1; fsync off as in the tests).", "",
             "| measure | SQLite | PostgreSQL |", "|---|---:|---:|"]
    lines += [f"| {m} | {s} | {p} |" for m, s, p in rows]
    return "\n".join(lines) + "\n"


def main() -> None:
    """Run and print (or append) the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--output", type=Path, help="append the table to this Markdown file")
    args = parser.parse_args()
    text = table(run(args.articles), args.articles)
    print(text)
    if args.output:
        with open(args.output, "a", encoding="utf-8") as fh:
            fh.write("\n" + text)


if __name__ == "__main__":
    main()
