"""The benchmark: one command, one table, everything measured side by side in one run.

    python -m bench.run            # full: 1k and 10k articles, 10k / 100k / 1M search items (minutes)
    python -m bench.run --quick    # 1k articles, 10k / 100k search items (about a minute)
    python -m bench.run --output bench/RESULTS.md
    python -m bench.run --before /tmp/old-main   # the incremental figures with another checkout beside

Times of whole commands are medians of fresh processes (bench/timing.py), runs interleaved: the
machine may be shared, so compare within one run.

Corpora are generated deterministically into bench/out/ (see bench/generate.py) and reused.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

from bench import app_keys, incremental
from bench.generate import write_corpus, write_lines
from bench.paint import compare as compare_paints
from bench.search_latency import QUERIES
from bench.timing import median_wall_cpu, program_env

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PY = sys.executable
QUOTE_QUERY = "japan is back"


def _run_json(*args: str) -> dict:
    done = subprocess.run([PY, *args], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> list[tuple[str, str]]:
    """What this was measured on."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal"))
        ram = f"{int(mem) / 1048576:.1f} GiB"
    except (OSError, StopIteration):
        ram = "unknown"

    def version(tool: str, *args: str) -> str:
        if shutil.which(tool) is None:
            return "not installed"
        done = subprocess.run([tool, *args], capture_output=True, text=True, check=False)
        return (done.stdout or done.stderr).strip().splitlines()[0] if (done.stdout or done.stderr) else "?"

    return [
        ("date (UTC)", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M")),
        ("machine", f"{cpu}, {os.cpu_count()} cores, {ram} RAM, {platform.system()} {platform.release()}"),
        ("load average at start", " ".join(f"{x:.2f}" for x in os.getloadavg())),
        ("python", platform.python_version()),
        ("libraries", f"textual {metadata.version('textual')}, rapidfuzz {metadata.version('rapidfuzz')}, "
                      f"rich {metadata.version('rich')}, SQLite {sqlite3.sqlite_version}"),
        ("tools", f"{version('fzf', '--version')}; {version('hyperfine', '--version')}; {version('tmux', '-V')}"),
    ]


def ingest(corpus: Path, index: Path) -> list[dict]:
    """Cold (empty index) and warm loads, each in a fresh process."""
    for old in index.parent.glob(index.name + "*"):
        old.unlink()
    cold = _run_json("-m", "bench.ingest_once", str(corpus), str(index))
    time.sleep(2.1)  # past the racy-timestamp window, as any real second start would be
    warm = _run_json("-m", "bench.ingest_once", str(corpus), str(index))
    warm_built = _run_json("-m", "bench.ingest_once", str(corpus), str(index), "--sources")
    return [cold, warm, warm_built]


def app_fill(corpus: Path, index: Path, runs: int) -> dict[str, float]:
    """Medians of the headless app (bench/app_fill.py): first frame, every pane filled, search ready; RSS
    when the panes are filled and the largest peak seen."""
    results = [_run_json("-m", "bench.app_fill", str(corpus), str(index)) for _ in range(runs)]
    medians = {key: statistics.median(r[key] for r in results)
               for key in ("first_frame_s", "panes_s", "search_s", "panes_rss_mb")}
    return {**medians, "peak_rss_mb": max(r["peak_rss_mb"] for r in results)}


PRIME_LIMIT = 240


def _quotes_command(corpus: Path, index: Path) -> list[str]:
    return [PY, "-m", "briefing_tui", "quotes", QUOTE_QUERY, "--corpus", str(corpus), "--index", str(index), "--json"]


def has_quotes_command() -> bool:
    done = subprocess.run([PY, "-m", "briefing_tui", "quotes", "--help"], cwd=ROOT, capture_output=True)
    return done.returncode == 0


def fzf_seconds(lines: Path, runs: int) -> float:
    """Median wall time of ``fzf --filter QUERY < lines`` over the benchmark queries."""
    times = []
    for query in QUERIES:
        for _ in range(runs):
            with lines.open("rb") as fh:
                t = time.perf_counter()
                subprocess.run(["fzf", "--filter", query], stdin=fh, stdout=subprocess.DEVNULL, check=False)
                times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs")
    parser.add_argument("--output", type=Path, help="also write the table to this Markdown file")
    parser.add_argument("--before", type=Path, help="another checkout (e.g. main) for the incremental figures")
    parser.add_argument("--incremental-articles", type=int, default=2_000)
    args = parser.parse_args()
    quick = args.quick
    article_sizes = (1_000,) if quick else (1_000, 10_000)
    search_sizes = (10_000, 100_000) if quick else (10_000, 100_000, 1_000_000)
    runs = 5 if quick else 10
    out: list[str] = []

    def emit(line: str = "") -> None:
        print(line, flush=True)
        out.append(line)

    emit(f"# Benchmark{' (quick)' if quick else ''}")
    emit()
    emit("| | |")
    emit("|---|---|")
    for key, value in machine():
        emit(f"| {key} | {value} |")

    corpora = {n: write_corpus(n, OUT / f"corpus_{n // 1000}k") for n in article_sizes}
    indexes = {n: OUT / f"index_{n // 1000}k.sqlite3" for n in article_sizes}

    emit()
    emit("## Ingest (one process each; cold = empty index, warm = second start)")
    emit()
    emit("| articles | cold s | cold articles/s | cold articles per CPU-second | warm check s | "
         "warm, sources built s | parsed warm | peak RSS MB |")
    emit("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, corpus in corpora.items():
        cold, warm, built = ingest(corpus, indexes[n])
        emit(f"| {n:,} | {cold['seconds']:.2f} | {n / cold['seconds']:,.0f} | {n / cold['cpu_seconds']:,.0f} | "
             f"{warm['seconds']:.3f} | "
             f"{built['seconds']:.3f} | {warm['parsed']} | {max(cold['rss_mb'], built['rss_mb']):.0f} |")

    big = max(article_sizes)
    # Separate indexes that outlive runs: the first `briefing quotes` on a corpus extracts every
    # quote (timed as "priming"); afterwards the analysis is cached like any other result. A corpus
    # whose extraction does not finish within PRIME_LIMIT is reported and a smaller one is used.
    primes: list[str] = []
    lookup_n, primed = big, None
    for n in sorted(article_sizes, reverse=True):
        lookup_n = n
        if not has_quotes_command():
            break
        command = _quotes_command(corpora[n], OUT / f"lookup_{n // 1000}k.sqlite3")
        t = time.perf_counter()
        try:
            subprocess.run(command, cwd=ROOT, capture_output=True, check=True, timeout=PRIME_LIMIT)
        except subprocess.TimeoutExpired:
            primes.append(f"{n:,} articles: extraction still running after {PRIME_LIMIT} s (stopped)")
            continue
        primed = time.perf_counter() - t
        primes.append(f"{n:,} articles: {primed:.1f} s (parse, extract, cache; or only a check when primed before)")
        break
    lookup_index = OUT / f"lookup_{lookup_n // 1000}k.sqlite3"
    emit()
    emit(f"## `briefing quotes` on {lookup_n:,} cached articles (median of {runs} interleaved runs)")
    emit()
    if primes:
        emit("First `briefing quotes` on each corpus: " + "; ".join(primes) + ".")
        emit()
    baseline = 'python -c "import rich.console, rapidfuzz.process"'
    commands = [[PY, "-c", "import rich.console, rapidfuzz.process"],
                [PY, "-m", "bench.lookup", str(corpora[lookup_n]), str(lookup_index), QUOTE_QUERY]]
    labels = [baseline, "store side of the lookup (`bench/lookup.py`: load through the index, cached quotes, rapidfuzz)"]
    cwds, envs = [ROOT, ROOT], [None, None]
    if primed is not None:
        if args.before is not None:  # the other checkout with its own index (its store format may differ)
            before = args.before.resolve()
            before_index = OUT / f"lookup_{lookup_n // 1000}k_before.sqlite3"
            command = _quotes_command(corpora[lookup_n], before_index)
            subprocess.run(command, cwd=before, env=program_env({"PYTHONPATH": str(before)}), capture_output=True,
                           check=True)
            commands.append(command)
            labels.append(f'`briefing quotes "{QUOTE_QUERY}" --json`, before ({before.name})')
            cwds.append(before)
            envs.append({"PYTHONPATH": str(before)})
        commands.append(_quotes_command(corpora[lookup_n], lookup_index))
        labels.append(f'`briefing quotes "{QUOTE_QUERY}" --json`')
        cwds.append(ROOT)
        envs.append(None)
    else:
        labels.append("`briefing quotes`: not on this branch yet (issue 3)")
    means = median_wall_cpu(commands, runs, cwds, envs)
    emit("| command | ms | × baseline | CPU ms | CPU × baseline |")
    emit("|---|---:|---:|---:|---:|")
    for label, mean in zip(labels, means + [None] * (len(labels) - len(means))):
        emit(f"| {label} | {mean[0] * 1000:.0f} | {mean[0] / means[0][0]:.2f} | {mean[1] * 1000:.0f} | "
             f"{mean[1] / means[0][1]:.2f} |" if mean else f"| {label} | n/a | n/a | n/a | n/a |")

    emit()
    emit(f"## Incremental: one article edited among {args.incremental_articles:,} (bench/incremental.py)")
    emit()
    inc_runs = 3 if quick else 5
    codes = {"before": args.before.resolve()} if args.before else {}
    results = incremental.measure({**codes, "after": ROOT}, args.incremental_articles, inc_runs)
    before, after = results.get("before"), results["after"]
    for line in incremental.table(before, after, args.incremental_articles, inc_runs):
        emit(line)
    if before is None:
        emit()
        emit("(no --before checkout given: the before columns are empty)")

    if primed is not None:
        emit()
        emit(f"## The app on {lookup_n:,} cached articles, headless 120×40 (bench/app_fill.py, median of 3)")
        emit()
        fill = app_fill(corpora[lookup_n], lookup_index, 3)
        emit("| first frame s | every pane filled s | search ready s | RSS then MB | peak RSS MB | targets |")
        emit("|---:|---:|---:|---:|---:|---|")
        emit(f"| {fill['first_frame_s']:.2f} | {fill['panes_s']:.2f} | {fill['search_s']:.2f} | "
             f"{fill['panes_rss_mb']:.0f} | {fill['peak_rss_mb']:.0f} | filled ≤ 10 s after first paint, ≤ 300 MB |")

    emit()
    emit("## Keys in the app: key press to screen updated (bench/app_keys.py, one run per column)")
    emit()
    emit(f"The seeds (with the story picker, a story picked and its diff) and, when primed, the {lookup_n:,} articles "
         "(without them: bench/generate's articles are all of one topic, and grouping them into stories does not "
         "finish). Scrolling and filtering are wanted within a frame or two.")
    emit()
    keys_before = args.before.resolve() if args.before else None
    pairs = [(f"{ROOT / 'seeds'}:{OUT / 'keys_seeds.sqlite3'}:{OUT / 'keys_seeds_before.sqlite3'}", True)]
    if primed is not None:
        pairs.append((f"{corpora[lookup_n]}:{lookup_index}:{OUT / f'lookup_{lookup_n // 1000}k_before.sqlite3'}", False))
    for pair, stories in pairs:
        for line in app_keys.table([pair], list(app_keys.DEFAULT_SIZES), 1, keys_before, stories):
            emit(line)

    emit()
    emit("## First paint in tmux (120×40; median of 5 interleaved launches; whatever `python -m briefing_tui` shows)")
    emit()
    if importlib.util.find_spec("briefing_tui.ui") is None:
        emit("The TUI is not on this branch yet: `python -m briefing_tui` prints the `sources` table and exits, "
             "so these rows time that output (with 10k articles, Rich laying out a 10k-row table).")
        emit()
    emit("| program | first paint ms | × minimal app | peak RSS MB |")
    emit("|---|---:|---:|---:|")
    programs = [("minimal Textual app (`bench/minimal_app.py`)", [PY, "bench/minimal_app.py"]),
                ("`python -m briefing_tui` (seeds)", [PY, "-m", "briefing_tui"]),
                (f"`python -m briefing_tui` ({big:,} cached articles)",
                 [PY, "-m", "briefing_tui", "--corpus", str(corpora[big]), "--index", str(indexes[big])])]
    reference = None
    # Launched in turn (one of each per round: the machine's load drifts), each checkout compiled to bytecode
    # first as pip would (bench/paint.py).
    shots, _ = compare_paints([(label, ROOT, command) for label, command in programs], 5, rss=True)
    for label, _ in programs:
        paints = [p for p, _ in shots[label] if p is not None]
        rss = max((r for _, r in shots[label] if r is not None), default=None)
        if not paints:
            emit(f"| {label} | no paint within 30 s | | |")
            continue
        median = statistics.median(paints)
        reference = reference or median
        memory = f"{rss:.0f}" if rss is not None else "n/a (exited)"
        emit(f"| {label} | {median * 1000:.0f} | {median / reference:.2f} | {memory} |")

    emit()
    emit(f"## Search per keystroke ({len(QUERIES)} queries typed one character at a time, limit 50)")
    emit()
    emit("| items | build s | index MB | p50 ms | p95 ms | max ms | `fzf --filter` per query ms | fzf ÷ our p95 | peak RSS MB |")
    emit("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    all_lines = write_lines(max(search_sizes), OUT / f"lines_{max(search_sizes) // 1000}k.txt")
    for n in search_sizes:
        lines = OUT / f"lines_{n // 1000}k.txt"
        if lines != all_lines and not (lines.exists() and sum(1 for _ in lines.open(encoding="utf-8")) == n):
            with all_lines.open(encoding="utf-8") as src, lines.open("w", encoding="utf-8") as dst:
                for _, line in zip(range(n), src):
                    dst.write(line)
        result = _run_json("-m", "bench.search_latency", str(lines), str(n))
        fzf = fzf_seconds(lines, 1 if n >= 1_000_000 else 3) if shutil.which("fzf") else None
        emit(f"| {n:,} | {result['build_s']:.1f} | {result['index_mb']:.0f} | {result['p50_ms']:.1f} | "
             f"{result['p95_ms']:.1f} | {result['max_ms']:.1f} | "
             + (f"{fzf * 1000:.0f} | {fzf * 1000 / result['p95_ms']:.0f}× |" if fzf else "n/a | n/a |")
             + f" {result['rss_mb']:.0f} |")
    if args.output:
        args.output.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
