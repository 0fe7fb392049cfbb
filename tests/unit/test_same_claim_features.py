"""The features of the learned "same claim" score (compare/same_claim_features.py), on sentences copied from the
study gold sets (tests/gold_new7 Texas measles; tests/gold_new10 Truong My Lan verdict; tests/gold_dev
Afghanistan quake wording), and the merge constraints of compare/claim_merge.py."""

from __future__ import annotations

import pytest

from briefing_tui.compare.claim_merge import clusters
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.same_claim_features import FEATURES, may_join, measures_clash, wording_profile
from briefing_tui.compare.units import build_units
from compare_helpers import article

HOSPITALISED_29 = "Twenty-nine people in Texas are hospitalized."  # gold_new7 01
HOSPITALISED_23 = "In Texas, 23 patients have been hospitalized, one more than previously reported."  # gold_new7 05
CASES_279 = "Texas health officials confirmed 279 measles cases across 11 counties."  # gold_new7 02
REFUND_27 = ("She will now have to refund $27 billion, as per the court verdict, which prosecutors say may never be "
             "recovered.")  # gold_new10 02
KILLING_800 = "The earthquake struck at 11:47 pm, killing at least 800 people."
KILLED_622 = "The quake killed at least 622 people, officials said."
PAID_30 = "Prosecutors said the court ordered her to pay back $30 billion to the bank."


def _profiles(*texts: str, one_source: bool = False):
    """One profile per sentence, each from its own article (or all from one article)."""
    table = default_rate_table()
    bodies = [" ".join(texts)] if one_source else list(texts)
    sources = [article(f"Wire {i}", "2025-03-07", text) for i, text in enumerate(bodies)]
    units = build_units(sources, [], [], table)
    assert len(units) == len(texts)
    published = {s.id: s.published for s in sources}
    return [wording_profile([u], published, table) for u in units]


def _feature(name: str, a, b) -> float:
    value = FEATURES[name](a, b)
    assert value == FEATURES[name](b, a)  # (every feature is symmetric)
    return value


def test_two_counts_of_one_measure_and_subject_in_other_words() -> None:
    a, b, cases = _profiles(HOSPITALISED_29, HOSPITALISED_23, CASES_279)
    assert _feature("same_measure", a, b) == 1.0
    assert _feature("subject_equal", a, b) == 1.0
    assert _feature("value_equal", a, b) == 0.0  # 29 and 23 are two values of it (a disagreement)
    assert _feature("value_distance", a, b) == pytest.approx(0.0344, abs=1e-3)  # log10(29/23) / 3
    assert _feature("both_exact", a, b) == 1.0
    assert _feature("shared_source", a, b) == 0.0
    # the measles cases are another measure of the same subject: never one claim
    assert _feature("other_measures", a, cases) == 1.0
    assert not may_join(a, cases)
    assert may_join(a, b)


def test_open_intervals_overlap_and_the_verb_frame_is_read_as_a_lemma() -> None:
    killing, killed, refund = _profiles(KILLING_800, KILLED_622, REFUND_27)
    assert _feature("value_overlap", killing, killed) == 1.0  # "at least 800" and "at least 622"
    assert _feature("both_exact", killing, killed) == 0.0
    assert _feature("same_frame", killing, killed) == 1.0  # "killing" and "killed": kill
    assert _feature("same_frame", killing, refund) == 0.0
    assert _feature("same_kind", killing, refund) == 0.0  # a count and an amount
    assert not may_join(killing, refund)


def test_amounts_are_weighed_in_one_currency() -> None:
    refund, paid = _profiles(REFUND_27, PAID_30)
    assert _feature("same_kind", refund, paid) == 1.0
    assert _feature("same_measure", refund, paid) == 1.0  # "refund" and "pay back": one measure (restitution)
    assert _feature("value_distance", refund, paid) == pytest.approx(0.01525, abs=1e-3)  # log10(30/27) / 3
    assert may_join(refund, paid)  # two amounts of one measure may be one claim whatever their wording


def test_a_source_giving_two_measures_is_never_one_claim() -> None:
    a, cases = _profiles(HOSPITALISED_29, CASES_279, one_source=True)
    assert measures_clash(a, cases)  # one article would give its hospitalised and its cases as one claim
    assert not may_join(a, cases)
    a, b = _profiles(HOSPITALISED_29, HOSPITALISED_23, one_source=True)
    assert not measures_clash(a, b)  # (one source giving one measure twice is no clash)
    a, cases = _profiles(HOSPITALISED_29, CASES_279)
    assert not measures_clash(a, cases)  # two sources: no clash (the measures tell them apart)


def test_average_link_joins_while_the_average_reaches_the_threshold() -> None:
    scores = {(0, 1): 0.9, (1, 2): 0.8, (0, 2): 0.2}
    every = {(0, 1), (1, 2), (0, 2)}
    # 0 and 1 first (0.9); then 2 against {0, 1}: (0.2 + 0.8) / 2 = 0.5
    assert clusters(3, scores, 0.5, every) == [[0, 1, 2]]
    assert clusters(3, scores, 0.6, every) == [[0, 1], [2]]
    # a pair not allowed is never inside one cluster
    assert clusters(3, scores, 0.5, {(0, 1), (1, 2)}) == [[0, 1], [2]]
