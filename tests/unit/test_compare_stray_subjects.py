"""Issue 11: a statement that gives a claim's own measure joins that claim, not a claim by wording. A place that
reports a count is the count's subject, not its teller; a source's value of an open measure for a portion is the
one it gives that portion, not its unscoped figure for the whole. Short sentences written as the news writes them;
each test fails on the code before."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


def _claims(*bodies: str, published: str = "2025-03-12"):
    return compare([article(f"o{k}", published, body) for k, body in enumerate(bodies, 1)])


def _subjects(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.subject) for f in read(text) if f.kind == "count"]


def test_a_place_that_reports_a_count_is_its_subject_a_person_who_does_is_its_teller():
    assert _subjects("New Mexico reported 38 cases, with most concentrated in Lea County.") == [
        ("38 cases", "New Mexico")]
    assert _subjects("Japan has confirmed 12 new infections since Friday.") == [("12 new infections", "Japan")]
    # (a person or office that reports a count stays its teller)
    assert _subjects("Health Minister Jane Okafor reported 38 cases on Tuesday.") == [("38 cases", None)]
    assert _subjects("New Mexico said 38 cases were linked to the outbreak.")[0][1] is None  # (said: a teller)


def test_a_source_gives_a_portion_the_value_it_names_that_portion_with():
    claims = _claims(
        "The public issue was subscribed 42 percent by the end of day two. "
        "The retail quota has received 38 percent subscription so far.",
        "The portion for retail investors received only 44% subscription.",
        "The issue was subscribed 0.50 times in the retail category.")
    found = [c for c in holding(claims, "only 44% subscription", "0.50 times in the retail") if c.measure]
    assert found, [c.topic for c in claims]
    texts = [s.text for s in found[0].statements]
    assert any("38 percent subscription" in t for t in texts), texts
    assert not any("42 percent" in t for t in texts), texts


def test_the_outlet_a_dateline_credits_is_no_subject():
    assert _subjects("(CNN) — Nearly 230 measles cases have been identified in outbreaks in West Texas.") == [
        ("Nearly 230 measles cases", None)]
    # (a party's acronym in brackets is no dateline: its count stays its own)
    assert _subjects("The Alternative for Germany (AfD) - the far right - won 152 seats.") == [("152 seats", "AfD")]
