"""A bar the subject passes is a floor under the subject's own share, not the rule's threshold
(compare/majority_bars.py ``passed_bar``): "la Lega supera la soglia del 20%" is the Lega's share of the votes, more
than 20%, and agrees with another outlet's 20.8%. Invented sentences."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, one_holding, read


def shares(text: str, language: str | None = None) -> list[tuple[float, str | None, str | None, str | None]]:
    return [(f.low, f.measure, f.subject, f.qualifier) for f in read(text, language=language) if f.kind == "percent"]


def test_a_bar_the_subject_passes_is_a_floor_under_its_share_not_the_threshold():
    assert shares("Intanto la Lega supera la soglia del 20% e diventa la seconda forza del Paese.", "it") == [
        (20.0, None, "Lega", "more_than")]
    assert shares("The Greens crossed the threshold of 20% for the first time.")[0][1:3] == (None, "Greens")
    # (a bar nobody passes stays the threshold)
    assert shares("As neither party managed to pass the 5% threshold, their votes are lost.")[0][1] == "threshold"


def test_the_passed_bar_joins_the_subjects_share_and_agrees_with_it():
    three = article("o3", "2031-05-05", "Gli elettori hanno scelto il nuovo parlamento domenica. Intanto la Lega "
                    "Verde supera la soglia del 20% e diventa la seconda forza del Paese.")
    four = article("o4", "2031-05-05", "Voters in Freedonia elected a new parliament on Sunday. The Lega Verde came "
                   "second with 20.8% of the vote.")
    claims = compare([three, four])
    claim = one_holding(claims, "soglia del 20%", "20.8%")
    assert claim.verdict == "agree" and claim.measure != "threshold"
