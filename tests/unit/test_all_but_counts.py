"""Issue 11: "no false disagreement appears". "All but 31 were unauthorized pilgrims" gave the 31 the measure of its
clause's noun (the pilgrims' attendance) and weighed it against "more than 50,000 pilgrims". A count after "all but"
(and "tous sauf", "todos menos", "alle bis auf", "tutti tranne") is the exception: the clause's noun counts all the
others, never the exception. A bare count with no "all but" still takes its clause's noun. Invented sentences; the
tests of the rule fail on the code before it."""

from __future__ import annotations

import pytest

from tests.compare_helpers import measured_statements


def _measure(first: str, figure: str, other: str) -> str | None:
    from briefing_tui.compare.measure_inference import unsaid_measures

    _, _, _, units = measured_statements("2024-06-20", first, other)
    unsaid_measures(units)
    return next(f.measure for u in units for f in u.figures if u.source.id == "o1" and f.text == figure)


OTHER = "Nearly 2,000 pilgrims attended the last rites at Velmar."


def test_the_exception_of_all_but_takes_no_measure_from_its_clause():
    first = "More than 600 pilgrims from Velmar died in the heat. All but 31 were unregistered pilgrims, officials said."
    assert _measure(first, "31", OTHER) is None


def test_a_bare_count_still_takes_its_clause_s_noun():
    first = "More than 600 pilgrims from Velmar died in the heat. Officials said 31 were unregistered pilgrims."
    assert _measure(first, "31", OTHER) == "attendance"


@pytest.mark.parametrize(("before", "is_exception"), [
    ("All but ", True),
    ("Officials said all but about ", True),
    ("Tous sauf ", True),
    ("Todos menos ", True),
    ("Alle bis auf ", True),
    ("Tutti tranne ", True),
    ("Todos exceto ", True),
    ("All the ", False),
    ("But ", False),
    ("Tous les ", False),
])
def test_all_but_is_read_in_each_language(before, is_exception):
    from briefing_tui.compare.excepted_counts import excepted

    assert excepted(before) is is_exception
