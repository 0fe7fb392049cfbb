"""Lengths of time measured by the happening they time (compare/event_spans.py, issue 11): a trial's, a summit's, a
strike's, negotiations', a term of office's, in a compound, joined by "of", or through a verb of lasting; one claim
across sources and languages. Every sentence is made up for the test; each test of a length read fails on main febbaab
(the periods took no measure there), the guards of periods that are no happening's length pass on both."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from tests.compare_helpers import filled_articles, holding, read


def periods(text: str, language: str | None = None) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "period"]


@pytest.mark.parametrize(("text", "language", "measure"), [
    ("The court held a three-month trial in the capital.", None, "trial duration"),
    ("He was convicted after a month-long trial in the capital.", None, "trial duration"),
    ("Leaders met at a two-day summit in the capital.", None, "summit duration"),
    ("Workers began a five-day strike on the docks.", None, "strike duration"),
    ("Los trabajadores iniciaron una huelga de cinco días en el puerto.", "es", "strike duration"),
    ("Es begann ein dreimonatiger Prozess in der Hauptstadt.", "de", "trial duration"),
    ("Un procès de trois mois s'ouvre dans la capitale.", "fr", "trial duration"),
    ("O julgamento durou três meses na capital.", "pt", "trial duration"),
    ("El juicio duró tres meses en la capital.", "es", "trial duration"),
    ("Der Prozess soll drei Monate dauern.", "de", "trial duration"),
    ("The trial in the capital lasted three months.", None, "trial duration"),
    ("The summit will last two days.", None, "summit duration"),
    ("The deal came after three years of negotiations with the bloc.", None, "negotiation duration"),
    ("Tras cuatro meses de negociaciones, el fondo aprobó el acuerdo.", "es", "negotiation duration"),
    ("The vote ended 14 years of Conservative rule.", None, "rule duration"),
    ("The new president began his five-year term on Wednesday.", None, "term duration"),
    ("Il a été élu pour un mandat de cinq ans.", "fr", "term duration"),
])
def test_a_period_measures_the_happening_it_times(text, language, measure):
    assert [m for _, m in periods(text, language)] == [measure]


@pytest.mark.parametrize("text", [
    "In the last two days of the trial, the defence spoke.",  # a part of the trial
    "She served three years of her term before she resigned.",  # a part of someone's term
    "The strike ended, but it will take two weeks to clear the backlog.",  # the pronoun's time, not the strike's
    "The 12-month prison term was suspended by the court.",  # a prison term, no term of office
    "Three days after the strike, the port reopened.",  # a time since the strike
])
def test_a_period_that_is_no_happenings_length_takes_none_of_these(text):
    assert all(m is None or not m.endswith(" duration") for _, m in periods(text))


def test_a_trials_length_is_one_claim_across_languages():
    claims = compare(filled_articles(
        "2025-09-25",
        "The former minister was convicted following a three-month trial in the capital.",
        "Le procès de l'ancien ministre a duré trois mois, selon le tribunal.",
        "Tras un juicio de tres meses, el exministro fue condenado."))
    claim = next(c for c in holding(claims, "three-month") if c.measure == "trial duration")
    assert claim.verdict == "agree" and len({s.source for s in claim.statements}) == 3
    assert claim.topic == "Trial duration: 3 months"


def test_a_length_joined_without_a_measure_is_titled_in_words():
    # "after more than eight weeks" takes the trial's claim by its value: the title says its days, never a fraction
    # of a year ("over 0.153"); "eight-week" and "more than eight weeks" agree (each has its last digit's room)
    from tests.compare_helpers import article
    claims = compare([
        article("alpha", "2025-07-02", "The eight-week federal trial in Manhattan concluded with a complex verdict."),
        article("gamma", "2025-07-02",
                "The split verdict followed three days of deliberations at the end of an eight-week trial."),
        article("beta", "2025-07-02", "The verdict was handed down by a jury in Manhattan after more than eight weeks "
                "of testimony and deliberation.")])
    (claim,) = [c for c in claims if c.measure == "trial duration"]
    assert claim.verdict == "agree" and claim.topic == "Trial duration: 56 days · over 56 days"
