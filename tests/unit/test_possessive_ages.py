"""An English age in the possessive is the person of that age, who owns the noun after it: "the 46-year-old's
lawyers" counts an age (46), never 46 lawyers (compare/count_phrases.py). Issue 11: noted on tests/gold_new59, a study set,
"the 46-year-old's" was read as a count of what followed it. The sentences are invented."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "age"), [
    ("The 38-year-old's lawyers accepted the prosecutors' offer.", "38-year-old"),
    ("Prosecutors said the 71-year-old’s company had hidden the income.", "71-year-old"),
    ("The 52-year-old's team said he would appeal.", "52-year-old"),
])
def test_a_possessive_age_is_an_age(text, age):
    found = [(f.text, f.measure) for f in read(text, language="en") if f.kind == "count"]
    assert found == [(age, "age")]


def test_a_possessive_name_still_leaves_the_noun_after_it_counted():
    assert [f.measure for f in read("Four of Ruritania's largest ports closed.", language="en")
            if f.kind == "count"] != ["age"]
