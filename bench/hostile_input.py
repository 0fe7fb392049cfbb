"""How long `briefing diff` takes on pasted text with no full stop: one run of N words (a page pasted without
punctuation, a table dumped as text), each size a fresh process with no cache. Prints a table of wall and CPU
seconds per size; cost should grow about linearly with the size.

    python -m bench.hostile_input [--words 5000 80000 300000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from bench.timing import run_wall_cpu

ROOT = Path(__file__).resolve().parent.parent
VOCABULARY = ("the officials said rescue teams were searching for survivors in Tokyo after floods killed 42 people and "
              "left 1,300 homes damaged while President Ruto told reporters that aid worth $20 million would arrive "
              "on Monday").split()
SEED = 7
"""The random seed of the word order (same input, same figures)."""
DEFAULT_WORDS = (5000, 80000, 300000)
"""About 30 KB, 480 KB and 1.8 MB of text."""


def write_run(folder: Path, words: int) -> Path:
    """A file of a title line and ``words`` words drawn from VOCABULARY, with no full stop."""
    pick = random.Random(SEED)
    path = folder / f"run_{words}.txt"
    path.write_text("Flood talks\n\n" + " ".join(pick.choice(VOCABULARY) for _ in range(words)) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, nargs="+", default=list(DEFAULT_WORDS))
    args = parser.parse_args(argv)
    print("| words | bytes | wall s | CPU s |\n|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.words:
            path = write_run(Path(tmp), n)
            command = [sys.executable, "-m", "briefing_tui", "diff", "--no-cache", "--corpus", str(path)]
            wall, cpu = run_wall_cpu(command, ROOT)
            print(f"| {n:,} | {path.stat().st_size:,} | {wall:.1f} | {cpu:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
