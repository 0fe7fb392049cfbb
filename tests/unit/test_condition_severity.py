"""A critical or serious condition is one state with one measure name in every language: "in critical condition",
"in kritischem Zustand", "dans un état critique", "in condizioni critiche" are the critically injured, as
"critically injured" and "fünf Verletzte, kritisch" are; "in a serious condition", "en estado grave", "in gravi
condizioni" are the seriously injured (compare/count_states.py ``condition_severity``). Issue 11: on tests/gold_new60,
a study set, "in kritischem Zustand" after "Verletzte" was read as "critically injured" and "in critical condition" as
"critical injured", so the two counts of one state never met. The sentences are invented."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, one_holding, read


def _counts(text: str, language: str) -> list[str | None]:
    return [f.measure for f in read(text, language=language) if f.kind == "count"]


@pytest.mark.parametrize(("text", "language"), [
    ("Doctors said seven people were in a critical condition.", "en"),
    ("Seven passengers were critically injured in the crash.", "en"),
    ("Sieben Verletzte sind in kritischem Zustand.", "de"),
    ("Sieben Patienten befinden sich in kritischem Zustand.", "de"),
    ("Sieben Menschen schweben in Lebensgefahr.", "de"),
    ("Huit personnes sont toujours dans un état critique.", "fr"),
    ("Siete personas están en estado crítico.", "es"),
    ("Sette persone sono in condizioni critiche.", "it"),
    ("Sete pessoas estão em estado crítico.", "pt"),
])
def test_a_critical_condition_is_the_critically_injured(text, language):
    assert _counts(text, language) == ["critically injured"]


@pytest.mark.parametrize(("text", "language"), [
    ("Doctors said seven people were in a serious condition.", "en"),
    ("Siete personas están en estado grave.", "es"),
    ("Sette feriti sono in gravi condizioni.", "it"),
])
def test_a_serious_condition_is_the_seriously_injured(text, language):
    assert _counts(text, language) == ["seriously injured"]


def test_a_critical_condition_and_the_critically_injured_meet_in_one_claim():
    claims = compared(
        "The ferry sank off the northern cape on Tuesday. Doctors said seven passengers were in critical condition.",
        "The ferry sank off the northern cape on Tuesday. Nine passengers were critically injured, doctors said.",
    )
    claim = one_holding(claims, "seven passengers")
    assert any("Nine passengers" in s.text for s in claim.statements)
    assert claim.verdict == "disagree"
