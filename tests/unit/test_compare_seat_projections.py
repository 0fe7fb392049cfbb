"""A projection of seats from the count projects no share of the next sentences (issue 11): "Selon les projections,
il obtiendrait 60 sièges sur 120. Le Bloc national suit avec 22,4 %" gives the Bloc's counted share, compared with
the other outlets' counted shares; an exit poll's shares still carry. Sentences made up for the tests."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article


def _measures(claims, value: float) -> set[str | None]:
    return {f.measure for c in claims for st in c.statements for f in st.figures if f.low == value}


def test_the_shares_after_a_seat_projection_are_counted_shares():
    claims = compare([
        article("alpha", "2025-06-02", "Le Parti de l'unité a obtenu 51,3 % des voix. Selon les projections, il "
                "obtiendrait 60 sièges sur 120. Le Bloc national suit avec 22,4 % des voix."),
        article("beta", "2025-06-02", "The National Bloc won 22.4% of the votes.")])
    assert _measures(claims, 22.4) == {"votes"}


def test_the_shares_after_an_exit_polls_shares_are_still_projected():
    claims = compare([
        article("alpha", "2025-06-01", "Selon les projections, le Parti de l'unité obtiendrait 48 % des voix. Le "
                "Bloc national suit avec 22,4 % des voix.")])
    assert _measures(claims, 22.4) == {"projected votes"}
