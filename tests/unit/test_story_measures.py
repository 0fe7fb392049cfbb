"""Issue 11 (class b1): a figure read with no measure takes the one measure the other outlets give a figure of its
unit kind and value (compare/story_measures.py: periods and ages). Invented sentences in several languages; each reading test fails on
the code before the rule (90b7818e), the guards pass on both."""

from __future__ import annotations

import pytest

from briefing_tui.compare.measure_inference import unsaid_measures
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article


def _read(*bodies: str):
    units = build_units([article(f"o{k}", "2024-03-08", body) for k, body in enumerate(bodies, 1)], [], [],
                        default_rate_table())
    unsaid_measures(units)
    return units


def _figure(units, source: str, text: str):
    return next(f for u in units if u.source.id == source for f in u.figures if f.text == text)


@pytest.mark.parametrize(("named", "bare", "text", "measure"), [
    # a sentence named by its kind in one outlet, by a bare noun of judgment in another (Spanish, Portuguese)
    ("The singer was given a three-year suspended prison sentence on Monday.",
     "La cantante podrá suspender la condena de tres años mediante un pago.", "tres años", "suspended sentence"),
    ("The singer was given a three-year suspended prison sentence on Monday.",
     "A cantora evitará a prisão: a condenação de três anos fica suspensa.", "três anos", "suspended sentence"),
    # a trial's length, told by its verb in English and by its hearings in French
    ("The verdict came after a four-month trial in Lisbon.",
     "For four months, a Lisbon court heard more than 200 witnesses.", "For four months", "trial duration"),
    ("The verdict came after a four-month trial in Lisbon.",
     "Après plus de quatre mois d’audience, le tribunal a rendu son verdict.", "plus de quatre mois", "trial duration"),
])
def test_a_figure_takes_the_measure_other_outlets_give_its_value(named, bare, text, measure):
    assert _figure(_read(named, bare), "o2", text).measure == measure


@pytest.mark.parametrize(("bare", "text"), [
    ("Il s'agit d'un homme de 52 ans originaire de Lyon.", "52 ans"),  # French
    ("Aos 52 anos, o motorista trabalhava como médico.", "52 anos"),  # Portuguese
])
def test_a_persons_age_in_years_is_the_age_other_outlets_give(bare, text):
    units = _read("The 52-year-old driver was arrested at the scene.", bare)
    figure = _figure(units, "o2", text)
    assert (figure.measure, figure.subject) == ("age", "driver")


def test_a_value_the_story_gives_two_measures_stays_unknown():
    # (a suspended sentence and a trial of one length: which one the bare period is, is unsure)
    units = _read("The singer was given a three-year suspended prison sentence after a three-year trial.",
                  "Pendant trois ans, elle a nié les faits.")
    assert _figure(units, "o2", "trois ans").measure is None


def test_a_period_beside_a_bound_in_its_sentence_stays_unknown():
    # (a request beside the most the charges carry: the bare "20 years in prison" is no sentence given)
    units = _read("He was sentenced to 20 years in prison on Friday.",
                  "Prosecutors were seeking 20 years in prison for bribery, and a potential maximum of 25 years.")
    assert _figure(units, "o2", "20 years").measure != "prison sentence"


def test_a_value_two_people_carry_gives_a_subjectless_period_nothing():
    units = _read("Ana Ruiz was given a 12-year prison sentence. Mark Olden was given a 12-year prison sentence too.",
                  "Il a été condamné à douze ans, a indiqué le tribunal.")
    assert _figure(units, "o2", "douze ans").measure in (None, "prison sentence")
    assert _figure(units, "o2", "douze ans").subject is None


@pytest.mark.parametrize(("named", "bare", "text"), [
    # a share names too many things in a story (a turnout, a fire contained): it takes no measure by its value
    ("Turnout reached 61% on Sunday.", "Es handelt sich um 61 Prozent.", "61 Prozent"),
    ("Turnout reached 61.4% on Sunday.", "Es handelt sich um 61,4 Prozent.", "61,4 Prozent"),
    # so does an amount: a fine and a payment
    ("The company was fined €20 million on Monday.", "Le groupe évoque 20 millions d’euros.", "20 millions d’euros"),
    # a bare period is no bound
    ("The charges carry a maximum sentence of ten years.", "Pendant dix ans, il a nié les faits.", "dix ans"),
])
def test_shares_amounts_and_bounds_take_no_measure_by_their_value(named, bare, text):
    assert _figure(_read(named, bare), "o2", text).measure is None


def test_a_figure_of_another_value_takes_nothing():
    units = _read("The singer was given a three-year suspended prison sentence on Monday.",
                  "La cantante podrá suspender la condena de cinco años mediante un pago.")
    assert _figure(units, "o2", "cinco años").measure is None
