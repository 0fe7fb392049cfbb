"""Issue 11: "no false disagreement appears". "Of the 181 people on board, including six crew members, only two
survivors were rescued" read the 181 as survivors (the sentence's word of survival), and "two out of the 181 people
on board" read the whole as the survivors' total: both were weighed against "two survivors" and flagged. A count of
people whose own noun is aboard ("64 people on board", "64 personas a bordo", "64 persone a bordo") is the people
aboard unless that noun or its own predicate says they survived ("All 64 people on board survived"). Invented
sentences; the tests of the rule fail on the code before it."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


def _measure(text: str, figure: str, language: str | None = None) -> str | None:
    return next(f.measure for f in read(text, None, language) if f.text == figure)


@pytest.mark.parametrize(("text", "figure", "language"), [
    ("Of the 64 people on board, including four crew members, only three survivors were found.", "64 people", None),
    ("The ferry sank with no survivors except three out of the 64 people on board.", "64 people", None),
    ("There were 64 people on board and only three survivors.", "64 people", None),
    ("El ferri llevaba 64 personas a bordo y solo hubo tres supervivientes.", "64 personas", "es"),
    ("No quedaron supervivientes salvo tres de las 64 personas a bordo.", "64 personas", "es"),
    ("Le ferry avait 64 personnes à bord et seulement trois survivants.", "64 personnes", "fr"),
    ("Il traghetto aveva 64 persone a bordo e solo tre sopravvissuti.", "64 persone", "it"),
])
def test_a_count_of_people_aboard_beside_the_survivors_is_the_people_aboard(text, figure, language):
    assert _measure(text, figure, language) == "people aboard"


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("All 64 people on board survived the landing.", "64 people", "survivors"),
    ("Two people on board survived.", "Two people", "survivors"),
    ("Of the 64 people on board, only three survivors were found.", "three survivors", "survivors"),
    ("The 64 people on board were all rescued.", "64 people", "rescued"),
])
def test_those_aboard_who_survived_are_still_the_survivors(text, figure, measure):
    assert _measure(text, figure) == measure


def test_those_aboard_are_not_weighed_against_the_survivors():
    whole = ("Of the 64 people on board the Velmar ferry, including four crew members, only three survivors were "
             "pulled from the sea, the coastguard said on Sunday.")
    survivors = "Only three people survived the sinking of the Velmar ferry, the coastguard said on Sunday."
    flagged = [c for c in compared(whole, survivors) if c.verdict == "disagree"]
    assert not [c for c in flagged if any("64" in s.text for s in c.statements)]
