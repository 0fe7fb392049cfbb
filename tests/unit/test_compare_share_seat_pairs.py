"""Issue 11: seats given with a share of the vote ("obtient 33,2 % des voix et 142 députés", "con el 23,4% y 58
escaños", "com 32,72% e 89 deputados") are the seats of the share's party. Found on a real election, where such counts
of members were read as "legislator" counts of nobody, or as seats of nobody, and never joined the party's seats
(invented sentences; each test fails on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "count", "party"), [
    ("Le Parti Azur obtient 31,4 % des voix et 97 députés.", "fr", "97 députés", "Parti Azur"),
    ("O Movimento Verde tem 6,1% e 11 deputados.", "pt", "11 deputados", "Movimento Verde"),
    ("El Partido Azul gana con el 27,9% y 64 escaños.", "es", "64 escaños", "Partido Azul"),
    ("Il Fronte Azzurro ottiene il 12,5% dei voti e 40 deputati.", "it", "40 deputati", "Fronte Azzurro"),
])
def test_members_counted_with_a_share_are_its_partys_seats(text, language, count, party):
    found = {f.text: (f.measure, f.subject) for f in read(text, language=language)}
    assert found[count] == ("seats", party)


def test_a_past_result_after_the_share_is_left_as_it_was_read():
    # ("57 députés en 1985": a result of another election, not the party's seats now)
    found = {f.text: f.measure for f in read("Le Parti Azur fait pire qu'en 1985, avec 20,8 % et 57 députés en 1985.",
                                               language="fr")}
    assert found["57 députés"] != "seats"


def test_a_count_after_another_word_than_and_is_no_share_seats():
    found = {f.text: (f.measure, f.subject) for f in read("Le Parti Azur obtient 31,4 % des voix, selon 97 députés.",
                                                          language="fr")}
    assert found["97 députés"] != ("seats", "Parti Azur")
