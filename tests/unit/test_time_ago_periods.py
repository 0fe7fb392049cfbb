"""Issue 11 (class b1): a period that dates something ("three days ago", "vor drei Tagen", "hace tres días") is no
length of anything, so it never takes the measure of a period of its value said elsewhere (compare/time_ago.py
``dates_from``, used by compare/story_measures.py and compare/sentence_measures.py ``same_value_measures``).
Invented sentences in seven languages; the reading cases fail on the code before the rule (3fb77c05: each took
"mourning period"), the guards pass on both."""

from __future__ import annotations

import pytest

from briefing_tui.compare.measure_inference import unsaid_measures
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article

MOURNING = "The governor declared three days of mourning for the victims of the blaze."


def _figure(bodies: tuple[str, ...], source: str, text: str):
    units = build_units([article(f"o{k}", "2024-03-08", body) for k, body in enumerate(bodies, 1)], [], [],
                        default_rate_table())
    unsaid_measures(units)
    return next(f for u in units if u.source.id == source for f in u.figures if f.text == text)


@pytest.mark.parametrize(("body", "text"), [
    ("Three days ago, firefighters had inspected the warehouse.", "Three days"),  # English, "ago"
    ("Three days earlier, firefighters had inspected the warehouse.", "Three days"),  # English, "earlier"
    ("Trois jours auparavant, les pompiers avaient inspecté l'entrepôt.", "Trois jours"),  # French
    ("Il y a trois jours, les pompiers ont inspecté l'entrepôt.", "trois jours"),  # French, "il y a"
    ("Vor drei Tagen hatte die Feuerwehr das Lagerhaus geprüft.", "drei Tagen"),  # German
    ("Hace tres días los bomberos inspeccionaron el almacén.", "tres días"),  # Spanish
    ("Tre giorni prima i vigili del fuoco avevano ispezionato il magazzino.", "Tre giorni"),  # Italian
    ("Há três dias, os bombeiros inspecionaram o armazém.", "três dias"),  # Portuguese
])
def test_a_period_that_dates_something_takes_no_other_outlets_measure(body, text):
    assert _figure((MOURNING, body), "o2", text).measure is None


def test_a_period_that_dates_something_takes_no_measure_from_its_own_source():
    # (a guard: passes on the base too, where a small value is not distinctive enough to be carried in a source)
    body = ("Le gouverneur a décrété trois jours de deuil. Trois jours auparavant, les pompiers avaient inspecté "
            "l'entrepôt.")
    assert _figure((body,), "o1", "Trois jours").measure is None


@pytest.mark.parametrize(("body", "text"), [
    ("Il y a trois jours de deuil dans la région.", "trois jours"),  # "there are" three days of mourning
    ("Há três dias de luto na região.", "três dias"),  # Portuguese, the same
    ("For three days, the town mourned its dead.", "For three days"),  # a length of time, no date
])
def test_a_length_of_time_still_takes_the_measure(body, text):
    assert _figure((MOURNING, body), "o2", text).measure == "mourning period"
