"""How long compare() takes on the seeds and on throwaway corpora of 100 to 1000 articles.

Two kinds of generated corpora, both from the seeds' paragraphs, deterministically shuffled and
written to a temporary folder:

- *verbatim*: paragraphs recombined word for word, so the same sentence recurs in many articles
  (the worst case for pairwise alignment: syndication, aggregators);
- *varied*: recombined, then each article rewritten its own way (other names for the people and
  places, numbers nudged, some wording swapped, sentences dropped, different outlets), so most
  sentences are near and not exact repeats: many different articles on one event.

Every corpus is timed in a fresh process (cold caches), after its sources are parsed and analysed.
Also prints the gold-claim accuracy.
Run: python bench/compare_speed.py [sizes...]
"""

from __future__ import annotations

import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from briefing_tui.corpus import load_corpus  # noqa: E402
from briefing_tui.paths import seeds_dir  # noqa: E402

SIZES = (5, 100, 300, 1000)
FIRST = "Ana Kofi Lena Omar Priya Tomas Yuki Ines Marek Sara Dmitri Aiko".split()
LAST = "Berg Mensah Novak Haddad Rao Silva Tanaka Costa Kowalski Lind Petrov Sato".split()
PLACES = "Norland Kestria Valmora Ostrava Dunmere Carvel Tessaly Brightwater".split()
OUTLETS = "Herald Courier Monitor Dispatch Wire Gazette Observer Post Review Tribune".split()
SWAPS = [("said", "stated"), ("approximately", "about"), ("plans", "intends"), ("also", "further"),
         ("countries", "nations"), ("agreed", "consented"), ("meeting", "talks"), ("important", "key"),
         ("will", "is set to"), ("region", "area"), ("leaders", "heads of state"), ("business", "commercial")]
_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?: [A-Z][a-z]+)?")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.]\d)")


def seed_paragraphs() -> list[str]:
    """The seeds' body paragraphs, as displayed."""
    return [p.display for s in load_corpus([seeds_dir()]).sources for p in s.paragraphs if p.kind != "heading"]


def _front(i: int, outlet: str) -> str:
    return f"---\noutlet: {outlet}\npublished: 2025-12-{1 + i % 28:02d}\n---\n"


def make_verbatim(folder: Path, articles: int, seed: int = 7) -> None:
    """Write ``articles`` files, each 6-12 seed paragraphs drawn at random, word for word."""
    paragraphs = seed_paragraphs()
    rng = random.Random(seed)
    for i in range(articles):
        body = "\n\n".join(rng.sample(paragraphs, rng.randint(6, 12)))
        (folder / f"a{i:04d}.txt").write_text(f"{_front(i, f'Outlet {i % 40}')}{body}\n", encoding="utf-8")


def _rewrite(paragraph: str, rng: random.Random, names: dict[str, str], swaps: list[tuple[str, str]]) -> str:
    """One article's version of a paragraph: its own names, nudged numbers, swapped words, a dropped sentence."""
    def name(m: re.Match) -> str:
        return names.setdefault(m.group(0), m.group(0) if rng.random() < 0.5 else
                                f"{rng.choice(FIRST)} {rng.choice(LAST)}" if " " in m.group(0) else rng.choice(PLACES))

    def number(m: re.Match) -> str:
        value = m.group(0)
        if rng.random() < 0.8 or (len(value) == 4 and value.startswith(("19", "20"))):
            return value
        return str(max(1, round(float(value) * rng.choice((0.5, 0.8, 1.2, 1.5, 2)))))

    text = _NUMBER.sub(number, _NAME.sub(name, paragraph))
    for old, new in swaps:
        text = re.sub(rf"\b{old}\b", new, text)
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text)
    if len(sentences) > 2 and rng.random() < 0.3:
        sentences.pop(rng.randrange(len(sentences)))
    return " ".join(sentences)


def make_varied(folder: Path, articles: int, seed: int = 11) -> None:
    """Write ``articles`` files, each 6-12 seed paragraphs rewritten the article's own way."""
    paragraphs = seed_paragraphs()
    rng = random.Random(seed)
    for i in range(articles):
        names: dict[str, str] = {}
        swaps = [s for s in SWAPS if rng.random() < 0.4]
        body = "\n\n".join(_rewrite(p, rng, names, swaps) for p in rng.sample(paragraphs, rng.randint(6, 12)))
        outlet = f"The {rng.choice(PLACES)} {rng.choice(OUTLETS)}"
        (folder / f"v{i:04d}.txt").write_text(f"{_front(i, outlet)}{body}\n", encoding="utf-8")


def measure(path: str) -> dict:
    """Parse and analyse the corpus, then time compare() on it (best of two for small corpora)."""
    from briefing_tui.compare import compare

    corpus = load_corpus([Path(path)])
    corpus.analysis  # noqa: B018 - entities and quotes are not the comparison's cost
    best = cpu = float("inf")
    for _ in range(2 if len(corpus.sources) < 50 else 1):
        start, start_cpu = time.perf_counter(), time.process_time()
        claims = compare(corpus.sources, corpus.entities, corpus.quotes)
        best = min(best, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return {"sources": len(corpus.sources), "sentences": sum(len(s.sentences) for s in corpus.sources),
            "claims": len(claims), "shared": sum(1 for c in claims if c.verdict != "single"),
            "disagree": sum(1 for c in claims if c.verdict == "disagree"), "seconds": best, "cpu": cpu}


def timed(path: Path) -> dict:
    """``measure`` in a fresh interpreter, so no cache of an earlier corpus helps."""
    out = subprocess.run([sys.executable, __file__, "--measure", str(path)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _seconds(secs: float) -> str:
    return f"{secs * 1000:.0f} ms" if secs < 1 else f"{secs:.2f} s"


def _row(name: str, r: dict) -> str:
    per = r["cpu"] / r["sources"] * 1000
    return (f"| {name} | {r['sources']} | {r['sentences']} | {r['claims']} | {r['shared']} | {r['disagree']} "
            f"| {_seconds(r['seconds'])} | {_seconds(r['cpu'])} | {per:.2f} ms |")


def main(sizes: tuple[int, ...]) -> None:
    from compare_gold import corpus_path, load_gold, score

    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f} at start (wall time suffers when others share the machine)")
    print()
    print("| corpus | sources | sentences | claims | shared claims | disagree | compare() wall | CPU "
          "| CPU per article |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(_row("seeds", timed(seeds_dir())), flush=True)
    for size in sizes:
        for name, make in (("verbatim recombined", make_verbatim), ("varied recombined", make_varied)):
            with tempfile.TemporaryDirectory() as tmp:
                make(Path(tmp), size)
                print(_row(name, timed(Path(tmp))), flush=True)
    print()
    print("| gold section | gold claims | right verdict |")
    print("|---|---|---|")
    for name, section in load_gold().items():
        results = score(load_corpus([corpus_path(section["corpus"])]).claims, section)
        right = sum(1 for _, want, got in results if want == got)
        print(f"| {name} | {len(results)} | {right} |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        print(json.dumps(measure(sys.argv[2])))
    else:
        main(tuple(int(a) for a in sys.argv[1:]) or SIZES)
