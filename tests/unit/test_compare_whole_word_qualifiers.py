"""Issue 11: a qualifier is a whole word. Italian "inoltre" (moreover) ends in "oltre" (more than) and German
"gegenüber" in "über": a figure after such a word is exact, not a floor (it made "three more were hurt" read as
"more than three" and weighed it against an exact three). Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "written"), [
    ("Nel villaggio ci sono inoltre quattro case distrutte dal fiume.", "quattro case"),
    ("Il sindaco ha detto che inoltre 7 persone sono rimaste ferite.", "7 persone"),
])
def test_a_word_ending_in_a_qualifier_qualifies_nothing(text, written):
    found = {f.text: f.qualifier for f in read(text) if f.kind == "count"}
    assert written in found and found[written] in (None, "exact"), found


def test_the_qualifier_as_a_word_of_its_own_still_reads():
    found = {f.text: f.qualifier for f in read("Nel villaggio ci sono oltre quattro case distrutte.") if f.kind == "count"}
    assert found.get("oltre quattro case") == "more_than", found
