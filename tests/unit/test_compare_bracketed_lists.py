"""Issue 11: a list of names each with its number in brackets, measured once at its head ("the most seats (164),
followed by Labour (152) ... and the Greens (85)"): each later number counts what the first counts and is the name's
(compare/bracketed_lists.py). Invented sentences; each test fails on the code before this rule."""

from __future__ import annotations

from tests.compare_helpers import compared, holding, read


def counts(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.measure, f.subject) for f in read(text, language=language) if f.kind == "count"]


def test_later_bracketed_numbers_take_the_first_ones_measure_and_their_names():
    assert counts("The Conservatives won the most seats (164), followed by Labour (152), the Liberals (120) and the "
                  "Greens (85).", "en")[1:] == [("152", "seats", "Labour"), ("120", "seats", "Liberals"),
                                                ("85", "seats", "Greens")]
    # (an elided article before the name is cut off: "l'AfD" is AfD's)
    assert counts("La CDU détient le plus grand nombre de sièges (164), suivie par l'AfD (152), le SPD (120) et les "
                  "Verts (85).", "fr")[1:] == [("152", "seats", "AfD"), ("120", "seats", "SPD"), ("85", "seats", "Verts")]


def test_no_name_or_a_measure_word_of_its_own_keeps_the_number_as_read():
    # a bracketed number after no capitalised name stays unmeasured; a word of its own measure keeps it
    assert counts("Los conservadores obtienen la mayoría de los escaños (164), seguidos por los socialistas (152).",
                  "es")[1] == ("152", None, None)
    assert [m for _, m, _ in counts("The dead (12) and the injured (40) were taken away.", "en")] == ["dead", "injured"]


def test_a_bracketed_list_disagrees_with_another_outlets_dashed_list():
    claims = compared(
        "According to the results, the Union will receive 208 seats, AfD — 151, SPD — 121, the Greens — 85.",
        "L'Union détient le plus grand nombre de sièges (208), suivie par l'AfD (152), le SPD (120) et les Verts (85).")
    for a, b in (("AfD — 151", "l'AfD (152)"), ("SPD — 121", "le SPD (120)")):
        found = holding(claims, a, b)
        assert found and found[0].verdict == "disagree"
    found = holding(claims, "the Greens — 85", "les Verts (85)")
    assert found and found[0].verdict == "agree"
