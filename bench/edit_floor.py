"""The floor of `briefing quotes` after one edit: what a fresh process must spend even when no step runs over the corpus.

    python -m bench.edit_floor --runs 10      # 2,000 generated articles, in bench/out

Two copies of the generated corpus (bench/generate.py) share one primed index state (copied): one is never
edited (its runs are *warm* lookups, `briefing quotes --json`), the other gets bench.incremental's ``edit`` (a
paragraph quoting someone new) before each *floor* run. A floor run is a fresh process (``--child``) that imports
every module the edit path imports, syncs the index with the folder (2,000 files stat'ed, the edited one parsed
and stored), recognises, spreads (within the article), resolves and extracts the quotes of the edited article
alone, reads the analysis the index stored last and prints the same lookup as `quotes --json`: every corpus-wide
step (names read back, spreading, resolution, quote rows, merge, storing the analysis) is skipped. The runs take
turns (warm, floor, warm, ...); printed: median CPU (user + sys) and wall seconds of each, and their ratio.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
QUERY = "japan is back"


def child(corpus: str, index: str, edited: str) -> None:
    """One floor run (see the module docstring); the lookup is printed as `quotes --json` prints it."""
    import argparse as _argparse

    laps: list[tuple[str, float]] = [("start", time.process_time())]

    def lap(name: str) -> None:
        laps.append((name, time.process_time()))

    import briefing_tui.extract.corpus_names  # noqa: F401  (every stage's module, as the edit path imports them)
    import briefing_tui.extract.merge  # noqa: F401
    import briefing_tui.store.analysis_codec  # noqa: F401
    import briefing_tui.store.stage_memo  # noqa: F401
    from briefing_tui.commands.output import emit_json
    from briefing_tui.commands.quotes import quote_record, select_quotes
    from briefing_tui.corpus import load_corpus
    from briefing_tui.extract.aliases import load_aliases
    from briefing_tui.extract.corpus_names import spread_known_names
    from briefing_tui.extract.gazetteer import shipped_gazetteer
    from briefing_tui.extract.quotes import source_quotes
    from briefing_tui.extract.recognise import recognise
    from briefing_tui.extract.resolve import resolve
    from briefing_tui.store.analysis_codec import unpack_analysis

    lap("imports")
    corpus = load_corpus([corpus], index=index)  # the sync: stats, the edited file parsed
    plan = corpus._synced._plan  # noqa: SLF001  (a bench reaching into the sync's plan for the parsed article)
    fresh = [p.fresh for p in plan if p.fresh is not None and p.path == edited]
    if len(fresh) != 1:
        raise SystemExit(f"the edited article was not parsed in this run: {edited}")
    source = fresh[0]
    lap("sync (stats, the edited file parsed and stored)")
    load_aliases(())
    gaz = shipped_gazetteer()
    found = {source.id: recognise(source, gaz)}
    found = spread_known_names([source], found, gaz)
    _, entity_of = resolve([source], found)
    source_quotes(source, found[source.id], entity_of)
    lap("the edited article's names, resolution, quotes")
    conn = corpus.index._conn  # noqa: SLF001  (the last stored analysis, whatever its signature)
    (signature,) = conn.execute("SELECT signature FROM results WHERE kind = 'analysis' ORDER BY used_ns DESC"
                                " LIMIT 1").fetchone()
    corpus.use_analysis(unpack_analysis(corpus.index.stored_blob("analysis", signature)))
    args = _argparse.Namespace(json=True, jsonl=False)
    emit_json(args, "quotes", (quote_record(q, None, corpus) for q in select_quotes(corpus, QUERY, None, None)))
    lap("stored analysis read, lookup printed")
    if os.environ.get("FLOOR_LAPS"):
        print("; ".join(f"{name} {t - laps[i][1]:.3f}" for i, (name, t) in enumerate(laps[1:])), file=sys.stderr)


def main() -> None:
    from bench.incremental import PAST_NS, _setup, edit
    from bench.timing import run_wall_cpu

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--child", nargs=3, metavar=("CORPUS", "INDEX", "EDITED"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    warm_corpus, warm_index = _setup("floor_warm", args.articles)
    py, env = sys.executable, {"PYTHONPATH": str(ROOT)}
    quotes = [py, "-m", "briefing_tui", "quotes", QUERY, "--json"]
    run_wall_cpu([*quotes, "--corpus", str(warm_corpus), "--index", str(warm_index)], ROOT, env)  # prime
    edited_corpus = OUT / f"incremental_floor_edited_{args.articles}"
    edited_index = OUT / f"incremental_floor_edited_{args.articles}.sqlite3"
    if edited_corpus.exists():
        shutil.rmtree(edited_corpus)
    shutil.copytree(warm_corpus, edited_corpus)
    for p in edited_corpus.iterdir():
        st = p.stat()
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns - PAST_NS))
    for old in OUT.glob(edited_index.name + "*"):
        old.unlink()
    shutil.copyfile(warm_index, edited_index)
    run_wall_cpu([*quotes, "--corpus", str(edited_corpus), "--index", str(edited_index)], ROOT, env)  # its manifest
    times: dict[str, list[tuple[float, float]]] = {"warm lookup": [], "floor after 1 edit": []}
    files = sorted(p for p in edited_corpus.iterdir() if p.suffix == ".txt")
    for r in range(args.runs):
        times["warm lookup"].append(
            run_wall_cpu([*quotes, "--corpus", str(warm_corpus), "--index", str(warm_index)], ROOT, env))
        edit(edited_corpus, r)
        edited = files[(r * 397) % len(files)]
        times["floor after 1 edit"].append(run_wall_cpu(
            [py, "-m", "bench.edit_floor", "--child", str(edited_corpus), str(edited_index), str(edited)], ROOT, env))
    print(f"| {args.articles:,} articles, median of {args.runs} | CPU s | wall s | × warm (CPU) |")
    print("|---|---:|---:|---:|")
    base = statistics.median(cpu for _, cpu in times["warm lookup"])
    for label, runs in times.items():
        cpu, wall = statistics.median(c for _, c in runs), statistics.median(w for w, _ in runs)
        print(f"| {label} | {cpu:.3f} | {wall:.3f} | {cpu / base:.2f}× |")
    print("runs (CPU s): " + "; ".join(f"{k}: {' '.join(f'{c:.2f}' for _, c in v)}" for k, v in times.items()))
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {time.strftime('%H:%M UTC', time.gmtime())}")


if __name__ == "__main__":
    main()
