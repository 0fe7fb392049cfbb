"""Issue 11: the dead among people held in custody ("five inmates dead", "dois prisioneiros mortos") are the inmates'
toll (compare/custody_dead.py), never values of a wider event's death toll. Invented sentences; each test fails on
the code before."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import filled_articles, holding


def _claims():
    return compare(filled_articles(
        "2026-06-03",
        "A total of 41 people were killed in the riots that swept Varnia this week, the health ministry said.",
        "Guards opened fire at the Torvel prison during the riots, leaving four inmates dead.",
        "The riots in Varnia have killed 47 people since Monday, the police said.",
        "Nos motins, os guardas da prisão de Torvel abriram fogo, o que resultou em dois prisioneiros mortos."))


def test_inmates_dead_are_not_values_of_the_events_toll():
    claims = [c for c in _claims() if c.measure == "dead"]
    toll = holding(claims, "41 people were killed", "killed 47 people")
    assert len(toll) == 1 and toll[0].verdict == "disagree"
    assert not holding(claims, "41 people were killed", "four inmates dead")
    assert not holding(claims, "killed 47 people", "dois prisioneiros mortos")


def test_the_inmates_dead_are_a_kind_of_the_dead():
    from briefing_tui.compare.custody_dead import custody_dead
    from briefing_tui.model import Figure

    inmates = Figure("count", "four inmates dead", "s", 0, 17, low=4.0, high=4.0, measure="dead")
    people = Figure("count", "41 people", "s", 20, 29, low=41.0, high=41.0, measure="dead")
    assert [f.measure for f in custody_dead([inmates, people])] == ["inmates dead", "dead"]
