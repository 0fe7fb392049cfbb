"""A bank's (or a firm's) assets and deposits are measures of their own in every language (issue 11, first contact
with tests/gold_new73, the collapse of Silicon Valley Bank): "$209 billion in assets" was read with no measure, or
with a measure of a word elsewhere in the sentence (French "pays", the country, is English "pays": compensation), so
the outlets' assets never met and the deposits stood beside them. Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def measures(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    """(text, measure) of each money figure."""
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "money"]


def test_assets_and_deposits_in_english():
    assert measures("Regulators seized the lender's $84billion in assets and $61billion in deposits on Monday.") == [
        ("$84billion", "assets"), ("$61billion", "deposits")]
    assert measures("With $12bn in assets, Harbor Trust is the largest lender to fail this year.") == [
        ("$12bn", "assets")]


def test_assets_and_deposits_in_other_languages():
    # French "pays" (the country) is English "pays" (compensation): the assets took it
    assert measures("La banque régionale, la plus grande faillite du pays depuis dix ans, comptait des actifs de "
                    "84 milliards de dollars et des dépôts de 61,2 milliards de dollars.", "fr") == [
        ("84 milliards de dollars", "assets"), ("61,2 milliards de dollars", "deposits")]
    assert measures("El banco tenía 84.000 millones de dólares en activos y 61.200 millones de dólares en depósitos.", "es") == [
        ("84.000 millones de dólares", "assets"), ("61.200 millones de dólares", "deposits")]
    assert measures("O banco tinha cerca de 84 bilhões de dólares em ativos e 61,2 bilhões de dólares em depósitos.",
                    "pt") == [("cerca de 84 bilhões de dólares", "assets"), ("61,2 bilhões de dólares", "deposits")]
    assert measures("Die Bank verwaltete Vermögenswerte von 84 Milliarden Dollar und Einlagen von 61 Milliarden "
                    "Dollar.", "de") == [("84 Milliarden Dollar", "assets"), ("61 Milliarden Dollar", "deposits")]
    assert measures("La banca aveva 84 miliardi di dollari in asset e 61 miliardi di dollari in depositi.", "it") == [
        ("84 miliardi di dollari", "assets"), ("61 miliardi di dollari", "deposits")]


def test_a_deposit_rate_is_still_a_rate():
    # the new measure takes amounts only: a central bank's deposit rate keeps its own measure
    assert [(f.text, f.measure) for f in read("The central bank cut the deposit rate to 3.25%.")
            if f.kind == "percent"] == [("3.25%", "deposit rate")]


def test_money_taken_out_of_a_bank_is_its_withdrawals():
    # "withdrew $42bn" and "42 miliardi di dollari ritirati" were read with no measure, and never met
    assert measures("Depositors withdrew $17bn from the lender in a single day.") == [("$17bn", "withdrawals")]
    assert measures("Con 17 miliardi di dollari ritirati in un solo giorno, la banca è crollata.", "it") == [
        ("17 miliardi di dollari", "withdrawals")]
    assert measures("Les clients ont retiré 17 milliards de dollars en une journée.", "fr") == [
        ("17 milliards de dollars", "withdrawals")]
    assert measures("Die Sparer haben 17 Milliarden Dollar abgezogen.", "de") == [("17 Milliarden Dollar", "withdrawals")]
    # the thing named after the amount still names it, and a count keeps its noun
    assert measures("The donor withdrew $2bn in aid.") == [("$2bn", "aid")]
    assert [(f.text, f.measure) for f in read("The army withdrew 2,000 troops from the border.")] == [
        ("2,000 troops", "soldier")]
