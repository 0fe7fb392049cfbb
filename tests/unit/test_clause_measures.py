"""Issue 11: figures read without a measure take the one their sentence names (compare/clause_measures.py). Real
sentences of the 2025 Texas measles outbreak (tests/gold_new7, file and line in
a comment); each test fails on the code before."""

from __future__ import annotations

from briefing_tui.commands.diff import figure_record
from briefing_tui.compare.clause_measures import name_measureless, story_vocabulary
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article, figure_in as _figure


def _units(*bodies: str):
    """The units of one article per body, their measureless counts named from the story's nouns."""
    units = build_units([article(f"o{k}", "2025-03-12", body) for k, body in enumerate(bodies, 1)], [], [],
                        default_rate_table())
    name_measureless(units)
    return units


def test_a_bare_count_takes_the_measure_of_the_noun_its_clause_names():
    units = _units(
        # tests/gold_new7/stories/texas_measles_outbreak_2025/02_healthcare360magazine.txt:4
        "As of this week, Texas health officials confirmed 279 measles cases across 11 counties, with 36 "
        "hospitalizations. New Mexico reported 38 cases, with most concentrated in Lea County.",
        # tests/gold_new7/stories/texas_measles_outbreak_2025/04_batonrougegazette.txt:11
        "In New Mexico, cases rose from 30 to 33 on Tuesday, including one case in Eddy County where none had been "
        "reported.",
        # tests/gold_new7/stories/texas_measles_outbreak_2025/06_devdiscourse.txt:1
        "Measles cases in Texas and New Mexico have surged to 294 since January, exceeding the total reported in the "
        "U.S. last year.")
    for text in ("33", "294"):
        figure = _figure(units, text)
        assert (figure.measure, figure.measure_from) == ("case", "cases")
    assert figure_record(_figure(units, "33"))["measure_from"] == "cases"  # (its provenance in the JSON)


def test_a_count_past_a_figure_owning_the_noun_or_a_difference_keeps_no_measure():
    units = _units(
        "Texas health officials confirmed 279 measles cases across 11 counties.",
        # tests/gold_new7/stories/texas_measles_outbreak_2025/04_batonrougegazette.txt:11
        "In New Mexico, cases rose from 30 to 33 on Tuesday.",
        # tests/gold_new7/stories/texas_measles_outbreak_2025/05_kion546-cnn.txt:15
        "Sixty-four cases are among people younger than 4, and 89 are among people 5 to 17.",
        # tests/gold_new7/stories/texas_measles_outbreak_2025/05_kion546-cnn.txt:9
        "In the West Texas outbreak, 198 measles cases have been reported, the Texas Department of State Health "
        "Services said in an update Friday — 39 more confirmed cases since Tuesday’s update.")
    for text in ("4", "39"):
        assert _figure(units, text).measure is None
    assert _figure(units, "33").measure == "case"  # (past a bare number of the same expression: "from 30 to")
    assert _figure(units, "Sixty-four cases").measure_from is None  # (its own noun: no provenance to keep)


def test_the_vocabulary_holds_nouns_counted_in_the_plural_only():
    units = build_units([article("o1", "2025-03-12", "Texas confirmed 279 measles cases, and approximately 101 "
                                                     "missing were reported.")], [], [], default_rate_table())
    vocabulary = story_vocabulary(units)
    assert vocabulary.get("case") == "case" and "missing" not in vocabulary


def test_a_share_takes_the_measure_a_word_next_to_it_names_when_the_story_gives_it_to_shares():
    units = _units(
        # tests/gold_new9/stories/uk_general_election_2024/02_blueprint.txt:7
        "The Conservatives have 58 seats and a 21.2% vote share.",
        # tests/gold_new9/stories/uk_general_election_2024/06_juiceliverpool.txt:2
        "Reform UK attained third place by share of the vote on 14%, but the party had difficulty converting votes "
        "into seats.")
    share = _figure(units, "14%")
    assert (share.measure, share.measure_from) == ("votes", "vote")


def test_a_share_a_verb_of_winning_gives_is_a_share_of_the_votes_in_a_contest():
    units = _units(
        "The Greens won 31.2% of the vote in the regional election on Sunday.",
        "The Greens secured 31.2 percent, while the Liberals took 22.5 percent.",
        "Les Verts ont obtenu 31,2 %, devant les libéraux.",
        "I Verdi hanno ottenuto il 31,2%.",
        "The Greens secured 31.2 percent in Ostland and 28 percent of the seats.")
    for text in ("31.2 percent", "22.5 percent", "31,2 %", "31,2%"):
        assert _figure(units, text).measure == "votes"
    assert _figure(units, "28 percent").measure == "seats"  # (what it is a share of, named after it)
    # (but not where the story's shares carry no votes)
    units = _units("The company won 12 percent, analysts said.", "Its revenue grew 12 percent to $4 billion.")
    assert _figure(units, "12 percent").measure is None
