"""Issue 11: one toll given for a country and for a place the articles write as the country's ("Peru's Colca
Valley") is one claim; a part of the dead ("12 of the deceased have been identified") is no reading of the toll.
Invented sentences; each test fails on the code before."""

from __future__ import annotations

from briefing_tui.compare.group_subjects import referenced_place, subject_home
from briefing_tui.compare.lone_groups import join_lone_unnamed
from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.same_subject import one_subject, place_links
from briefing_tui.compare.units import build_units
from briefing_tui.compare import compare
from tests.compare_helpers import filled_articles, holding, measured_statements


def test_a_place_written_as_a_countrys_or_in_it_is_linked_to_the_country():
    links = place_links(["Rain fell on Peru's Colca Valley.", "Mudslides hit the Urubamba Valley in Peru."])
    assert one_subject("Colca Valley", "Peru", links) and one_subject("Urubamba Valley", "Peru", links)
    # a company or a title written as a country's is no place in it
    links = place_links(["Japan's Toyota sold more cars.", "Peru's President spoke.", "Profits in Toyota Motor rose."])
    assert not one_subject("Toyota", "Japan", links) and not one_subject("President", "Peru", links)
    assert not links


TOLLS = (
    "The death toll from the floods in Peru has risen to 30, the ministry said on Monday.",
    "The death toll in Peru's Colca Valley has reached 34, the ministry said.",
    "Police said 51 people have died in the floods so far. As of Monday, 25 of the deceased have been identified.",
)


def _statements():
    published, table, st, units = measured_statements("2025-03-12", *TOLLS)
    return published, table, st, place_links(u.text for u in units)


def test_a_group_joined_by_the_events_place_takes_its_name():
    _, _, st, links = _statements()
    labels: list[str | None] = ["Colca Valley"]
    # the country's toll joins the group of its valley's, which is then the country's (the event's place)
    assert subject_home(st("o1", "30"), "Peru", [0], labels, links, lambda item, k: True, "Peru") == 0
    assert labels == ["Peru"]
    # a place linked to the group that is not the event's leaves its name
    labels = ["Colca Valley"]
    assert subject_home(st("o1", "30"), "Peru", [0], labels, links, lambda item, k: True, "Chile") == 0
    assert labels == ["Colca Valley"]


def test_the_dead_identified_are_no_reading_of_the_toll():
    published, table, st, _ = _statements()
    toll = [st("o1", "30"), st("o2", "34")]
    lone = [st("o3", "25")]
    assert [m.figure.measure for m in lone] == ["identified dead"]
    joined = join_lone_unnamed([(list(toll), "Peru"), (list(lone), None)], True, published, table)
    assert [(name, [m.figure.text for m in members]) for members, name in joined] == [
        ("Peru", ["30", "34"]), (None, ["25"])]


HOSPITALS = (
    "Currently, 58 patients remain at the City Trauma Centre, 48 at Civil Defence Hospital, 35 at Lakeside Medical "
    "College and 26 at Hillcrest Military Hospital, the paper reported.",
    "The Northern Trauma Centre is caring for 161 patients, and Summit Hospital is treating 109.",
)


def test_a_count_at_a_named_hospital_is_that_hospitals_whatever_the_names_filter_says():
    sources = filled_articles("2025-03-12", *HOSPITALS)
    units = build_units(sources, [], [], default_rate_table())
    read = {(f.text, f.subject): referenced_place(MeasuredStatement(u, f))
            for u in units for f in u.figures if f.text in ("48", "109")}
    assert read == {("48", "Civil Defence"): True, ("109", "Summit"): True}
    claims = compare(sources)
    assert not holding(claims, "48 at Civil Defence Hospital", "Summit Hospital is treating 109")


def test_a_count_at_a_named_hospital_is_no_reading_of_a_count_of_no_subject_of_its_value():
    claims = compare(filled_articles(
        "2025-03-12",
        "As of Wednesday, 26 of the deceased have been preliminarily identified.",
        "Currently, 58 patients remain at the City Trauma Centre, 48 at Civil Defence Hospital, 35 at Lakeside "
        "Medical College, 25 at Old Town Teaching Hospital (OTTH), and 26 at Hillcrest Military Hospital, the paper "
        "reported.",
    ))
    assert not holding(claims, "26 of the deceased", "26 at Hillcrest Military Hospital")
