"""Issue 11: young people counted in Spanish, Portuguese, Italian, German and Dutch ("19 jóvenes", "19 jovens",
"19 giovani", "30 Jugendliche", "30 jongeren") are people, as French "jeunes" and English "young people" were: what
befell them says their measure (data/measure_words.yaml ``people``). Before, each noun was its own measure
("jóvene", "joven", "giovani") and never met the dead or the arrested of other outlets. Invented sentences; the
readings fail on the code before the words were added."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


@pytest.mark.parametrize(("text", "measure"), [
    ("Las protestas se intensificaron cuando 19 jóvenes murieron en los tiroteos.", "dead"),
    ("Os protestos intensificaram-se quando 19 jovens foram mortos em tiroteios.", "dead"),
    ("Le proteste sono esplose quando 19 giovani sono stati uccisi.", "dead"),
    ("La policía detuvo a 30 jóvenes durante la marcha.", "arrested"),
    ("Sono stati arrestati 30 ragazzi durante il corteo.", "arrested"),
    ("Al menos 12 adolescentes resultaron heridos en la marcha.", "injured"),
])
def test_young_people_take_the_measure_of_what_befell_them(text, measure):
    assert [f.measure for f in read(text)] == [measure]


def test_young_people_with_no_fate_are_people():
    # (no verb says what befell them: a crowd, counted as people, not a measure of its own word)
    assert [f.measure for f in read("Al concierto asistieron 2.000 jóvenes.")] == ["people"]
    assert [f.measure for f in read("De politie hield 30 jongeren aan.")] == ["people"]


def test_young_people_killed_join_the_death_toll_of_other_outlets():
    claims = compare([
        article("a", "2026-03-09", "Protests turned deadly on Monday when 21 people were killed by police fire."),
        article("b", "2026-03-09", "Os protestos intensificaram-se quando 21 jovens foram mortos pela polícia."),
        article("c", "2026-03-09", "Las protestas se intensificaron cuando 23 jóvenes murieron por disparos de la "
                                   "policía."),
    ])
    found = holding(claims, "21 people", "21 jovens", "23 jóvenes")
    assert len(found) == 1 and found[0].measure == "dead" and found[0].verdict == "disagree"
