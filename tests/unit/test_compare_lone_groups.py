"""Issue 11: a one-source figure with no subject joins the one named group of its measure it may be a reading of
(compare/lone_groups.py), instead of going to a claim by wording. Invented sentences; each test fails on the code
before."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.lone_groups import join_lone_unnamed
from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import filled_articles, holding

COUNTIES = (
    "Health officials in Ruritania confirmed 240 measles cases across 11 counties on Friday.",
    "Measles cases have been identified in nine counties, and most of them are in the north.",
    "The outbreak has spread quickly since January, officials said.",
)


def test_a_lone_unnamed_count_joins_the_named_count_of_its_measure():
    # "nine counties" (no subject read) is the other source's reading of Ruritania's "11 counties": one claim
    claims = compare(filled_articles("2025-03-08", *COUNTIES))
    joined = holding(claims, "across 11 counties", "in nine counties")
    assert [(c.measure, c.verdict) for c in joined] == [("county", "disagree")]


def _statements(*bodies: str):
    sources = filled_articles("2025-03-08", *bodies)
    table = default_rate_table()
    units = build_units(sources, [], [], table)

    def st(source: str, text: str) -> MeasuredStatement:
        return next(MeasuredStatement(u, f) for u in units for f in u.figures
                    if u.source.id == source and f.text == text)

    return {s.id: s.published for s in sources}, table, st


TOLLS = (
    "The storm killed 40 people in Ruritania, the ministry said.",
    "Officials said 40 people died in Ruritania.",
    "The death toll in Ruritania stood at 40 on Monday.",
    "At least 34 people were killed, rescuers said. Another report put the toll at 300 people.",
)


def _joined(gathered, published, table):
    return [(name, sorted((m.figure.source, m.figure.text) for m in members))
            for members, name in join_lone_unnamed(gathered, False, published, table)]


def test_a_lone_figure_joins_a_near_value_not_a_far_one_nor_one_three_sources_settle():
    published, table, st = _statements(*TOLLS)
    two = [st("o1", "40 people"), st("o2", "40 people")]
    # two sources' 40: a lone 34 is a reading of it
    assert _joined([(list(two), "Ruritania"), ([st("o4", "At least 34 people")], None)], published, table) == [
        ("Ruritania", [("o1", "40 people"), ("o2", "40 people"), ("o4", "At least 34 people")])]
    # a lone 300 is too far from it to be one
    assert _joined([(list(two), "Ruritania"), ([st("o4", "300 people")], None)], published, table) == [
        ("Ruritania", [("o1", "40 people"), ("o2", "40 people")]), (None, [("o4", "300 people")])]
    # three sources giving 40 settle it: a lone 34 is another count
    three = [*two, st("o3", "40")]
    assert _joined([(list(three), "Ruritania"), ([st("o4", "At least 34 people")], None)], published, table) == [
        ("Ruritania", [("o1", "40 people"), ("o2", "40 people"), ("o3", "40")]),
        (None, [("o4", "At least 34 people")])]
