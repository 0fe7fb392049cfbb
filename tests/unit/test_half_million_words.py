"""Half a million in the Romance languages ("medio millón", "mezzo milione", "meio milhão": compare/numbers.py
SCALED_ONLY_NUMBERS), read only before the scale word ("a medio camino" is no number), and the rouble's names in
Spanish, Portuguese, Italian and German ("rublos", "rubli", "Rubel": data/rates.yaml). Issue 11: on tests/gold_new60,
a study set, "medio millón de rublos" was no figure at all. The sentences are invented."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language"), [
    ("El empresario dijo que pagó medio millón de euros por el terreno.", "es"),
    ("L'imprenditore ha detto di aver pagato mezzo milione di euro.", "it"),
    ("O empresário disse que pagou meio milhão de euros.", "pt"),
])
def test_half_a_million_in_romance_languages(text, language):
    money = [f for f in read(text, language=language) if f.kind == "money"]
    assert [(f.low, f.unit) for f in money] == [(500_000.0, "EUR")]


def test_medio_before_no_scale_is_no_number():
    assert [f.low for f in read("La obra quedó a medio camino con 40 obreros.", language="es")] == [40.0]


@pytest.mark.parametrize(("text", "language", "value"), [
    ("Dijo que le ofrecieron 300.000 rublos por el trabajo.", "es", 300_000.0),
    ("Er sagte, man habe ihm 300.000 Rubel geboten.", "de", 300_000.0),
    ("Ha detto che gli avevano offerto 300.000 rubli.", "it", 300_000.0),
])
def test_roubles_in_other_languages_are_money(text, language, value):
    money = [f for f in read(text, language=language) if f.kind == "money"]
    assert [(f.low, f.unit) for f in money] == [(value, "RUB")]
