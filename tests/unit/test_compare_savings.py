"""Money a party is spared paying is a measure of its own, "savings" (issue 11): "will save exporters €2 billion",
"ahorrará 2.000 millones", "zwei Milliarden Euro einsparen", "risparmiare due miliardi" state one measure, whatever
the language, and meet in one claim; "saved" said of people stays the rescued. Invented sentences."""

from __future__ import annotations

import pytest

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Source
from tests.compare_helpers import compared, holding


def _measures(text: str, language: str) -> list[tuple[str, str | None]]:
    source = Source(id=f"savings-{language}-{len(text)}", path="s.txt", raw=text, language=language)
    return [(f.kind, f.measure) for f in figures_in_text(text, source, 0)]


@pytest.mark.parametrize(("text", "language"), [
    ("The new customs code will save importers about $2 billion a year.", "en"),
    ("El acuerdo ahorrará 2.000 millones de euros a los importadores cada año.", "es"),
    ("Die Importeure könnten dadurch jährlich zwei Milliarden Euro einsparen.", "de"),
    ("Il codice permetterà alle imprese di risparmiare due miliardi di euro all'anno.", "it"),
    ("Le code devrait permettre d'économiser 2 milliards d'euros par an.", "fr"),
])
def test_money_spared_is_savings(text, language):
    assert _measures(text, language) == [("money", "savings")]


def test_people_saved_stay_the_rescued():
    assert _measures("Divers saved 14 people from the sunken ferry.", "en") == [("count", "rescued")]


def test_two_outlets_savings_in_two_languages_are_one_claim():
    claims = compared(
        "Officials said the customs reform will save importers €2 billion a year.",
        "Según el ministerio, la reforma aduanera ahorrará 2.000 millones de euros al año a los importadores.")
    found = holding(claims, "save importers €2 billion", "ahorrará 2.000 millones")
    assert [c.verdict for c in found] == ["agree"], [c.topic for c in claims]
