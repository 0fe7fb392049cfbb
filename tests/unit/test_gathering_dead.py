"""Issue 11: the dead of a gathering counted by its participants' noun ("40 pilgrims died", "Thirty-one worshippers
were killed") are the gathering's death toll, one measure with "people died", not a group's own toll apart (as police
officers killed are). Invented sentences; fails on int18 (3e1629aa)."""

from __future__ import annotations

from tests.compare_helpers import compared, one_holding


def test_a_gatherings_dead_counted_as_its_pilgrims_are_its_death_toll():
    """Pilgrims, worshippers or spectators who died are the gathering's dead: one measure with "people died"."""
    claims = compared(
        "At least 31 people died in the crush at the fair on Sunday. During the last festival on the river, in 2009, "
        "at least 52 pilgrims died when panic broke out at a bus station.",
        "Thirty-one pilgrims were killed in Sunday's crush at the fair. Durante la edición anterior de la feria, "
        "celebrada en 2009, 48 personas murieron en una estampida en la estación de autobuses.",
        published="2025-03-02")
    toll = one_holding(claims, "At least 31 people", "Thirty-one pilgrims")
    assert toll.measure == "dead" and toll.verdict == "agree", (toll.measure, toll.evidence)
    old = one_holding(claims, "at least 52 pilgrims", "48 personas")
    assert old.verdict == "disagree" and old.measure == "dead (earlier event)", (old.measure, old.evidence)
