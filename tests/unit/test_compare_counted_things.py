"""Issue 11: things a disaster, a war or a rescue counts take one English name whatever the language
(data/counted_names.yaml), so that "45 véhicules", "45 Fahrzeuge" and "45 vehicles" are one measure; a narrower
thing keeps its own name. Invented sentences; each fails on int10 (ca0ef4b9), where the foreign noun was kept."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measure_of(text: str, needle: str) -> str | None:
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1, [(f.kind, f.text, f.measure) for f in read(text)]
    return found[0].measure


@pytest.mark.parametrize(("text", "needle", "measure"), [
    ("Les flammes ont détruit 45 véhicules sur le parking.", "45", "vehicle"),
    ("Das Feuer zerstörte 45 Fahrzeuge auf dem Parkplatz.", "45", "vehicle"),
    ("La riada arrastró 12 coches hasta el río.", "12", "car"),
    ("Der Sturm entwurzelte 3000 Bäume im Stadtpark.", "3000", "tree"),
    ("Die Armee schoss in der Nacht 18 Drohnen ab.", "18", "drone"),
    ("Fueron lanzados 40 misiles contra la ciudad.", "40", "missile"),
    ("La piena ha danneggiato 7 ponti nella valle.", "7", "bridge"),
    ("Os bombeiros combatem 85 incêndios no estado.", "85", "fire"),
    ("Il gruppo annuncia 1.200 licenziamenti negli stabilimenti.", "1.200", "layoff"),
    # the abducted are hostages, as the English count names them
    ("Die Miliz hält noch 27 Entführte fest.", "27", "hostage"),
    ("La banda mantiene a 14 secuestrados en la selva.", "14", "hostage"),
])
def test_a_counted_thing_takes_its_one_english_name(text, needle, measure):
    assert measure_of(text, needle) == measure


def test_a_narrower_thing_keeps_its_own_name():
    # cars are vehicles, but a count of cars is not a count of vehicles; rockets are not missiles
    assert measure_of("La riada arrastró 12 coches y 30 vehículos.", "12") == "car"
    assert measure_of("Die Miliz feuerte 25 Raketen ab.", "25") == "rocket"


@pytest.mark.parametrize(("text", "needle"), [
    ("The inquiry heard witnesses over 40 sessions in two years.", "40"),
    ("El juicio se prolongó durante 41 audiencias.", "41"),
    ("Il processo si è chiuso dopo 42 udienze.", "42"),
    ("Das Verfahren umfasste 43 Verhandlungstage.", "43"),
])
def test_a_trials_sittings_are_one_count_whatever_the_language(text, needle):
    assert measure_of(text, needle) == "hearing"


def test_sittings_told_in_two_languages_are_one_claim():
    from briefing_tui.compare import compare
    from tests.compare_helpers import article
    claims = compare([article("alpha", "2025-05-02", "The fraud trial ended after 60 sessions over two years."),
                      article("beta", "2025-05-02", "El juicio por fraude terminó tras 61 audiencias.")])
    held = [c for c in claims if len({s.source for s in c.statements}) == 2]
    assert [c.verdict for c in held] == ["disagree"]
