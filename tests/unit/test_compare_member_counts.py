"""Issue 11: a bare number counting a group's members ("a family of three", "une famille de cinq") counts them, and
takes no measure named farther back in its sentence (compare/member_counts.py). Constructed sentences; each test
fails on the code before this rule."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, read


def measures(text: str, **kw) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, **kw) if f.kind == "count"]


def test_a_family_of_three_is_not_counted_as_the_outage_named_before_it():
    found = dict(measures("Two deaths were blamed on the blackout, among them a mother of two."))
    assert found.get("two") is None  # ("Two deaths" stays the dead)
    found = dict(measures("Several deaths may be linked to the outage, including a family of four."))
    assert found.get("four") is None
    found = dict(measures("Varios muertos se atribuyen al apagón, entre ellos una familia de cinco.", language="es"))
    assert found.get("cinco") is None
    # a bare number after no group noun still takes the measure named before it
    assert dict(measures("The outage hit the region on Monday, and by night it had reached 40,000.")).get(
        "40,000") == "outage"


def test_a_family_of_three_never_disagrees_with_people_without_power():
    claims = compare([
        article("a", "2024-03-02", "Several deaths may be linked to the outage, including a family of four."),
        article("b", "2024-03-02", "The sudden failure left thousands of people without electricity."),
    ])
    assert not [c for c in claims if c.verdict == "disagree"]
