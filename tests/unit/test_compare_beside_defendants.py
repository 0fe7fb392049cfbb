"""Issue 11: "no false disagreement appears". "Outre l'ex-chef de l'État, 11 prévenus étaient jugés" counts the
defendants tried beside the former president, not all of them: weighed against another outlet's "12 defendants" it
stood as a disagreement. Defendants counted in a clause that opens with one set beside them ("Besides ...", "Outre
...", "Además de ...") are co-defendants, as "the other 11 defendants" are (invented sentences; the first test fails
on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read

TWELVE = "The 12 defendants in the bribery case were tried at the Paris court for three months."


@pytest.mark.parametrize("opening", [
    "Besides the former minister, 11 defendants were tried in the bribery case at the Paris court.",
    "Outre l'ancien ministre, 11 prévenus étaient jugés dans cette affaire de corruption à Paris.",
    "Además del exministro, 11 acusados fueron juzgados en el caso de sobornos en París.",
])
def test_defendants_beside_one_named_are_co_defendants(opening):
    assert not [c for c in compared(opening, TWELVE) if c.verdict == "disagree"]
    assert [f.measure for f in read(opening) if f.text.startswith("11")] == ["co-defendants"]


def test_defendants_counted_without_one_set_beside_are_all_of_them():
    text = "In the bribery case at the Paris court, 11 defendants were tried for three months."
    assert [f.measure for f in read(text) if f.text.startswith("11")] == ["defendants"]
    assert [c.verdict for c in compared(text, TWELVE) if c.verdict == "disagree"] == ["disagree"]
