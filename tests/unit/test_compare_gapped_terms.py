"""Issue 11: a second prison term given after "and" with its verb left out ("sentenced X to nine years in prison and
his brother, Y, to five years") is a prison term of the person named in the gap; a term a sentencing gives is a
length even when "after" follows it ("to seven years after a trial"); the Spanish "sentenciada a" is a verb of
sentencing. Invented sentences; fails on the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def terms(text: str, language: str = "en") -> list[tuple[float | None, str | None, str | None]]:
    return [(f.low, f.measure, f.subject) for f in read(text, language=language) if f.kind == "period"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("A court sentenced former mayor Tom Reed to nine years in prison and his brother, Sam Reed, to five years "
     "after a long trial.", "en", [(9.0, "prison sentence", "Tom Reed"), (5.0, "prison sentence", "Sam Reed")]),
    ("The judge sentenced Ada Cole to six years and her partner, Ben Ross, to four years.", "en",
     [(6.0, "prison sentence", "Ada Cole"), (4.0, "prison sentence", "Ben Ross")]),
    ("Además, su hermana, Ana Gil, ha sido sentenciada a siete años de prisión por el mismo caso.", "es",
     [(7.0, "prison sentence", "Ana Gil")]),
])
def test_a_gapped_term_is_the_gapped_persons(text, language, expected):
    assert terms(text, language) == expected


def test_without_a_sentencing_the_gap_is_no_term():
    found = terms("The firm hired Ada Cole for six years and her partner, Ben Ross, for four years.")
    assert all(m != "prison sentence" for _, m, _ in found), found
    # (a time since an event stays one)
    assert terms("Ada Cole moved to Lyon and her partner, Ben Ross, followed two years after the move.")[0][1] is None


def test_a_jail_term_awarded_and_a_named_gap_are_terms_of_each():
    assert terms("A judge announced that Reed has been awarded a jail term of 14 years and Cole 7 years in the case.") \
        == [(14.0, "prison sentence", "Reed"), (7.0, "prison sentence", "Cole")]
    assert terms("Reed was sentenced to 14 years and Cole 7 years.") == [(14.0, "prison sentence", "Reed"),
                                                                       (7.0, "prison sentence", "Cole")]
    # (a contract awarded is no sentencing)
    assert terms("Reed was awarded a contract of 14 years and Cole 7 years.") == [(14.0, None, None), (7.0, None, None)]
