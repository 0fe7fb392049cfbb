"""A group by wording whose statements the claims by measure hold between them (not all in one of them) and whose
figures they weigh leaves no claim of its own: a sentence of it with a figure no claim by measure holds stays alone,
as it was read (tests/gold, tesla_autopilot_verdict: "The jury awarded a total of $329 million in damages" is the one
source to give the total award, not a member of the punitive damages' claim)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefing_tui.compare.claims import build_claims
from compare_gold import find_claim

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"
EVENT = "tesla_autopilot_verdict"

pytestmark = pytest.mark.skipif(not (GOLD / "claims_events.yaml").is_file(), reason="no tests/gold")


@pytest.fixture(scope="module")
def event():
    from bench.compare_gold import load_sources_of

    section = yaml.safe_load((GOLD / "claims_events.yaml").read_text(encoding="utf-8"))[EVENT]
    loaded = load_sources_of(GOLD, section["corpus"])
    claims = build_claims(loaded.sources, loaded.entities, loaded.quotes)
    return claims, section, {s.id: s.raw for s in loaded.sources}


def _gold(section: dict, name_start: str) -> dict:
    return next(g for g in section["claims"] if g["name"].startswith(name_start))


def test_a_total_only_one_source_gives_is_a_single_claim(event) -> None:
    claims, section, raws = event
    total = find_claim(claims, _gold(section, "the jury's total award")["statements"], raws)
    assert total is not None and total.verdict == "single"
    assert total.statements[0].source.startswith("04")


def test_the_punitive_damages_stay_one_claim_that_agrees(event) -> None:
    claims, section, raws = event
    punitive = find_claim(claims, _gold(section, "punitive damages of $200 million")["statements"], raws)
    assert punitive is not None and punitive.verdict == "agree" and punitive.measure == "punitive compensation"
