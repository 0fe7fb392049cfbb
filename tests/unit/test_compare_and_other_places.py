"""Issue 11: a count of people "in X and other places" ("in Kerala and other southern states", "en Gironde y otras
provincias", "à Ishikawa et dans d'autres départements") is of a whole, not of X: X is not its subject, and the
count may stand with the country's. A place alone after the count stays its subject. Every sentence is made up for
the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize("text, place", [
    ("Officials evacuated 40,000 people in Kerala and other southern states on Sunday.", "Kerala"),
    ("Las autoridades evacuaron a más de 9.000 personas en Murcia y otras provincias costeras.", "Murcia"),
    ("Les pompiers ont évacué 3 000 personnes en Gironde et dans d'autres départements.", "Gironde"),
    ("Die Behörden brachten 2.000 Menschen in Bayern und anderen Ländern in Sicherheit.", "Bayern"),
])
def test_a_place_named_with_other_places_is_not_the_count_s_subject(text, place):
    counts = [f for f in read(text) if f.kind == "count"]
    assert counts and all(f.subject != place for f in counts), [(f.text, f.subject) for f in counts]


@pytest.mark.parametrize("text, place", [
    ("Officials evacuated 40,000 people in Kerala on Sunday.", "Kerala"),
    ("Las autoridades evacuaron a más de 9.000 personas en Murcia.", "Murcia"),
])
def test_a_place_alone_after_the_count_stays_its_subject(text, place):
    counts = [f for f in read(text) if f.kind == "count"]
    assert counts and counts[0].subject == place, [(f.text, f.subject) for f in counts]
