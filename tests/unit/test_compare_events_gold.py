"""The issue 11 targets (and, where not reached yet, floors) on the real-event gold (tests/gold/claims_events.yaml, tests/gold/figures.yaml).

Skipped only when the gold is absent (it is built separately and committed by the coordinator).
Scored by bench/compare_gold.py, which also prints the per-event table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"
CLAIMS = GOLD / "claims_events.yaml"

pytestmark = pytest.mark.skipif(not CLAIMS.is_file(), reason="no tests/gold/claims_events.yaml")

FIGURES_PR = 0.95  # issue 11's target for figure precision and recall: met
# Issue 11 wants >= 90% of claims right, every real disagreement flagged and no false one (bench/compare_gold.py
# prints the table). These floors hold what is reached, 48 of 50 claims right (the target met), 19 of 20
# disagreements flagged (not yet all), no false disagreement, so that no change loses ground; tighten them as it improves.
# (20 disagreements since 2026-12-02: german_election_2025's projection 19,5% and 8,5% no longer contradict the count,
# tests/gold/README.md "Policy (projections)"; it was 21 of 22 before.)
CLAIMS_RIGHT_FLOOR = 0.96
DISAGREEMENTS_FLAGGED_FLOOR = 19
FALSE_DISAGREEMENTS_CEILING = 0


def _events() -> list[tuple[str, dict]]:
    if not CLAIMS.is_file():
        return []
    data = yaml.safe_load(CLAIMS.read_text(encoding="utf-8")) or {}
    return [(name, section) for name, section in data.items() if isinstance(section, dict) and "corpus" in section]


@pytest.fixture(scope="module")
def scores():
    from bench.compare_gold import score_event

    return {name: score_event(GOLD, name, section) for name, section in _events()}


def test_claims_aligned_with_the_right_verdict(scores):
    right = sum(s.right for s in scores.values())
    total = sum(s.claims for s in scores.values())
    assert total and right / total >= CLAIMS_RIGHT_FLOOR, [m for s in scores.values() for m in s.misses]


def test_real_disagreements_flagged(scores):
    flagged = sum(s.flagged for s in scores.values())
    assert flagged >= DISAGREEMENTS_FLAGGED_FLOOR, {n: s.misses for n, s in scores.items()}


def test_false_disagreements(scores):
    false = sum(s.false_disagreements for s in scores.values())
    assert false <= FALSE_DISAGREEMENTS_CEILING, {n: s.misses for n, s in scores.items()}


def test_figure_precision_and_recall():
    from bench.compare_gold import score_figures

    figures = score_figures(GOLD)
    assert figures.gold and figures.precision >= FIGURES_PR and figures.recall >= FIGURES_PR, figures.misses[:20]


# The figure gold of other outlets, languages and number styles, built blind (tests/gold_fig_*): the study sets
# meet the target; the held-out ones are scored, never read, and held at what they reach (tighten as it improves).
FIGURE_STUDY_SETS = ("gold_fig_a", "gold_fig_c", "gold_fig_e")
FIGURE_HELD_OUT_FLOORS = {"gold_fig_b": (0.95, 0.94), "gold_fig_d": (0.90, 0.87)}  # (precision, recall)


@pytest.mark.parametrize("folder", FIGURE_STUDY_SETS)
def test_figure_gold_of_other_languages(folder):
    from bench.compare_gold import score_figures

    figures = score_figures(ROOT / "tests" / folder)
    assert figures.gold and figures.precision >= FIGURES_PR and figures.recall >= FIGURES_PR, figures.misses[:20]


@pytest.mark.parametrize("folder", sorted(FIGURE_HELD_OUT_FLOORS))
def test_held_out_figure_gold_keeps_its_ground(folder):
    from bench.compare_gold import score_figures

    figures = score_figures(ROOT / "tests" / folder)
    precision, recall = FIGURE_HELD_OUT_FLOORS[folder]
    assert figures.gold and figures.precision >= precision and figures.recall >= recall  # (no misses printed)
