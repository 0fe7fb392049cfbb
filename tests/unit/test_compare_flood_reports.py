"""Figures of a flood's running reports in several languages (issue 11): the vague "des centaines de milliers de"
(hundreds of thousands, never hundreds of "milliers"), a number word reached past a qualifier ("auf mindestens elf",
"à au moins douze"), an adverb after a bare number that opens its predicate ("eight still remain missing"), and a
French participle agreeing with the counted noun ("personnes portées disparues" count the missing)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language"), [
    ("Des centaines de milliers de foyers sont privés de courant depuis lundi.", "fr"),
    ("Selon la préfecture, plusieurs centaines de milliers de foyers restent sans courant.", "fr"),
    ("Varios cientos de miles de hogares siguen sin luz en la provincia.", "es"),
])
def test_hundreds_of_thousands_after_a_determiner(text, language):
    counts = [f for f in read(text, language=language) if f.kind == "count"]
    assert [(f.low, f.high) for f in counts] == [(200_000.0, 999_999.0)]


@pytest.mark.parametrize(("text", "language", "value", "measure"), [
    ("Nach Angaben der Behörden ist die Zahl der Toten auf mindestens elf gestiegen.", "de", 11.0, "dead"),
    ("Die Zahl der Verletzten stieg am Abend auf mehr als zwölf.", "de", 12.0, "injured"),
    ("Le bilan des morts est passé à au moins douze dans la vallée.", "fr", 12.0, "dead"),
    ("La cifra de muertos subió a al menos doce en la comarca.", "es", 12.0, "dead"),
])
def test_a_number_word_reached_past_a_qualifier_is_the_toll(text, language, value, measure):
    counts = [f for f in read(text, language=language) if f.kind == "count"]
    assert [(f.low, f.measure) for f in counts] == [(value, measure)]
    assert counts[0].qualifier in ("at_least", "more_than")


def test_a_number_word_past_a_qualifier_with_no_measure_of_people_stays_unread():
    assert [f.low for f in read("Der Zug fährt auf mindestens acht Gleisen.", language="de")
            if f.kind == "count" and f.measure == "dead"] == []


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Rescuers said four people had died and nine still remain missing in the valley.", 9.0, "missing"),
    ("The mayor said twelve are now confirmed dead.", 12.0, "dead"),
])
def test_an_adverb_after_a_bare_number_opens_its_predicate(text, value, measure):
    counts = [f for f in read(text, language="en") if f.kind == "count"]
    assert (value, measure) in [(f.low, f.measure) for f in counts]
    assert not any(f.measure in ("still", "now") for f in counts)


@pytest.mark.parametrize(("text", "measure"), [
    ("Une vingtaine de randonneurs et des dizaines de personnes portées disparues restent introuvables.", "missing"),
    ("Onze personnes portées disparues ont été retrouvées vivantes.", "missing"),
])
def test_a_french_participle_after_the_counted_people_is_not_their_noun(text, measure):
    counts = [f for f in read(text, language="fr") if f.kind == "count"]
    assert counts[-1].measure == measure
    assert "portées" not in counts[-1].text
