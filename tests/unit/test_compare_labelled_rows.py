"""Rows of a labelled list of results (compare/labelled_rows.py): under a lead-in naming what the list gives, "NPF:
31.2% (+2.1% compared to 2019)" is the NPF's share of the votes, a statement of its own that joins the other outlets'
statements of that share. Invented articles."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.labelled_rows import labelled_row_figures, lead_in_measure
from tests.compare_helpers import article, one_holding, read

LISTED = """Voters in Freedonia elected a new parliament on Sunday, and the count finished overnight with a turnout that \
surprised the election commission.

The result brought a large shift in the political landscape compared to the last election in 2019.

The proportion of votes received by each party was as follows:

NPF: 31.2% (+2.1% compared to 2019)

Greens: 12.5% (-1.0%)

Labour Union: 9.4% (+0.3%)

The leader of the NPF will now start talks with the Greens with a view to forming a two-party coalition government \
before the summer.
"""
TOLD = ("Voters in Freedonia elected a new parliament on Sunday, and the National People's Front (NPF) came first "
        "with 31.2% of the vote. The Greens won 12.9% of the vote, and the Labour Union 9.4%.")


def test_a_lead_in_names_the_measure_of_its_list():
    assert lead_in_measure("The proportion of votes received by each party was as follows:") == "votes"
    assert lead_in_measure("Sitzverteilung im neuen Landtag:") is None
    assert lead_in_measure("Sièges obtenus par chaque liste :") == "seats"
    assert lead_in_measure("The votes were counted overnight.") is None  # (no list follows: no colon)


def test_a_rows_first_figure_is_its_labels_share_of_the_votes():
    row = "Labour Union: 9.4% (+0.3%)"
    figures = labelled_row_figures(row, 0, "The proportion of votes received by each party was as follows:",
                                   read(row))
    assert [(f.text, f.measure, f.subject) for f in figures][0] == ("9.4%", "votes", "Labour Union")
    assert figures[1].subject != "Labour Union" or figures[1].measure != "votes"  # (the change is no share)
    # no lead-in naming a measure, or a sentence with a colon: as read
    assert labelled_row_figures(row, 0, "Results:", read(row)) == read(row)
    long = "Turnout: it reached 82.5% in the end, the highest since the first free vote of the republic in 1990"
    assert labelled_row_figures(long, 0, "The votes of each party:", read(long)) == read(long)


def test_the_rows_join_the_other_outlets_statements_of_each_share():
    claims = compare([article("o1", "2031-05-05", LISTED), article("o2", "2031-05-05", TOLD)])
    assert one_holding(claims, "NPF: 31.2%", "31.2% of the vote").verdict == "agree"
    assert one_holding(claims, "Greens: 12.5%", "12.9% of the vote").verdict == "disagree"
