"""Issue 11: a scaled number without a currency after an amount is money in that amount's currency, pricing what its
own words name (compare/bare_amounts.py). Invented sentences; the test fails on the code before."""

from __future__ import annotations

from briefing_tui.compare.measure_inference import unsaid_measures
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article, figure_in as _figure


def _units(*bodies: str):
    """The units of one article per body (paragraphs split by blank lines), unsaid measures read."""
    sources = [article(f"o{k}", "2025-03-19", body) for k, body in enumerate(bodies, 1)]
    units = build_units(sources, [], [], default_rate_table())
    unsaid_measures(units)
    return units


def _read(units, text):
    f = _figure(units, text)
    return f.kind, f.unit, f.measure


def test_a_scaled_number_after_an_amount_is_money_in_its_currency_in_four_languages():
    units = _units(
        "Il piano vale 40 miliardi di euro. Di questi, 26 miliardi saranno prestiti e 14 miliardi andranno in sussidi.",
        "The bank approved a 40 billion dollar facility, of which 14 billion will be grants.",
        "Der Fonds umfasst 40 Milliarden Euro, davon 22 Milliarden als Kredite.",
        "Le plan prévoit 40 milliards d'euros, dont 18 milliards de prêts.",
        # (a number counting people stays a count; no amount before: no currency)
        "The plan costs 40 billion dollars and reaches 3 million people.",
        "Officials said 12 billion would be spent.")
    assert _read(units, "26 miliardi") == ("money", "EUR", "loan")
    assert _read(units, "14 miliardi") == ("money", "EUR", "aid")  # ("andranno": a verb, never the counted noun)
    assert _read(units, "14 billion") == ("money", "USD", "aid")
    assert _read(units, "22 Milliarden") == ("money", "EUR", "loan")
    assert _read(units, "18 milliards") == ("money", "EUR", "loan")
    assert _figure(units, "3 million people").kind == "count"
    assert _figure(units, "12 billion").kind == "count"


def test_an_adjective_of_more_after_a_scaled_number_counts_nothing_and_the_article_gives_the_currency():
    units = _units(
        "El Gobierno aprobará créditos por 90.000 millones de euros para vivienda.\n\n"
        "Además, los municipios podrán gastar 300.000 millones adicionales durante cinco años.",
        "Le budget prévoit 12 milliards d'euros de prêts.\n\nLes régions recevront 4 milliards supplémentaires.",
        # (an article of two currencies: no guess)
        "El fondo suma 5.000 millones de euros y 2.000 millones de dólares.\n\n"
        "Los municipios podrán gastar 700 millones adicionales.")
    assert _read(units, "300.000 millones")[:2] == ("money", "EUR")  # (not a count of "adicionales")
    assert _read(units, "4 milliards")[:2] == ("money", "EUR")
    assert _figure(units, "700 millones").kind == "count"


def test_a_bare_sum_in_lakh_or_crore_after_a_rupee_amount_is_rupees_and_a_count_of_people_stays_a_count():
    units = _units(
        "The state announced ₹5 lakh relief for each family.\n\n"
        "The insurer will add a payment of 3 lakh each to the injured. The trust had pledged a grant of 2 crore to "
        "the hospital. The fair drew 12 lakh visitors.",
        # (no rupee amount in the article: no currency by guess)
        "The council promised a payment of 4 lakh each to the farmers.")
    assert _read(units, "3 lakh")[:2] == ("money", "INR")
    assert _figure(units, "3 lakh").low == 300_000
    assert _read(units, "2 crore")[:2] == ("money", "INR")
    assert _figure(units, "2 crore").low == 20_000_000
    assert _figure(units, "12 lakh visitors").kind == "count"
    assert _figure(units, "4 lakh").kind == "count"


def test_the_headline_names_the_currency_of_a_bare_sum_in_its_body():
    sources = [article("o1", "2025-03-19", "Mill owners announce $4 million aid to flood victims\n\n"
                                           "The owners will make a payment of 2 million to the families."),
               # (no amount in the headline: no currency by guess)
               article("o2", "2025-03-19", "Mill owners announce aid to flood victims\n\n"
                                           "The mill owners will also make a payment of 2 million to the farmers."),
               # (a sum in another scale than the headline's amount: no currency by guess)
               article("o3", "2025-03-19", "Port owners announce $4 million aid to flood victims\n\n"
                                           "The port owners also pledged 3 billion to the fund.")]
    units = build_units(sources, [], [], default_rate_table())
    unsaid_measures(units)
    bare = [f for u in units for f in u.figures if f.text in ("2 million", "3 billion")]
    assert [(f.source, f.kind, f.unit) for f in bare] == [("o1", "money", "USD"), ("o2", "count", None),
                                                          ("o3", "count", None)]
