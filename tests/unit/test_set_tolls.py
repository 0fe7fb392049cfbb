"""A toll set to a new value by a verb before its noun, past an aside (compare/revised_tolls.py): "raised the death
toll from the fire at the warehouse in Lagos, Nigeria, to 31 people" counts the dead, not people."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language"), [
    ("Officials raised the death toll from the fire at the warehouse in Lagos, Nigeria, to 31 people.", "en"),
    ("Les autorités ont porté le bilan de l'incendie de l'usine de Lyon, dans le Rhône, à 31 personnes.", "fr"),
    ("Las autoridades elevaron el domingo la cifra de víctimas mortales por el incendio en la fábrica de Valdemoro, "
     "en Madrid, a 31 personas, con 90 heridos.", "es"),
    ("Las autoridades actualizaron el número de muertos por el derrumbe en la mina de Oruro, en Bolivia, a 31 "
     "personas.", "es"),
    ("As autoridades atualizaram o número de mortos no incêndio da fábrica de Recife, em Pernambuco, para 31 "
     "pessoas.", "pt"),
    ("Le autorità hanno aggiornato il bilancio delle vittime dell'incendio nella fabbrica di Prato, in Toscana, a 31 "
     "persone.", "it"),
])
def test_a_toll_set_past_an_aside_counts_its_measure(text, language):
    assert [f.measure for f in read(text, language=language) if f.kind == "count"][:1] == ["dead"]


@pytest.mark.parametrize(("text", "language"), [
    # no verb setting a toll: the people are not the dead
    ("The mayor of Lagos, Nigeria, spoke to 31 people.", "en"),
    # a verb of setting, but not a toll: what was brought to the people is no count of the dead
    ("Rescuers brought water from the depot in Lagos, Nigeria, to 31 people.", "en"),
])
def test_without_a_toll_set_the_people_are_not_the_dead(text, language):
    assert [f.measure for f in read(text, language=language) if f.kind == "count"][:1] == ["people"]
