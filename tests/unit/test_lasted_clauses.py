"""A trial's length read from the clause around the period (issue 11, a missed disagreement of the cause "no
measure"): a relative clause of lasting after it ("las cinco semanas que duró el proceso judicial", "les cinq semaines
qu'a duré le procès", "the five weeks the trial lasted"), "on trial", and a German court's sitting ("das Gericht
verhandelte fünf Wochen lang"), compare/lasted_clauses.py. The sentences are invented."""

from __future__ import annotations

from tests.compare_helpers import read


def _period_measures(text: str) -> list[str | None]:
    return [f.measure for f in read(text) if f.kind == "period"]


def test_a_relative_clause_of_lasting_names_the_trial():
    assert _period_measures("Durante las cinco semanas que duró el proceso judicial, declararon 20 testigos.") == [
        "trial duration"]
    assert _period_measures("Pendant les cinq semaines qu'a duré le procès, 20 témoins ont été entendus.") == [
        "trial duration"]
    assert _period_measures("Durante as cinco semanas que durou o julgamento, 20 testemunhas depuseram.") == [
        "trial duration"]
    assert _period_measures("Nelle cinque settimane in cui è durato il processo, hanno deposto 20 testimoni.") == [
        "trial duration"]
    assert _period_measures("During the five weeks the trial lasted, 20 witnesses testified.") == ["trial duration"]
    # (any happening the table names: a summit's)
    assert _period_measures("Pendant les trois jours qu'a duré le sommet, rien n'a changé.") == ["summit duration"]


def test_on_trial_and_a_court_sitting_are_the_trial_s_length():
    assert _period_measures("After two days of deliberation and 6 weeks on trial, the singer was convicted.") == [
        "deliberation duration", "trial duration"]
    assert _period_measures("He was on trial for six weeks.") == ["trial duration"]
    assert _period_measures("Das Gericht verhandelte fünf Wochen lang.") == ["trial duration"]
    assert _period_measures("Die Geschworenen verhandelten fünf Wochen lang über den Fall.") == ["trial duration"]


def test_other_processes_and_negotiations_are_no_trial():
    # ("proceso" alone is a process; German "verhandeln" without a court is to negotiate)
    assert _period_measures("En las tres semanas que duró el proceso de paz, hubo 20 muertos.") == [None]
    assert _period_measures("Die Regierung verhandelte fünf Wochen lang mit der Union.") == [None]
    assert _period_measures("He went on trial 3 weeks ago.") == [None]
