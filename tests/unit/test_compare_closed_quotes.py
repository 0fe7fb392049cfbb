"""The words of a quotation closed before an amount are the speaker's, never what the amount prices: French
"revenue" ("came back") in "« La croissance est revenue », a dit X, alors que ... 2,4 milliards d'euros" is no revenue
(issue 11). Invented sentences."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.closed_quotes import blank_closed_quotes
from tests.compare_helpers import article, holding


def test_a_closed_quotations_words_name_no_measure_of_the_amount_after_it():
    sources = [
        article("journal", "2031-05-02", "« La confiance est revenue et nous devons la garder », a déclaré la ministre "
                                         "Claire Dubois, alors que le président a promis une hausse de 2,4 milliards "
                                         "d'euros en 2032 et de 2 milliards en 2033 pour les armées."),
        article("diario", "2031-05-03", "La empresa estatal registró unos ingresos de 3.100 millones de euros el año "
                                        "pasado, según su informe anual."),
    ]
    assert not holding(compare(sources), "2,4 milliards", "3.100 millones")


def test_only_quotations_closed_before_the_offset_are_blanked():
    text = "“Revenue fell”, he said, adding “the fine"
    assert blank_closed_quotes(text) == " " * 14 + ", he said, adding “the fine"
    assert blank_closed_quotes(text, 5) == text
