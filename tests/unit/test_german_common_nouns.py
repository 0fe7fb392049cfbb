"""Issue 11 (subjects26): a German common noun, capitalised as every German noun is, is no figure's subject when
the sentence shows it to be a noun (compare/german_nouns.py): after an indefinite article ("erlitten eine herbe
Niederlage und kamen auf 18,2 Prozent"), before "von" and the figure ("Temperaturen von bis zu 41,8 Grad", "die
Assets von mehr als 60 Millionen Nutzern"), a noun of a kind of place before its name ("in der Hauptstadt
Bangkok": Bangkok) or joined to its country ("in der US-Metropole": no name); a coin's or share's price compound
("Der Bitcoin-Kurs") is the coin's. Invented sentences; fails on the code before (01f146af).
"""

from __future__ import annotations

import pytest

from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article


def subject(body: str, figure: str) -> str | None:
    units = build_units([article("o1", "2025-01-10", body)], [], [], default_rate_table())
    for u in units:
        for f in u.figures:
            if f.text == figure:
                return f.subject
    raise AssertionError(f"{figure!r} not read: {[f.text for u in units for f in u.figures]}")


@pytest.mark.parametrize(("body", "figure", "owner"), [
    ("Die Roten erlitten eine herbe Niederlage und kamen auf 18,2 Prozent.", "18,2 Prozent", "Roten"),
    ("Die Roten kamen nach einer schweren Niederlage auf 18,2 Prozent.", "18,2 Prozent", "Roten"),
    ("In Bangkok wurden Temperaturen von bis zu 41,8 Grad gemessen.", "bis zu 41,8 Grad", "Bangkok"),
    ("Bei Cryptex wurden die Assets von mehr als 60 Millionen Nutzern gestohlen.", "mehr als 60 Millionen Nutzern",
     "Cryptex"),
    ("In der Hauptstadt Bangkok starben 12 Menschen.", "12 Menschen", "Bangkok"),
    ("In der US-Metropole starben 12 Menschen.", "12 Menschen", None),
    ("Der Bitcoin-Kurs stieg um 4 Prozent.", "4 Prozent", "Bitcoin"),
])
def test_a_german_common_noun_is_no_subject(body, figure, owner):
    assert subject(body, figure) == owner


@pytest.mark.parametrize(("body", "figure", "owner"), [
    ("Die Grünen kamen auf 11,6 Prozent.", "11,6 Prozent", "Grünen"),
    ("Die Linke erreichte 8,8 Prozent.", "8,8 Prozent", "Linke"),
    ("Die CDU holte 28,6 Prozent.", "28,6 Prozent", "CDU"),
    ("In der Schweiz starben 14 Menschen.", "14 Menschen", "Schweiz"),
])
def test_a_name_with_a_german_article_stays_the_subject(body, figure, owner):
    assert subject(body, figure) == owner
