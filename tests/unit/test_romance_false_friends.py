"""Issue 11 (measure24, b1: a figure read with a wrong measure): the Italian verb "sale" (rises) and the noun "fine"
(the end), spelled as the English measure words "sale" and "fine", name no measure when an Italian preposition follows
them ("La Lega sale al 9,1%", "Entro la fine del mese arriveranno 20 milioni di euro"); English "sale" and "fine" keep
theirs ("the sale of the unit", "a fine of €500 million"). Invented sentences; fails on the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measures(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind in ("percent", "money", "count")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("La Lega sale al 9,1%.", "it", [("9,1%", None)]),
    ("Il debito pubblico sale dal 60% all'80%.", "it", [("60%", "debt"), ("80%", None)]),
    ("Entro la fine del mese arriveranno 20 milioni di euro.", "it", [("20 milioni di euro", None)]),
    ("Alla fine del processo Rossi ha avuto 20 milioni di euro.", "it", [("20 milioni di euro", None)]),
])
def test_an_italian_false_friend_names_no_measure(text, language, expected):
    assert measures(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The sale of the unit raised $3 billion.", [("$3 billion", "sale")]),
    ("Apple paid a fine of €500 million.", [("€500 million", "fine")]),
    ("The firm put up for sale a 10% stake.", [("10%", "sale")]),
])
def test_the_english_words_keep_their_measure(text, expected):
    assert measures(text, "en") == expected


def test_a_share_after_sale_al_still_takes_a_measure_named_after_it():
    assert measures("Il PD sale al 22,8% dei voti.", "it") == [("22,8%", "votes")]
