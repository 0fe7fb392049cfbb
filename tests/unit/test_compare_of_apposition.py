"""Issue 11: an apposition after a name saying what it is part of ("Varuna Cement, the flagship company of the
Varuna Group, fell 20%") is no subject: the figure is the name's before it, not the group's after "of" (the Adani
indictment's "Adani Enterprises, the flagship company of the Adani Group, witnessing a 20 percent drop" was read as
the group's). Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize("text", [
    "Shares fell at the open, with Varuna Cement, the flagship company of the Varuna Group, witnessing a 20 percent drop.",
    "Varuna Cement, a unit of Varuna Group, fell 20 percent on Thursday.",
])
def test_the_name_before_an_of_apposition_is_the_subject(text):
    assert [f.subject for f in read(text) if f.kind == "percent"] == ["Varuna Cement"]


def test_a_name_after_of_without_apposition_is_kept():
    shares = [f.subject for f in read("The market value of the Varuna Group fell 20 percent.") if f.kind == "percent"]
    assert shares == ["Varuna Group"]
