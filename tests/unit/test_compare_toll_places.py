"""Issue 11: a part toll whose place comes after its predicate ("Six people were killed by storms in St. Mary
County"), and a floor written before a rise's preposition ("aumentan al menos a 17"). Invented sentences; each
fails on the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


def figures(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, measure, subject, qualifier) of each count of ``text``."""
    return [(f.text, f.measure, f.subject, f.qualifier) for f in read(text) if f.kind == "count"]


@pytest.mark.parametrize(("text", "subject"), [
    ("Four people were killed by falling trees in St. Mary County, officials said.", "St. Mary County"),
    ("Three residents died in Ft. Harlow on Monday.", "Ft. Harlow"),
    ("Al menos 12 personas murieron en el condado de St. Mary durante la tormenta.", "St. Mary"),
])
def test_a_counts_place_after_its_toll_predicate_is_its_subject(text, subject):
    [(_, measure, found, _)] = figures(text)
    assert (measure, found) == ("dead", subject)


def test_a_part_toll_by_place_is_no_disagreement_with_the_whole():
    claims = compared("At least 14 people died in the storm, officials said on Friday.",
                      "Four people were killed by falling trees in St. Mary County, officials said on Friday.")
    assert not [c for c in claims if c.verdict == "disagree"]


def test_a_floor_before_the_preposition_of_a_rise():
    assert ("al menos a 17", "dead", None, "at_least") in [
        (t, m, None, q) for t, m, _, q in figures("Las muertes por la tormenta aumentan al menos a 17.")]


def test_a_counts_place_after_its_evacuation_predicate_is_its_subject():
    [(_, measure, subject, _)] = figures("About 3,400 people have been evacuated to safe areas in the Dorvan Islands.")
    assert (measure, subject) == ("displaced", "Dorvan Islands")


def test_a_named_places_evacuees_ten_times_below_a_whole_are_no_disagreement():
    claims = compared("About 3,400 people have been evacuated to safe areas in the Dorvan Islands, officials said.",
                      "Around 1.2 million people were evacuated, officials said on Wednesday.")
    assert not [c for c in claims if c.verdict == "disagree"]



def test_an_italian_count_before_a_and_a_place_is_that_places():
    # Italian "a" before a town's or an island's name places the count there, whatever the sentence named before
    [(_, measure, subject, _)] = figures("Le autorità delle Antille hanno segnalato tre morti a Porto Velano.")
    assert (measure, subject) == ("dead", "Porto Velano")
