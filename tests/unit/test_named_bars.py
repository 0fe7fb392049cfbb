"""Issue 11: "no false disagreement appears". A share of the vote written after the name of a bar and its "of" ("n'ayant
pas atteint la barre des 5 % des voix", "en el límite del 5 % necesario", "below the threshold of 5% of the vote") is
the rule's bar, no party's share: read as a share of the vote, it was weighed against a party's 4.3% (a false
disagreement). A bar passed ("supera la soglia del 20%") stays the subject's own share (invented sentences; the
first cases fail on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


def _measure(text: str, needle: str, language: str | None = None) -> str | None:
    found = {f.text: f.measure for f in read(text, None, language)}
    hit = [m for t, m in found.items() if needle in t]
    assert hit, found
    return hit[0]


@pytest.mark.parametrize("text, needle, language", [
    ("Le Parti vélorien n'est pas entré au Parlement, n'ayant pas atteint la barre des 5 % des voix.", "5 %", "fr"),
    ("El Partido Velorio estaría en el límite del 5 % necesario para ingresar en el Parlamento.", "5 %", "es"),
    ("The Velorian Party fell below the threshold of 5% of the vote.", "5%", "en"),
    ("Il Partito Velorio è rimasto sotto la soglia del 5% dei voti.", "5%", "it"),
])
def test_a_bar_named_before_a_share_is_the_threshold(text, needle, language):
    assert _measure(text, needle, language) == "threshold"


@pytest.mark.parametrize("text, needle, language", [
    ("The Velorian Party won 4.3% of the vote.", "4.3%", "en"),
    ("L'AfD supera la soglia del 20%.", "20%", "it"),
])
def test_a_party_share_is_no_bar(text, needle, language):
    assert _measure(text, needle, language) != "threshold"


def test_the_bar_does_not_dispute_a_party_share():
    share = "The Velorian Party won 4.3% of the vote in the Tarvonian election and stays out of parliament."
    bar = "The Velorian Party stays out of parliament, below the threshold of 5% of the vote in the Tarvonian election."
    assert not [c for c in compared(share, bar) if c.verdict == "disagree"]
