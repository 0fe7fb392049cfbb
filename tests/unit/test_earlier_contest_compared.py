"""Issue 11 (subjects26): a contest figure compared with an earlier contest ("turnout was 82.5%, higher than at the
2021 election", "höher als bei der Wahl 2021", "plus forte que lors des élections de 2019") is the reported
contest's own figure: the word of a comparison before the preposition keeps it from being that earlier contest's.
Invented sentences; fails on the code before (01f146af): the gap before the contest let a comparison through.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.compare_helpers import earlier_contest_year

DAY = dt.date(2024, 3, 11)


def contest_year(body: str, figure: str) -> str | None:
    return earlier_contest_year(body, figure, DAY)


@pytest.mark.parametrize(("body", "figure"), [
    ("Turnout was 82.5%, higher than at the 2021 election.", "82.5%"),
    ("Die Wahlbeteiligung lag bei 76,4 Prozent und damit höher als bei der Wahl 2021.", "76,4 Prozent"),
    ("La participation a atteint 71,2 %, plus forte que lors des élections de 2019.", "71,2 %"),
    ("La participación fue del 66,3%, más alta que en las elecciones de 2019.", "66,3%"),
    ("L'affluenza è stata del 63,8%, più alta che alle elezioni del 2018.", "63,8%"),
    ("A participação foi de 61,5%, maior do que nas eleições de 2020.", "61,5%"),
])
def test_a_figure_compared_with_an_earlier_contest_is_the_reported_contests(body, figure):
    assert contest_year(body, figure) is None


@pytest.mark.parametrize(("body", "figure", "year"), [
    ("The Blues had won 31% of the vote in the election of 2017.", "31%", "2017"),
    ("Turnout stood at 64.2% at the 2019 election.", "64.2%", "2019"),
    ("Les Bleus avaient obtenu 27,4 % des voix lors des élections de 2017.", "27,4 %", "2017"),
])
def test_a_figure_of_an_earlier_contest_without_a_comparison_stays_that_contests(body, figure, year):
    assert contest_year(body, figure) == year
