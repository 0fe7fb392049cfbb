"""A word for "one" that ends a list of counts is the count 1 of its noun (issue 11, compare/listed_ones.py): "11
civili e un militare", "11 civis e um soldado"; never an article elsewhere. Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def counts(text: str, language: str):
    return [(f.low, f.unit) for f in read(text, published="2024-05-02", language=language) if f.kind == "count"]


@pytest.mark.parametrize(("language", "text", "one"), [
    ("it", "Nell'attacco sono morte 11 persone (10 civili e un militare).", (1, "militare")),
    ("pt", "O ataque deixou 11 mortos, 10 civis e um soldado, segundo o governo.", (1, "soldado")),
    ("es", "El ataque dejó 11 muertos: 10 civiles y un soldado.", (1, "soldado")),
    ("fr", "L'attaque a fait 11 morts, 10 civils et un soldat.", (1, "soldat")),
    ("de", "Der Angriff tötete 10 Zivilisten und einen Soldaten.", (1, "soldaten")),
    ("es", "En el choque hubo 4 muertos y un herido.", (1, "herido")),
])
def test_one_ending_a_list_of_counts_is_a_count_of_one(language, text, one):
    assert one in counts(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "On compte 13 morts et un deuxième séisme a frappé la ville."),  # an article before more of a clause
    ("es", "Llegaron 3 amigos y un perro grande a la casa."),
    ("it", "Il generale ha parlato con un militare ferito."),  # no list: an article
    ("pt", "Um soldado morreu na fronteira."),  # a singular told by its article alone: no list, no count here
])
def test_an_article_outside_such_a_list_is_no_count(language, text):
    assert all(low != 1 for low, _ in counts(text, language))


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Nell'attacco sono morte 11 persone (10 civili e un militare)."),
    ("pt", "O ataque deixou 11 mortos, 10 civis e um soldado, segundo o governo."),
])
def test_the_one_is_a_part_of_the_toll_before_the_list(language, text):
    [one] = [f for f in read(text, published="2024-05-02", language=language) if f.kind == "count" and f.low == 1]
    assert one.measure == "part soldiers dead"
