"""The merge pass by the learned "same claim" score (compare/claim_merge.py) on a real event of a study gold set
(tests/gold_new9, Baltimore Key Bridge collapse), and the committed model's determinism."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from briefing_tui.compare.claim_merge import join_with, own_figures
from briefing_tui.compare.claims import build_claims
from briefing_tui.compare.same_claim_model import MODEL_FILE, default_model, model_from
from briefing_tui.compare.same_claim_features import FEATURES, wording_profile
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from briefing_tui.paths import data_dir
from compare_gold import find_claim
from compare_helpers import article

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold_new9"
EVENT = "baltimore_key_bridge_collapse_2024"


@pytest.fixture(scope="module")
def event():
    """The event's corpus (dated as bench/compare_gold.py dates it) and gold section."""
    from bench.compare_gold import load_sources_of

    section = yaml.safe_load((GOLD / "claims_events.yaml").read_text(encoding="utf-8"))[EVENT]
    loaded = load_sources_of(GOLD, section["corpus"])
    return loaded, section, {s.id: s.raw for s in loaded.sources}


def _gold(section: dict, name_start: str) -> list[dict]:
    return next(g["statements"] for g in section["claims"] if g["name"].startswith(name_start))


def test_the_pieces_of_one_claim_are_joined_and_judged_together(event) -> None:
    loaded, section, raws = event
    cap = _gold(section, "the liability cap")  # $44 million (04), about $43.7 million (05), $43.6 million (06)
    unjoined = build_claims(loaded.sources, loaded.entities, loaded.quotes, join=lambda m, w, p, t: (m, w))
    assert find_claim(unjoined, cap, raws) is None  # the rules leave it in pieces
    claims = build_claims(loaded.sources, loaded.entities, loaded.quotes)
    joined = find_claim(claims, cap, raws)
    assert joined is not None and joined.verdict == "agree"
    assert joined.measure == "cap"
    # every statement keeps its source and offsets into that source's text
    for s in joined.statements:
        assert raws[s.source][s.start:s.end] == s.text


def test_an_apart_pair_of_one_source_stays_apart(event) -> None:
    loaded, section, raws = event
    claims = build_claims(loaded.sources, loaded.entities, loaded.quotes)
    # the same outlet's "more than $100 million" sought by the government and its "$101,980,000" settlement:
    # close amounts, one source, two claims
    amounts = [pair for pair in section["apart"] if all("$" in e["text"] for e in pair)]
    assert len(amounts) == 3  # ($60 million relief / $600 million rebuilding; $97,294 and $100 million / settlement)
    for pair in amounts:
        assert find_claim(claims, pair, raws) is None, pair
    # the relief fund and the cost of rebuilding may be joined (two amounts, no measure that tells them apart):
    # joining every pair the constraints allow puts them in one claim; the score keeps them apart
    loose = replace(default_model(), threshold=0.0)
    every = build_claims(loaded.sources, loaded.entities, loaded.quotes,
                         join=lambda m, w, p, t: join_with(loose, m, w, p, t))
    assert "$60 million" in amounts[0][0]["text"] and find_claim(every, amounts[0], raws) is not None
    settlement = _gold(section, "the settlement")
    assert find_claim(claims, settlement, raws).verdict == "disagree"


def test_the_committed_model_loads_and_scores_the_same_twice() -> None:
    data = json.loads((data_dir() / MODEL_FILE).read_text(encoding="utf-8"))
    assert tuple(data["names"]) == tuple(FEATURES)  # (retrain after changing the features)
    model = default_model()
    assert model == model_from(data)
    table = default_rate_table()
    sources = [article(f"Wire {i}", "2024-09-18", text) for i, text in enumerate((
        "Grace Ocean and Synergy Marine said their liability should be capped at $44 million.",
        "The companies initially fought for a much lower cap of $43.6 million on liabilities."))]
    units = build_units(sources, [], [], table)
    published = {s.id: s.published for s in sources}
    a, b = (wording_profile([u], published, table) for u in units)
    first = model.score(a, b)
    default_model.cache_clear()
    again = default_model()
    assert again is not model and again.score(a, b) == first == model.score(b, a)
    assert 0.0 < first < 1.0


def test_a_sentence_whose_figures_a_joined_group_weighs_leaves_its_group_by_wording() -> None:
    # gold_new (Nippon Steel) 01, 03: the two sentences worded alike join the deal's value; 01's share price
    # stays a claim of its own, without 03's sentence, whose one figure the claim by measure weighs already
    from briefing_tui.compare import compare

    sources = [
        article("nippon", "2025-06-18", "The Japanese company bought U.S. Steel shares at 55 dollars apiece, bringing "
                "the total value of the deal to around 2 trillion yen."),
        article("yomiuri", "2025-06-19", "Based on the merger agreement, the transaction came to about $14.1 billion "
                "(about ¥2 trillion), making it the largest investment Nippon Steel has ever made."),
        article("bastillepost", "2025-06-19", "Nippon Steel announced on Wednesday that it had finalized the "
                "14.9-billion-U.S.-dollar purchase of U.S. Steel, turning the U.S. company into its wholly owned "
                "subsidiary."),
        article("nrz", "2025-06-19", "The announcement concludes a saga that began in December 2023, when Nippon Steel "
                "agreed to acquire the linchpin of American steelmaking for $14.9 billion."),
        article("uniteddaily", "2025-06-19", "In December 2023, Nippon Steel announced a plan to acquire US Steel for "
                "$14.9 billion."),
    ]
    claims = compare(sources)
    apiece = [c for c in claims if any("55 dollars apiece" in s.text for s in c.statements)]
    assert [(c.verdict, [s.source for s in c.statements]) for c in apiece] == [("single", ["nippon"])]
    deal = [c for c in claims if c.measure == "sale" and any(s.source == "bastillepost" for s in c.statements)]
    assert len(deal) == 1 and {s.source for s in deal[0].statements} >= {"nippon", "bastillepost", "nrz"}


GAUGE_FEET = "Fogarty said the gauge failed after recording a level of 29 and a half feet (9 meters)."  # gold_new 01
GAUGE_RIVER = ("The Guadalupe River hit its second-highest height ever on record, reaching 29.45 feet, but Bob Fogarty, "
               "a meteorologist with the National Weather Service’s Austin/San Antonio office believes it could be even "
               "higher.")  # gold_new 03 (texas_floods_2025)


def test_a_figure_and_its_stated_conversion_are_one_figure_of_a_group_by_wording() -> None:
    table = default_rate_table()
    sources = [article(f"Wire {i}", "2025-09-05", text) for i, text in enumerate((
        GAUGE_FEET,
        "The European Commission slapped Google with a €2.95 billion ($3.47 billion) fine on Friday.",
        "The plane carried 175 passengers and six crew members.",
        "The floods killed 52 people (36 in the capital) on Sunday.",
    ))]
    feet, fine, aboard, killed = build_units(sources, [], [], table)
    assert [f.text for f in own_figures(feet)] == ["29 and a half feet"]  # "(9 meters)" restates it
    assert [f.text for f in own_figures(fine)] == ["€2.95 billion"]  # "($3.47 billion)" restates it
    assert [f.text for f in own_figures(aboard)] == ["175 passengers", "six crew members"]  # two things
    assert len(own_figures(killed)) == 2  # a part in brackets is no conversion: another figure


def test_two_sentences_giving_one_height_in_other_words_are_one_claim() -> None:
    # the gauge's last reading, one sentence stating it with its conversion in metres: one claim, 29.5 and 29.45 feet
    from briefing_tui.compare import compare

    claims = compare([article("dayton", "2025-07-05", GAUGE_FEET), article("finance", "2025-07-05", GAUGE_RIVER)])
    gauge = [c for c in claims if any("29.45 feet" in s.text for s in c.statements)]
    assert [(c.verdict, [s.source for s in c.statements]) for c in gauge] == [("agree", ["dayton", "finance"])]



def test_sentences_whose_figures_a_claim_by_measure_weighs_are_not_joined_into_a_second_claim() -> None:
    # three sentences worded alike whose one figure each (the mayor's age) the claim by measure holds: joined by the
    # model they would restate that claim as a second one; apart, each is a single the claim by measure holds
    from briefing_tui.compare.measured import measured_groups
    from briefing_tui.compare.same_claim_features import measured_profile

    table = default_rate_table()
    sources = [
        article("wire", "2025-03-04", "The city said on Monday that the mayor, Tom Reed, 64, will step down in May."),
        article("giornale", "2025-03-04", "Il sindaco Tom Reed, che ha 64 anni, lascerà l'incarico a maggio."),
        article("diario", "2025-03-05", "El alcalde Tom Reed, que tiene 64 años, dejará el cargo en mayo."),
    ]
    units = build_units(sources, [], [], table)
    published = {s.id: s.published for s in sources}
    measured = measured_groups(units, published, table)
    assert [g.measure for g in measured] == ["age"]
    by_measure = [measured_profile(g, published, table) for g in measured]

    class WordingOnly:  # (a model that joins any two groups by wording, and nothing to a group by measure)
        threshold = 0.5

        def score(self, a, b) -> float:
            return 0.0 if a in by_measure or b in by_measure else 1.0

    joined_measured, joined_wording = join_with(WordingOnly(), measured, [[u] for u in units], published, table)
    assert [len(g) for g in joined_wording] == [1, 1, 1] and joined_measured == measured
