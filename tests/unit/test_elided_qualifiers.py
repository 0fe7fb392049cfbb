"""Qualifiers elided onto the figure's article or written as one word: Italian "più dell'80%", "meno dell'80%",
French "plus d'1,5 million", "moins d'1,5 million", German "gut 125.000" (a good 125,000: a bit more than it),
Portuguese "perto de 300" (nearly). Before, the qualifier was lost and the figure read as exact (figure_patterns
``_QUAL`` needed a space after the qualifier; data/measure_words.yaml ``qualifiers``). Invented sentences; the
reading tests fail on the code before."""

from __future__ import annotations

import pytest

from briefing_tui.compare.tolerance import compare_values
from tests.compare_helpers import read


def _only(text: str, kind: str, language: str | None = None):
    return next(f for f in read(text, language=language) if f.kind == kind)


@pytest.mark.parametrize(("text", "kind", "language", "qualifier"), [
    ("Il titolo della Bremar ha perso più dell'80% del suo valore.", "percent", "it", "more_than"),
    ("Il titolo della Bremar ha perso meno dell'80% del suo valore.", "percent", "it", "less_than"),
    ("Il titolo della Bremar ha perso più dell’80% del suo valore.", "percent", "it", "more_than"),
    ("Bremar a perdu plus d'1,5 million d'euros en un an.", "money", "fr", "more_than"),
    ("Bremar a perdu moins d'1,5 million d'euros en un an.", "money", "fr", "less_than"),
    ("Der Konzern Bremar beschäftigt gut 125.000 Menschen.", "count", "de", "more_than"),
    ("Morreram perto de 300 pessoas em Valdoria.", "count", "pt", "nearly"),
])
def test_an_elided_or_one_word_qualifier_bounds_its_figure(text, kind, language, qualifier):
    assert _only(text, kind, language).qualifier == qualifier


def test_the_german_forms_already_read_keep_their_meaning():
    assert _only("Der Konzern Bremar beschäftigt knapp 125.000 Menschen.", "count", "de").qualifier == "nearly"
    assert _only("Der Konzern Bremar beschäftigt rund 125.000 Menschen.", "count", "de").qualifier == "about"
    assert _only("Der Konzern Bremar beschäftigt 125.000 Menschen.", "count", "de").qualifier is None


def test_a_bound_elided_is_no_disagreement_with_a_value_past_it():
    bound = _only("Il titolo della Bremar ha perso più dell'80% del suo valore.", "percent", "it")
    assert compare_values(bound, _only("Bremar's shares lost 83.5% of their value.", "percent", "en")).compatible
    assert not compare_values(bound, _only("Bremar's shares lost 75% of their value.", "percent", "en")).compatible
