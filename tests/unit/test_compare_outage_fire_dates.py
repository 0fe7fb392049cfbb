"""Issue 11: the days of power cuts and system outages, fires, attacks and explosions are dated as events ("the
blackout that struck on Monday 28 April", "el apagón del 28 de abril", "L'interruzione, avvenuta il 19 luglio"), in
six languages; a story may hold two of them (two fires, an earlier outage), so their days apart are two events,
never a conflict. Invented sentences; each checked to fail on main 01c274ef (no such kinds)."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article


def kind(sentence: str, needle: str) -> str | None:
    from briefing_tui.compare.event_words import event_of

    at = sentence.index(needle)
    found = event_of(sentence, at, at + len(needle))
    return found and found.kind and found.kind.name


def test_outages_fires_attacks_and_explosions_are_kinds_of_events_in_six_languages():
    assert kind("The blackout struck the whole region on Monday.", "Monday") == "outage"
    assert kind("Le réseau a subi une panne géante le 3 mars.", "3 mars") == "outage"
    assert kind("El apagón del 3 de marzo dejó sin luz al país.", "3 de marzo") == "outage"
    assert kind("Der Stromausfall am 3. März legte das Land lahm.", "3. März") == "outage"
    assert kind("L'interruzione, avvenuta il 3 marzo, ha fermato i treni.", "3 marzo") == "outage"
    assert kind("The wildfire broke out on 9 February near the ridge.", "9 February") == "fire"
    assert kind("O incêndio começou na madrugada de 9 de fevereiro.", "9 de fevereiro") == "fire"
    assert kind("The attack on the market took place on Sunday.", "Sunday") == "attack"
    assert kind("L'attentat a eu lieu dimanche soir.", "dimanche") == "attack"
    assert kind("An explosion ripped through the depot on Sunday.", "Sunday") == "explosion"


def test_one_outage_dated_in_four_languages_is_one_agreed_claim():
    sources = [
        article("a", "2025-03-05", "A nationwide blackout struck the country on March 3, 2025, halting trains."),
        article("b", "2025-03-05", "Le pays a été plongé dans le noir par une panne géante le 3 mars 2025."),
        article("c", "2025-03-06", "El apagón del 3 de marzo dejó sin luz a millones de hogares."),
        article("d", "2025-03-06", "L'interruzione, avvenuta il 3 marzo, ha fermato treni e semafori."),
    ]
    claims = [c for c in compare(sources) if c.topic.startswith("Date of the outage")]
    assert len(claims) == 1
    assert claims[0].verdict == "agree"
    assert sorted({s.source for s in claims[0].statements}) == ["a", "b", "c", "d"]


def test_two_fires_on_different_days_are_no_conflict():
    sources = [
        article("a", "2025-02-14", "The wildfire broke out on 9 February in the hills."),
        article("b", "2025-02-14", "The wildfire, which broke out on 9 February, has burned 400 hectares."),
        article("c", "2025-02-14", "A wildfire broke out on 11 February across the valley."),
    ]
    dated = [c for c in compare(sources) if c.topic.startswith("Date of the fire")]
    assert [sorted({s.source for s in c.statements}) for c in dated] == [["a", "b"]]
    assert all(c.verdict == "agree" for c in dated)


def test_a_fire_after_a_crash_times_the_crash():
    # (kept as on main: without compare/consequence_kinds.py the fire's time is a claim of its own and the
    # crash's claim loses source a)
    sources = [
        article("a", "2025-02-14", "The airliner caught fire on landing at 07:38 local time, officials said."),
        article("b", "2025-02-14", "The plane crashed at 07:38 local time near the runway."),
        article("c", "2025-02-14", "The jet crashed at 07:38 a.m. local time, officials said."),
    ]
    timed = [c for c in compare(sources) if c.topic.startswith("Time of")]
    assert [(c.topic.split(":")[0], sorted({s.source for s in c.statements})) for c in timed] == [
        ("Time of the crash", ["a", "b", "c"])]


def test_a_fire_with_no_disaster_before_it_is_dated_as_the_fire():
    sources = [
        article("a", "2025-02-14", "The hotel fire broke out at 03:27 on Tuesday, the governor said."),
        article("b", "2025-02-14", "The fire at the hotel broke out at 03:27, the governor said."),
    ]
    timed = [c for c in compare(sources) if c.topic.startswith("Time of")]
    assert [(c.topic.split(":")[0], c.verdict) for c in timed] == [("Time of the fire", "agree")]
