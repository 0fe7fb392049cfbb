"""An indefinite article before a scale word and a currency word stands for one: "a million dollars", "eine
Million Dollar", "un millón de dólares", "um milhão de dólares", "un milione di dollari" are money. Every sentence is
made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "written", "value", "unit"), [
    ("The mayor must repay a million dollars to the city.", None, "a million dollars", 1e6, "USD"),
    ("Der Bürgermeister muss eine Million Euro an die Stadt zahlen.", "de", "eine Million Euro", 1e6, "EUR"),
    ("Le maire doit rembourser un million d'euros à la ville.", "fr", "un million d'euros", 1e6, "EUR"),
    ("El alcalde debe devolver un millón de dólares a la ciudad.", "es", "un millón de dólares", 1e6, "USD"),
    ("O prefeito deve devolver um milhão de reais à cidade.", "pt", "um milhão de reais", 1e6, "BRL"),
    ("Il sindaco deve restituire un milione di euro al comune.", "it", "un milione di euro", 1e6, "EUR"),
    ("Die Brücke kostet eine Milliarde Euro.", "de", "eine Milliarde Euro", 1e9, "EUR"),
])
def test_an_article_before_a_scale_word_is_one(text, language, written, value, unit):
    found = [(f.text, f.low, f.unit) for f in read(text, language=language) if f.kind == "money"]
    assert found == [(written, value, unit)]


def test_an_article_before_a_currency_alone_is_no_amount():
    assert read("He bought the old house for a dollar.") == []
