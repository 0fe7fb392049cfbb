"""Issue 11: two amounts of money of one measure ten times apart or more are sums of different scope (a group's
revenue and a unit's, a package and one of its parts), never one sum told two ways: they are not weighed as a
disagreement, by measure or by wording. Sums within that factor are still weighed. Sentences modelled on the 2025
Google-Wiz deal reports; each test fails on f50afe5."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.rates import default_rate_table
from tests.compare_helpers import filled_articles, holding, read

DIVISION = "Annual revenue in the cloud division was $26.3 billion in 2022, the company said."
STARTUP = "Annual revenue in the cloud security firm was $500 million in 2022, the company said."
SMALLER = "The cloud security firm reported annual revenue of $2.5 billion in 2022, the company said."


def _amount(sentence: str, text: str):
    return next(f for f in read(sentence) if f.text == text)


def test_sums_ten_times_apart_are_of_different_scope():
    from briefing_tui.compare.tolerance import sums_apart  # (new in this change)

    table, published = default_rate_table(), {"": "2025-03-19"}
    division = _amount(DIVISION, "$26.3 billion")
    assert sums_apart(division, _amount(STARTUP, "$500 million"), published, table)
    assert sums_apart(division, _amount(SMALLER, "$2.5 billion"), published, table)  # (26.3 / 2.5 > 10)
    nine = "Annual revenue in the cloud division was $2.95 billion in 2022."
    assert not sums_apart(division, _amount(nine, "$2.95 billion"), published, table)  # (8.9 times: weighed)
    up_to = "The fine could reach up to $30 billion, the regulator said."
    assert not sums_apart(_amount(up_to, "up to $30 billion"), _amount(SMALLER, "$2.5 billion"), published, table)


def test_a_sum_ten_times_another_of_its_measure_is_no_disagreement():
    claims = compare(filled_articles("2025-03-19", DIVISION, STARTUP))
    found = [c for c in holding(claims, "$26.3 billion", "$500 million") if c.measure]
    assert len(found) == 1 and found[0].measure == "revenue", [(c.topic, c.verdict) for c in claims]
    assert found[0].verdict == "agree", found[0].evidence
    assert "not weighed (sums 10 times apart" in found[0].evidence


def test_sums_within_the_factor_still_disagree():
    claims = compare(filled_articles("2025-03-19", DIVISION, STARTUP.replace("$500 million", "$20.1 billion")))
    found = [c for c in holding(claims, "$26.3 billion", "$20.1 billion") if c.measure]
    assert len(found) == 1 and found[0].verdict == "disagree", [(c.topic, c.evidence) for c in claims]
