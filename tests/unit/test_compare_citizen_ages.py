"""A citizen, an interpreter or a translator opening the sentence, an age in years in apposition after it, is a
person's age ("Il cittadino giapponese di 40 anni", "El traductor, de 40 años,"), as an actor's is. Every sentence is
made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language"), [
    ("Il cittadino giapponese di 52 anni è stato arrestato a Roma.", "it"),
    ("El traductor, de 52 años, fue detenido en Madrid.", "es"),
    ("O cidadão de 52 anos foi preso em Lisboa.", "pt"),
    ("Le traducteur de 52 ans a été interpellé à Lyon.", "fr"),
])
def test_an_age_after_a_citizen_or_translator_is_an_age(text, language):
    assert [(f.low, f.measure) for f in read(text, language=language)] == [(52.0, "age")]
