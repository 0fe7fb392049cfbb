"""Issue 11 (subjects26): a place after a word of nearness ("The Eaton Fire near Pasadena", "nahe", "près de",
"cerca de", "vicino a", "perto de") says where the thing named before it is: never whose figure it is
(compare/landmarks.py). Invented sentences; fails on the code before (01f146af): the landmark was the subject.
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
    ("The Ridge Fire near Fresno has burned 12,300 acres.", "12,300 acres", "Ridge Fire"),
    ("The Ridge Fire near Fresno killed 17 people.", "17 people", "Ridge Fire"),
    ("Das Ridge Fire nahe Fresno hat 9400 Gebäude zerstört.", "9400 Gebäude", "Ridge Fire"),
    ("L'incendie Ridge près de Fresno a détruit 9400 bâtiments.", "9400 bâtiments", "Ridge"),
    ("El incendio Ridge cerca de Fresno ha destruido 9.400 estructuras.", "9.400 estructuras", "Ridge"),
    ("L'incendio Ridge vicino a Fresno ha distrutto 9.400 edifici.", "9.400 edifici", "Ridge"),
    ("O incêndio Ridge perto de Fresno destruiu 9400 edifícios.", "9400 edifícios", "Ridge"),
])
def test_the_thing_before_a_landmark_is_the_subject(body, figure, owner):
    assert subject(body, figure) == owner


def test_a_landmark_with_nothing_named_before_it_is_no_subject():
    assert subject("A village near Kandahar lost 40 people in the flood.", "40 people") is None


@pytest.mark.parametrize(("body", "figure", "owner"), [
    ("The Ridge Fire has destroyed 9,400 structures in Fresno.", "9,400 structures", "Fresno"),
    ("Fresno lost 9,400 structures.", "9,400 structures", "Fresno"),
])
def test_a_place_not_placed_near_stays_the_subject(body, figure, owner):
    assert subject(body, figure) == owner
