"""Train the "same claim" score (compare/same_claim_model.py) on the study gold sets, choose its settings by
leave-one-set-out cross-validation, and write ``briefing_tui/data/same_claim.json``.

Run: ``python -m bench.train_same_claim [--write] [--sets gold gold_dev ...]``.

1. **Pairs.** For every study event, the pieces the rules leave before verdicts (groups by measure and by
   wording, :mod:`briefing_tui.compare.claim_merge`) and every candidate pair of them. A piece *holds* a gold
   claim when one of its statements matches one of the claim's gold statements (the rule of
   bench/compare_gold.py). Label 1: the two pieces hold a gold claim in common (and no gold ``apart`` pair
   has one statement in each). Label 0: both hold gold claims but none in common, or an ``apart`` pair
   straddles them. Pairs where a piece holds no gold claim are left out (their truth is unknown).
2. **Model.** Logistic regression with an L2 penalty, fitted by Newton's method in pure Python (no numpy),
   from sorted inputs: deterministic.
3. **Selection.** For each study set left out in turn, a model trained on the other sets joins that set's
   pieces at each threshold, and bench.compare_gold's scores of the set are printed (right verdicts ·
   disagreements flagged · false disagreements · apart pairs joined). The penalty and threshold with the most
   right verdicts less false disagreements, summed over the left-out sets (then the fewest apart pairs
   joined, then the higher threshold and penalty: the more cautious) are chosen; the final model is trained
   on every study set with them. ``--write`` writes it; ``--fit PENALTY THRESHOLD`` skips the
   cross-validation and fits with settings an earlier run chose.

Held-out sets are never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from bench.compare_gold import EventScore, load_sources_of, score_claims
from briefing_tui.compare.claim_merge import candidate_pairs, join_with, profiles, story_dates
from briefing_tui.compare.claims import _clause_of, _statements, build_claims
from briefing_tui.compare.same_claim_features import FEATURES, features
from briefing_tui.compare.same_claim_model import MODEL_FILE, SameClaimModel, logistic
from briefing_tui.paths import data_dir

ROOT = Path(__file__).resolve().parent.parent
STUDY_SETS = ("gold", "gold_dev", "gold_new", "gold_new2", "gold_new3", "gold_new4", "gold_new5", "gold_new6",
              "gold_new7", "gold_new8", "gold_new9", "gold_new10", "gold_new11", "gold_new20", "gold_new21")
PENALTIES = (1.0, 10.0)  # L2 penalties tried
THRESHOLDS = (0.6, 0.7, 0.8, 0.9)  # merge thresholds tried
NEWTON_STEPS = 25
CONVERGED = 1e-9  # Newton stops when no weight moves more than this
PIVOT_FLOOR = 1e-12  # a pivot this small is taken as this (the penalty keeps the system positive definite)


def _matches(statement, entry, raws) -> bool:
    sys.path.insert(0, str(ROOT / "tests"))
    from compare_gold import matches

    return matches(statement, entry, raws)


def _piece_statements(measured, wording):
    """Each piece's statements (as its claim would state them), groups by measure first."""
    out = []
    for g in measured:
        own: dict[int, list] = {}
        units = {}
        for m in g.members:
            own.setdefault(m.unit.key, []).append(m.figure)
            units[m.unit.key] = m.unit
        out.append([st for k, u in units.items() for st in _statements(u, [], _clause_of(u, own[k]))])
    for group in wording:
        out.append([st for u in group for st in _statements(u, [])])
    return out


def label_pairs(statements, pairs, section, raws) -> dict[tuple[int, int], int]:
    """The label of each pair (see the module's docstring); unlabelled pairs are absent."""
    golds = section.get("claims") or []
    holds = []
    for sts in statements:
        held = {i for i, g in enumerate(golds) for e in g["statements"] if any(_matches(s, e, raws) for s in sts)}
        holds.append(held)
    aparts = []
    for pair in section.get("apart") or []:
        aparts.append([{i for i, sts in enumerate(statements) if any(_matches(s, e, raws) for s in sts)}
                       for e in pair])
    out = {}
    for i, j in pairs:
        straddles = any((i in x and j in y) or (j in x and i in y) for x, y in aparts)
        if straddles:
            out[(i, j)] = 0
        elif holds[i] and holds[j]:
            out[(i, j)] = int(bool(holds[i] & holds[j]))
    return out


class Event:
    """One study event: its corpus, and its candidate pairs with features and labels."""

    def __init__(self, gold: str, name: str, section: dict):
        self.gold, self.name, self.section = gold, name, section
        self.loaded = load_sources_of(ROOT / "tests" / gold, section["corpus"])
        self.raws = {s.id: s.raw for s in self.loaded.sources}
        self.rows: list[tuple[list[float], int]] = []
        names = tuple(FEATURES)

        def record(measured, wording, published, table):
            prof = profiles(measured, wording, published, table)
            pairs = candidate_pairs(prof, measured, wording, story_dates(published))
            labels = label_pairs(_piece_statements(measured, wording), pairs, section, self.raws)
            self.rows = [(features(prof[i], prof[j], names), labels[(i, j)]) for i, j in pairs if (i, j) in labels]
            return measured, wording

        self.before = self.claims(record)

    def claims(self, join):
        return build_claims(self.loaded.sources, self.loaded.entities, self.loaded.quotes, join=join)

    def score(self, model: SameClaimModel | None) -> EventScore:
        claims = self.claims(lambda m, w, p, t: join_with(model, m, w, p, t))
        return score_claims(self.name, self.loaded, claims, self.section)


def fit(rows: list[tuple[list[float], int]], penalty: float) -> tuple[list[float], float]:
    """Logistic regression weights and bias (L2 ``penalty`` on the weights, not the bias), by Newton's method."""
    k = len(rows[0][0]) if rows else 0
    w = [0.0] * (k + 1)  # bias last
    for _ in range(NEWTON_STEPS):
        grad = [0.0] * (k + 1)
        hess = [[0.0] * (k + 1) for _ in range(k + 1)]
        for x, y in rows:
            xs = x + [1.0]
            z = sum(a * b for a, b in zip(w, xs))
            p = logistic(z)
            r, v = p - y, p * (1 - p)
            for a in range(k + 1):
                grad[a] += r * xs[a]
                va = v * xs[a]
                row = hess[a]
                for b in range(a, k + 1):
                    row[b] += va * xs[b]
        for a in range(k + 1):
            for b in range(a):
                hess[a][b] = hess[b][a]
        for a in range(k):
            grad[a] += penalty * w[a]
            hess[a][a] += penalty
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < CONVERGED:
            break
    return w[:k], w[k]


def _solve(m: list[list[float]], v: list[float]) -> list[float]:
    """m x = v by Gaussian elimination with partial pivoting (m is small and positive definite)."""
    n = len(v)
    a = [row[:] + [v[i]] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[p] = a[p], a[c]
        if abs(a[c][c]) < PIVOT_FLOOR:
            a[c][c] = PIVOT_FLOOR
        for r in range(c + 1, n):
            f = a[r][c] / a[c][c]
            if f:
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def _line(s: EventScore) -> str:
    return f"{s.right} · {s.flagged}/{s.disagreements} · {s.false_disagreements} · {s.apart_joined}/{s.apart}"


def _total(scores: list[EventScore]) -> EventScore:
    out = EventScore("all")
    for s in scores:
        for attr in ("claims", "right", "disagreements", "flagged", "false_disagreements", "apart", "apart_joined"):
            setattr(out, attr, getattr(out, attr) + getattr(s, attr))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the data, the cross-validation table and the final model; ``--write`` writes it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=list(STUDY_SETS))
    parser.add_argument("--write", action="store_true", help=f"write briefing_tui/data/{MODEL_FILE}")
    parser.add_argument("--fit", nargs=2, type=float, metavar=("PENALTY", "THRESHOLD"),
                        help="skip the cross-validation: fit with these settings (as chosen by an earlier run)")
    args = parser.parse_args(argv)
    events: dict[str, list[Event]] = {}
    for gold in args.sets:
        data = yaml.safe_load((ROOT / "tests" / gold / "claims_events.yaml").read_text(encoding="utf-8")) or {}
        events[gold] = [Event(gold, name, section) for name, section in sorted(data.items())
                        if isinstance(section, dict) and "corpus" in section]
        rows = [r for e in events[gold] for r in e.rows]
        print(f"{gold}: {len(events[gold])} events, {len(rows)} labelled pairs, {sum(y for _, y in rows)} same claim",
              flush=True)
    names = tuple(FEATURES)
    if args.fit:
        _final(events, names, (args.fit[0], args.fit[1]), None, args.write)
        return 0
    before = {gold: _total([score_claims(e.name, e.loaded, e.before, e.section) for e in evs])
              for gold, evs in events.items()}
    table: dict[tuple[float, float], dict[str, EventScore]] = {}
    for gold in events:
        rows = [r for other, evs in events.items() if other != gold for e in evs for r in e.rows]
        for penalty in PENALTIES:
            weights, bias = fit(rows, penalty)
            for threshold in THRESHOLDS:
                model = SameClaimModel(names, tuple(weights), bias, threshold)
                table.setdefault((penalty, threshold), {})[gold] = _total([e.score(model) for e in events[gold]])
        print(f"(cross-validated {gold})", flush=True)
    print("\n| set | before | " + " | ".join(f"λ {p:g}, t {t:g}" for p, t in table) + " |")
    print("|---|---|" + "---|" * len(table))
    for gold in events:
        print(f"| {gold} | {_line(before[gold])} | " + " | ".join(_line(table[k][gold]) for k in table) + " |")
    totals = {k: _total(list(v.values())) for k, v in table.items()}
    print(f"| all | {_line(_total(list(before.values())))} | " + " | ".join(_line(totals[k]) for k in table) + " |")
    best = max(table, key=lambda k: (totals[k].right - totals[k].false_disagreements, -totals[k].apart_joined,
                                     k[1], k[0]))
    _final(events, names, best, totals[best].right - _total(list(before.values())).right, args.write)
    return 0


def _final(events: dict[str, list[Event]], names: tuple[str, ...], best: tuple[float, float], gain: int | None,
           write: bool) -> None:
    """Fit on every study set with the chosen (penalty, threshold); print the weights; write them if asked."""
    all_rows = [r for evs in events.values() for e in evs for r in e.rows]
    weights, bias = fit(all_rows, best[0])
    print(f"\nchosen: penalty {best[0]:g}, threshold {best[1]:g}"
          + (f" (cross-validated gain {gain:+d} right verdicts)" if gain is not None else ""))
    for n, w in zip(names, weights):
        print(f"  {n:16s} {w:+.3f}")
    print(f"  {'bias':16s} {bias:+.3f}")
    if write:
        out = {"comment": "Written by `python -m bench.train_same_claim --write` (study gold sets only); "
                          "retrain after changing compare/same_claim_features.py or the gold.",
               "sets": list(events), "penalty": best[0], "threshold": best[1], "cross_validated_gain": gain,
               "labelled_pairs": len(all_rows), "same_claim_pairs": sum(y for _, y in all_rows),
               "names": list(names), "weights": [round(w, 6) for w in weights], "bias": round(bias, 6)}
        (data_dir() / MODEL_FILE).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
