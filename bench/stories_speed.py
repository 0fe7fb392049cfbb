"""What grouping into stories costs at scale: time and memory at 1k..10k articles, and the quality there.

    python -m bench.stories_speed              # many-events corpora of 1k, 2.5k, 5k, 10k, then bench/generate's 10k
    python -m bench.stories_speed --quick      # 1k and 2.5k only
    python -m bench.stories_speed --sizes 10000

Two kinds of corpus:

* **many events**: the 66 real articles of the gold and dev mixes (9 events), copied again and again;
  in each copy every capitalised word is replaced by a made-up one (the same within the copy), half
  of the longer lower-case words too (so two copies of an event share about a quarter of their topic
  words, as two earthquakes do, not their whole wording), every figure is scaled and the dates shift
  3 days per copy. Each copy of an event is a new event with
  real articles' shape; same-topic events overlap in time (a new "earthquake" every 27 days, with
  other places and other figures), so pairwise precision and recall mean something at 10k too;
* **bench/generate.py's 10k**: every article recombines paragraphs of the five seed articles with
  other names and numbers, dated at random over 2024-2026. It is one topic rewritten 10,000 times:
  the worst case for blocking (every article shares its words with every other) and no gold to score.

Time is grouping only (the articles parsed beforehand), measured once without tracing (wall and CPU
seconds: on a shared machine read the CPU); memory is tracemalloc's peak during the grouping, in a second run.
"""

from __future__ import annotations

import argparse
import random
import re
import time
import tracemalloc
from collections.abc import Callable, Sequence

from bench.stories_eval import dev_mix_folders, gold_mix_folders, load_mix, pairwise_scores
from briefing_tui.model import Paragraph, Source

CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
FIGURE = re.compile(r"\b\d[\d,.]*\d\b|\b\d\b")
SYLLABLES = ("ka", "ri", "mo", "ta", "shi", "nu", "bek", "ov", "ra", "lin", "do", "zha", "ni", "sa", "ku", "el",
             "ma", "ho", "ter", "vi", "an", "go", "su", "yev", "ha", "to", "li", "mir", "da", "en")
LOWER_WORD = re.compile(r"\b[a-z]{5,}\b")
COPY_SHIFT_DAYS = 3
WORD_SWAP = 0.5  # in each copy, this share of the longer lower-case words is swapped for a made-up word


def _made_up(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def _copy_text(text: str, names: dict[str, str], rng: random.Random, scale: float) -> str:
    def name(m: re.Match) -> str:
        word = m.group(0)
        if word not in names:
            names[word] = _made_up(rng).capitalize()
        return names[word]

    def common(m: re.Match) -> str:
        word = m.group(0)
        if word not in names:
            names[word] = _made_up(rng) if rng.random() < WORD_SWAP else word
        return names[word]

    def figure(m: re.Match) -> str:
        digits = m.group(0).replace(",", "")
        try:
            value = float(digits)
        except ValueError:
            return m.group(0)
        return f"{value * scale:,.0f}" if value >= 10 else m.group(0)

    return FIGURE.sub(figure, LOWER_WORD.sub(common, CAPITALISED.sub(name, text)))


def many_events(n: int) -> tuple[list[Source], dict[str, str]]:
    """``n`` sources: copies of the real mix's articles, each copy a new set of events (see the module doc)."""
    import datetime

    base, label = load_mix([*gold_mix_folders(), *dev_mix_folders()])
    sources: list[Source] = []
    gold: dict[str, str] = {}
    copy = 0
    while len(sources) < n:
        rng = random.Random(copy * 7919 + 1)
        names: dict[str, str] = {}
        scale = rng.uniform(0.3, 3.0)
        for s in base:
            if len(sources) >= n:
                break
            paragraphs, offset = [], 0
            for p in s.paragraphs:
                text = _copy_text(p.text, names, rng, scale)
                paragraphs.append(Paragraph(offset, offset + len(text), text, p.kind))
                offset += len(text) + 2
            published = None
            if s.published and len(s.published) >= 10:
                try:
                    day = datetime.date.fromisoformat(s.published[:10])
                    published = (day + datetime.timedelta(days=COPY_SHIFT_DAYS * copy)).isoformat()
                except ValueError:
                    published = None
            sid = f"c{copy:04d}-{s.id}"
            sources.append(Source(id=sid, path=sid, raw="\n\n".join(p.text for p in paragraphs),
                                  title=_copy_text(s.title, names, rng, scale) if s.title else None,
                                  published=published, paragraphs=paragraphs))
            gold[sid] = f"{copy}:{label[s.id]}"
        copy += 1
    return sources, gold


def measure(run: Callable[[], object]) -> tuple[float, float, float, object]:
    """(seconds, CPU seconds, peak MiB traced, result): one timed run, then one traced run."""
    start, cpu = time.perf_counter(), time.process_time()
    result = run()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, cpu, peak / 2**20, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1k and 2.5k only")
    parser.add_argument("--sizes", type=int, nargs="+", help="these many-events sizes only (no generate run)")
    args = parser.parse_args()
    from briefing_tui.stories import group_stories

    sizes: Sequence[int] = args.sizes or ((1000, 2500) if args.quick else (1000, 2500, 5000, 10000))
    print("| corpus | articles | events | stories | grouping (s) | CPU (s) | CPU per 1k articles (s) "
          "| peak memory (MiB) | pairwise P | pairwise R |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in sizes:
        sources, gold = many_events(n)
        seconds, cpu, peak, stories = measure(lambda: group_stories(sources))
        p, r, *_ = pairwise_scores([s.sources for s in stories], gold)
        print(f"| many events | {n:,} | {len(set(gold.values())):,} | {len(stories):,} | {seconds:.2f} | {cpu:.2f} | "
              f"{cpu / n * 1000:.2f} | {peak:.0f} | {p:.3f} | {r:.3f} |", flush=True)
    if args.quick or args.sizes:
        return
    from bench.generate import write_corpus
    from bench.run import OUT
    from briefing_tui.corpus import load_corpus

    folder = write_corpus(10000, OUT / "corpus_10k")
    corpus = load_corpus([folder], cache=False)
    seconds, cpu, peak, stories = measure(lambda: group_stories(corpus.sources))
    print(f"| bench/generate (one topic rewritten) | {len(corpus.sources):,} | n/a | {len(stories):,} | {seconds:.2f} | "
          f"{cpu:.2f} | {cpu / len(corpus.sources) * 1000:.2f} | {peak:.0f} | n/a | n/a |")
    sizes_found = sorted((s.size for s in stories), reverse=True)
    print(f"\nbench/generate's 10k: largest stories {sizes_found[:5]}, {sum(1 for s in stories if s.size == 1)} of one")


if __name__ == "__main__":
    main()
