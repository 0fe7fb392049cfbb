"""A central bank's rate decision read as a desk would (issue 11): the parts of what sources write about a decision
that are different things, each rule on invented sentences written the way news is."""

from __future__ import annotations

from tests.compare_helpers import compared, read


def counts(text: str) -> list[tuple[str, str | None]]:
    """(text, measure) of each count of ``text``."""
    return [(f.text, f.measure) for f in read(text) if f.kind == "count"]


def test_a_part_of_a_series_is_no_total_of_it():
    # "its first four sessions", "the last three sessions": parts of the year's sessions, not how many there are
    assert counts("The council kept rates on hold at its first four sessions of the year.") == [
        ("four sessions", None)]
    assert ("three sessions", None) in counts("Cuts are expected at the last three sessions of the year.")
    assert counts("Le conseil a maintenu ses taux lors des quatre premières séances.") == [
        ("quatre premières séances", None)]
    claims = compared("The Bank of Norland held rates at its first four sessions this year.",
                      "Analysts expect cuts at the remaining three sessions of the Bank of Norland this year.")
    assert not [c for c in claims if c.verdict == "disagree"]


def test_a_date_after_since_is_the_earlier_events_not_the_facts():
    # "for the first time since October 2023" dates the cut before, not this one ("on March 4")
    claims = compared("The Bank of Norland lowered its benchmark interest rate by 25 basis points on March 4, setting "
                      "the main rate range at 3% to 3.25%.",
                      "Following the bank's decision to cut rates for the first time since October 2023, the main "
                      "rate will sit at a new range of 3% to 3.25%.", published="2024-03-05")
    assert [c.topic for c in claims if c.verdict == "disagree"] == []


def shares(text: str) -> list[tuple[str, str | None]]:
    """(text, measure) of each share of ``text``."""
    return [(f.text, f.measure) for f in read(text) if f.kind == "percent"]


def test_a_share_a_rate_moved_to_or_from_is_its_level_not_its_change():
    # "lowered ... to 3.15%", "(down from 3.5%-3.75%)": where the rate stands or stood, not how much it moved
    # (its measure the rate it names: compare/policy_rates.py)
    assert shares("The bank lowered its deposit rate to 3.15%.") == [("3.15%", "deposit rate")]
    assert shares("Policy rate: reduced (down from 3.50%-3.75%)") == [("3.50%-3.75%", None)]
    assert shares("Unemployment rose to 5.1% in May.") == [("5.1%", None)]
    # a move stays a change
    assert shares("Shares of Norco jumped 12% on Monday.") == [("12%", "change")]
    assert shares("Shares of Norco fell up to 12% on Monday.")[0][1] == "change"


def test_a_cut_someone_asked_for_is_no_reading_of_the_cut_made():
    claims = compared("The Bank of Norland opted for a quarter-point cut on Wednesday.",
                      "The Bank of Norland cut rates on Wednesday; only one member of the Bank of Norland board "
                      "dissented in favor of a half-point cut.")
    assert [c.topic for c in claims if c.verdict == "disagree"] == []


def test_a_range_of_two_shares_is_one_interval_however_written():
    for text in ("The bank set its main rate in a range of 3.00% to 3.25%.", "The bank set its main rate at 3%-3.25%.",
                 "The bank set its main rate to the 3.00%–3.25% range."):
        assert [(f.low, f.high) for f in read(text) if f.kind == "percent"] == [(3.0, 3.25)], text
    # a lone "to" after a move is two figures: the move and the level it reached
    assert [(f.low, f.high) for f in read("Unemployment rose 0.2% to 4.3% in May.") if f.kind == "percent"] == [
        (0.2, 0.2), (4.3, 4.3)]
