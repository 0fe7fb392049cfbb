"""Precision of what the comparison flags as a disagreement, over its whole output (issue 11).

The gold sets score only the claims an annotator wrote down; the tool says far more. This bench re-runs the
comparison on every story folder the study sets name (their ``claims_events.yaml`` ``corpus:`` entries, dated from
``sources.yaml`` as bench/compare_gold.py does) and on the seeds, lists every claim it marks ``disagree``, and checks
them against the judgments kept in ``tests/gold_precision/<set>.yaml``: each judged claim is a list of statements
(source id and text) with a verdict, ``true`` (a real disagreement: one measure of one subject at one time, or a real
conflict) or ``false`` (different measures, subjects, events or times, a misread figure, a part against its whole, a
projection against a result...) and its ``cause``.

A judged claim is still flagged when one disagreement the tool shows now holds two of its statements from two
different sources (matched by source id and text, never by title: titles change with the figures). Prints, per set
and in total: disagreements flagged now, judged ones still flagged (true, false), and flagged ones not yet judged.

Run: ``python -m bench.disagreement_precision`` (all judged sets), ``--set gold_new26`` (one, repeatable),
``--dump`` (write every set's current disagreements as one unjudged YAML skeleton to stderr, to judge by hand),
``--list`` (print every flagged disagreement not yet judged, or judged false, with its statements).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "tests" / "gold_precision"
STUDY_SETS = (
    "gold", "gold_dev", "gold_new", "gold_new2", "gold_new3", "gold_new4", "gold_new5", "gold_new6", "gold_new7",
    "gold_new8", "gold_new9", "gold_new10", "gold_new11", "gold_new20", "gold_new21", "gold_new23", "gold_new24",
    "gold_new26", "gold_new32", "gold_new33", "gold_new34", "gold_new35", "gold_new36", "gold_new37", "gold_new38",
    "gold_new39", "gold_new40", "gold_new41", "gold_new42", "gold_new43", "gold_new44", "gold_new45", "gold_new46",
    "gold_new47", "gold_new48", "gold_new49", "gold_new50", "gold_new51", "gold_new52", "gold_new53", "gold_new54",
    "gold_new55", "gold_new56", "gold_new57", "gold_new58", "gold_new59", "gold_new60", "gold_new61", "gold_new62",
    "gold_new63", "gold_new64", "gold_new65", "gold_new66", "gold_new67", "gold_new68", "gold_new69", "gold_new70",
    "gold_new71", "gold_new72", "gold_new73", "gold_new74", "seeds",
)
# A judged claim is still shown when a flagged claim holds at least this many of its statements, from as many sources
# (one pair in dispute).
STILL_SHOWN_PAIR = 2


@dataclass
class SetScore:
    """One set's counts."""

    name: str
    flagged: int = 0
    judged_true: int = 0
    judged_false: int = 0
    still_true: int = 0
    still_false: int = 0
    unjudged: int = 0
    left: list[str] = field(default_factory=list)


def folders_of(name: str) -> list[tuple[str, Path]]:
    """(event name, folder) of a study set's events; the seeds are one event."""
    if name == "seeds":
        return [("seeds", ROOT / "seeds")]
    gold = ROOT / "tests" / name
    data = yaml.safe_load((gold / "claims_events.yaml").read_text(encoding="utf-8")) or {}
    return [(event, gold / section["corpus"]) for event, section in data.items()
            if isinstance(section, dict) and "corpus" in section]


def disagreements_of(folder: Path):
    """Every claim the comparison marks ``disagree`` on one folder (dated from its sources.yaml)."""
    from bench.compare_gold import load_event

    _, claims = load_event(folder.parent, folder.name)
    return [c for c in claims if c.verdict == "disagree"]


def _keys(statements) -> set[tuple[str, str]]:
    return {(s["source"], s["text"]) if isinstance(s, dict) else (s.source, s.text) for s in statements}


def still_shown(judged: dict, shown: list) -> bool:
    """Whether one flagged claim holds a pair of the judged claim's statements from two sources."""
    keys = _keys(judged["statements"])
    for claim in shown:
        held = keys & _keys(claim.statements)
        if len(held) >= STILL_SHOWN_PAIR and len({source for source, _ in held}) >= STILL_SHOWN_PAIR:
            return True
    return False


def judged_of(name: str) -> list[dict]:
    """The judged claims of one set (every event's), or [] when the set is not judged yet."""
    path = JUDGED / f"{name}.yaml"
    if not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [dict(j, event=event) for event, items in data.items() for j in items or []]


def skeleton(claim) -> dict:
    """An unjudged entry for one flagged claim."""
    return {"title": claim.topic, "verdict": None, "cause": "",
            "statements": [{"source": s.source, "text": s.text} for s in claim.statements]}


def describe(claim) -> str:
    """A flagged claim as lines to read: title, evidence, statements with their figures."""
    lines = [f"  * {claim.topic[:110]} <{claim.measure}> dev={claim.developing}",
             f"    evidence: {claim.evidence[:220]}"]
    for s in claim.statements:
        figures = "; ".join(f"{f.text!r} {f.kind}/{f.measure}/{f.subject}/{f.qualifier or 'exact'}"
                            for f in s.figures if f.kind != "date")
        lines.append(f"    - {s.source[:12]} {s.text[:260]!r}" + (f"\n        [{figures}]" if figures else ""))
    return "\n".join(lines)


def score_set(name: str, listing: bool) -> tuple[SetScore, dict]:
    """One set's counts, and its current disagreements as skeleton entries per event."""
    out = SetScore(name)
    judged = judged_of(name)
    dump: dict[str, list] = {}
    for event, folder in folders_of(name):
        shown = disagreements_of(folder)
        dump[event] = [skeleton(c) for c in shown]
        out.flagged += len(shown)
        mine = [j for j in judged if j["event"] == event]
        for j in mine:
            verdict = bool(j.get("verdict"))
            still = still_shown(j, shown)
            out.judged_true += verdict
            out.judged_false += not verdict
            out.still_true += verdict and still
            out.still_false += (not verdict) and still
        judged_keys = [_keys(j["statements"]) for j in mine]
        false_keys = [_keys(j["statements"]) for j in mine if not j.get("verdict")]
        for claim in shown:
            keys = _keys(claim.statements)
            known = any(len(keys & k) >= STILL_SHOWN_PAIR for k in judged_keys)
            out.unjudged += not known
            if listing and (not known or any(len(keys & k) >= STILL_SHOWN_PAIR for k in false_keys)):
                out.left.append(f"{event}: {'NEW' if not known else 'FALSE'}\n" + describe(claim))
    return out, dump


def main(argv: list[str] | None = None) -> int:
    """Print the per-set table (or the skeleton with ``--dump``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[], help="one set (repeatable); default: every study set")
    parser.add_argument("--dump", action="store_true", help="print the current disagreements as unjudged YAML")
    parser.add_argument("--list", action="store_true", help="print flagged claims not judged yet or judged false")
    args = parser.parse_args(argv)
    sets = args.set or list(STUDY_SETS)
    print("| set | flagged now | judged true still flagged | judged false still flagged | not judged |")
    print("|---|---|---|---|---|")
    total = SetScore("all")
    dumps: dict[str, dict] = {}
    for name in sets:
        s, dumps[name] = score_set(name, args.list)
        print(f"| {name} | {s.flagged} | {s.still_true}/{s.judged_true} | {s.still_false}/{s.judged_false} "
              f"| {s.unjudged} |", flush=True)
        for line in s.left:
            print(line, file=sys.stderr)
        for attr in ("flagged", "judged_true", "judged_false", "still_true", "still_false", "unjudged"):
            setattr(total, attr, getattr(total, attr) + getattr(s, attr))
    print(f"| all | {total.flagged} | {total.still_true}/{total.judged_true} "
          f"| {total.still_false}/{total.judged_false} | {total.unjudged} |")
    if args.dump:
        print(yaml.safe_dump(dumps, allow_unicode=True, sort_keys=False, width=1000), file=sys.stderr)
    flagged_judged = total.still_true + total.still_false
    if flagged_judged:
        print(f"precision of the judged disagreements still flagged: {total.still_true}/{flagged_judged} "
              f"= {total.still_true / flagged_judged:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
