"""A signed number in brackets right after a figure ("57 seats (plus 26)", "52 Sitze (-19)", "38,7 % (+18,9 %)") is
that figure's change since the last count: it measures nothing, and never stands as a second value of the claim."""

from __future__ import annotations

from tests.compare_helpers import read


def measures(text: str, language: str | None = None) -> dict[str, str | None]:
    return {f.text: f.measure for f in read(text, "2025-03-10", language)}


def test_a_signed_number_in_brackets_after_a_figure_measures_nothing():
    assert measures("The Union will hold 61 seats (plus 14), the Liberals 38 (minus 9).") == {
        "61 seats": "seats", "14": None, "9": None}
    found = measures("Die Union kommt auf 61 Abgeordnete (plus 14), die Liberalen auf 38 (minus 9).", "de")
    assert (found["61 Abgeordnete"], found["14"], found["9"]) == ("seats", None, None)


def test_a_bracketed_figure_with_no_sign_or_no_number_before_keeps_its_measure():
    assert measures("The Union will hold 61 seats (14 of them new).")["61 seats"] == "seats"
    assert measures("The ministers (plus 3 aides) met 40 people.")["40 people"] == "people"

