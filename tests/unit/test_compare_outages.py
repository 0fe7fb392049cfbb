"""Issue 11: people without power (compare/outages.py). Whatever noun counts them (residents, people, a bare
number) and in whichever language, a count whose clause says its people are without power or electricity is one
measure, so two outlets' counts of it are one claim. Constructed sentences; each test fails on the code before
this rule."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


def measures(text: str, **kw) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, **kw) if f.kind == "count"]


def test_a_count_without_power_is_an_outage_whatever_counts_it():
    assert measures("Approximately 104,000 residents remain without electricity.") == [
        ("Approximately 104,000 residents", "outage")]
    assert measures("About 12,000 people were left without power on Sunday.") == [("About 12,000 people", "outage")]
    assert measures("Casi 40.000 están aún sin luz en la provincia.", language="es") == [("Casi 40.000", "outage")]
    # another supply cut is not power
    assert measures("Más de 200.000 personas siguen sin teléfono.", language="es")[0][1] != "outage"
    assert measures("Some 23,700 residents are without gas.")[0][1] != "outage"


def test_two_outlets_counts_without_power_are_one_claim():
    claims = compare([
        article("a", "2024-10-30", "Meanwhile, approximately 104,000 residents remain without electricity."),
        article("b", "2024-10-31", "Casi 40.000 personas están aún sin luz en la provincia."),
    ])
    found = holding(claims, "104,000 residents", "40.000 personas")
    assert len(found) == 1 and found[0].verdict == "disagree"


def test_homes_where_the_power_went_out_in_german_are_homes_without_power():
    # "fiel der Strom aus" (the power went out), a day between or not, as "ohne Strom"
    assert measures("In rund 80.000 Haushalten fiel der Strom aus.", language="de") == [
        ("rund 80.000 Haushalten", "homes without power")]
    assert measures("Bei 6.500 Haushalten fiel am Dienstag der Strom aus.", language="de")[0] == (
        "6.500 Haushalten", "homes without power")
