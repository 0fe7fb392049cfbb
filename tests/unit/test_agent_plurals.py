"""Issue 11: the agent's plural of other languages ("migrantes", "migranti", "Migranten") names people as English
"migrants" does: what its predicate says befell them is the count's measure ("23 migrantes murieron": the dead).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measure_of(text: str, needle: str) -> str | None:
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1, [(f.text, f.measure) for f in read(text)]
    return found[0].measure


@pytest.mark.parametrize(("text", "needle"), [
    ("Al menos 23 migrantes perdieron la vida en el naufragio.", "23 migrantes"),
    ("Almeno 23 migranti sono morti nel naufragio.", "23 migranti"),
    ("Mindestens 23 Migranten starben bei dem Unglück.", "23 Migranten"),
    ("Pelo menos 23 migrantes morreram no naufrágio.", "23 migrantes"),
])
def test_other_languages_agent_nouns_take_the_fate_their_predicate_tells(text, needle):
    # (as "23 migrants died" counts the dead: the agent's plural "-antes", "-anti", "-anten" names people too)
    assert measure_of(text, needle) == "dead"
