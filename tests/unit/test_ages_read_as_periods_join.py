"""Issue 11 (class g): one person's age, read as a count of years in one language ("the 52-year-old", "die
52-Jährige") and as a bare period in another ("52 anni", "de 52 ans", which take the measure "age" from the others:
compare/story_measures.py), is one claim, not "Age: 52" beside "Age: 52 years". Invented sentences; the joining test
fails on the code before the rule (75935872), the guard passes on both."""

from __future__ import annotations

from tests.compare_helpers import compared, holding

_EN = "The pianist Lena Vauquier settled her tax case on Monday. The 52-year-old pianist left the court without comment."
_DE = "Die Pianistin Lena Vauquier hat sich am Montag geeinigt. Die 52-Jährige verließ das Gericht ohne Kommentar."
_IT = ("La pianista Lena Vauquier ha patteggiato lunedì. La pianista, 52 anni, ha lasciato il tribunale senza rilasciare "
       "dichiarazioni.")
_FR = ("La pianiste Lena Vauquier a conclu un accord lundi. Arrivée au tribunal, la pianiste de 52 ans est entrée sans "
       "faire de déclarations.")


def test_an_age_read_as_a_period_joins_the_ages_read_as_counts():
    claims = compared(_EN, _DE, _IT, _FR)
    ages = [c for c in claims if c.measure == "age"]
    assert len(ages) == 1, [c.topic for c in ages]
    assert (sorted({s.source for s in ages[0].statements}), ages[0].verdict) == (["o1", "o2", "o3", "o4"], "agree")


def test_a_period_of_another_length_is_no_age():
    # (a bare period of another value takes no age's measure: the trial's three years stay apart from her age)
    claims = compared(_EN, _DE, "La pianista Lena Vauquier ha patteggiato lunedì dopo un processo di 3 anni.")
    assert not holding([c for c in claims if c.measure == "age"], "3 anni")
