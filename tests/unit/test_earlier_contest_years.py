"""Issue 11 (subject25): a contest figure whose clause names the contest with its year right after the noun ("mit
20,5 Prozent bei der Wahl 2017", "al 23,1% alle elezioni del 2018", "with 31% in the election of 2017") is that
earlier contest's, never weighed against the reported one's; a year of the article's own is the contest reported.
Invented sentences; fails on the code before (a91859ff): only "de 2017" after the noun and a year before it were read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.compare.claims import build_claims
from tests.compare_helpers import earlier_contest_year, filled_articles

DAY = dt.date(2024, 3, 11)


def contest_year(body: str, figure: str) -> str | None:
    return earlier_contest_year(body, figure, DAY)


@pytest.mark.parametrize(("body", "figure", "year"), [
    ("Ihr schlechtestes Ergebnis holten die Blauen mit 20,5 Prozent der Stimmen bei der Wahl 2017.", "20,5 Prozent", "2017"),
    ("I Blu erano arrivati al 23,1% dei voti alle elezioni del 2018.", "23,1%", "2018"),
    ("The Blues had won 31% of the vote in the election of 2017.", "31%", "2017"),
    ("Les Bleus avaient obtenu 27,4 % des voix aux élections de 2017.", "27,4 %", "2017"),
])
def test_a_contest_named_with_a_past_year_after_its_noun_is_an_earlier_contest(body, figure, year):
    assert contest_year(body, figure) == year


def test_the_contest_of_the_articles_own_year_is_the_one_reported():
    assert contest_year("Die Blauen kamen auf 18,2 Prozent der Stimmen bei der Wahl 2024.", "18,2 Prozent") is None


def test_a_partys_result_at_an_earlier_election_is_not_weighed_with_its_result_now():
    sources = filled_articles("2024-03-11",
        "Die Blauen kamen auf nur 18,2 Prozent der Stimmen. Das bisher schlechteste "
        "Ergebnis holte die Partei von Kanzlerin Eva Roth mit 21,5 Prozent bei der Wahl 2017.",
        "Die Blauen erhielten nur 18,2 Prozent der Stimmen.")
    claims = build_claims(sources)
    assert not [c for c in claims if any("21,5" in s.text for s in c.statements)
                and any(s.source == "o2" for s in c.statements)], \
        [(c.topic, c.verdict, [s.text for s in c.statements]) for c in claims]
