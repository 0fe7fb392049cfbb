"""Quote extraction against the hand-made gold: precision, recall and speaker accuracy per set.

Run from the repository root:  python bench/quote_eval.py [-v]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from briefing_tui.corpus import load_corpus  # noqa: E402
from briefing_tui.paths import seeds_dir  # noqa: E402
from tests.gold_eval import Score, evaluate  # noqa: E402

SETS = {
    "seeds": ([seeds_dir()], ROOT / "tests/data/gold_quotes_seeds.yaml"),
    "own articles": ([ROOT / "tests/articles/extract"], ROOT / "tests/data/gold_quotes_own.yaml"),
    "holdout": ([ROOT / "tests/articles/extract_holdout"], ROOT / "tests/data/gold_quotes_holdout.yaml"),
    "holdout 2": ([ROOT / "tests/articles/extract_holdout2"], ROOT / "tests/data/gold_quotes_holdout2.yaml"),
    "holdout 3": ([ROOT / "tests/articles/extract_holdout3"], ROOT / "tests/data/gold_quotes_holdout3.yaml"),
}


def main(verbose: bool) -> None:
    rows = []
    for name, (paths, gold_path) in SETS.items():
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        corpus = load_corpus(paths)
        t0 = time.perf_counter()
        corpus.analysis
        ms = (time.perf_counter() - t0) * 1000
        for kinds, label in ((("direct", "reported"), "all"), (("direct",), "direct"), (("reported",), "reported")):
            s: Score = evaluate(corpus, gold, kinds)
            rows.append((name, label, s, ms))
            if verbose and label == "all":
                print(f"-- {name}")
                for e in s.errors:
                    print("  ", e)
    print(f"{'set':14} {'kind':9} {'gold':>5} {'found':>6} {'prec':>6} {'recall':>7} {'speaker':>8} "
          f"{'terms!':>7} {'ms':>6}")
    for name, label, s, ms in rows:
        print(f"{name:14} {label:9} {s.tp + s.fn:5d} {s.tp + s.fp:6d} {s.precision:6.3f} {s.recall:7.3f} "
              f"{s.speaker_accuracy:8.3f} {s.term_as_speech:7d} {ms:6.1f}")


if __name__ == "__main__":
    main("-v" in sys.argv[1:])
