"""A count of suspects whose predicate says they were arrested is the arrested ("11 suspects have been arrested", "9
Suspects Detained", "14 sospechosos fueron detenidos": compare/named_states.py), so it meets the other outlets' "11
people arrested" (issue 11: on tests/gold_new60, a study set, "11 suspects have been arrested" and the headline "11
Suspects Detained" counted "suspects" and missed the claim of the eleven arrested). Suspects at large stay suspects.
The sentences are invented."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, holding, read


def _counts(text: str, language: str | None = None) -> list[str | None]:
    return [f.measure for f in read(text, language=language) if f.kind == "count"]


@pytest.mark.parametrize(("text", "language"), [
    ("The ministry said 17 suspects have been arrested after the bombing.", "en"),
    ("Stadium Attack: 17 Suspects Detained", "en"),
    ("Police said seventeen suspects were apprehended near the border.", "en"),
    ("La fiscalía informó que 17 sospechosos fueron detenidos.", "es"),
    ("Die Polizei sagte, 17 Verdächtige wurden festgenommen.", "de"),
])
def test_suspects_arrested_are_the_arrested(text, language):
    assert _counts(text, language) == ["arrested"]


def test_suspects_at_large_stay_suspects():
    assert _counts("Police are still hunting three suspects.") != ["arrested"]


def test_two_outlets_counts_of_the_arrested_meet_in_one_claim():
    claims = compared(
        "A bomb exploded at a stadium in Vakaria on Friday. The ministry said 17 suspects have been arrested.",
        "A bomb exploded at a stadium in Vakaria on Friday. Police have arrested 17 people in connection with it.",
    )
    joined = holding(claims, "17 suspects", "17 people")
    assert len(joined) == 1 and joined[0].verdict == "agree"
