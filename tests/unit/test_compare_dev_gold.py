"""Floors on the dev events of issue 11 (tests/gold_dev/claims_events.yaml: afghanistan_quake_2025,
canada_election_2025, tibet_quake_2025, us_eu_trade_deal_2025), events the rules were not first written on:
what generalises must not lose ground. Scored by ``python -m bench.compare_gold --gold tests/gold_dev``."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold_dev"
CLAIMS = GOLD / "claims_events.yaml"

pytestmark = pytest.mark.skipif(not CLAIMS.is_file(), reason="no tests/gold_dev/claims_events.yaml")

# Reached: 42 of 50 claims right, 11 of 12 disagreements flagged, no false disagreement (from 23, 6 and 1).
CLAIMS_RIGHT_FLOOR = 42
DISAGREEMENTS_FLAGGED_FLOOR = 11
FALSE_DISAGREEMENTS_CEILING = 0


@pytest.fixture(scope="module")
def scores():
    from bench.compare_gold import score_event

    data = yaml.safe_load(CLAIMS.read_text(encoding="utf-8")) or {}
    return {name: score_event(GOLD, name, section) for name, section in data.items()
            if isinstance(section, dict) and "corpus" in section}


def test_dev_events_claims_right(scores):
    assert sum(s.right for s in scores.values()) >= CLAIMS_RIGHT_FLOOR, {n: s.misses for n, s in scores.items()}


def test_dev_events_disagreements_flagged_and_none_false(scores):
    assert sum(s.flagged for s in scores.values()) >= DISAGREEMENTS_FLAGGED_FLOOR
    assert sum(s.false_disagreements for s in scores.values()) <= FALSE_DISAGREEMENTS_CEILING
