"""Score the comparison on the real-event gold (issue 11): claims per event and figures.

Run: ``python -m bench.compare_gold [--gold tests/gold]``. Prints, per event, how many gold claims were
aligned with the right verdict, how many real disagreements were flagged, how many false
disagreements appeared (a gold agree/single claim found as disagree) and how many `apart` pairs were
put in one claim; then figure precision and recall on ``figures.yaml``.

A gold statement is found in a claim when its text is in one of the claim's statements, or (a claim by
measure states the clause of its figure) in that statement's sentence, overlapping the clause.

The gold's ``sources.yaml`` gives each article's publication date; an article whose text yields none
takes it from there (the timeline needs it). Figure matching: a found figure matches a gold one when
their spans overlap inside the gold sentence and the values agree (within 0.5%), in the figure's
canonical unit or as written (a converted figure keeps its ``conversion``: "62 mph" is 99.8 km/h or 62); precision counts the
found figures of those sentences that are amounts, counts, shares, periods or years (dates are not
figures unless the gold lists one: a gold date, an ISO day or month, matches a found date over its span
that starts on it).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "tests" / "gold"
VALUE_TOLERANCE = 0.005


@dataclass
class EventScore:
    """One event's claim scores."""

    name: str
    sources: int = 0
    claims: int = 0
    right: int = 0
    disagreements: int = 0
    flagged: int = 0
    false_disagreements: int = 0
    apart: int = 0
    apart_joined: int = 0
    shown: int = 0
    shown_on_gold: int = 0
    misses: list[str] = field(default_factory=list)
    # (gold label, tool label) of every gold claim the tool finds whole (``LABELS``)
    labels: Counter = field(default_factory=Counter)


# How a claim's figures relate over time: they move with the time of the reports (developing), they differ
# otherwise (a conflict: any other disagreement), or neither (agree, single); the tool may also say that the
# order of differing figures is unknown (undated sources).
LABELS = ("developing", "conflict", "none")
TOOL_LABELS = ("developing", "conflict", "unknown", "none")


def gold_label(g: dict) -> str:
    """The gold claim's label: ``developing: true`` marks a figure that moves with the time of the report."""
    return "developing" if g.get("developing") else "conflict" if g["verdict"] == "disagree" else "none"


def tool_label(claim) -> str:
    """The tool's label of a claim: developing (``claim.developing``), unknown (a timeline without a known
    order), conflict (any other disagreement), none."""
    if claim.developing:
        return "developing"
    if claim.verdict != "disagree":
        return "none"
    return "unknown" if claim.developing is None and claim.timeline else "conflict"


def _gold_rules():
    """tests/compare_gold.py, the one home of the rules that tell which statement a gold entry describes."""
    tests = str(ROOT / "tests")
    if tests not in sys.path:
        sys.path.insert(0, tests)
    import compare_gold

    return compare_gold


def _matches(statement, entry: dict, raws: dict[str, str] | None = None) -> bool:
    """The entry's text is in the statement's, or (a statement that is one clause of its sentence) in the
    sentence, overlapping the clause: tests/compare_gold.py's ``matches``."""
    return _gold_rules().matches(statement, entry, raws)


def find_claim(claims, entries: list[dict], raws: dict[str, str] | None = None):
    """The first claim holding a statement for every entry, or None: tests/compare_gold.py's ``find_claim``."""
    return _gold_rules().find_claim(claims, entries, raws)


def load_event(gold: Path, corpus: str):
    """The event's sources (parsed, dated from sources.yaml when the text gives no date) and claims."""
    from briefing_tui.compare.claims import build_claims

    loaded = load_sources_of(gold, corpus)
    return loaded, build_claims(loaded.sources, loaded.entities, loaded.quotes)


def load_sources_of(gold: Path, corpus: str):
    """The event's corpus: sources parsed, dated from sources.yaml when the text gives no date."""
    from briefing_tui.corpus import load_corpus

    folder = gold / corpus
    loaded = load_corpus([folder], cache=False)
    meta_file = folder / "sources.yaml"
    meta = yaml.safe_load(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
    for source in loaded.sources:
        prefix = Path(source.path).name.split("_", 1)[0]
        entry = (meta or {}).get(prefix) or {}
        if not source.published and entry.get("published"):
            source.published = str(entry["published"])
    return loaded


def score_event(gold: Path, name: str, section: dict) -> EventScore:
    """Claim scores of one event."""
    loaded, claims = load_event(gold, section["corpus"])
    return score_claims(name, loaded, claims, section)


def score_claims(name: str, loaded, claims, section: dict) -> EventScore:
    """Claim scores of one event's claims (``loaded``: its corpus)."""
    out = EventScore(name, sources=len(loaded.sources))
    raws = {s.id: s.raw for s in loaded.sources}
    for g in section.get("claims") or []:
        out.claims += 1
        found = find_claim(claims, g["statements"], raws)
        verdict = found.verdict if found else None
        if found is not None:
            out.labels[gold_label(g), tool_label(found)] += 1
            if verdict == g["verdict"] and gold_label(g) != tool_label(found):
                out.misses.append(f"{g['name']}: labelled {tool_label(found)}, gold {gold_label(g)} "
                                  f"[{found.topic}] {found.evidence.split(' · ')[0][:160]}")
        if verdict == g["verdict"]:
            out.right += 1
        else:
            out.misses.append(f"{g['name']}: expected {g['verdict']}, got {verdict}"
                              + (f" [{found.topic}]" if found else ""))
        if g["verdict"] == "disagree":
            out.disagreements += 1
            out.flagged += verdict == "disagree"
        elif verdict == "disagree":
            out.false_disagreements += 1
    _count_shown(out, claims, section, raws)
    for pair in section.get("apart") or []:
        out.apart += 1
        joined = find_claim(claims, pair, raws)
        if joined is not None:
            out.apart_joined += 1
            out.misses.append(f"apart joined: {pair[0]['text']!r} / {pair[1]['text']!r} [{joined.topic}]")
    return out


def _count_shown(out: EventScore, claims, section: dict, raws: dict[str, str]) -> None:
    """Every disagreement the tool shows for the event, and how many of them hold a statement of a gold
    disagreement. The rest are noise a reader must wade through, or disagreements the annotator left out: a
    lower bound on the precision of what is flagged, which the per-claim columns cannot see."""
    gold_entries = [e for g in section.get("claims") or [] if g["verdict"] == "disagree" for e in g["statements"]]
    for claim in claims:
        if claim.verdict != "disagree":
            continue
        out.shown += 1
        out.shown_on_gold += any(_matches(s, e, raws) for s in claim.statements for e in gold_entries)


@dataclass
class FigureScore:
    """Figure precision and recall over the gold sentences."""

    sentences: int = 0
    gold: int = 0
    found: int = 0
    matched_gold: int = 0
    matched_found: int = 0
    measure_right: int = 0
    qualifier_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched_found / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 1.0


def _value_of(entry: dict) -> tuple[float, float] | None:
    value = entry.get("value")
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value):
        return float(value[0]), float(value[1])
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value), float(value)
    return None


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b), 1e-9)


def _nth_place(sentence: str, text: str, listed: Counter) -> int:
    """Where the gold's figure text is in its sentence: the k-th place for its k-th listing (-1 when absent)."""
    at = -1
    for _ in range(listed[text] + 1):
        nxt = sentence.find(text, at + 1)
        if nxt < 0:
            return at if at >= 0 else -1
        at = nxt
    listed[text] += 1
    return at


def score_figures(gold: Path) -> FigureScore:
    """Precision and recall of figures on ``figures.yaml``."""
    from briefing_tui.compare.figures import figures_in_text
    from briefing_tui.ingest import load_sources

    path = gold / "figures.yaml"
    out = FigureScore()
    if not path.is_file():
        return out
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    cache: dict[str, object] = {}
    for entry in entries:
        file = gold / entry["source"]
        if str(file) not in cache:
            sources, _ = load_sources([file])
            cache[str(file)] = sources[0] if sources else None
        source = cache[str(file)]
        sentence = entry["sentence"]
        at = source.raw.find(sentence) if source is not None else -1
        if at < 0:
            out.misses.append(f"sentence not found: {entry['source']}: {sentence[:60]}")
            continue
        out.sentences += 1
        every = figures_in_text(sentence, source, at)
        found = [f for f in every if f.kind != "date"]
        dates = [f for f in every if f.kind == "date"]
        golds = entry.get("figures") or []
        out.gold += len(golds)
        used: set[int] = set()
        listed: Counter = Counter()  # (a text the sentence gives twice, "1000억원 ... 1000억원": its k-th listing is its k-th place)
        for g in golds:
            value = _value_of(g)
            g_at = _nth_place(sentence, str(g.get("text", "")), listed)
            g_span = (at + g_at, at + g_at + len(str(g.get("text", "")))) if g_at >= 0 else None
            hit = None
            for i, f in enumerate(found):
                if i in used or value is None or f.low is None:
                    continue
                overlaps = g_span is None or (f.start < g_span[1] and g_span[0] < f.end)
                high = f.high if f.high is not None else f.low
                # in its canonical unit ("6.2 miles" as 9.98 km) or as written ("62 mph" as 62): the gold
                # gives either
                scale = getattr(f, "conversion", 1.0) or 1.0
                if overlaps and any(_close(f.low / k, value[0]) and _close(high / k, value[1]) for k in {1.0, scale}):
                    hit = i
                    break
                if overlaps and f.kind == "year" and value[0] == value[1] and _close(f.low, value[0]):
                    hit = i
                    break
            if hit is None and isinstance(g.get("value"), str):
                # a date the gold lists: a found date over its span, on that day (or in that month)
                day = g["value"]
                match = next((d for d in dates if (g_span is None or (d.start < g_span[1] and g_span[0] < d.end))
                              and (d.date_low or "").startswith(day)), None)
                if match is not None:
                    dates.remove(match)
                    found.append(match)
                    hit = len(found) - 1
            if hit is None:
                out.misses.append(f"missed {g.get('text')!r} ({g.get('value')}) in {entry['source']}")
                continue
            used.add(hit)
            out.matched_gold += 1
            if (getattr(found[hit], "measure", None) or "") == str(g.get("measure") or ""):
                out.measure_right += 1
            if (getattr(found[hit], "qualifier", None) or "exact") == str(g.get("qualifier") or "exact"):
                out.qualifier_right += 1
        out.found += len(found)
        out.matched_found += len(used)
        for i, f in enumerate(found):
            if i not in used:
                out.misses.append(f"extra {f.text!r} ({f.kind} {f.low}) in {entry['source']}")
    return out


def explain_event(gold: Path, name: str, section: dict, out=sys.stdout) -> None:
    """For every gold claim found with the wrong verdict: each gold statement, the claims holding its
    sentence (title and verdict) and the sentence's figures (kind, measure, subject, qualifier)."""
    loaded, claims = load_event(gold, section["corpus"])
    raws = {s.id: s.raw for s in loaded.sources}
    for g in section.get("claims") or []:
        found = find_claim(claims, g["statements"], raws)
        if found is not None and found.verdict == g["verdict"]:
            continue
        print(f"\n## {name}: {g['name']}: expected {g['verdict']}, got {found.verdict if found else None}", file=out)
        for entry in g["statements"]:
            holders = [c for c in claims if any(_matches(s, entry, raws) for s in c.statements)]
            statement = next((s for c in holders for s in c.statements if _matches(s, entry, raws)), None)
            text = entry["text"] if isinstance(entry["text"], str) else entry["text"][0]
            print(f"  {entry['source']} {text!r}: " + (" | ".join(f"{c.topic[:60]} <{c.verdict}>" for c in holders[:4])
                                                        or "in no claim"), file=out)
            if statement is not None:
                print("      figures: " + "; ".join(f"{f.text!r} {f.kind}/{f.measure}/{f.subject}/{f.qualifier or 'exact'}"
                                                    for f in statement.figures if f.kind != "date"), file=out)


def shown_noise(gold: Path, name: str, section: dict, out=sys.stdout) -> int:
    """List every claim the tool shows as a disagreement that holds no statement of a gold disagreement:
    its title, evidence, and each statement with its figures (measure/subject/qualifier). Returns how many."""
    loaded, claims = load_event(gold, section["corpus"])
    raws = {s.id: s.raw for s in loaded.sources}
    gold_entries = [e for g in section.get("claims") or [] if g["verdict"] == "disagree" for e in g["statements"]]
    count = 0
    for claim in claims:
        if claim.verdict != "disagree":
            continue
        if any(_matches(s, e, raws) for s in claim.statements for e in gold_entries):
            continue
        count += 1
        print(f"\n## {name}: {claim.topic[:100]} <{claim.measure}>", file=out)
        print(f"  evidence: {claim.evidence[:200]}", file=out)
        for statement in claim.statements:
            print(f"  {statement.source} [{statement.voice}] {statement.text[:220]!r}", file=out)
            figures = [f for f in statement.figures if f.kind != "date"]
            if figures:
                print("      figures: " + "; ".join(
                    f"{f.text!r} {f.kind}/{f.measure}/{f.subject}/{f.qualifier or 'exact'}" for f in figures), file=out)
    return count


def label_cells(labels: Counter) -> str:
    """The developing-label columns: developing right, conflict right (each of the gold claims of that label
    found whole), then the confusion: each gold label the tool gives another."""
    def right(label: str) -> str:
        return f"{labels[label, label]}/{sum(labels[label, t] for t in TOOL_LABELS)}"

    wrong = " ".join(f"{g[:3]}→{t[:3]} {labels[g, t]}" for g in LABELS for t in TOOL_LABELS if g != t)
    return f"{right('developing')} | {right('conflict')} | {wrong}"


def print_labels(rows: list[tuple[str, Counter]], total: Counter) -> None:
    """The developing/conflict label per event and in total, on the gold claims the tool finds whole."""
    print()
    print("| event | developing right | conflict right | gold→tool label otherwise (dev, con, unk, non) |")
    print("|---|---|---|---|")
    for name, labels in rows:
        print(f"| {name} | {label_cells(labels)} |")
    print(f"developing label (gold claims found whole): developing right · conflict right · confusion: "
          f"{label_cells(total).replace(' | ', ' · ')}")


def main(argv: list[str] | None = None) -> int:
    """Print the per-event table and the figure scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(DEFAULT_GOLD), help="the gold folder (claims_events.yaml, figures.yaml)")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--explain", action="store_true",
                        help="for every wrong claim, the claims holding each gold statement and its figures")
    parser.add_argument("--shown", action="store_true",
                        help="list every claim shown as a disagreement that holds no gold-disagreement statement")
    parser.add_argument("--event", action="append", default=[],
                        help="score only this event (repeatable); others are skipped, e.g. held-out ones")
    args = parser.parse_args(argv)
    gold = Path(args.gold)
    claims_file = gold / "claims_events.yaml"
    if not claims_file.is_file():
        print(f"no {claims_file}", file=sys.stderr)
        return 1
    data = yaml.safe_load(claims_file.read_text(encoding="utf-8")) or {}
    if args.event:
        data = {name: section for name, section in data.items() if name in args.event}
    print("| event | sources | gold claims | right verdict | disagreements flagged | false disagreements "
          "| apart joined | disagreements shown (on a gold one) |")
    print("|---|---|---|---|---|---|---|---|")
    total = EventScore("all")
    label_rows: list[tuple[str, Counter]] = []
    for name, section in data.items():
        if not isinstance(section, dict) or "corpus" not in section:
            continue
        s = score_event(gold, name, section)
        print(f"| {name} | {s.sources} | {s.claims} | {s.right} | {s.flagged}/{s.disagreements} "
              f"| {s.false_disagreements} | {s.apart_joined}/{s.apart} | {s.shown} ({s.shown_on_gold}) |")
        for attr in ("sources", "claims", "right", "disagreements", "flagged", "false_disagreements", "apart",
                     "apart_joined", "shown", "shown_on_gold"):
            setattr(total, attr, getattr(total, attr) + getattr(s, attr))
        total.misses += [f"{name}: {m}" for m in s.misses]
        total.labels += s.labels
        label_rows.append((name, s.labels))
    print(f"| all | {total.sources} | {total.claims} | {total.right} ({total.right / max(total.claims, 1):.0%}) "
          f"| {total.flagged}/{total.disagreements} | {total.false_disagreements} "
          f"| {total.apart_joined}/{total.apart} | {total.shown} ({total.shown_on_gold}) |")
    print_labels(label_rows, total.labels)
    figures = score_figures(gold)
    print()
    print(f"figures: {figures.sentences} sentences, {figures.gold} gold figures, {figures.found} found; "
          f"precision {figures.precision:.3f}, recall {figures.recall:.3f}, "
          f"measure right on {figures.measure_right}/{figures.matched_gold} matched, "
          f"qualifier right on {figures.qualifier_right}/{figures.matched_gold}")
    if args.misses:
        print()
        for m in total.misses + figures.misses:
            print("-", m)
    if args.explain:
        for name, section in data.items():
            if isinstance(section, dict) and "corpus" in section:
                explain_event(gold, name, section)
    if args.shown:
        noise = sum(shown_noise(gold, name, section) for name, section in data.items()
                    if isinstance(section, dict) and "corpus" in section)
        print(f"\nshown noise: {noise} disagreement(s) shown that hold no gold-disagreement statement")
    return 0


if __name__ == "__main__":
    sys.exit(main())
