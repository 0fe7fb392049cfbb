"""Issue 11 (class b1): a Romance age read on its own, with no other outlet giving it (compare/ages.py
``foreign_age``: ``_INDEFINITE_PERSON_BEFORE``, ``_AT_AGE_OPENING``): "un homme de 50 ans" mid-sentence (an
indefinite article and a person's noun), "Aos 37 anos, Noboa" (the age opening its sentence, the person named after
the comma: the subject). Invented sentences in French, Spanish, Portuguese and Italian; the reading cases fail on the
code before the rule (3fb77c05: no measure), the guards pass on both."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def _figure(text: str, written: str):
    return next(f for f in read(text) if f.text == written)


@pytest.mark.parametrize(("text", "written"), [
    ("La police a interpellé un homme de 44 ans près de la gare.", "44 ans"),  # French
    ("Los agentes detuvieron a una mujer de 44 años en el puerto.", "44 años"),  # Spanish
    ("A polícia prendeu um homem de 44 anos perto da estação.", "44 anos"),  # Portuguese
    ("I carabinieri hanno fermato un uomo di 44 anni vicino al porto.", "44 anni"),  # Italian
])
def test_an_age_after_an_indefinite_persons_noun(text, written):
    figure = _figure(text, written)
    assert (figure.measure, figure.subject) == ("age", None)


@pytest.mark.parametrize(("text", "written"), [
    ("Aos 44 anos, Marta Lindqvist é a ministra mais jovem do governo.", "44 anos"),  # Portuguese
    ("A los 44 años, Marta Lindqvist es la ministra más joven.", "44 años"),  # Spanish
    ("À 44 ans, Marta Lindqvist devient la plus jeune ministre.", "44 ans"),  # French
    ("A 44 anni, Marta Lindqvist è la ministra più giovane.", "44 anni"),  # Italian
])
def test_an_age_opening_its_sentence_is_the_persons_named_after_it(text, written):
    figure = _figure(text, written)
    assert (figure.measure, figure.subject) == ("age", "Marta Lindqvist")


@pytest.mark.parametrize(("text", "written"), [
    ("Le club a signé un contrat de 4 ans avec l'entraîneur.", "4 ans"),  # a contract's length, no person
    ("La empresa firmó un acuerdo de 25 años con el puerto.", "25 años"),  # an agreement's length
    ("En 44 ans, la ville a doublé sa population.", "44 ans"),  # a span of years opening the sentence
])
def test_a_period_after_another_noun_is_no_age(text, written):
    assert _figure(text, written).measure != "age"
