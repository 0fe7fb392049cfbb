"""Issue 11 (class b1): a bare number in brackets right after a noun of members or mandates counts seats
(compare/bracketed_lists.py ``bracketed_member_counts``): "con lo stesso numero di deputati (58)", "com mais um
deputado (9)". Invented sentences in five languages; the reading cases fail on the code before the rule
(3fb77c05: no measure), the guards pass on both."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def _figure(text: str, written: str):
    return next(f for f in read(text) if f.text == written)


@pytest.mark.parametrize("text", [
    "I verdi restano con lo stesso numero di deputati (41) della scorsa legislatura.",  # Italian
    "O partido verde ficou com mais um deputado (41) do que em 2022.",  # Portuguese, the singular
    "Les écologistes gardent le même nombre de députés (41) qu'en 2022.",  # French
    "Los verdes mantienen el mismo número de diputados (41) que hace tres años.",  # Spanish
    "Die Grünen haben nun mehr Abgeordnete (41) als vor drei Jahren.",  # German, a capitalised noun
])
def test_a_bracketed_number_after_a_noun_of_members_is_seats(text):
    figure = _figure(text, "41")
    assert (figure.measure, figure.subject) == ("seats", None)


@pytest.mark.parametrize("text", [
    "Flooding struck four towns: Alzira (41), Sueca (12) and Cullera (9).",  # a place's count, not seats
    "The committee heard more witnesses (41) than in any earlier inquiry.",  # another noun
])
def test_a_bracketed_number_after_another_word_is_not_seats(text):
    assert _figure(text, "41").measure != "seats"
