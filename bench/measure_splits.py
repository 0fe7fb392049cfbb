"""Counts of one gold claim's entries that the comparison puts in different claims although their figures carry
different names of one measure (issue 11): how many such split pairs a name normalisation would bring together
("right"), and how many pairs of different gold claims, or gold ``apart`` pairs, it would newly give one name
("false": the risk of joining different measures).

Run: ``python -m bench.measure_splits --gold tests/gold_newN [--show]``. Without ``--show`` it prints numbers only,
so that it may run on held-out sets; ``--show`` (study sets only) lists each split pair's names and texts.

A pair's "names" are the measure names of the figures of the statements holding each entry (dates left out). A
pair is split when no claim holds both entries. It has "different names" when both sides have named figures and
no name is shared; it "meets" when a name of one side, normalised (:func:`normal_measure`), is a normalised name
of the other.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from bench.compare_gold import _matches, load_event


def normal_measure(name: str) -> str:
    """The measure name as the comparison aligns it (the identity before the normalisation exists)."""
    try:
        from briefing_tui.compare.measure_synonyms import aligned_name
    except ImportError:
        return name
    return aligned_name(name)


def _names(claims, entry: dict, raws: dict[str, str]) -> tuple[set[str], list[int]]:
    """The measure names of the figures of the statements holding the entry, and the indices of those claims."""
    names: set[str] = set()
    holders = []
    for k, claim in enumerate(claims):
        for st in claim.statements:
            if _matches(st, entry, raws):
                holders.append(k)
                names |= {f.measure.split()[-1] for f in st.figures if f.kind != "date" and f.measure}
    return names, holders


def _classes(a: set[str], b: set[str]) -> list[str]:
    """Structural classes of a split pair's names (no text): known or open names, people or money measures."""
    from briefing_tui.compare.key_figures import KNOWN_MEASURES
    from briefing_tui.compare.measures import GENERIC_HEADS, MONEY_MEASURES, PEOPLE_MEASURES

    def side(names: set[str]) -> str:
        if names <= GENERIC_HEADS | {"people"}:
            return "generic"
        if names & KNOWN_MEASURES:
            return "known"
        from briefing_tui.compare.lemmas import is_english_word
        return "open" if any(is_english_word(n) for n in names) else "open-non-english"

    sa, sb = sorted((side(a), side(b)))
    out = [f"  {sa}/{sb}"]
    if sa == sb == "known":
        ka, kb = a & KNOWN_MEASURES, b & KNOWN_MEASURES
        for label, group in (("people", PEOPLE_MEASURES), ("money", MONEY_MEASURES)):
            if ka & group and kb & group:
                out.append(f"    known/known both {label}")
    return out


def _meet(a: set[str], b: set[str]) -> bool:
    return bool({normal_measure(n) for n in a} & {normal_measure(n) for n in b})


# candidate families to weigh (``--family "investment package fund"``, repeatable): how many split pairs each would
# join, and how many pairs of other gold claims (or apart pairs) it would newly give one name
CANDIDATES: list[frozenset[str]] = []


def _candidate_counts(a: set[str], b: set[str], label: str, out: dict[str, int]) -> None:
    for k, family in enumerate(CANDIDATES):
        if a & family and b & family:
            key = f"   family {'+'.join(sorted(family))} {label}"
            out[key] = out.get(key, 0) + 1


def count_event(gold: Path, name: str, section: dict, show: bool, out: dict[str, int]) -> None:
    """Add the event's counts to ``out`` (and print its split pairs when ``show``)."""
    loaded, claims = load_event(gold, section["corpus"])
    raws = {s.id: s.raw for s in loaded.sources}
    read: list[tuple[int, dict, set[str], set[int]]] = []
    for gi, g in enumerate(section.get("claims") or []):
        for e in g["statements"]:
            names, holders = _names(claims, e, raws)
            read.append((gi, e, names, set(holders)))
    for i, (ga, ea, na, ha) in enumerate(read):
        for gb, eb, nb, hb in read[i + 1:]:
            if ga == gb and str(ea["source"]) != str(eb["source"]):
                out["pairs of one gold claim"] += 1
                out["  pairs split"] = out.get("  pairs split", 0) + (not ha & hb)
            if str(ea["source"]) == str(eb["source"]) or not na or not nb or na & nb:
                continue
            if ga == gb:
                if ha & hb:
                    continue
                out["split, different names"] += 1
                _candidate_counts(na, nb, "right", out)
                for label in _classes(na, nb):
                    out[label] = out.get(label, 0) + 1
                met = _meet(na, nb)
                out["split, names meet (right)"] += met
                if show:
                    mark = "MEET" if met else "    "
                    print(f"{mark} {name}: {sorted(na)} / {sorted(nb)}\n      {ea['text']!r}\n      {eb['text']!r}")
            else:
                out["other claims, different names"] += 1
                _candidate_counts(na, nb, "false", out)
                met = _meet(na, nb)
                out["other claims, names meet (false)"] += met
                if show and met:
                    print(f"FALSE {name}: {sorted(na)} / {sorted(nb)}\n      {ea['text']!r}\n      {eb['text']!r}")
    for pair in section.get("apart") or []:
        na, _ = _names(claims, pair[0], raws)
        nb, _ = _names(claims, pair[1], raws)
        if na and nb and not na & nb:
            out["apart, different names"] += 1
            _candidate_counts(na, nb, "apart", out)
            met = _meet(na, nb)
            out["apart, names meet (false)"] += met
            if show and met:
                print(f"APART {name}: {sorted(na)} / {sorted(nb)}\n      {pair[0]['text']!r}\n      {pair[1]['text']!r}")


def main(argv: list[str] | None = None) -> int:
    """Print the counts of one gold set (and, with ``--show``, its pairs)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", required=True)
    parser.add_argument("--show", action="store_true", help="list the pairs (study sets only)")
    parser.add_argument("--known-pairs", action="store_true", help="weigh every pair of money names as a family")
    parser.add_argument("--family", action="append", default=[], help="a candidate family's names, space-separated")
    args = parser.parse_args(argv)
    CANDIDATES[:] = [frozenset(f.split()) for f in args.family]
    if args.known_pairs:  # every pair of the closed vocabulary's money names (names of the code, not of any text)
        from briefing_tui.compare.key_figures import KNOWN_MEASURES
        money = sorted(KNOWN_MEASURES)
        CANDIDATES[:] = [frozenset((a, b)) for i, a in enumerate(money) for b in money[i + 1:]]
    gold = Path(args.gold)
    data = yaml.safe_load((gold / "claims_events.yaml").read_text(encoding="utf-8")) or {}
    out = dict.fromkeys(("pairs of one gold claim", "split, different names", "split, names meet (right)", "other claims, different names",
                         "other claims, names meet (false)", "apart, different names", "apart, names meet (false)"), 0)
    for name, section in data.items():
        if isinstance(section, dict) and "corpus" in section:
            count_event(gold, name, section, args.show, out)
    print(" · ".join(f"{k} {v}" for k, v in out.items() if not k.startswith(" ")))
    print(" · ".join(f"{k.strip()} {v}" for k, v in sorted(out.items()) if k.startswith("  ") and not k.startswith("   ")))
    print(" · ".join(f"{k.strip()} {v}" for k, v in sorted(out.items()) if k.startswith("   ")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
