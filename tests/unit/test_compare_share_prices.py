"""A firm's share price in the languages news uses: the level its shares closed or fell to, never a loss or a cost
of the words before it (issue 11; found on tests/gold_new44, the DeepSeek selloff of 27 January 2025, where the
closing price stood in four claims: none, "damage", "per-unit damage", and "cost" for the fall in dollars beside it).
Invented sentences."""

from __future__ import annotations

from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.measure_inference import unsaid_measures
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article


def _money(body: str, language: str | None = None) -> list[tuple[str, str | None]]:
    """(text, measure) of each amount of one article, the measures its figures leave unsaid read."""
    source = article("o1", "2025-03-19", body)
    if language:
        source.language = language
    units = build_units([source], [], [], default_rate_table())
    unsaid_measures(units)
    return [(f.text, f.measure) for u in units for f in u.figures if f.kind == "money"]


def test_a_closing_price_after_a_comma_is_the_share_price():
    # the clause "closing at $56.10" names no shares: the sentence before it does
    assert _money("The company's stock plunged 12%, closing at $56.10, its worst day in years.") == [
        ("$56.10", "share price")]
    assert _money("Las acciones de Acme se desplomaron un 12% en la sesión del lunes, cerrando a 56,10 dólares por "
                  "acción.") == [("56,10 dólares", "share price")]


def test_the_price_reached_after_a_fall_told_as_a_loss_is_no_loss():
    # "una perdita del 12,4% a 56,10 dollari per azione" was a per-unit damage, "Mit einem Verlust von 12 Prozent
    # fiel der Kurs ... auf 56,10 Dollar" a damage: the level the shares reached
    assert _money("Ieri le azioni di Acme hanno subito un calo, chiudendo con una perdita del 12,4% a 56,10 dollari "
                  "per azione.") == [("56,10 dollari", "share price")]
    assert _money("Mit einem Verlust von 12 Prozent fiel der Kurs der Acme-Aktie auf 56,10 Dollar.") == [
        ("56,10 Dollar", "share price")]
    assert _money("Los títulos de Acme se han desplomado este lunes más de un 12% en Wall Street, hasta 56 "
                  "dólares.") == [("hasta 56 dólares", "share price")]


def test_a_sum_without_shares_is_no_share_price():
    # no shares named: a level of something else
    assert _money("Revenue fell 12% to $56 million.") != [("$56 million", "share price")]
    assert _money("Acme announced a $5 billion buyback after its shares fell.") != [("$5 billion", "share price")]


def test_an_amount_weighed_against_a_price_is_not_that_price():
    # "una diminuzione di 7,30 dollari rispetto al prezzo di chiusura precedente": the clause's "prezzo" is the
    # base's, not what the amount prices (it was read as a cost)
    assert _money("Questo rappresenta una diminuzione di 7,30 dollari rispetto al prezzo di chiusura "
                  "precedente.") != [("7,30 dollari", "cost")]
