"""Issue 11 (class g): a count of one state of an event's people ("critically injured"), given by outlets in several
languages whose sentences share no word, is one claim (compare/state_homes.py): it looks for the widest group of its
own kind, as a plain count looks for the widest plain group. Invented sentences; the joining test fails on the code
before the rule (75935872), the guard passes on both."""

from __future__ import annotations

from tests.compare_helpers import compared

_EN = ("A gas explosion tore through a market in Norvale on Friday. At least 120 people were injured, officials said. "
       "Six people were in critical condition on Saturday.")
_DE = ("Bei einer Gasexplosion auf einem Markt in Norvale wurden am Freitag mindestens 120 Menschen verletzt. Bei vier "
       "Patienten sei der Zustand weiter sehr kritisch, hieß es.")
_ES = ("Una explosión de gas en un mercado de Norvale dejó el viernes al menos 120 heridos. Seis personas se encuentran "
       "en estado crítico.")


def test_one_state_counted_in_three_languages_is_one_claim():
    claims = [c for c in compared(_EN, _DE, _ES) if c.measure == "critically injured"]
    assert len(claims) == 1, [c.topic for c in claims]
    assert sorted(s.source for s in claims[0].statements) == ["o1", "o2", "o3"]
    assert claims[0].verdict == "disagree"  # (six against four)


def test_the_plain_toll_keeps_its_own_claim():
    claims = compared(_EN, _DE, _ES)
    toll = [c for c in claims if c.measure == "injured"]
    assert len(toll) == 1 and toll[0].verdict == "agree"
    assert not any("kritisch" in s.text or "crítico" in s.text for s in toll[0].statements)
