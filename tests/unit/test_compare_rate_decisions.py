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
