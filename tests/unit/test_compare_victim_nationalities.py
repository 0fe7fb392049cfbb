"""Nationalities among the victims (issue 11): when a toll's figures name two or more peoples, each is a group of the
dead, not the place the event struck, so the totals with no subject read are not filed under the largest group
("Moroccan death toll: 1,150 · 1,210 ..." beside "612 Moroccans"). Invented sentences."""

from __future__ import annotations

from briefing_tui.model import Figure
from tests.compare_helpers import compared, holding, one_holding

HEAT = (
    "At least 1,150 pilgrims died in the heat, officials said on Friday. Among the dead were 612 Moroccans.",
    "The heat killed 1,210 pilgrims this week. More than 600 Moroccans were among the dead.",
    "At least 1,180 people died during the pilgrimage. Among the victims, 640 Moroccans and 70 Tunisians.",
    "Officials counted 1,200 deaths by Saturday. At least 75 Tunisians died, the ministry said.",
)


def test_the_largest_nationality_among_the_dead_is_a_claim_of_its_own():
    claims = compared(*HEAT)
    moroccans = one_holding(claims, "612 Moroccans")
    assert any("600 Moroccans" in s.text for s in moroccans.statements)
    assert not any("1,150" in s.text for s in moroccans.statements)
    total = one_holding(claims, "1,150 pilgrims", "1,210 pilgrims")
    assert not any("612 Moroccans" in s.text for s in total.statements)
    assert not holding(claims, "1,150 pilgrims", "612 Moroccans")


def _dead(subject):
    return Figure(source="o1", kind="count", text="x", start=0, end=1, low=10.0, high=10.0, measure="dead",
                  subject=subject)


def test_one_people_alone_is_no_group_of_victims():
    from briefing_tui.compare.victim_nationalities import victim_groups

    assert victim_groups([_dead("Nepali"), _dead(None)]) == frozenset()
    assert victim_groups([_dead("Moroccan"), _dead("Tunisian"), _dead("Rabat")]) == {"moroccan", "tunisian"}
