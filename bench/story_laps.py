"""Where `diff` after one edit spends its CPU, step by step of the edited story's comparison, and what of that
comparison an edit leaves the same.

    python -m bench.story_laps                 # laps of a warm run and of runs after edits k = 0, 1, 2
    python -m bench.story_laps --edits 0 3     # after these edits (bench.incremental's ``edit``)
    python -m bench.story_laps --weights 0     # what edit 0 leaves the same in its story's alignment

A copy of the generated corpus (bench/generate.py, 2,000 articles) gets its own index, primed by one `diff`; the
folder and index are then kept as they are (``pristine``) and put back, at the same path (stored keys name the
paths), before every run. Each run is a fresh process: the imports, then `diff --json` with the stages wrapped,
each lap the process time spent in that stage and not in a nested one (``cmp.`` laps are the steps of
``compare.claims.build_claims``; ``regexes compiled`` is ``re._compile``, wherever it is called from).

``--weights K``: before and after edit K, in process, the units of the story holding the edited article are built
and aligned from the index (as ``diff`` compares a story) and compared by (source, sentence text): how many units
and tf-idf weights are bit for bit the same, how many pair scores and how many alignment groups.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import os
import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.edit_laps import nested_laps

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
ARTICLES = 2_000
PAST_NS = 60 * 1_000_000_000  # a copied file's mtime is set this far back: trusted at once, not "racy"
CLAIMS = "briefing_tui.compare.claims"
STEPS = ("figures_of", "features_of_sources", "build_units", "align_units", "measured_groups", "complete_claims",
         "join_subjects", "join_sole_measures", "without_excluded", "judged_apart", "_measured_claim", "judge",
         "wording_topic", "event_date_claims", "inclusion_claims", "phrase_claims", "without_duplicate_singles",
         "attach_headline_statements", "build_claims")
"""The names ``build_claims`` calls (wrapped in ``compare.claims``'s namespace: laps ``cmp.<name>``)."""
STAGES = (
    # (module, attribute (Class.method allowed), lap)
    ("briefing_tui.stories.cached", "corpus_stories", "grouping (stories again)"),
    ("briefing_tui.stories.cluster", "average_link", "grouping: average_link"),
    ("briefing_tui.stories.cached", "_use_stored_stages", "the story's names and quotes"),
    ("briefing_tui.stories.cached", "story_claims", "stories' claims read back (get_or_compute)"),
    ("briefing_tui.commands.output", "emit_json", "JSON written"),
    ("re", "_compile", "regexes compiled"),
)
WHOLE, IMPORTS, OTHER = "whole process", "imports", "the rest"


def _child(corpus: str, index: str, out: str) -> None:
    """One `diff --json` with laps (see the module docstring), written as JSON to ``out``."""
    started = time.process_time()
    laps: dict[str, float] = {}
    wrap = nested_laps(laps)

    import briefing_tui.cli as cli

    for module, _, _ in STAGES:
        importlib.import_module(module)
    claims = importlib.import_module(CLAIMS)
    laps[IMPORTS] = time.process_time() - started
    for name in STEPS:
        if hasattr(claims, name):  # (a step the checkout has)
            wrap(claims, name, f"cmp.{name}")
    for module, attribute, lap in STAGES:
        owner = importlib.import_module(module)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        if hasattr(owner, name):
            wrap(owner, name, lap)
    begun = time.process_time()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        cli.main(["diff", "--json", "--corpus", corpus, "--index", index])
    end = time.process_time()
    laps[OTHER] = end - begun - sum(v for k, v in laps.items() if k != IMPORTS)
    laps[WHOLE] = end - started
    Path(out).write_text(json.dumps(laps), encoding="utf-8")


def _places() -> tuple[Path, Path, Path, Path]:
    """The folder and index runs use, and their pristine copies (primed once, by this checkout)."""
    corpus, index = OUT / "story_laps", OUT / "story_laps.sqlite3"
    kept, kept_index = OUT / "story_laps_pristine", OUT / "story_laps_pristine.sqlite3"
    if not kept_index.exists():
        from bench.generate import write_corpus

        shutil.rmtree(corpus, ignore_errors=True)
        index.unlink(missing_ok=True)
        shutil.copytree(write_corpus(ARTICLES, OUT / "corpus_2k"), corpus)
        for p in corpus.iterdir():
            st = p.stat()
            os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns - PAST_NS))
        subprocess.run([sys.executable, "-m", "briefing_tui", "diff", "--json", "--corpus", str(corpus), "--index",
                        str(index)], cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=False)
        shutil.rmtree(kept, ignore_errors=True)
        shutil.copytree(corpus, kept)
        shutil.copy2(index, kept_index)
    return corpus, index, kept, kept_index


def _restore(edit_k: int | None) -> tuple[Path, Path]:
    """The pristine folder and index put back at the runs' path, then edit ``edit_k`` made (None: none)."""
    from bench.incremental import edit

    corpus, index, kept, kept_index = _places()
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.copytree(kept, corpus)  # (mtimes kept: the index's manifest trusts them)
    for extra in ("-wal", "-shm"):
        Path(f"{index}{extra}").unlink(missing_ok=True)
    shutil.copy2(kept_index, index)
    if edit_k is not None:
        edit(corpus, edit_k)
    return corpus, index


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def laps(edits: list[int], runs: int) -> None:
    """Print the laps of a warm run and of a run after each edit (ranges over ``runs`` fresh processes)."""
    found: dict[str, list[dict[str, float]]] = {}
    for _ in range(runs):
        for change in (None, *edits):
            corpus, index = _restore(change)
            out = OUT / "story_laps.json"
            subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(corpus), str(index),
                            str(out)], cwd=ROOT, env=_env(), check=True)
            found.setdefault("warm" if change is None else f"edit {change}", []).append(
                json.loads(out.read_text(encoding="utf-8")))
    names = sorted({k for got in found.values() for run in got for k in run},
                   key=lambda k: -max(run.get(k, 0.0) for got in found.values() for run in got))
    print("| lap (CPU s, min–max) | " + " | ".join(found) + " |")
    print("|---|" + "---:|" * len(found))
    for name in names:
        cells = []
        for got in found.values():
            values = sorted(run.get(name, 0.0) for run in got)
            cells.append(f"{values[0]:.2f}–{values[-1]:.2f}" if values[-1] >= 0.005 else "–")
        print(f"| {name} | " + " | ".join(cells) + " |")


def _story_state(corpus: Path, index: Path, article: str) -> dict:
    """The units (by source and text: weights), pair scores and alignment groups of the story holding ``article``."""
    from briefing_tui.compare.align import align_units
    from briefing_tui.compare.rates import default_rate_table
    from briefing_tui.compare.statement_cache import figures_of
    from briefing_tui.compare.stored_figures import StoredFigures
    from briefing_tui.compare.units import build_units, features_of_sources
    from briefing_tui.corpus import load_corpus
    from briefing_tui.stories import story_corpus
    from briefing_tui.stories.cached import _use_stored_stages, corpus_stories

    folder = load_corpus([corpus], index=index)
    story = next(s for s in corpus_stories(folder) if article in s.sources)
    sub = story_corpus(folder, story)
    members = [m for m in folder.members() if m.id in set(story.sources)]
    _use_stored_stages(sub, folder.index, members)
    table, memo = default_rate_table(), StoredFigures(folder.index, members)
    units = build_units(sub.sources, sub.entities, sub.quotes, table, rows_of=figures_of(sub.sources, table, memo),
                        features_of=features_of_sources(sub.sources, memo))
    scores: dict[tuple[int, int], float] = {}
    groups = align_units(units, {s.id: s.published for s in sub.sources}, table, scores)

    def name(k: int) -> tuple[str, str]:
        return units[k].source.id, units[k].text

    return {"sources": len(sub.sources), "units": {name(u.key): dict(u.weights) for u in units},
            "scores": {(name(a), name(b)): s for (a, b), s in scores.items()},
            "groups": {tuple(sorted(name(u.key) for u in g)) for g in groups}}


def weights(k: int) -> None:
    """Print what edit ``k`` leaves bit for bit the same in its story's units, weights, scores and groups."""
    states = []
    for change in (None, k):
        corpus, index = _restore(change)
        subprocess.run([sys.executable, "-m", "briefing_tui", "diff", "--json", "--corpus", str(corpus), "--index",
                        str(index)], cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=False)  # (the index brought up to date: stories and claims as `diff` leaves them)
        files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
        article = files[(k * 397) % len(files)].stem  # (the article bench.incremental's edit k changes)
        out = OUT / "story_laps_state.pickle"
        subprocess.run([sys.executable, str(Path(__file__).resolve()), "--state", str(corpus), str(index), article,
                        str(out)], cwd=ROOT, env=_env(), check=True)
        states.append(pickle.loads(out.read_bytes()))
    before, after = states
    common = set(before["units"]) & set(after["units"])
    tokens = [(u, t) for u in common for t in before["units"][u] if t in after["units"][u]]
    pairs = set(before["scores"]) & set(after["scores"])
    print(f"story of article {k}: {before['sources']} → {after['sources']} sources, "
          f"{len(before['units'])} → {len(after['units'])} units ({len(common)} in both)")
    print(f"units whose weights are bit for bit the same: {sum(before['units'][u] == after['units'][u] for u in common)}"
          f"; token weights the same: {sum(before['units'][u][t] == after['units'][u][t] for u, t in tokens)}"
          f" of {len(tokens)}")
    print(f"pair scores: {len(before['scores'])} → {len(after['scores'])}, {len(pairs)} pairs in both, "
          f"{sum(before['scores'][p] == after['scores'][p] for p in pairs)} of them the same")
    print(f"alignment groups: {len(before['groups'])} → {len(after['groups'])}, "
          f"{len(before['groups'] & after['groups'])} the same")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, nargs="*", default=[0, 1, 2], help="bench.incremental's edits to time")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--weights", type=int, metavar="K", help="compare the story of edit K before and after it")
    args = parser.parse_args()
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    if args.weights is not None:
        weights(args.weights)
    else:
        laps(args.edits, args.runs)
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(*sys.argv[2:5])
    elif sys.argv[1:2] == ["--state"]:
        corpus_arg, index_arg, article_arg, out_arg = sys.argv[2:6]
        Path(out_arg).write_bytes(pickle.dumps(_story_state(Path(corpus_arg), Path(index_arg), article_arg)))
    else:
        main()
