"""Rows of election results pasted as plain lines (compare/result_rows.py): "PLN (Liberales) 31,4% (+2,2%) 41 escaños
(+6)" is the PLN's share of the votes and its seats, statements of their own that join the other outlets' prose about
that share and those seats; the bracketed changes stay apart. Invented articles."""

from __future__ import annotations

from briefing_tui.compare.result_rows import election_story, result_row_figures
from tests.compare_helpers import compared, one_holding, read

STORY = "Los ciudadanos de Freedonia votaron el domingo en las elecciones legislativas."


def _read_row(row: str, raw: str = STORY):
    return [(f.text, f.measure, f.subject) for f in result_row_figures(row, 0, raw, read(row))]


def test_a_row_with_a_gloss_gives_the_party_the_gloss_names_the_share_and_the_seats():
    # (the gloss names the party in the article's words, as the other outlets name it: the abbreviation seldom)
    got = _read_row("PLN (Liberales, ALDE) 31,4% (+2,2%) 41 escaños (+6)")
    assert ("31,4%", "votes", "Liberales") in got
    assert ("41 escaños", "seats", "Liberales") in got
    assert all(subject != "Liberales" for text, _, subject in got if text.startswith("2,2"))  # the change is no result


def test_a_row_with_bars_or_a_bare_count_in_an_election_story():
    got = _read_row("Labour Union | 34.2% | 412 seats")
    assert ("34.2%", "votes", "Labour Union") in got and ("412 seats", "seats", "Labour Union") in got
    got = _read_row("Grønne 14,6 % 24", "Stortingsvalget i Freedonia: de grønne vant.")
    assert ("14,6 %", "votes", "Grønne") in got and ("24", "seats", "Grønne") in got


def test_a_bare_count_outside_an_election_story_is_left_unknown():
    assert not election_story("The factory in Freedonia made 500 cars a day.")
    got = _read_row("Grønne 14,6 % 24", "The factory in Freedonia made 500 cars a day.")
    assert ("24", "seats", "Grønne") not in got and ("14,6 %", "votes", "Grønne") not in got


def test_sentences_and_a_measures_own_row_are_left_as_read():
    for line in ("Labour won 28.2% of the vote and 53 seats",
                 "Turnout 78.9%",
                 "Labour Union shares fell over 1%.",
                 "Labour Union tumbled 17.4%,",
                 "Greens 12,5% des voix, un recul net"):
        assert result_row_figures(line, 0, STORY, read(line)) == read(line)


ROWS = """Los ciudadanos de Freedonia votaron el domingo en las elecciones legislativas, y el recuento terminó de \
madrugada con una participación que sorprendió a la comisión electoral.

PLN (Partido Liberal Nacional) 31,4% (+2,2%) 41 escaños (+6)

Verdes (ecologistas) 12,5% (-1,0%) 15 escaños (-2)

El líder del PLN negociará ahora con los Verdes para formar un gobierno de coalición antes del verano.
"""
PROSE = ("Freedonia's voters went to the polls on Sunday in the legislative elections. The PLN came first with 31.4% "
         "of the vote. The Greens won 12.9% of the vote.")


def test_the_rows_join_the_other_outlets_statements_of_each_share():
    claims = compared(ROWS, PROSE)
    assert one_holding(claims, "PLN (Partido Liberal Nacional) 31,4%", "31.4% of the vote").verdict == "agree"
    assert one_holding(claims, "Verdes (ecologistas) 12,5%", "12.9% of the vote").verdict == "disagree"
