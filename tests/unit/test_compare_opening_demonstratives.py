"""Issue 11: a demonstrative that opens a quote or a clause in Portuguese, Spanish or Italian is nobody's figure.
Found on a real budget event: a quote opening "Essa é a nossa hora da verdade" titled a deficit "Essa's deficit share
of gdp" (invented sentences; fails on the code before)."""

from __future__ import annotations

from tests.compare_helpers import compared, one_holding

FRENCH = ("Le Premier ministre a rappelé que le déficit public avait atteint 5,8% du PIB en 2024. "
          "Le gouvernement a présenté son plan mardi.")


def test_a_portuguese_demonstrative_opening_a_quote_is_no_subject():
    claims = compared('"Essa é a nossa hora da verdade", disse o primeiro-ministro, referindo-se aos cofres públicos, '
                      "que registraram um déficit público de 5,8% do PIB em 2024. O governo apresentou o plano.", FRENCH)
    assert one_holding(claims, "déficit público de 5,8%").topic == "Deficit share of gdp: 5.8%"


def test_a_spanish_demonstrative_opening_a_quote_is_no_subject():
    claims = compared('"Esa es nuestra hora de la verdad", dijo el primer ministro, en referencia a las cuentas '
                      "públicas, que registraron un déficit público del 5,8% del PIB en 2024. El Gobierno presentó "
                      "el plan.", FRENCH)
    assert one_holding(claims, "déficit público del 5,8%").topic == "Deficit share of gdp: 5.8%"


def test_a_determiner_opening_a_quote_is_no_subject():
    claims = compared('"Ogni secondo il nostro debito cresce di 5.000 euro", ha detto il primo ministro. Il piano è '
                      "stato presentato martedì.",
                      '"Chaque seconde, notre dette augmente de 5 000 euros", a déclaré le Premier ministre. Le plan a '
                      "été présenté mardi.")
    assert one_holding(claims, "cresce di 5.000 euro").topic.startswith("Debt: €5,000")


def test_a_connective_opening_a_sentence_is_no_one_sentenced():
    from tests.compare_helpers import read

    text = ("Acto seguido, la juez dictó prisión provisional para el acusado hasta el juicio por el que fue condenado a "
            "cuatro años de prisión.")
    assert [f.subject for f in read(text) if f.measure == "prison sentence"] == [None]
