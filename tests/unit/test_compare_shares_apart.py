"""Two vote shares far apart, one told of no name, are two parties' shares (issue 11): "led the vote with 38%" and
"Our Party gets 6.20%" are not one figure reported twice, so no disagreement is shown between them; the same party's
shares close together, counted later, still disagree. Sentences made up for the tests."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.comparable import SHARES_APART, _shares_apart
from briefing_tui.model import Figure
from tests.compare_helpers import article


def _share(value: float, subject: str | None = None) -> Figure:
    return Figure(kind="percent", text=f"{value}%", source="alpha", start=0, end=4, low=value, high=value, unit="%",
                  measure="votes", subject=subject)


def test_shares_far_apart_one_unnamed_are_two_parties():
    assert SHARES_APART == 3.0
    assert _shares_apart(_share(38.0), _share(6.2))
    assert _shares_apart(_share(38.0, "Unity Party"), _share(6.2))
    assert not _shares_apart(_share(42.4), _share(50.2))  # one party's share as the count goes on
    assert not _shares_apart(_share(38.0, "Unity Party"), _share(6.2, "Our Party"))  # (two names: told apart)


def test_no_disagreement_between_a_leaders_unnamed_share_and_a_small_partys():
    claims = compare([
        article("alpha", "2025-06-01", "The governing party, strong in the cities, has led the vote with 38% of the "
                "votes, according to the first results."),
        article("beta", "2025-06-02", "Our Party gets 6.20% of the votes.")])
    assert not [c for c in claims if c.measure == "votes" and c.verdict == "disagree"]
