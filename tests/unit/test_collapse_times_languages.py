"""Issue 11: the time of a building's collapse in six languages (span24). A roof's or a bridge's fall is named by
verbs of French, Spanish, Portuguese, Italian and German ("s'est effondré", "se derrumbó", "desabou", "è crollato",
"einstürzte"), so the clock time next to it times the collapse and is compared with the other sources' time of it;
a Portuguese time after "das" ("por volta das 0h44") is read as a time. Invented sentences; each test fails on
int24 9457f0d3."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article

DAY = "2025-03-12"


def _time_claims(*texts: str):
    sources = [article(f"s{i}", DAY, t) for i, t in enumerate(texts)]
    return [c for c in compare(sources) if c.measure == "time of the collapse"]


def test_a_collapse_time_in_six_languages_is_one_agreeing_claim():
    claims = _time_claims(
        "The roof of the old cinema collapsed at 02:17 local time, the fire brigade said.",
        "El techo del antiguo cine se derrumbó alrededor de las 02:17 hora local.",
        "Le toit de l'ancien cinéma s'est effondré vers 2h17, heure locale.",
        "O teto do antigo cinema desabou por volta das 02h17, horário local.",
        "Il tetto del vecchio cinema è crollato alle 2.17 ora locale.",
        "Das Dach des alten Kinos war um 2.17 Uhr Ortszeit eingestürzt, das Kino einstürzte ganz.",
    )
    assert len(claims) == 1
    assert claims[0].verdict == "agree"
    assert sorted({s.source for s in claims[0].statements}) == ["s0", "s1", "s2", "s3", "s4", "s5"]


def test_two_languages_giving_the_collapse_of_one_named_bridge_different_times_disagree():
    # (a conflict needs a word the two sentences share besides the event's: here the bridge's name)
    claims = _time_claims(
        "The Ponte Lauro footbridge collapsed at 16:05 local time on Sunday.",
        "La pasarela Ponte Lauro se desplomó a las 18:40 hora local del domingo.",
    )
    assert len(claims) == 1
    assert claims[0].verdict == "disagree"


def test_a_portuguese_time_after_das_is_a_clock_time_and_a_length_is_not():
    from briefing_tui.compare.clock_times import clock_times

    assert [c.minutes for c in clock_times("O prédio desabou por volta das 23h05, horário local.")] == [23 * 60 + 5]
    assert clock_times("A viagem durou cerca das 3h15 min de estrada.") == []


def test_a_roof_that_caved_in_is_a_collapse_timed_by_its_clock():
    claims = _time_claims(
        "The roof of the Alba theatre caved in at 23:10 local time.",
        "The Alba theatre's roof collapsed at 23:10 local time, witnesses said.",
    )
    assert len(claims) == 1 and claims[0].verdict == "agree"
    assert sorted({s.source for s in claims[0].statements}) == ["s0", "s1"]
