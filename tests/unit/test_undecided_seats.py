"""Issue 11: "no false disagreement appears". A count of seats still in doubt ("with 16 seats still in doubt", "two
seats are yet to be accounted for", "another 3 seats are too close to call", "16 sièges restent en suspens", "16
escaños siguen en disputa", "16 Sitze sind noch offen") is no holder's tally: it was read as seats and weighed against
a party's seats (a false disagreement). It is the pending seats, like "12 seats yet to be declared" (invented
sentences; the reading cases and the end-to-end test fail on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


def _measure(text: str, value: float, language: str | None = None) -> str | None:
    found = [f for f in read(text, None, language) if f.low == value]
    assert found, [(f.text, f.measure) for f in read(text, None, language)]
    return found[0].measure


@pytest.mark.parametrize("text, value, language", [
    ("Counting went on overnight in Tarvonia, with 16 seats still in doubt.", 16, "en"),
    ("Two seats are yet to be accounted for in the Tarvonian vote.", 2, "en"),
    ("Another 3 seats are too close to call, officials in Tarvonia said.", 3, "en"),
    ("En Tarvonie, 16 sièges restent en suspens.", 16, "fr"),
    ("En Tarvonia, 16 escaños siguen en disputa.", 16, "es"),
    ("In Tarvonien sind 16 Sitze noch offen.", 16, "de"),
    ("In Tarvonia 16 seggi restano in bilico.", 16, "it"),
    ("Na Tarvónia, 16 assentos estão em aberto.", 16, "pt"),
])
def test_seats_in_doubt_are_pending(text, value, language):
    assert _measure(text, value, language) == "pending seats"


@pytest.mark.parametrize("text, value, language", [
    ("The Velorian Party won 24 seats in the Tarvonian vote.", 24, "en"),
    ("The Velorian Party won 24 seats, two of them in doubt before the recount.", 24, "en"),
    ("Le Parti vélorien obtient 24 sièges en Tarvonie.", 24, "fr"),
    ("Die Velorische Partei kommt auf 24 Sitze, die Koalition bleibt offen.", 24, "de"),
])
def test_seats_won_are_not_pending(text, value, language):
    assert _measure(text, value, language) != "pending seats"


def test_seats_in_doubt_do_not_dispute_a_party_tally():
    won = "The Velorian Party won 24 seats in the Tarvonian parliamentary vote, officials said."
    doubt = "Counting in the Tarvonian parliamentary vote went on, with 16 seats still in doubt, officials said."
    assert not [c for c in compared(won, doubt) if c.verdict == "disagree"]


def test_two_party_tallies_still_disagree():
    a = "The Velorian Party won 24 seats in the Tarvonian parliamentary vote, officials said."
    b = "The Velorian Party won 29 seats in the Tarvonian parliamentary vote, officials said."
    assert [c for c in compared(a, b) if c.verdict == "disagree"]


def test_pending_seats_are_never_weighed_against_a_named_party_tally():
    from briefing_tui.compare.holderless_seats import holderless_seats

    doubt = next(f for f in read("With 16 seats still in doubt, the Velorian Party waited.") if f.low == 16)
    pending = next(f for f in read("With 16 seats yet to be declared, the Velorian Party waited.") if f.low == 16)
    party = next(f for f in read("The Velorian Party won 24 seats in the Tarvonian vote.") if f.low == 24)
    other = next(f for f in read("The Velorian Party won 29 seats in the Tarvonian vote.") if f.low == 29)
    assert party.subject and pending.measure == "pending seats"
    assert holderless_seats(doubt, party) and holderless_seats(pending, party)
    assert not holderless_seats(party, other)
