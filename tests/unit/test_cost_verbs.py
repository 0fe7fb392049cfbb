"""Issue 11 (b1, measure28a): the verb "to cost" names an amount's measure in every form a news sentence uses it —
the infinitive after a modal with its clitic ("podría costarle a la aerolínea"), the conditional ("costerebbe",
"coûterait"), the feminine participle of a passive or an "essere" perfect ("sia costata"), the German participle at
the clause's end ("hat ... 200 Millionen Dollar gekostet"), as English "could cost the airline $200 million" is read.
Invented sentences; each amount read "cost" here was read with no measure before (briefing_tui/data/measure_words.yaml
``measures: cost``)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def money_measure(text: str, language: str) -> str | None:
    """The measure of the sentence's first amount of money."""
    return next(f.measure for f in read(text, language=language) if f.kind == "money")


@pytest.mark.parametrize(("text", "language"), [
    ("Los analistas creen que la avería podría costarle a la naviera entre 200 y 300 millones de dólares.", "es"),
    ("La huelga costaría a la empresa unos 40 millones de euros.", "es"),
    ("Si stima che il blackout sia costata alla società tra i 200 e i 300 milioni di euro.", "it"),
    ("Secondo gli analisti, lo sciopero costerebbe al gruppo 40 milioni di euro.", "it"),
    ("La grève pourrait coûter 40 millions d'euros au constructeur.", "fr"),
    ("Selon la direction, l'incendie coûterait 15 millions d'euros à l'usine.", "fr"),
    ("A greve pode custar à empresa 40 milhões de euros.", "pt"),
    ("Der Streik hat den Hersteller 40 Millionen Euro gekostet.", "de"),
])
def test_every_form_of_the_verb_to_cost_names_the_cost(text, language):
    assert money_measure(text, language) == "cost"


@pytest.mark.parametrize(("text", "language"), [
    ("La naviera vale ahora unos 200 millones de dólares.", "es"),  # a value, no cost
    ("Il gruppo ha in cassa 40 milioni di euro lungo la costa.", "it"),  # "costa" (a coast) is no verb of costing
    ("Der Hersteller hat 40 Millionen Euro in Bar.", "de"),
])
def test_an_amount_with_no_verb_of_costing_is_no_cost(text, language):
    assert money_measure(text, language) != "cost"
