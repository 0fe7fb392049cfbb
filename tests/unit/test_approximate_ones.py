"""One unit of measure after an approximator, written with a word for "one" that is also an article, is 1 of that
unit with the approximator's qualifier (issue 11, compare/approximate_ones.py); the article alone is no number.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def figures(text: str, language: str):
    return [(f.low, f.high, f.unit, f.qualifier, f.measure) for f in read(text, published="2024-05-02",
                                                                           language=language) if f.kind != "date"]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "En la bahía se midieron olas cercanas a un metro.", [(1, 1, "m", "about", "height")]),
    ("es", "El agua subió casi un metro en el muelle.", [(1, 1, "m", "nearly", "height")]),
    ("fr", "La mer est montée de près d'un mètre dans la baie.", [(1, 1, "m", "nearly", "height")]),
    ("pt", "A água subiu quase um metro no cais.", [(1, 1, "m", "nearly", "height")]),
    ("de", "Das Wasser stieg rund einen Meter am Kai.", [(1, 1, "m", "about", "height")]),
    ("it", "L'acqua è salita di circa un metro nel porto.", [(1, 1, "m", "about", "height")]),
    ("en", "Waves of around one metre hit the pier.", [(1, 1, "m", "about", "height")]),
    ("en", "Waves of about a metre hit the pier.", [(1, 1, "m", "about", "height")]),
    ("es", "Las olas alcanzaron hasta un metro.", [(1, 1, "m", "up_to", "height")]),
])
def test_one_unit_after_an_approximator_is_one_of_it(language, text, expected):
    assert figures(text, language) == expected


def test_one_mile_after_an_approximator_is_in_kilometres():
    [(low, high, unit, qualifier, _)] = figures("The queue stretched nearly a mile along the road.", "en")
    assert (round(low, 3), unit, qualifier) == (1.609, "km", "nearly")


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Compró un metro de tela en el mercado."),  # the article alone: no number
    ("fr", "Il a acheté un mètre de tissu au marché."),
    ("en", "She stood a metre away from the door."),
    ("de", "Er kaufte einen Meter Stoff."),
])
def test_the_article_alone_before_a_unit_is_no_number(language, text):
    assert figures(text, language) == []


def test_one_metre_in_digits_is_a_length():
    assert figures("The wall is 1 metre high.", "en") == [(1, 1, "m", None, "height")]
