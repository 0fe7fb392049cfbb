"""Issue 11: a share of an electricity system's demand is one measure in every language ("demand"), a share of it
brought back another ("demand restored", which moves with the hour of the report), and a share of the supply that a
source gives a third ("supply"): "60% of national demand" and "el 60% del consumo" agree, and are never weighed against
"59% of the electricity supply" from renewables nor "48% of demand restored". Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, holding, read


@pytest.mark.parametrize(("text", "language", "measure"), [
    ("The town lost 3 gigawatts, or 40% of regional demand, in a minute.", None, "demand"),
    ("La ciudad perdió el 40% del consumo eléctrico en un minuto.", "es", "demand"),
    ("La ville a perdu 40 % de la consommation régionale en une minute.", "fr", "demand"),
    ("By midnight 70% of the demand had been restored, the operator said.", None, "demand restored"),
    ("A operadora disse que 70% da demanda já foi recuperada na região.", "pt", "demand restored"),
    ("Selon l'opérateur, 70 % de l'approvisionnement était revenu à la normale.", "fr", "demand restored"),
    ("Wind farms gave 30% of the region's electricity supply that morning.", None, "supply"),
])
def test_the_measure_of_a_share_of_demand(text, language, measure):
    shares = [f for f in read(text, language) if f.kind == "percent"]
    assert [f.measure for f in shares] == [measure]


def test_a_share_of_demand_in_two_languages_agrees_and_keeps_apart_from_a_share_of_supply():
    claims = compared(
        "The grid of the island failed at noon. About 3 gigawatts, 40% of national demand, vanished in a minute.",
        "La red de la isla cayó al mediodía. Se perdieron unos 3 gigavatios, el equivalente al 40% del consumo.",
        "The grid of the island failed at noon. Wind farms supplied some 41% of the island's electricity supply.",
    )
    both = holding(claims, "40% of national demand", "40% del consumo")
    assert len(both) == 1 and both[0].verdict == "agree"
    assert not holding(claims, "40% of national demand", "41% of the island")
