"""Issue 11 (tests/gold_new69, a shipwreck): people brought out alive or who lived through it, told in the count's
predicate in five languages, are the rescued or the survivors (one family), never the dead ("retrouvées en vie" is
no "perdu la vie") nor the residents (Italian "persone vive" is not Spanish "vive"): compare/lives_lost.py and
data/measure_words.yaml's predicates. A word of still or burial before "alive" is no rescue. Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measure_of(text: str, needle: str) -> str | None:
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1, [(f.text, f.measure) for f in read(text)]
    return found[0].measure


@pytest.mark.parametrize(("text", "needle"), [
    ("Selon la préfecture, 37 personnes ont été retrouvées en vie sur la plage.", "37 personnes"),
    ("I sommozzatori hanno recuperato 37 persone vive dopo il ribaltamento.", "37 persone"),
    ("Finora 37 persone sono state tratte in salvo dalla motovedetta.", "37 persone"),
    ("37 Menschen wurden am Morgen lebend aus dem See geborgen.", "37 Menschen"),
    ("Los buzos encontraron 37 personas vivas entre los restos del ferry.", "37 personas"),
    ("Na manhã de sábado, 37 pessoas foram encontradas vivas.", "37 pessoas"),
])
def test_people_brought_out_alive_are_the_rescued(text, needle):
    assert measure_of(text, needle) == "rescued"


@pytest.mark.parametrize(("text", "needle"), [
    ("Seuls 37 passagers ont survécu au chavirage du ferry.", "37 passagers"),
    ("Solo 37 personas sobrevivieron al hundimiento del transbordador.", "37 personas"),
    ("Nur 37 Menschen überlebten den Untergang der Fähre.", "37 Menschen"),
    ("Apenas 37 pessoas sobreviveram ao naufrágio da balsa.", "37 pessoas"),
    ("Slechts 37 mensen overleefden de ramp met de veerboot.", "37 mensen"),
])
def test_people_who_lived_through_it_are_the_survivors(text, needle):
    assert measure_of(text, needle) == "survivors"


@pytest.mark.parametrize(("text", "needle"), [
    ("Après le séisme, 12 personnes sont toujours en vie sous les décombres.", "12 personnes"),
    ("Die Retter hoffen, dass 12 Menschen noch lebend im Stollen sind.", "12 Menschen"),
])
def test_still_alive_is_neither_rescued_nor_dead(text, needle):
    assert measure_of(text, needle) not in {"rescued", "dead"}


@pytest.mark.parametrize(("text", "needle"), [
    ("Au moins 37 personnes ont perdu la vie dans le naufrage.", "37 personnes"),
    ("Pelo menos 37 pessoas perderam a vida no naufrágio.", "37 pessoas"),
    ("Almeno 37 persone hanno perso la vita nel naufragio.", "37 persone"),
])
def test_a_life_lost_is_still_the_dead(text, needle):
    assert measure_of(text, needle) == "dead"
