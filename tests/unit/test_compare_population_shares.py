"""A share of a place's people measures what its predicate says befell them (compare/population_shares.py)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def share_measure(text: str) -> str | None:
    (found,) = [f for f in read(text) if f.kind == "percent"]
    return found.measure


@pytest.mark.parametrize(("text", "measure"), [
    # (invented) the predicate after the people's noun names the measure
    ("Nearly 60% of Corvina's population has been severely affected by the storm.", "affected"),
    ("Some 25% of residents were evacuated before the dam broke.", "displaced"),
    ("Près de 40 % de la population a été évacuée dans la nuit.", "displaced"),
    # (a share with no predicate of what befell them stays a share of the residents)
    ("Shacks there house at least one-third of the population.", "residents"),
])
def test_a_share_of_the_population_takes_its_predicate_measure(text: str, measure: str):
    assert share_measure(text) == measure
