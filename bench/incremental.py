"""What one edited article costs: `briefing quotes` and `briefing diff` warm, and after one edit.

    python -m bench.incremental                          # this checkout, 2,000 articles
    python -m bench.incremental --before /tmp/old-main   # and another checkout (e.g. main) beside it
    python -m bench.incremental --commands quotes        # `quotes` only
    python -m bench.incremental --events                 # on a folder of many stories (see below)

For each checkout a copy of the generated corpus (bench/generate.py) gets its own index, primed by
one `quotes` and one `diff`. Then, each command timed as a fresh process (wall clock, imports
included, like a user's shell):

- *warm*: nothing changed since the last run (the stored results are read);
- *after 1 edit*: one article (a different one each run) gained a paragraph quoting a person, its
  mtime set past the racy window, then the command runs once;
- *after 1 add*: one new generated article (the next number of bench/generate.py) was written into
  the folder, then the command runs once.

``--events``: the corpus is bench/generate.py's ``write_events_corpus`` (a desk's folder of many stories: about
7 articles per event) instead of ``write_corpus`` (one topic rewritten 2,000 times, which story grouping cuts
into ~180 "stories" that an edit regroups); an addition is its next article (``events_articles``).

Medians of ``--runs`` runs of each are printed. The checkouts take turns (warm before, warm after,
edit both, before, after, ...) so that load from others on a shared machine falls on both alike;
still, look at the ratios within one run rather than at the absolute times.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

from bench.generate import FIRST, LAST, article, events_articles, write_corpus, write_events_corpus
from bench.timing import run_wall_cpu

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
QUERY = "japan is back"
PAST_NS = 60 * 1_000_000_000  # an edited file's mtime is set this far back: trusted at once, not "racy"


def _command(code: Path, corpus: Path, index: Path, which: str) -> list[str]:
    args = ["quotes", QUERY] if which == "quotes" else ["diff"]
    return [sys.executable, "-m", "briefing_tui", *args, "--corpus", str(corpus), "--index", str(index), "--json"]


def _timed(code: Path, command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (the child's rusage) of one run of ``command`` in checkout ``code``."""
    return run_wall_cpu(command, code, {"PYTHONPATH": str(code)})


def quoting(k: int) -> str:
    """The paragraph ``edit`` adds: a quote of someone named from bench/generate.py's first names and surnames."""
    name = f"{FIRST[k % len(FIRST)]} {LAST[(k * 7) % len(LAST)]}"
    return (f"“We will look at the figures again next week,” said {name}, a spokesperson for the "
            f"regional ministry, on day {k}.\n\n")


def edit(corpus: Path, k: int) -> None:
    """Give article ``k`` a new paragraph quoting someone, after its third line."""
    files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    path = files[(k * 397) % len(files)]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join([*lines[:3], quoting(k), *lines[3:]]), encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - PAST_NS))


def add(corpus: Path, k: int, events: bool = False) -> None:
    """Write generated article number ``k`` (one the folder does not hold yet) into it.

    The folder's mtime is set back too: otherwise the folder stays "racy" (changed within 2 s of the
    listing the addition's run takes) and the next *warm* run would list the folder again and save a new
    manifest, which is not what a warm lookup costs. ``events``: article ``k`` of ``events_articles``."""
    if events:
        name, text = events_articles(k + 1)[k]
        path = corpus / name
    else:
        path, text = corpus / f"{k:06d}.txt", article(k)[0]
    path.write_text(text, encoding="utf-8")
    for changed in (path, corpus):
        st = changed.stat()
        os.utime(changed, ns=(st.st_atime_ns, st.st_mtime_ns - PAST_NS))


def add_quoting(corpus: Path, k: int) -> None:
    """Write a short new article (after every other) made of ``edit``'s paragraph for ``k`` under a headline: it
    names one person (most often one the corpus names already) and quotes them."""
    number = max(int(p.stem) for p in corpus.glob("*.txt") if p.stem.isdigit()) + 1
    path = corpus / f"{number:06d}.txt"
    path.write_text(f"Regional ministry figures\n\n{quoting(k)}", encoding="utf-8")
    for changed in (path, corpus):
        st = changed.stat()
        os.utime(changed, ns=(st.st_atime_ns, st.st_mtime_ns - PAST_NS))


def _setup(label: str, articles: int, events: bool = False) -> tuple[Path, Path]:
    """A fresh copy of the generated corpus (``events``: of many stories) and an empty index for checkout ``label``."""
    kind = "events_" if events else ""
    corpus = OUT / f"incremental_{label}_{kind}{articles}"
    index = OUT / f"incremental_{label}_{kind}{articles}.sqlite3"
    if corpus.exists():
        shutil.rmtree(corpus)
    for old in OUT.glob(index.name + "*"):
        old.unlink()
    name = f"corpus_{articles // 1000}k" if articles % 1000 == 0 else f"corpus_{articles}"
    write = write_events_corpus if events else write_corpus
    shutil.copytree(write(articles, OUT / (kind + name)), corpus)
    for p in corpus.iterdir():
        st = p.stat()
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns - PAST_NS))
    return corpus, index


def measure(codes: dict[str, Path], articles: int, runs: int,
            commands: tuple[str, ...] = ("quotes", "diff"), events: bool = False) -> dict[str, dict[str, float]]:
    """Median seconds of each of ROWS (warm, after 1 edit, after 1 add; quotes then diff), per checkout;
    the median CPU seconds of each under the row's name + CPU (e.g. "warm diff" + CPU).

    The checkouts take turns run by run (the same edit for each), so a burst of load on a shared
    machine falls on all of them alike."""
    places = {label: _setup(label, articles, events) for label in codes}
    times: dict[str, dict[str, list[float]]] = {label: {} for label in codes}

    def run(label: str, which: str, key: str) -> None:
        corpus, index = places[label]
        wall, cpu = _timed(codes[label], _command(codes[label], corpus, index, which))
        times[label].setdefault(key, []).append(wall)
        times[label].setdefault(key + CPU, []).append(cpu)

    for n, which in enumerate(("quotes", "diff")):
        if which not in commands:
            continue
        for label in codes:
            run(label, which, f"prime {which}")
        for r in range(runs):
            for label in codes:
                run(label, which, f"warm {which}")
            for label in codes:
                edit(places[label][0], r + n * runs)
                run(label, which, f"{which} after 1 edit")
            for label in codes:
                add(places[label][0], articles + r + n * runs, events)
                run(label, which, f"{which} after 1 add")
    return {label: {key: statistics.median(values) for key, values in result.items()}
            for label, result in times.items()}


CPU = " cpu"
"""Suffix of a row's CPU seconds in :func:`measure`'s results."""
ROWS = ("warm quotes", "quotes after 1 edit", "quotes after 1 add", "warm diff", "diff after 1 edit",
        "diff after 1 add")
TARGETS = {"quotes after 1 edit": ("warm quotes", 1.5), "quotes after 1 add": ("warm quotes", 1.5),
           "diff after 1 edit": ("warm diff", 2.0), "diff after 1 add": ("warm diff", 2.0)}


def table(before: dict[str, float] | None, after: dict[str, float], articles: int, runs: int) -> list[str]:
    """Markdown rows: each figure before and after (wall and CPU seconds), and the incremental ones as a
    multiple of warm (wall; CPU in brackets)."""
    lines = [f"| {articles:,} articles, median of {runs} | before s | before CPU s | before × warm (CPU) "
             f"| after s | after CPU s | after × warm (CPU) | target |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    for row in ROWS:
        if row not in after:
            continue  # a command not measured in this run (--commands)
        cells = []
        for result in (before, after):
            if result is None:
                cells += ["n/a", "", ""]
                continue
            base, _ = TARGETS.get(row, (None, None))
            cpu = result.get(row + CPU)
            times = f"{result[row] / result[base]:.1f}×" if base else ""
            if base and cpu is not None and result.get(base + CPU):
                times += f" ({cpu / result[base + CPU]:.1f}×)"
            cells += [f"{result[row]:.2f}", f"{cpu:.2f}" if cpu is not None else "", times]
        target = f"≤ {TARGETS[row][1]}× warm" if row in TARGETS else ""
        lines.append(f"| {row} | {' | '.join(cells)} | {target} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", type=Path, help="another checkout to measure too (e.g. the main branch)")
    parser.add_argument("--commands", nargs="+", choices=("quotes", "diff"), default=["quotes", "diff"],
                        help="which commands to time (default both)")
    parser.add_argument("--events", action="store_true",
                        help="a folder of many stories (bench/generate.py's write_events_corpus)")
    args = parser.parse_args()
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    started = time.time()
    codes = {"before": args.before.resolve()} if args.before else {}
    results = measure({**codes, "after": ROOT}, args.articles, args.runs, tuple(args.commands), args.events)
    before, after = results.get("before"), results["after"]
    for line in table(before, after, args.articles, args.runs):
        print(line)
    print("priming (cold, s): " + "; ".join(
        f"{label} " + ", ".join(f"{r[f'prime {c}']:.1f} {c}" for c in args.commands)
        for label, r in (("before", before), ("after", after)) if r is not None))
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"{(time.time() - started) / 60:.1f} min")


if __name__ == "__main__":
    main()
