"""How often one edit or addition leaves the corpus-wide entity resolution as it was, on real articles.

    python -m bench.incremental_paths                 # the gold event sets (tests/gold/events)
    python -m bench.incremental_paths DIR [DIR ...]   # other folders, each one event or story

An incremental resolution could skip the corpus-wide pass whenever the result is provably the one a
cold run gives. For every article of every folder this measures three realistic changes:

- *typo*: one letter of a lowercase word in a middle body paragraph changed (a typo fixed);
- *appended*: the last body paragraph of another article of the same folder appended (an update);
- *added*: the article itself added to the folder's other articles (a new article of the event).

and prints, for each, how often (a) the cheap test holds (the changed article's multiset of
(name, type, confirmed, full) mentions is unchanged; for an addition, every name of the new
article is already a name of the corpus) and (b) the resolution really stands: every (source, name)
of the corpus maps to an entity with the same id, name, type and roles as before (what each source's
stored quotes depend on). (a) without (b) would be a wrong shortcut; (b) without (a) is a missed one.

A second table: resolution through the person spellings alike kept from the run before the change
(:mod:`briefing_tui.extract.person_spellings`): how many spellings it looked up in its spelling indexes,
of how many a cold resolution looks up, and whether its result was a cold resolution's (it must always be).
"""

from __future__ import annotations

import argparse
import copy
import re
from collections import Counter
from pathlib import Path

from briefing_tui.extract.gazetteer import shipped_gazetteer
from briefing_tui.extract.names import fold
from briefing_tui.extract.person_spellings import AlikeRecord
from briefing_tui.extract.recognise import recognise
from briefing_tui.extract.resolve import resolve
from briefing_tui.ingest.parse import parse_text

ROOT = Path(__file__).resolve().parent.parent
GOLD_EVENTS = ROOT / "tests" / "gold" / "events"
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]{6,}(?![\w-])")  # a plain lowercase word a typo fix might touch


def _parse(path: Path, raw: str) -> object:
    return parse_text(raw, path.stem, str(path))


def _names(found: list) -> Counter:
    return Counter((f.key, f.type, f.confirmed, f.full) for f in found)


def _resolution(sources: list, found: dict, alike: AlikeRecord | None = None) -> dict:
    """(source id, name) -> what that source's quotes read of its entity."""
    _, by_key = resolve(sources, {k: [copy.copy(f) for f in v] for k, v in found.items()}, (), alike)
    return {k: (e.id, e.name, e.type, tuple(e.roles)) for k, e in by_key.items()}


def _entities(sources: list, found: dict, alike: AlikeRecord | None = None) -> list:
    """Every entity resolution makes, with its mentions, in order."""
    entities, _ = resolve(sources, {k: [copy.copy(f) for f in v] for k, v in found.items()}, (), alike)
    return [(e.id, e.name, e.type, e.roles, e.aliases, [(m.source, m.start, m.end) for m in e.mentions])
            for e in entities]


def _count_kept(counts: Counter, change: str, sources: list, found: dict, relation: dict) -> None:
    """Resolution of the changed corpus through the relation kept before the change, counted against a cold one."""
    everything, kept = AlikeRecord(), AlikeRecord({k: frozenset(v) for k, v in relation.items()})
    cold = _entities(sources, found, everything)
    counts[(change, "exact")] += _entities(sources, found, kept) == cold
    counts[(change, "looked up")] += kept.looked_up
    counts[(change, "spellings")] += everything.looked_up


def _typo(raw: str, paragraphs: list) -> str | None:
    """``raw`` with two inner letters of a lowercase word of a middle body paragraph swapped."""
    body = [p for p in paragraphs if p.end - p.start > 200]
    if not body:
        return None
    p = body[len(body) // 2]
    m = _LOWER_WORD.search(raw, p.start, p.end)
    if m is None:
        return None
    i = m.start() + 2
    return raw[:i] + raw[i + 1] + raw[i] + raw[i + 2:]


def _count(counts: Counter, change: str, cheap: bool, stands: bool) -> None:
    counts[(change, "tried")] += 1
    counts[(change, "cheap")] += cheap
    counts[(change, "stands")] += stands
    counts[(change, "wrong")] += cheap and not stands


def measure(folder: Path) -> Counter:
    """Counts of (change, "cheap"/"stands"/"tried") over the articles of ``folder``."""
    gaz = shipped_gazetteer()
    paths = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    raws = {p: p.read_text(encoding="utf-8") for p in paths}
    sources = [_parse(p, raws[p]) for p in paths]
    found = {s.id: recognise(s, gaz) for s in sources}
    record = AlikeRecord()
    before = _resolution(sources, found, record)
    counts: Counter = Counter()
    for n, (path, source) in enumerate(zip(paths, sources)):
        body = [p for p in source.paragraphs if p.end - p.start > 80]
        other = sources[(n + 1) % len(sources)]
        other_body = [p for p in other.paragraphs if p.end - p.start > 80]
        changes = {"typo": _typo(raws[path], source.paragraphs)}
        if body and other_body:
            last = other_body[-1]
            changes["appended"] = raws[path].rstrip("\n") + "\n\n" + other.raw[last.start:last.end] + "\n"
        for change, raw in changes.items():
            if raw is None:
                continue
            edited = _parse(path, raw)
            now = dict(found)
            now[source.id] = recognise(edited, gaz)
            changed = [edited if s is source else s for s in sources]
            after = _resolution(changed, now)
            _count(counts, change, _names(now[source.id]) == _names(found[source.id]), after == before)
            _count_kept(counts, change, changed, now, record.after)
        rest = [s for s in sources if s is not source]
        without = _resolution(rest, {s.id: found[s.id] for s in rest})
        # (an addition, seen from the corpus without the article: the relation kept there, then the whole corpus)
        rest_record = AlikeRecord()
        _resolution(rest, {s.id: found[s.id] for s in rest}, rest_record)
        _count_kept(counts, "added", sources, found, rest_record.after)
        known = {fold(f.key) for s in rest for f in found[s.id]}
        _count(counts, "added", all(fold(f.key) in known for f in found[source.id]),
               all(before[k] == v for k, v in without.items()))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path)
    args = parser.parse_args()
    folders = args.folders or sorted(p for p in GOLD_EVENTS.iterdir() if p.is_dir())
    total: Counter = Counter()
    for folder in folders:
        total += measure(folder)
    print(f"{len(folders)} folders")
    print("| change | tried | cheap test holds | resolution stands | cheap but not standing |")
    print("|---|---:|---:|---:|---:|")
    for change in ("typo", "appended", "added"):
        print(f"| {change} | {total[(change, 'tried')]} | {total[(change, 'cheap')]} | {total[(change, 'stands')]} | "
              f"{total[(change, 'wrong')]} |")
    print()
    print("| change | tried | spellings looked up through the kept relation | a cold resolution's | "
          "result a cold resolution's |")
    print("|---|---:|---:|---:|---:|")
    for change in ("typo", "appended", "added"):
        print(f"| {change} | {total[(change, 'tried')]} | {total[(change, 'looked up')]} | "
              f"{total[(change, 'spellings')]} | {total[(change, 'exact')]} of {total[(change, 'tried')]} |")


if __name__ == "__main__":
    main()
