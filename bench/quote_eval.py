"""Quote extraction against the hand-made gold: precision, recall, F1 and speaker accuracy per set and kind.

Run from the repository root:

    python -m bench.quote_eval                      # the sets in tests/data (seeds, own, holdouts)
    python -m bench.quote_eval --gold tests/gold    # a gold folder: quotes_*.yaml + pages/*.txt
    python -m bench.quote_eval --gold tests/gold -v # ... with every mistake listed

Each table row gives the gold and found counts, precision, recall, F1 and speaker accuracy (of the
matched quotes); then the remaining mistakes are counted by class (see ``tests.gold_eval``).
Sources are parsed without the index (``cache=False``), so the figures are always today's code.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from briefing_tui.corpus import load_corpus  # noqa: E402
from briefing_tui.paths import seeds_dir  # noqa: E402
from tests.gold_eval import FAILURE_CLASSES, Score, evaluate, gold_size, load_gold_dir  # noqa: E402

SETS = {
    "seeds": ([seeds_dir()], ROOT / "tests/data/gold_quotes_seeds.yaml"),
    "own articles": ([ROOT / "tests/articles/extract"], ROOT / "tests/data/gold_quotes_own.yaml"),
    "holdout": ([ROOT / "tests/articles/extract_holdout"], ROOT / "tests/data/gold_quotes_holdout.yaml"),
    "holdout 2": ([ROOT / "tests/articles/extract_holdout2"], ROOT / "tests/data/gold_quotes_holdout2.yaml"),
    "holdout 3": ([ROOT / "tests/articles/extract_holdout3"], ROOT / "tests/data/gold_quotes_holdout3.yaml"),
}
KINDS = ((("direct", "reported"), "all"), (("direct",), "direct"), (("reported",), "reported"))


def _sets(gold_dirs: list[Path]) -> dict[str, tuple[list[Path], dict]]:
    if not gold_dirs:
        return {name: (paths, yaml.safe_load(path.read_text(encoding="utf-8")))
                for name, (paths, path) in SETS.items()}
    out = {}
    for d in gold_dirs:
        files, gold = load_gold_dir(d)
        if not gold:
            print(f"{d}: no quotes_*.yaml with articles in pages/", file=sys.stderr)
            continue
        size = gold_size(gold)
        print(f"{d}: {size['articles']} articles, {size['quotes']} quotes "
              f"({size['direct']} direct, {size['reported']} reported)")
        out[str(d)] = (files, gold)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, action="append", default=[],
                        help="a gold folder (quotes_*.yaml and pages/); repeatable")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mistake")
    args = parser.parse_args()
    rows = []
    failures = Score()
    for name, (paths, gold) in _sets(args.gold).items():
        corpus = load_corpus(paths, cache=False)
        t0 = time.perf_counter()
        corpus.analysis
        ms = (time.perf_counter() - t0) * 1000
        for kinds, label in KINDS:
            s = evaluate(corpus, gold, kinds)
            rows.append((name[-14:], label, s, ms))
            if label == "all":
                failures.add(s)
                if args.verbose:
                    print(f"-- {name}")
                    for e in sorted(s.errors, key=lambda e: (e.kind, e.line)):
                        print(f"   [{e.kind}] {e.line}")
    print(f"{'set':14} {'kind':9} {'gold':>5} {'found':>6} {'prec':>6} {'recall':>7} {'F1':>6} {'speaker':>8} "
          f"{'terms!':>7} {'ms':>7}")
    for name, label, s, ms in rows:
        print(f"{name:14} {label:9} {s.tp + s.fn:5d} {s.tp + s.fp:6d} {s.precision:6.3f} {s.recall:7.3f} "
              f"{s.f1:6.3f} {s.speaker_accuracy:8.3f} {s.term_as_speech:7d} {ms:7.1f}")
    counts = failures.failure_counts()
    print("\nremaining mistakes by class:")
    for kind, what in FAILURE_CLASSES.items():
        print(f"  {counts.get(kind, 0):4d}  {kind:17} {what}")


if __name__ == "__main__":
    main()
