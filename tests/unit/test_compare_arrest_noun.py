"""Issue 11: the singular noun "arrest" names the arrested, as "arrests" does ("the arrest of 12 people", as "the
deaths of 12 people" are the dead): such a count was read as plain people and never met "Eleven people were
arrested" in another article. Every sentence is made up for the test."""

from __future__ import annotations

from tests.compare_helpers import read


def test_the_arrest_of_a_count_counts_the_arrested():
    found = {f.text: f.measure for f in read("Police announced on Monday the arrest of 17 people after the riot.")
             if f.kind == "count"}
    assert found.get("17 people") == "arrested", found
