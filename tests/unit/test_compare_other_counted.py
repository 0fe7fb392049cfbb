"""Issue 11: English "other" between a count and its noun ("seven other defendants"), as "sieben weitere Angeklagte"
is read: the noun past "other" is what is counted, so the count is not given a measure from elsewhere in its clause
("affected" investors) and set against another group's count (the Adani indictment's "seven other defendants"
against "altre cinque persone ... colpite" disagreed as 'affected'). Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def test_the_noun_past_other_is_counted():
    counts = [(f.text, f.measure) for f in read("The charges, which affected foreign investors, were brought against "
                                                "the mayor as well as six other defendants.") if f.kind == "count"]
    assert counts == [("six other defendants", "co-defendants")]

