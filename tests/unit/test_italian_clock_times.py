"""Issue 11: Italian copy writes a time of day with a dot after "alle", "dalle", "verso le", "ore" ("alle 12.32",
"Alle 21.30", "verso le 17.30"): a time, never a count of 12.32 of something, and a time the event's mentions read.
A count after "alle" ("alle 300 famiglie") stays a count. Invented sentences."""

from __future__ import annotations

import pytest

from briefing_tui.compare.clock_times import clock_times
from tests.compare_helpers import read


@pytest.mark.parametrize("text", [
    "Il crollo è avvenuto alle 14.47, nel pieno del traffico.",
    "Alle 22.15 la corrente era tornata in metà della città.",
    "I primi soccorsi sono arrivati verso le 18.30 di martedì.",
    "Il treno è ripartito dalle 9.05 con forti ritardi.",
])
def test_a_dotted_time_after_an_italian_word_of_time_is_no_count(text):
    assert [f.text for f in read(text) if f.kind in ("count", "money")] == []


@pytest.mark.parametrize(("text", "minutes"), [
    ("Il crollo è avvenuto alle 14.47, nel pieno del traffico.", 14 * 60 + 47),
    ("I primi soccorsi sono arrivati verso le 18.30 di martedì.", 18 * 60 + 30),
])
def test_the_dotted_time_is_read_as_a_time_of_day(text, minutes):
    assert [c.minutes for c in clock_times(text)] == [minutes]


def test_a_count_after_alle_stays_a_count():
    found = [f for f in read("Il comune ha donato pacchi alle 300 famiglie colpite.") if f.kind == "count"]
    assert [f.low for f in found] == [300]
