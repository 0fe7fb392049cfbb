"""Issue 11: "no false disagreement appears". A count of seats still undecided ("with 16 seats still in doubt",
"two seats are yet to be declared", "16 sièges restent en suspens", "quedan 16 escaños por asignar") is no holder's
tally: it was weighed against a party's seats and flagged. It is never weighed against a count of seats won, only
against another count of undecided seats (invented sentences; the end-to-end test fails on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


def _seat(text: str, value: float, language: str | None = None):
    found = [f for f in read(text, None, language) if f.low == value and (f.measure or "").endswith(("seats",
                                                                                                    "legislator"))]
    assert found, [(f.text, f.measure) for f in read(text, None, language)]
    return found[0], text


@pytest.mark.parametrize("text, value, language", [
    ("Counting went on overnight in Tarvonia, with 16 seats still in doubt.", 16, "en"),
    ("Two seats are yet to be declared in the Tarvonian vote.", 2, "en"),
    ("Another 3 seats are too close to call, officials in Tarvonia said.", 3, "en"),
    ("En Tarvonie, 16 sièges restent en suspens.", 16, "fr"),
    ("En Tarvonia quedan 16 escaños por asignar.", 16, "es"),
    ("In Tarvonien sind 16 Sitze noch offen.", 16, "de"),
    ("In Tarvonia restano 16 seggi in bilico.", 16, "it"),
    ("Na Tarvónia há 16 assentos ainda por atribuir.", 16, "pt"),
])
def test_undecided_seats_are_read(text, value, language):
    from briefing_tui.compare.undecided_seats import undecided

    f, text = _seat(text, value, language)
    assert undecided(f, text, 0)


@pytest.mark.parametrize("text, value, language", [
    ("The Velorian Party won 24 seats in the Tarvonian vote.", 24, "en"),
    ("The Velorian Party won 24 seats, two of them in doubt before the recount.", 24, "en"),
    ("Le Parti vélorien obtient 24 sièges en Tarvonie.", 24, "fr"),
    ("Der Velorische Bund kommt auf 24 Sitze, offen bleibt die Koalition.", 24, "de"),
])
def test_seats_won_are_not_undecided(text, value, language):
    from briefing_tui.compare.undecided_seats import undecided

    f, text = _seat(text, value, language)
    assert not undecided(f, text, 0)


def test_undecided_seats_do_not_dispute_a_party_tally():
    won = "The Velorian Party won 24 seats in the Tarvonian parliamentary vote, officials said."
    doubt = "Counting in the Tarvonian parliamentary vote went on, with 16 seats still in doubt, officials said."
    assert not [c for c in compared(won, doubt) if c.verdict == "disagree"]


def test_two_counts_of_undecided_seats_are_still_weighed():
    from briefing_tui.compare.undecided_seats import undecided_apart

    a, ta = _seat("Counting went on overnight in Tarvonia, with 16 seats still in doubt.", 16)
    b, tb = _seat("Counting went on overnight in Tarvonia, with 12 seats still in doubt.", 12)
    assert not undecided_apart(a, 0, ta, b, 0, tb)


def test_two_party_tallies_still_disagree():
    a = "The Velorian Party won 24 seats in the Tarvonian parliamentary vote, officials said."
    b = "The Velorian Party won 29 seats in the Tarvonian parliamentary vote, officials said."
    assert [c for c in compared(a, b) if c.verdict == "disagree"]
