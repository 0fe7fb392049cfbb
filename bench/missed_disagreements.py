"""Why the comparison misses a gold disagreement (issue 11): every gold claim of verdict ``disagree`` the tool does
not flag, classified by its first cause, over the given gold folders.

Causes, checked in this order (the first that holds is the claim's cause):
- ``no claim``: a gold statement's sentence is in no claim at all;
- ``figure not read``: a gold statement's text holds a digit or a number word but no figure of the tool overlaps it;
- ``no figure``: a gold statement's text holds no number (a figureless claim: a date word, a verb);
- ``aligned, verdict agree``: one claim holds every statement but its verdict is agree (tolerance, qualifiers,
  rounding, units, currency);
- ``dates, not aligned``: every statement's figures are dates (a day of the event), not in one claim;
- ``no measure``: a gold statement's figure is read without a measure, and the statements are not in one claim;
- ``measures differ``: the statements' figures carry different measures (one of them wrong), not in one claim;
- ``subjects differ``: same measure, different subjects, not in one claim;
- ``same measure, split``: same measure and subject, yet split between claims.

Usage (study sets only: held sets stand for unseen events and are never opened):
    python -m bench.missed_disagreements tests/gold tests/gold_new26 ...
prints the cause table and one line per missed claim.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from bench.compare_gold import _matches, find_claim, load_event

# a digit, or a number word of the languages the sets hold (bounded alternatives, no nesting)
NUMBERISH = re.compile(
    r"\d"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundreds?|thousands?"
    r"|millions?|billions?|trillions?|half|quarter|third"
    r"|un[oe]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte|cien|mil|mill[oó]n|millones"
    r"|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|vingt|cent|milliards?"
    r"|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|hundert|tausend|Millionen|Milliarden"
    r"|due|tre|quattro|sei|sette|otto|dieci|mille|milioni|miliardi"
    r"|dois|três|quatro|sete|oito|nove|dez|mil|milhões|bilhões)\b",
    re.IGNORECASE,
)


def entry_texts(entry: dict) -> list[str]:
    """The entry's text or texts."""
    return entry["text"] if isinstance(entry["text"], list) else [entry["text"]]


def entry_figures(entry: dict, claims, raws: dict[str, str]) -> tuple[bool, list]:
    """Whether any claim holds the entry, and the figures of its statements that overlap the entry's text."""
    held = False
    figures = {}
    for claim in claims:
        for s in claim.statements:
            if not _matches(s, entry, raws):
                continue
            held = True
            raw = raws.get(s.source, "")
            for text in entry_texts(entry):
                at = raw.find(text)
                while at >= 0:
                    for f in s.figures:
                        if f.start < at + len(text) and at < f.end:
                            figures[(f.source, f.start, f.end, f.measure, f.subject)] = f
                    at = raw.find(text, at + 1)
    return held, list(figures.values())


def classify(g: dict, claims, raws: dict[str, str]) -> str:
    """The first cause why the gold disagreement ``g`` is not flagged."""
    found = find_claim(claims, g["statements"], raws)
    per_entry = [entry_figures(e, claims, raws) for e in g["statements"]]
    if any(not held for held, _ in per_entry):
        return "no claim"
    for entry, (_, figures) in zip(g["statements"], per_entry):
        if not figures:
            numberish = any(NUMBERISH.search(t) for t in entry_texts(entry))
            return "figure not read" if numberish else "no figure"
    if found is not None:
        return f"aligned, verdict {found.verdict}"
    if all(f.kind == "date" for _, figures in per_entry for f in figures):
        return "dates, not aligned"
    measures = [{f.measure for f in figures if f.kind != "date"} for _, figures in per_entry]
    if any(m == {None} for m in measures):
        return "no measure"
    named = [m - {None} for m in measures if m - {None}]
    if named and not set.intersection(*named):
        return "measures differ"
    subjects = [{f.subject for f in figures} for _, figures in per_entry]
    if subjects and not set.intersection(*subjects):
        return "subjects differ"
    return "same measure, split"


def main(argv: list[str]) -> int:
    """Print the cause table over the given gold folders, then one line per missed claim."""
    causes: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    lines = []
    for folder in argv:
        gold = Path(folder)
        data = yaml.safe_load((gold / "claims_events.yaml").read_text(encoding="utf-8")) or {}
        for name, section in data.items():
            if not isinstance(section, dict) or "corpus" not in section:
                continue
            loaded, claims = load_event(gold, section["corpus"])
            raws = {s.id: s.raw for s in loaded.sources}
            for g in section.get("claims") or []:
                if g["verdict"] != "disagree":
                    continue
                found = find_claim(claims, g["statements"], raws)
                if found is not None and found.verdict == "disagree":
                    continue
                cause = classify(g, claims, raws)
                causes[cause] += 1
                where = f"{gold.name}/{name}: {g['name']}"
                examples[cause].append(where)
                lines.append(f"{cause} | {where}")
    print("| cause | missed | examples |\n|---|---|---|")
    for cause, n in causes.most_common():
        print(f"| {cause} | {n} | {' ; '.join(examples[cause][:3])} |")
    print(f"| all | {sum(causes.values())} | |\n")
    for line in sorted(lines):
        print("-", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
