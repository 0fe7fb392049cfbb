"""A subject read in full: names given together ("Texas and New Mexico") are a whole of two parts, read whole even
where the words before a figure reach back into the list, and never joined to one part alone; a count dated to an
earlier year stays out of the event's claims (issue 11, study misses of a measles outbreak)."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.same_subject import same_subject
from tests.compare_helpers import article, holding, read


def _subjects(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.subject) for f in read(text) if f.kind == "count"]


def test_names_given_together_are_read_whole_though_the_words_before_the_figure_reach_back_into_the_list():
    assert _subjects("Measles outbreaks in West Carova and New Dalmar are now up to more than 250 cases.") == [
        ("more than 250 cases", "West Carova and New Dalmar")]
    assert _subjects("Carova and New Dalmar on Tuesday reported an increase of 28 cases of measles.") == [
        ("28 cases", "Carova and New Dalmar")]
    # (a name alone keeps its nearest words: unchanged)
    assert _subjects("Measles cases in Carova have surged to 294 since January.") == [("294", "Carova")]


def test_a_count_of_names_given_together_is_the_wholes_not_one_parts():
    assert same_subject("Carova and New Dalmar", "New Dalmar", parts=True) is False
    assert same_subject("West Carova and New Dalmar", "Carova and New Dalmar", parts=True) is True
    # (a share or a change of names given together is each one's: "Toyota and Honda" shares go with Toyota's)
    assert same_subject("Toyota and Honda", "Toyota") is True
    claims = compare([
        article("A", "2031-03-14", "Measles cases in Carova and New Dalmar have surged to 294 since January."),
        article("B", "2031-03-14", "A growing measles outbreak in Carova and New Dalmar has now reached 320 cases."),
        article("C", "2031-03-14", "New Dalmar has confirmed 30 measles cases, mostly in Lea County."),
        article("D", "2031-03-14", "New Dalmar reported 38 measles cases on Friday."),
    ])
    assert [c.verdict for c in holding(claims, "surged to 294", "now reached 320")] == ["disagree"]
    assert not holding(claims, "surged to 294", "confirmed 30 measles")
    assert not holding(claims, "now reached 320", "reported 38 measles")


def test_a_count_dated_to_an_earlier_year_stays_out_of_the_events_claim():
    claims = compare([
        article("A", "2031-03-14", "Measles cases in Carova have surged to 294 since January."),
        article("B", "2031-03-14", "The measles outbreak in Carova has now reached 290 cases."),
        article("C", "2031-03-14", "Outbreaks still occur in unvaccinated groups, with the agency recording 285 measles "
                                   "cases in 2030."),
    ])
    assert holding(claims, "surged to 294", "now reached 290")
    assert not holding(claims, "surged to 294", "285 measles")
