"""A rank set told by a one-word Romance superlative after a plural article ("uno de los cinco mayores productores",
"tra i cinque maggiori gruppi", "um dos cinco maiores grupos", "parmi les cinq meilleurs") is a ranking, never a count
of the event's things (compare/ranked_counts.py). Issue 11: on tests/gold_new61, a study set, "uno de los cinco
mayores actores mundiales del sector químico" was a count of "actores" beside the English "top 5 global chemicals
company", a ranking. "Menores" and "minori" are nouns too (the minors) and rank nothing. The sentences are invented."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def _measures(text: str, language: str) -> list[str | None]:
    return [f.measure for f in read(text, language=language) if f.kind == "count"]


@pytest.mark.parametrize(("text", "language"), [
    ("El grupo aspira a ser uno de los cinco mayores productores de acero del mundo.", "es"),
    ("La banca è tra i cinque maggiori gruppi del paese.", "it"),
    ("A empresa é um dos cinco maiores grupos químicos do mundo.", "pt"),
    ("Le club figure parmi les cinq meilleurs d'Europe.", "fr"),
])
def test_a_one_word_romance_superlative_makes_a_rank_set(text, language):
    assert _measures(text, language) == ["ranking"]


def test_minors_are_counted_not_ranked():
    assert _measures("Los tres menores fueron rescatados por los bomberos.", "es") != ["ranking"]
