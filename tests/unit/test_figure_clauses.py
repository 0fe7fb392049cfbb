"""A sentence cut into the clauses of its figures (compare/segments.py): punctuation and conjunctions."""

from __future__ import annotations

from briefing_tui.compare.segments import figure_clauses


def clauses(text: str, *figures: str) -> list[str]:
    """The clause of each of ``figures`` (their first occurrences in ``text``)."""
    spans = [(text.index(f), text.index(f) + len(f)) for f in figures]
    return [text[a:b] for a, b in figure_clauses(text, spans)]


def test_a_conjunction_after_a_clause_of_its_own_cuts_the_sentence():
    # gold_new8 06: two measures, two clauses of one sentence
    text = "The agreement aims to eliminate tariffs on 99% of UK exports and reduce tariffs on 90% of Indian products"
    assert clauses(text, "99%", "90%") == ["The agreement aims to eliminate tariffs on 99% of UK exports",
                                           "reduce tariffs on 90% of Indian products"]


def test_a_conjunction_in_another_language_cuts_it_too():
    text = "13 Menschen starben und 80 Menschen wurden verletzt."
    assert clauses(text, "13 Menschen", "80 Menschen") == ["13 Menschen starben", "80 Menschen wurden verletzt."]
    text = "Selon le bilan, 13 personnes sont mortes et 80 autres ont été blessées."
    assert clauses(text, "13 personnes", "80 autres") == ["Selon le bilan, 13 personnes sont mortes",
                                                          "80 autres ont été blessées."]


def test_two_things_of_one_predicate_stay_one_clause():
    # gold_new20 07: "carrying 175 passengers and six crew members"; a range is one clause too
    text = "The Boeing 737-800 was reportedly carrying 175 passengers and six crew members."
    assert clauses(text, "175 passengers", "six crew members") == [text, text]
    text = "Police said between 110,000 and 150,000 people attended."
    assert clauses(text, "110,000", "150,000 people") == [text, text]
    # uk_general_election_2024 (blueprint), air_india_crash 04: a figure after the verb both figures share
    text = "The Green Party has 6.9% of the votes and one seat."
    assert clauses(text, "6.9%", "one seat") == [text, text]
    text = "The impact killed 241 people on board and at least 29 on the ground."
    assert clauses(text, "241 people", "at least 29") == [text, text]


def test_a_figure_opening_its_clause_is_cut_from_the_next_clause():
    # gold_new20 05: "Two people survived and 179 were confirmed killed"; gold (myanmar_quake 02) after a comma
    text = "Two people survived and 179 were confirmed killed in a plane crash."
    assert clauses(text, "Two people", "179") == ["Two people survived", "179 were confirmed killed in a plane crash."]
    text = "In neighboring Thailand, at least three people were killed and at least 80 people remain trapped."
    assert clauses(text, "at least three people", "at least 80 people")[0] == \
        "In neighboring Thailand, at least three people were killed"
