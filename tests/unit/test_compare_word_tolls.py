"""Issue 11: a toll written with a number word that is also another word ("due", "dos", "un", "einen") is a count,
right before a noun of the dead, injured, missing or arrested of its language. Found on a real post-election protest:
"Almeno due morti" and "mindestens einen Toten" were no figure, so the first toll stood nowhere (invented sentences;
fails on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "measure", "value", "qualifier"), [
    ("Almeno due morti negli scontri di ieri sera a Valencia.", "it", "dead", 2.0, "at_least"),
    ("Nach dem Unwetter gab es mindestens einen Toten in Bayern.", "de", "dead", 1.0, "at_least"),
    ("La explosión dejó dos heridos en la planta de Tarragona.", "es", "injured", 2.0, None),
    ("O acidente deixou um morto na estrada de Braga.", "pt", "dead", 1.0, None),
])
def test_a_number_word_before_a_toll_noun_counts_it(text, language, measure, value, qualifier):
    found = [(f.measure, f.low, f.qualifier) for f in read(text, language=language) if f.kind == "count"]
    assert (measure, value, qualifier) in found, found


@pytest.mark.parametrize(("text", "language"), [
    ("O número dos mortos ainda não foi confirmado pelas autoridades.", "pt"),  # "of the dead"
    ("Den Toten wurde am Sonntag in Hamburg gedacht.", "de"),  # an article, no number
    ("Le scadenze due entro marzo sono state rinviate.", "it"),
])
def test_the_same_words_elsewhere_count_nothing(text, language):
    assert [f.text for f in read(text, language=language) if f.kind == "count"] == []
