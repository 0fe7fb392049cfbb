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
