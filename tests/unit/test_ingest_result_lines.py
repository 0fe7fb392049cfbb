"""A line of election results pasted from a table (ingest/result_lines.py) is the article's text, not a
subheading: "PLN (Liberales) 31,4% (+2,2%) 41 escaños (+6)". Invented articles."""

from __future__ import annotations

from briefing_tui.ingest.result_lines import result_row_line
from tests.compare_helpers import article

BODY = """Los ciudadanos de Freedonia votaron el domingo en las elecciones legislativas, y el recuento terminó de \
madrugada con una participación que sorprendió a la comisión electoral.

PLN (Partido Liberal Nacional) 31,4% (+2,2%) 41 escaños (+6)

Grønne 14,6 % 24

Labour Union | 34.2% | 412 seats

Resultados provisionales

El líder del PLN negociará ahora con los Verdes para formar un gobierno de coalición antes del verano.
"""


def test_rows_of_results_are_text_and_a_subheading_stays_one():
    kinds = {p.display: p.kind for p in article("o1", "2031-05-05", BODY).paragraphs}
    assert kinds["PLN (Partido Liberal Nacional) 31,4% (+2,2%) 41 escaños (+6)"] == "text"
    assert kinds["Grønne 14,6 % 24"] == "text"
    assert kinds["Labour Union | 34.2% | 412 seats"] == "text"
    assert kinds["Resultados provisionales"] == "heading"


def test_what_is_no_row_of_results():
    assert result_row_line("Høyre 14,6 % 24 Sitze")
    assert not result_row_line("Turnout rose to 78%")  # (a sentence: no share right after the name)
    assert not result_row_line("Greens 12,5% des voix, un recul net de 2 points")  # (words after the share)
    assert not result_row_line("Greens 12,5%")  # (a share alone)
    assert not result_row_line("2025 election results")
