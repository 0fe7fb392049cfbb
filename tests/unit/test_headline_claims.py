"""A headline's figure joins the claim its own body's figure is in (issue 11): briefing_tui/compare/headline_claims.py,
on real study headlines (tests/gold*, never a held-out set)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _claims(gold: str, corpus: str):
    from bench.compare_gold import load_event

    folder = ROOT / "tests" / gold
    if not (folder / corpus).is_dir():
        pytest.skip(f"no {gold}/{corpus}")
    return load_event(folder, corpus)[1]


def _holding(claims, source_prefix: str, text: str):
    return [c for c in claims for st in c.statements if st.source.startswith(source_prefix) and text in st.text]


def test_a_headline_figure_joins_its_bodys_claim_though_its_body_gives_the_measure_elsewhere_too():
    # The body's "92 people" dead in Valencia is in one claim of the dead; another claim of the dead (a town's)
    # holding another of its figures kept the headline out of both.
    claims = _claims("gold_new3", "stories/valencia_floods_2024")
    head = _holding(claims, "01", "Authorities Confirm 92 Deaths in Valencia Following Catastrophic Floods")
    assert [c.measure for c in head] == ["dead"]
    body = [st.text for st in head[0].statements if st.source.startswith("01") and "Authorities Confirm" not in st.text]
    assert any("92" in t for t in body)


def test_a_headline_figure_read_as_another_measure_joins_the_claim_its_body_gives_the_value_in():
    # "death toll passes 3,000 with hundreds still missing": the figure is read as the missing; its body's
    # "At least 3,085 people have died" tells what it measures.
    claims = _claims("gold", "events/myanmar_quake")
    head = _holding(claims, "09", "Myanmar earthquake death toll passes 3,000 with hundreds still missing")
    assert len(head) == 1 and head[0].measure == "dead"
    assert _holding([head[0]], "09", "At least 3,085 people have died")


def test_a_headline_figure_of_no_measure_joins_the_claim_its_body_gives_the_value_in():
    claims = _claims("gold_new21", "stories/mars_kellanova_deal_2024")
    head = _holding(claims, "02", "Mars avale le fabricant de Pringles pour près de 36 milliards de dollars")
    assert len(head) == 1 and head[0].measure == "sale"


def test_a_headline_figure_joins_the_claim_its_body_gives_the_very_value_in_of_two_near_ones():
    # "Texas, New Mexico Report 28 New Measles Cases": its body's "28 cases" (cases), not its "29" (hospitalised).
    claims = _claims("gold_new7", "stories/texas_measles_outbreak_2025")
    head = _holding(claims, "04", "Report 28 New Measles Cases In Past 28 Days")
    assert [c.measure for c in head] == ["case"]


def test_a_headline_figure_read_as_a_measure_no_claim_has_joins_the_one_claim_giving_its_value():
    # "death toll passes 3,000 with hundreds still missing" is read as the missing; no claim is of the missing and
    # its own body gives no toll: the one claim that gives 3,000 (the dead, by other sources) is its home.
    from briefing_tui.compare import compare
    from briefing_tui.ingest import parse_text
    from tests.compare_helpers import FILLER

    meta = {"published": "2025-04-03"}
    a = parse_text("Quake survivors sleep in the open\n\nBy Jane Doe\n\nAt least 3,000 people have died in the earthquake "
                   f"that struck central Myanmar on Friday, the military government said. {FILLER[0]}\n", "a", meta=meta)
    b = parse_text("Aid arrives in Mandalay\n\nBy John Roe\n\nThe death toll from the earthquake in Myanmar rose to 3,000 "
                   f"on Wednesday, state media reported. {FILLER[1]}\n", "b", meta=meta)
    c = parse_text("Myanmar quake death toll passes 3,000 with hundreds still missing\n\nBy Ann Poe\n\nRescue teams from "
                   "China and India worked through the night in Mandalay, digging through the rubble of a collapsed "
                   f"monastery. {FILLER[2]}\n", "c", meta=meta)
    head = _holding(compare([a, b, c]), "c", "Myanmar quake death toll passes 3,000 with hundreds still missing")
    assert [(claim.measure, claim.verdict, claim.sources) for claim in head] == [("dead", "agree", ["a", "b", "c"])]
