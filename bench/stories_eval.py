"""How well sources are grouped into stories: pairwise precision and recall against gold events.

    python -m bench.stories_eval            # the gold mix (tests/gold/events + the seeds), the dev mix, both together
    python -m bench.stories_eval --show     # also each story found
    python -m bench.stories_eval --sets     # also every event of the comparison's gold sets (tests/gold_new*) mixed
                                            # (all of them, then the study sets' and the held-out sets' apart)

The gold clustering: every event folder is one story (the seeds are one). Pairwise precision is the
share of same-story pairs found that are same-event pairs; recall the share of same-event pairs that
are put in one story. Per event: recall of its pairs, and the pairs it shares wrongly with others.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD_EVENTS = ROOT / "tests" / "gold" / "events"
DEV_EVENTS = ROOT / "tests" / "gold_dev" / "stories"


def gold_mix_folders() -> list[Path]:
    """The gold mix: each event folder of tests/gold/events, then the seeds."""
    from briefing_tui.paths import seeds_dir

    return [*sorted(p for p in GOLD_EVENTS.iterdir() if p.is_dir()), seeds_dir()]


def dev_mix_folders() -> list[Path]:
    """The held-out dev mix: each event folder of tests/gold_dev/stories."""
    return sorted(p for p in DEV_EVENTS.iterdir() if p.is_dir()) if DEV_EVENTS.is_dir() else []


HELD_OUT_SETS = frozenset(f"gold_new{k}" for k in (12, 13, 14, 15, 16, 17, 18, 19, 22, 25, 27, 28, 29, 30, 31))
"""The comparison's held-out gold sets: their grouping is read as aggregate numbers only."""


def event_set_folders(held_out: bool | None = None) -> list[Path]:
    """Every event folder of the comparison's gold sets (tests/gold_new*/stories: many outlets, six languages),
    then the seeds: the folder membership only is read (no claim annotation). ``held_out``: those of the held-out
    sets only (True) or of the study sets only (False)."""
    from briefing_tui.paths import seeds_dir

    sets = [folder for folder in sorted(ROOT.glob("tests/gold_new*/stories"))
            if held_out is None or (folder.parent.name in HELD_OUT_SETS) == held_out]
    return [*(p for folder in sets for p in sorted(folder.iterdir()) if p.is_dir()), seeds_dir()]


def load_mix(folders: Sequence[Path]):
    """(sources, gold label of each source id) for the folders read as one corpus."""
    from briefing_tui.corpus import load_corpus

    corpus = load_corpus(folders, cache=False)
    label: dict[str, str] = {}
    for source in corpus.sources:
        path = Path(source.path).resolve()
        label[source.id] = next(f.name for f in folders if path.is_relative_to(f.resolve()))
    return corpus.sources, label


def pairwise_scores(found: Sequence[Sequence[str]], label: dict[str, str]) -> tuple[float, float, int, int, int]:
    """(precision, recall, pairs found right, pairs found, gold pairs) over every pair of sources."""
    found_pairs = {frozenset(p) for group in found for p in combinations(group, 2)}
    by_event: dict[str, list[str]] = {}
    for sid, event in label.items():
        by_event.setdefault(event, []).append(sid)
    gold_pairs = {frozenset(p) for group in by_event.values() for p in combinations(group, 2)}
    right = len(found_pairs & gold_pairs)
    precision = right / len(found_pairs) if found_pairs else 1.0
    recall = right / len(gold_pairs) if gold_pairs else 1.0
    return precision, recall, right, len(found_pairs), len(gold_pairs)


def per_event(found: Sequence[Sequence[str]], label: dict[str, str]) -> list[tuple[str, int, int, float, int]]:
    """(event, sources, stories it is split into, recall of its pairs, wrong pairs with other events)."""
    story = {sid: k for k, group in enumerate(found) for sid in group}
    rows = []
    for event in sorted(set(label.values())):
        ids = sorted(s for s, e in label.items() if e == event)
        pairs = list(combinations(ids, 2))
        together = sum(story[a] == story[b] for a, b in pairs)
        wrong = sum(1 for a in ids for b, e in label.items() if e != event and story[a] == story[b])
        rows.append((event, len(ids), len({story[s] for s in ids}), together / len(pairs) if pairs else 1.0, wrong))
    return rows


def evaluate(folders: Sequence[Path], name: str, show: bool = False, detail: bool = True) -> tuple[float, float]:
    """Print the scores of one mix (each event's too when ``detail``); return (precision, recall)."""
    from briefing_tui.stories import group_stories

    sources, label = load_mix(folders)
    stories = group_stories(sources)
    found = [s.sources for s in stories]
    p, r, right, nfound, ngold = pairwise_scores(found, label)
    print(f"{name}: {len(sources)} sources, {len(set(label.values()))} events, {len(stories)} stories; "
          f"pairwise precision {p:.3f} ({right}/{nfound}), recall {r:.3f} ({right}/{ngold})")
    if not detail:
        return p, r
    print(f"  {'event':32} {'sources':>7} {'stories':>7} {'recall':>7} {'wrong pairs':>11}")
    for event, n, k, rec, wrong in per_event(found, label):
        print(f"  {event:32} {n:7d} {k:7d} {rec:7.3f} {wrong:11d}")
    if show:
        for s in stories:
            events = Counter(label[i] for i in s.sources)
            print(f"  {s.id} [{s.size}] {s.first}..{s.last} {s.title[:70]!r} {dict(events)} {', '.join(s.terms[:5])}")
    return p, r


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", action="store_true", help="list every story found")
    parser.add_argument("--sets", action="store_true", help="also the mix of every event of the gold sets")
    args = parser.parse_args()
    evaluate(gold_mix_folders(), "gold mix", args.show)
    dev = dev_mix_folders()
    if dev:
        evaluate(dev, "dev mix", args.show)
        evaluate([*gold_mix_folders(), *dev], "gold + dev mix (near misses side by side)", args.show)
    if args.sets:
        evaluate(event_set_folders(), "every event of the comparison's gold sets + the seeds", args.show)
        evaluate(event_set_folders(held_out=False), "the study sets' events + the seeds", args.show)
        evaluate(event_set_folders(held_out=True), "the held-out sets' events + the seeds (numbers only)", detail=False)


if __name__ == "__main__":
    main()
