"""Issue 11: other languages' words for a disaster's people and harm name the measure their English twins name, so
that a French, Spanish, German, Italian or Portuguese count meets the English one (data/measure_words.yaml).
Invented sentences; each fails on int10 (ca0ef4b9), where the word was kept as its own measure or named none."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measure_of(text: str, needle: str) -> str | None:
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1, [(f.kind, f.text, f.measure) for f in read(text)]
    return found[0].measure


@pytest.mark.parametrize(("text", "needle", "measure"), [
    # neighbours and riverside residents are people: what befell them is their measure, as English "residents"
    ("Rund 800 Anwohner wurden evakuiert.", "800", "displaced"),
    ("Les pompiers ont évacué 650 riverains du quartier.", "650", "displaced"),
    # the verbs of clearing people out, as "desalojados" are the displaced
    ("La policía desalojó a 1.500 vecinos del barrio.", "1.500", "displaced"),
    # the harm done, in the other words for it ("dommages", "destrozos", "estragos", a German compound of "Schaden")
    ("Les dommages sont évalués à 3 millions d'euros.", "3 millions", "damage"),
    ("Los destrozos ascienden a 4 millones de euros.", "4 millones", "damage"),
    ("Os estragos somam 6 milhões de euros.", "6 milhões", "damage"),
    ("Der Hagelschaden beläuft sich auf 5 Millionen Euro.", "5 Millionen", "damage"),
    # admissions to hospital
    ("Se contabilizaron 30 hospitalizaciones en la provincia.", "30", "hospitalised"),
    ("Foram registradas 42 internações no estado.", "42", "hospitalised"),
    # aftershocks, as English "tremors"
    ("Nella notte si sono registrate 120 scosse.", "120", "aftershocks"),
    # German "betroffen" and its verb before the count, as French "a touché": the affected
    ("Das Hochwasser betraf 9.000 Menschen im Tal.", "9.000", "affected"),
    ("Im Landkreis sind 7.500 Menschen betroffen.", "7.500", "affected"),
    # custody, as English "custody": the arrested
    ("Die Polizei nahm 35 Menschen in Gewahrsam.", "35", "arrested"),
    # emergency shelters, as English "shelters": the displaced
    ("Etwa 400 Menschen wurden in Notunterkünften untergebracht.", "400", "displaced"),
    # the accused of a German or a Portuguese case: its defendants
    ("Das Verfahren richtet sich gegen 11 Beschuldigte.", "11", "defendants"),
    ("O julgamento dos 17 arguidos começou ontem.", "17", "defendants"),
    # civilians are people: what befell them is their measure, as English "civilians"
    ("Au moins 23 civils ont été tués dans la frappe.", "23", "dead"),
    ("Unter den Toten des Angriffs waren 31 Zivilisten.", "31", "dead"),
    # the drowned are dead, as English "drowned"
    ("Nach dem Unglück zählte man 12 Ertrunkene.", "12", "dead"),
    ("Los equipos recuperaron 9 ahogados en la costa.", "9", "dead"),
    # the jailed, as English "detainees"
    ("Die Behörden meldeten 45 Inhaftierte.", "45", "arrested"),
    # people trapped or buried alive under rubble, as English "trapped", "buried"
    ("Unter den Trümmern sind noch 26 Menschen verschüttet.", "26", "trapped"),
    ("Une trentaine de personnes sont ensevelies sous les décombres.", "trentaine", "trapped"),
    ("Ci sono ancora 19 persone intrappolate nel palazzo.", "19", "trapped"),
    ("Há 8 pessoas soterradas no bairro.", "8", "trapped"),
    # the death of a count of people, as English "the deaths of 12 people"
    ("El balance subió a 40 tras el fallecimiento de seis personas en la costa.", "seis", "dead"),
    ("La tormenta provocó la muerte de 14 personas en el valle.", "14", "dead"),
    ("O temporal causou o falecimento de 9 pessoas na serra.", "9", "dead"),
])
def test_a_foreign_word_names_its_english_twins_measure(text, needle, measure):
    assert measure_of(text, needle) == measure


def test_trapped_and_missing_stay_two_measures():
    # two fates side by side in one sentence are two counts
    found = {f.text: f.measure for f in read("En el edificio 30 personas siguen atrapadas y 45 desaparecidas.")}
    assert found["30 personas"] == "trapped"
    assert found["45 desaparecidas"] == "missing"
