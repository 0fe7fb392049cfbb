"""A copyright line that repeats "Copyright" after the sign and sets its rights notice off with a dash ("© Copyright
Nordpress - Riproduzione Riservata") names the outlet alone."""

from briefing_tui.ingest.parse import parse_text

ARTICLE = """Il consiglio comunale approva il nuovo piano per i trasporti

Il consiglio comunale ha approvato martedì il nuovo piano per i trasporti pubblici, con 31 voti a favore e 12 contrari.

Il piano prevede nuove linee di autobus e un potenziamento dei treni regionali entro il 2027.

© Copyright Nordpress - Riproduzione Riservata
"""


def test_copyright_line_with_a_dash_names_the_outlet():
    assert parse_text(ARTICLE, "s1", "s1.txt").outlet == "Nordpress"
