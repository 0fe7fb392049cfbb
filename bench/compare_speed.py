"""How long compare() takes on the seeds and on throwaway corpora of a few hundred articles.

The larger corpora are made by recombining seed paragraphs (deterministically shuffled) into new
articles, written to a temporary folder. Also prints the gold-claim accuracy.
Run: python bench/compare_speed.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from briefing_tui.compare import compare  # noqa: E402
from briefing_tui.corpus import load_corpus  # noqa: E402
from briefing_tui.paths import seeds_dir  # noqa: E402
from compare_gold import corpus_path, load_gold, score  # noqa: E402


def make_corpus(folder: Path, articles: int, seed: int = 7) -> None:
    """Write ``articles`` files, each 6-12 seed paragraphs drawn at random."""
    paragraphs = [p.display for s in load_corpus([seeds_dir()]).sources for p in s.paragraphs if p.kind != "heading"]
    rng = random.Random(seed)
    for i in range(articles):
        body = "\n\n".join(rng.sample(paragraphs, rng.randint(6, 12)))
        day = 1 + i % 28
        (folder / f"a{i:04d}.txt").write_text(f"---\noutlet: Outlet {i % 40}\npublished: 2025-12-{day:02d}\n---\n{body}\n",
                                              encoding="utf-8")


def timed(paths: list[Path]) -> tuple[int, int, int, float, float]:
    corpus = load_corpus(paths)
    sentences = sum(len(s.sentences) for s in corpus.sources)
    best = float("inf")
    for _ in range(2 if len(corpus.sources) < 100 else 1):
        start = time.perf_counter()
        claims = compare(corpus)
        best = min(best, time.perf_counter() - start)
    shared = sum(1 for c in claims if c.verdict != "single")
    return len(corpus.sources), sentences, shared, best, len(claims)


def main() -> None:
    print("| corpus | sources | sentences | claims | shared claims | compare() |")
    print("|---|---|---|---|---|---|")
    n, sents, shared, secs, claims = timed([seeds_dir()])
    print(f"| seeds | {n} | {sents} | {claims} | {shared} | {secs * 1000:.0f} ms |")
    for size in (100, 300):
        with tempfile.TemporaryDirectory() as tmp:
            make_corpus(Path(tmp), size)
            n, sents, shared, secs, claims = timed([Path(tmp)])
            print(f"| recombined seeds | {n} | {sents} | {claims} | {shared} | {secs:.2f} s |")
    print()
    print("| gold section | gold claims | right verdict |")
    print("|---|---|---|")
    for name, section in load_gold().items():
        results = score(load_corpus([corpus_path(section["corpus"])]).claims, section)
        right = sum(1 for _, want, got in results if want == got)
        print(f"| {name} | {len(results)} | {right} |")


if __name__ == "__main__":
    main()
