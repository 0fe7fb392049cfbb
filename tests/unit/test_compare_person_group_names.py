"""A count of people named by their role takes the role's one name in every wording and language (issue 11: one
measure, many names): "1,500 troops" and "1,500 soldiers", "1,000 police" and "1.000 Polizisten". Invented
sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def count_measure(text: str, language: str) -> str | None:
    """The measure of the text's first count."""
    return next(f.measure for f in read(text, language=language) if f.kind == "count")


def test_a_role_counted_with_no_fate_takes_the_roles_one_name():
    assert count_measure("Some 1,500 troops were sent to the border.", "en") == "soldier"
    assert count_measure("Some 1,500 soldiers were sent to the border.", "en") == "soldier"
    assert count_measure("Some 1,000 police were in the square.", "en") == "officer"
    assert count_measure("Rund 1.000 Polizisten waren auf dem Platz.", "de") == "officer"
    assert count_measure("Unos 1.000 policías estaban en la plaza.", "es") == "officer"
    # (a fate still says what the count measures)
    assert count_measure("Some 12 soldiers were killed at the border.", "en") == "soldier dead"
