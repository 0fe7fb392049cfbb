"""Where one edit's CPU goes: `briefing quotes` after a change, in laps of process time, one fresh process each.

    python -m bench.edit_laps --before /tmp/old-main                # this checkout and another, taking turns
    python -m bench.edit_laps --before /tmp/old-main --change typo  # a letter doubled in a lower-case word

For each checkout a copy of the generated corpus (bench/generate.py, 2,000 articles) gets its own index, primed
by one `quotes`. Then, ``--runs`` times and each checkout in turn: a warm run, and a run after one change — the
benchmark's ``edit`` (bench/incremental.py: a paragraph quoting someone, after an article's third line) and
``add``, or with ``--change typo`` a letter doubled in a lower-case word between two lower-case words in the
middle of an article (a change of no name). Each run is a fresh process that imports the modules of the stages
first (the *imports* lap: the parser's and extractor's regexes are most of it), then runs the CLI with the
stages wrapped: each lap is the process time spent in that stage and not in a nested one. Printed: the range
of each lap over the runs, per change and checkout.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
ARTICLES = 2_000
QUERY = "japan is back"
PAST_NS = 60 * 1_000_000_000  # a changed file's mtime is set this far back: trusted at once, not "racy"
FIRST_EDIT = 100
"""Article number of the first run's change (the next runs take the next numbers): not those bench.incremental edits."""
FIRST_ADDED = 3_000
"""Generated article number of the first run's addition."""
LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+ ([a-z]{7,}) [a-z]+(?![\w’'-])")
"""A lower-case word of seven letters or more between two lower-case words: a typo in it changes no name."""
STAGES = (
    # (module, attribute (Class.method allowed), lap)
    ("briefing_tui.ingest.load", "read_article", "parse of the changed article"),
    ("briefing_tui.store.index", "CorpusIndex.sync", "sync: listing, manifest (parse apart)"),
    ("briefing_tui.store.stage_memo", "StoredStages.recognised", "names read back"),
    ("briefing_tui.extract.recognise", "recognise", "its names recognised"),
    ("briefing_tui.extract.corpus_names", "spread_known_names", "spreading"),
    ("briefing_tui.store.stage_memo", "StoredStages.resolution", "resolution record read"),
    ("briefing_tui.extract.resolve", "resolve", "resolution"),
    ("briefing_tui.store.stage_memo", "StoredStages.keep_resolution", "resolution record kept"),
    ("briefing_tui.store.stage_memo", "StoredStages.quotes", "quote rows read back, input digests"),
    ("briefing_tui.extract.quotes", "source_quotes", "its quotes"),
    ("briefing_tui.extract.merge", "merge_quotes", "quote merge"),
    ("briefing_tui.store.stored_rows", "StoredRows.put_result", "results written"),
    ("briefing_tui.commands.quotes", "select_quotes", "lookup"),
    ("briefing_tui.commands.quotes", "emit_json", "output"),
)
STORING = "storing the analysis (pack_analysis)"
IMPORTS = "imports of the stages' modules"
WHOLE = "whole process"
OTHER = "the rest (CLI, loading, analyse's own)"



def nested_laps(laps: dict[str, float]):
    """A function ``wrap(owner, name, lap)`` that replaces ``owner.name`` by a timed copy adding its CPU time to
    ``laps[lap]``, exclusive of the wrapped stages it calls (each stage's own time, not its callees')."""
    stack: list[list[float]] = []  # [start of the current stretch, time of nested stages' ends] per open stage

    def wrap(owner, name: str, lap: str) -> None:
        inner = getattr(owner, name)

        def timed(*args, **kwargs):
            now = time.process_time()
            if stack:
                stack[-1][1] += now - stack[-1][0]
            stack.append([now, 0.0])
            try:
                return inner(*args, **kwargs)
            finally:
                end = time.process_time()
                start, spent = stack.pop()
                laps[lap] = laps.get(lap, 0.0) + spent + end - start
                if stack:
                    stack[-1][0] = end

        setattr(owner, name, timed)

    return wrap


def _child(corpus: str, index: str, out: str) -> None:
    """One run with laps (see the module docstring), written as JSON to ``out``."""
    started = time.process_time()
    laps: dict[str, float] = {}
    wrap = nested_laps(laps)

    import briefing_tui.cli as cli

    for module, _, _ in STAGES:
        importlib.import_module(module)
    laps[IMPORTS] = time.process_time() - started
    for module, attribute, lap in STAGES:
        owner = importlib.import_module(module)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        if hasattr(owner, name):  # a stage the checkout has
            wrap(owner, name, lap)
    results = importlib.import_module("briefing_tui.store.results")
    pack, unpack = results.CODECS["analysis"]
    holder = type("Holder", (), {"pack": staticmethod(pack)})
    wrap(holder, "pack", STORING)
    results.CODECS["analysis"] = (holder.pack, unpack)
    main_started = time.process_time()
    with contextlib.redirect_stdout(io.StringIO()):
        cli.main(["quotes", QUERY, "--corpus", corpus, "--index", index, "--json"])
    end = time.process_time()
    laps[OTHER] = end - main_started - sum(laps.values()) + laps[IMPORTS]
    laps[WHOLE] = end - started
    Path(out).write_text(json.dumps(laps), encoding="utf-8")


def typo(corpus: Path, k: int) -> None:
    """Double a letter of a lower-case word (LOWER_WORD) in the middle of article ``k`` (as bench.incremental picks it)."""
    files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    path = files[(k * 397) % len(files)]
    text = path.read_text(encoding="utf-8")
    hits = list(LOWER_WORD.finditer(text))
    at = hits[len(hits) // 2].start(1)
    path.write_text(text[:at + 4] + text[at + 3:], encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - PAST_NS))


def _env(code: Path) -> dict[str, str]:
    """The checkout's environment, with its bytecode cache written and read (as a user's install has it)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(code)
    return env


def main() -> None:
    from bench.generate import write_corpus
    from bench.incremental import add, edit

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, help="another checkout to measure too (e.g. the main branch)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--change", choices=("edit", "typo"), default="edit",
                        help="edit: the benchmark's edit and addition; typo: a letter doubled (no name changed)")
    args = parser.parse_args()
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    codes = {**({"before": args.before.resolve()} if args.before else {}), "after": ROOT}
    source = write_corpus(ARTICLES, OUT / "corpus_2k")
    places: dict[str, tuple[Path, Path]] = {}
    for label, code in codes.items():
        corpus, index = OUT / f"laps_{label}", OUT / f"laps_{label}.sqlite3"
        shutil.rmtree(corpus, ignore_errors=True)
        for old in OUT.glob(index.name + "*"):
            old.unlink()
        shutil.copytree(source, corpus)
        for p in corpus.iterdir():
            st = p.stat()
            os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns - PAST_NS))
        subprocess.run([sys.executable, "-m", "briefing_tui", "quotes", QUERY, "--corpus", str(corpus), "--index",
                        str(index), "--json"], cwd=code, env=_env(code), stdout=subprocess.DEVNULL, check=True)
        places[label] = (corpus, index)
    runs: dict[str, list[tuple[str, dict[str, float]]]] = {label: [] for label in codes}

    def lap(label: str, change: str) -> None:
        corpus, index = places[label]
        out = OUT / f"laps_{label}.json"
        # run as a script: the other checkout's bench/ may not have this module
        subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(corpus), str(index), str(out)],
                       cwd=codes[label], env=_env(codes[label]), check=True)
        runs[label].append((change, json.loads(out.read_text(encoding="utf-8"))))

    changes = {"edit": lambda c, k: edit(c, k), "add": lambda c, k: add(c, FIRST_ADDED + k - FIRST_EDIT),
               "typo": typo}
    for r in range(args.runs):
        for label in codes:
            lap(label, "warm")
        for change in (("typo",) if args.change == "typo" else ("edit", "add")):
            for label in codes:
                changes[change](places[label][0], FIRST_EDIT + r)
                lap(label, change)
    for change in ("warm", *(("typo",) if args.change == "typo" else ("edit", "add"))):
        print(f"\n{change} (process time s, range over {args.runs} runs)\n")
        print("| lap | " + " | ".join(codes) + " |")
        print("|---|" + "---:|" * len(codes))
        names = dict.fromkeys(k for label in codes for c, laps in runs[label] if c == change for k in laps)
        for name in names:
            cells = []
            for label in codes:
                values = sorted(laps.get(name, 0.0) for c, laps in runs[label] if c == change)
                cells.append(f"{values[0]:.3f}–{values[-1]:.3f}")
            print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"\nload average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(*sys.argv[2:5])
    else:
        main()
