"""A range told with a word of "from" whose scale word only its upper end carries (issue 11): "de 550 a 600 milhões
de visitantes" is one range of 550 to 600 million (it was a bare 550 beside 600 million), while a verb of change
before the "from" keeps two values ("subió de 3 a 4 millones"), and English ones are scaled ("climbed from 5 to 6
billion" was 5 and 6)."""

from __future__ import annotations

import pytest

from briefing_tui.compare.scaled_from_ranges import from_without_change
from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "low", "high"), [
    ("Los organizadores esperan de 40 a 45 millones de peregrinos en total.", "es", 40e6, 45e6),
    ("A prefeitura prevê de 12 a 15 milhões de turistas neste verão.", "pt", 12e6, 15e6),
    ("Les assureurs chiffrent la facture de 3 à 4 milliards d'euros.", "fr", 3e9, 4e9),
    ("Gli organizzatori attendono da 7 a 9 milioni di visitatori.", "it", 7e6, 9e6),
    ("Organisers expect from 40 to 45 million pilgrims in all.", "en", 40e6, 45e6),
])
def test_a_from_range_scaled_at_its_upper_end_is_one_range(text, language, low, high):
    ranged = [f for f in read(text, "2026-02-03", language) if f.qualifier == "range"]
    assert [(f.low, f.high) for f in ranged] == [(low, high)]
    assert not any(f.low == low / 1e6 or f.low == low / 1e9 for f in read(text, "2026-02-03", language))


@pytest.mark.parametrize(("text", "language"), [
    ("El presupuesto subió de 3 a 4 millones de euros.", "es"),
    ("Le coût est passé de 3 à 4 milliards d'euros.", "fr"),
    ("O custo aumentou de 3 a 4 bilhões de reais.", "pt"),
    ("The number of subscribers climbed from 5 to 6 million this year.", "en"),
])
def test_a_word_of_change_before_from_keeps_two_values(text, language):
    assert not [f for f in read(text, "2026-02-03", language) if f.qualifier == "range"]


def test_an_english_change_with_its_scale_after_both_numbers_is_scaled():
    values = sorted(f.low for f in read("The number of subscribers climbed from 5 to 6 million this year.",
                                        "2026-02-03", "en") if f.kind == "count")
    assert values == [5e6, 6e6]


@pytest.mark.parametrize(("before", "expected"), [
    ("los organizadores esperan de ", True),
    ("the estimate went from ", False),
    ("le coût a grimpé de ", False),
    ("il debito è salito da ", False),
    ("die Kosten liegen bei ", False),  # (no word of "from")
])
def test_from_without_change(before, expected):
    assert from_without_change(before) is expected
