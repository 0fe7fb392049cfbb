"""A count of "more" or "others" with no noun, after a count of the same fate in its sentence, counts others than
that count, never the whole toll (issue 11: on tests/gold_new58, a study set, "Nine people were gravely wounded ...,
while 246 more were seriously injured" gave the 246 the nine's measure, and one outlet's nine were weighed against
another's 246). The sentences are invented."""

from __future__ import annotations

from tests.compare_helpers import read


def _measures(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text) if f.kind == "count"]


def test_more_after_a_count_of_the_same_fate_are_others():
    assert _measures("Five people were badly hurt in the crush, the police said, while 130 more were injured.") == [
        ("Five people", "seriously injured"), ("130", "other injured")]
    assert _measures("Three were killed on Tuesday and 17 more died in hospital overnight.") == [
        ("Three", "dead"), ("17", "other dead")]


def test_autres_after_a_count_of_the_same_fate_are_others():
    assert _measures("Selon la préfecture, huit personnes blessées ont été soignées en priorité, et 88 autres dans la soirée.") \
        == [("huit personnes blessées", "injured"), ("88", "other injured")]


def test_others_of_another_fate_are_the_whole_of_their_own():
    assert _measures("The explosion killed four people and injured 52 others.") == [
        ("four people", "dead"), ("52 others", "injured")]
    assert _measures("The flood injured 52 people.") == [("52 people", "injured")]
