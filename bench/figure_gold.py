"""Figure precision and recall on every figure gold (issue 11): the real-event gold (tests/gold) and the figure gold
of other outlets, languages and number styles (tests/gold_fig_a, _c and _e, study sets;
tests/gold_fig_b and _d, held out).

Run: ``python -m bench.figure_gold [--misses]``. Prints one row a gold folder: sentences, gold figures, figures
found, precision, recall, and how many matched figures have the gold's qualifier. ``--misses`` lists the misses of
the study folders only: a held-out folder is scored, never read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.compare_gold import score_figures

ROOT = Path(__file__).resolve().parent.parent
STUDY = ("tests/gold", "tests/gold_fig_a", "tests/gold_fig_c", "tests/gold_fig_e")
HELD_OUT = ("tests/gold_fig_b", "tests/gold_fig_d")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.figure_gold", description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the misses of the study folders")
    args = parser.parse_args(argv)
    print("| figure gold | kind | sentences | gold figures | found | precision | recall | qualifier right |")
    print("|---|---|---|---|---|---|---|---|")
    scores = [(folder, kind, score_figures(ROOT / folder)) for kinds, kind in ((STUDY, "study"), (HELD_OUT, "held out"))
              for folder in kinds]
    for folder, kind, s in scores:
        print(f"| {folder} | {kind} | {s.sentences} | {s.gold} | {s.found} | {s.precision:.3f} | {s.recall:.3f} "
              f"| {s.qualifier_right}/{s.matched_gold} |")
    if args.misses:
        for folder, kind, s in scores:
            if kind == "study":
                print(f"\n{folder}:")
                for miss in s.misses:
                    print("-", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
