"""A short question heading under a page's headline ("De quoi on parle ?", "Why does it matter?") opens a section:
it is no headline and does not displace the one found above it (issue 11). Invented pages."""

from __future__ import annotations

from briefing_tui.ingest.parse import parse_text

FRENCH = """Retraites, impôts, services publics : le gouvernement présente un plan d'économies sans précédent
© Unsplash
De quoi on parle ?
Le gouvernement a présenté mercredi un plan de 25 milliards d'euros d'économies pour l'an prochain, avec le gel des pensions et la suppression de 2 000 postes dans les administrations centrales.
Pourquoi c'est important ?
La dette publique atteint désormais 118 % du PIB et sa charge dépasse les 60 milliards d'euros par an, selon la Cour des comptes.
"""

ENGLISH = """City council approves new tram line after two years of debate over the route
Why does it matter?
The council voted 31 to 12 on Tuesday to build the eleven-kilometre line, which will link the airport to the old town by 2031.
"""


def test_a_short_question_heading_does_not_displace_the_headline():
    assert parse_text(FRENCH, "page").title == ("Retraites, impôts, services publics : le gouvernement présente un "
                                                "plan d'économies sans précédent")
    assert parse_text(ENGLISH, "page").title == ("City council approves new tram line after two years of debate over "
                                                 "the route")
