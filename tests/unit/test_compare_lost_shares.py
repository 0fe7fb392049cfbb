"""Issue 11: "no false disagreement appears". "Le SPD a perdu près de 10 % des voix" tells how much of the vote the
party lost, not the share it won (16.4%): read as its share, it stood against the other outlets' 16.4% as a
disagreement. A share right after a verb of losing is a change, with or without the earlier vote named; a share
won, or taken in another clause after a loss, is still the share (invented sentences; the first test fails on the
code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read

WON = "The Verdant Party won 12.5% of the vote in Sunday's election, the electoral commission said."


@pytest.mark.parametrize("text, language", [
    ("The Verdant Party lost nearly 9% of the vote in Sunday's election, the electoral commission said.", None),
    ("Le Parti vert a perdu près de 9 % des voix lors de l'élection de dimanche.", "fr"),
    ("Los verdes perdieron casi un 9 % de los votos en las elecciones del domingo.", "es"),
    ("Die Grünen verloren fast 9 Prozent der Stimmen bei der Wahl am Sonntag.", "de"),
])
def test_a_share_lost_is_a_change(text, language):
    assert [f.measure for f in read(text, None, language) if "9" in f.text] == ["change"]


def test_a_share_lost_does_not_dispute_the_share_won():
    lost = "The Verdant Party lost nearly 9% of the vote in Sunday's election, the electoral commission said."
    assert not [c for c in compared(WON, lost) if c.verdict == "disagree"]


def test_a_share_taken_after_a_loss_in_another_clause_is_still_a_share():
    other = "The Verdant Party lost its two seats, taking 9% of the vote in Sunday's election."
    assert [f.measure for f in read(other) if f.text == "9%"] == ["votes"]


def test_a_share_after_a_loss_of_something_else_is_still_a_share():
    text = "The Verdant Party lost the election with 29% of the vote."
    assert [f.measure for f in read(text) if f.text == "29%"] == ["votes"]
