"""A count followed by a named incident in a Romance language (issue 11): the noun comes before the name ("11 à
l'incendie d'Eaton", "17 en el incendio de Eaton"), and that name is the count's subject, not a name before it
that belongs to an earlier count of the list (a French wire on two wildfires put "11 à l'incendie d'Eaton" under the
other fire, a false disagreement with the other fire's toll)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Quatre décès sont attribués à l'incendie de Ridgeway et 9 à l'incendie d'Oakmont.", "fr", "Oakmont"),
    ("Cuatro muertes se registraron en el incendio de Ridgeway y 9 en el incendio de Oakmont.", "es", "Oakmont"),
    ("Quatro mortes ocorreram no bairro de Ridgeway e 9 no incêndio de Oakmont.", "pt", "Oakmont"),
    ("Quattro morti nel quartiere di Ridgeway e 9 morti nell'incendio di Oakmont.", "it", "Oakmont"),
])
def test_a_later_count_of_a_list_is_the_named_incident_after_it(text, language, expected):
    (nine,) = [f for f in read(text, "2026-02-03", language) if f.low == 9]
    assert (nine.measure, nine.subject) == ("dead", expected)

