"""A range written in number words before a unit or a noun is the range low–high, as in digits (issue 11,
compare/word_range_ends.py): "drei bis vier Meter" is 3 to 4 metres, not 4. Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def figures(text: str, language: str):
    return [(f.low, f.high, f.unit, f.qualifier) for f in read(text, published="2024-05-02", language=language)
            if f.kind != "date"]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Am Hafen stieg das Wasser drei bis vier Meter hoch.", [(3, 4, "m", "range")]),
    ("es", "El río dejó olas de tres a cuatro metros en el puerto.", [(3, 4, "m", "range")]),
    ("fr", "Le fleuve a laissé des vagues entre deux et trois mètres au port.", [(2, 3, "m", "range")]),
    ("pt", "O rio deixou ondas de três a quatro metros no porto.", [(3, 4, "m", "range")]),
    ("it", "Il fiume ha lasciato onde da tre a quattro metri nel porto.", [(3, 4, "m", "range")]),
    ("de", "Das Wasser stand zwischen drei und vier Metern hoch.", [(3, 4, "m", "range")]),
    ("en", "The river left waves of one to two metres in the port.", [(1, 2, "m", "range")]),
    ("fr", "Le fleuve a laissé des vagues d'un à deux mètres au port.", [(1, 2, "m", "range")]),
    ("es", "En el pueblo murieron entre tres y cinco vecinos.", [(3, 5, "vecino", "range")]),
    ("es", "El río dejó olas de dos a tres metros en el puerto.", [(2, 3, "m", "range")]),
    ("it", "Il fiume ha lasciato onde da due a tre metri nel porto.", [(2, 3, "m", "range")]),
])
def test_a_range_of_number_words_reads_as_low_to_high(language, text, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("es", "La cifra de heridos subió de tres a cuatro."),  # a change after a verb of change: no range
    ("de", "Sie nannten drei und vier Namen."),  # "and" with no word of "between": a list
    ("fr", "Le score est passé de deux à trois buts."),
    ("en", "The flight was delayed due to three storms."),  # English "due"
])
def test_a_change_or_a_list_of_number_words_is_no_range(language, text):
    assert all(f.qualifier != "range" for f in read(text, published="2024-05-02", language=language))
