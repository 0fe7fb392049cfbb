"""Issue 11: a capital that tells a figure is its country's government speaking ("Bangkok confirma 14 fallecidos"),
so the figure is the country's, not the capital city's; a capital named as the place of the figure stays the
figure's place. Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize("text, country", [
    ("Mientras Lisboa confirma 9 fallecidos en el incendio, Madrid no da cifras.", "Portugal"),
    ("Moscou annonce 12 blessés après l'explosion du dépôt.", "Russia"),
    ("Ottawa has confirmed 7 deaths after the ice storm.", "Canada"),
    ("Tokio bestätigte 40 Tote nach dem Beben.", "Japan"),
    ("Hanoi reported 31 deaths in the landslide.", "Vietnam"),
])
def test_a_capital_telling_a_count_is_its_country(text, country):
    counts = [f for f in read(text) if f.kind == "count"]
    assert counts and counts[0].subject == country, [(f.text, f.subject) for f in counts]


@pytest.mark.parametrize("text", [
    "In Hanoi, 31 people died in the landslide.",
    "A Lisboa, 9 personas murieron en el incendio.",
])
def test_a_capital_as_the_place_counted_stays_the_subject(text):
    counts = [f for f in read(text) if f.kind == "count"]
    assert counts and all(f.subject in (None, "Hanoi", "Lisboa") for f in counts), [(f.text, f.subject) for f in counts]
