"""Issue 11: a group by wording that mixes what a measure changes by with its level is two claims, each weighed
alone (compare/change_parts.py), and in any claim by wording a change is never weighed against a level
(compare/verdict.py): "increase bilateral trade by 25.5 billion pounds annually from 2040" is no false disagreement
with "double the bilateral trade from 60 billion euros to 120 billion euros by 2030". Sentences modelled on the
2025 UK-India trade deal reports. Also: a place's residents (its population) are a fixed fact, whose two values are
a conflict, not an order unknown (compare/developing.py; Derna, 2023). Each test fails on ebc8b97."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from compare_helpers import article, filled_articles, holding

INCREASE = ("Britain said the deal is expected to increase bilateral trade by 25.5 billion pounds ($35 billion) "
            "annually from 2040 and add almost 5 billion pounds ($6.8 billion) a year to the UK economy.")
BOOST = ("The agreement, which has been several years in the making, is projected to boost annual bilateral trade by "
         "$34 billion.")
DOUBLE = ("Through the reduction or elimination of tariffs imposed on trade, the deal is expected to double the "
          "bilateral trade from 60 billion euros to 120 billion euros by 2030.")
NEARLY = ("The deal is the UK's most significant bilateral trade agreement since Brexit, projected to boost bilateral "
          "trade to nearly $120 billion by 2030.")


def test_a_sentence_tells_a_change_or_a_level_by_its_first_amount():
    from briefing_tui.compare.change_parts import tells_change  # (new in this change: the other tests run without)

    table = default_rate_table()
    sources = [article(f"Wire {i}", "2025-07-24", text) for i, text in enumerate(
        (INCREASE, BOOST, DOUBLE, NEARLY, "The prime ministers met at Chequers on Thursday."))]
    increase, boost, double, nearly, met = build_units(sources, [], [], table)
    assert tells_change(increase) is True  # ("($35 billion)" converts the change before it)
    assert tells_change(boost) is True
    assert tells_change(double) is False
    assert tells_change(nearly) is False
    assert tells_change(met) is None


def test_a_change_and_a_level_worded_alike_are_not_weighed_against_each_other():
    claims = compare(filled_articles("2025-07-24", INCREASE, BOOST, DOUBLE, NEARLY))
    mixed = [c for c in holding(claims, "increase bilateral trade by 25.5", "from 60 billion euros")
             if c.verdict == "disagree"]
    assert not mixed, [(c.topic, c.evidence) for c in mixed]  # (2040: when the increase comes; 2030: the target's)
    change = holding(claims, "increase bilateral trade by 25.5", "by $34 billion")
    assert change and all(c.verdict == "agree" for c in change), [(c.topic, c.evidence) for c in change]
    level = holding(claims, "from 60 billion euros", "nearly $120 billion")
    assert level and all(c.verdict == "disagree" for c in level)  # (a real disagreement still flagged)


def test_a_change_is_no_conflict_with_a_level_in_a_claim_by_wording():
    from briefing_tui.compare.verdict import judge

    table = default_rate_table()
    sources = [article(f"Wire {i}", "2025-07-24", text) for i, text in enumerate((
        "Britain said the deal is expected to increase bilateral trade by 25.5 billion pounds annually.",
        "The deal is projected to boost bilateral trade to nearly $120 billion."))]
    units = build_units(sources, [], [], table)
    finding = judge(units, lambda a, b: 0.0, {s.id: s.published for s in sources}, table)
    assert finding.verdict == "agree", finding.reasons  # (an increment of GBP 25.5 billion, a total of $120 billion)
    sources = [article(f"Wire {i}", "2025-07-24", text) for i, text in enumerate((
        "The deal is expected to double bilateral trade to 120 billion euros.",
        "The deal is projected to boost bilateral trade to nearly $120 billion."))]
    units = build_units(sources, [], [], table)
    finding = judge(units, lambda a, b: 0.0, {s.id: s.published for s in sources}, table)
    assert finding.verdict == "disagree", finding.reasons  # (two totals: EUR 120 billion is about $140 billion)


def test_a_places_residents_are_a_fixed_fact_two_values_of_which_conflict():
    from compare_helpers import FILLER

    sources = [article("o1", "2023-09-12",
                       "The flood struck Derna, a city of around 125,000 residents, on Sunday night. " + FILLER[0]),
               article("o2", None, "Derna, home to 90,000 residents, was hit hardest by the flood. " + FILLER[1])]
    found = holding(compare(sources), "125,000", "90,000")
    assert len(found) == 1 and found[0].verdict == "disagree"
    # (a population is not moved by the reports of an event: a conflict, though one source is undated)
    assert found[0].developing is False and "a fixed fact" in found[0].evidence, found[0].evidence
