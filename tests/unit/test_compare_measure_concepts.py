"""Measures as concepts (issue 11): a figure's measure is its concept whatever the language and the wording
(briefing_tui/data/measure_words.yaml ``measures``, compare/measure_names.py). Real sentences of the study sets
(tests/gold_new10, gold_new20, gold_new21), in German, French, Spanish, Indonesian and English."""

from __future__ import annotations

from tests.compare_helpers import read


def facts(text: str, language: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, measure, subject, qualifier) of each money, count, share or period figure."""
    return [(f.text, f.measure, f.subject, f.qualifier) for f in read(text, language=language)
            if f.kind not in ("date", "year")]


def test_revenue_in_every_language_is_one_measure():
    # "Umsatz", "chiffre d'affaires" (read by its elided word) and "ingresos" are English "revenue"/"sales"; "Der
    # Konzern" and "Das Unternehmen" name a firm by its kind, never as a subject
    assert facts("Der Konzern erwirtschaftete 2023 einen Umsatz von über 50 Milliarden Dollar (45,3 Mrd. Euro) und "
                 "beschäftigt mehr als 150.000 Mitarbeiter.", "de")[:2] == [
        ("über 50 Milliarden Dollar", "revenue", None, "more_than"), ("45,3 Mrd. Euro", "revenue", None, "more_than")]  # (the conversion of "over $50bn" is over it too)
    assert facts("Das Unternehmen erzielte 2023 einen Umsatz von umgerechnet mehr 11,8 Milliarden Euro.", "de") == [
        ("11,8 Milliarden Euro", "revenue", None, None)]
    assert facts("Kellanova, basée à Chicago, qui emploie 23 000 personnes dans le monde, a réalisé un chiffre "
                 "d’affaires de 13 milliards de dollars en 2023.", "fr")[1][:2] == ("13 milliards de dollars", "revenue")
    # a share "of the revenue" is a share of the revenue, not of the fine named before it
    assert facts("La multa representa un 0,14% de los ingresos anuales de Apple, una cantidad considerada simbólica.",
                 "es")[0][:2] == ("0,14%", "revenue")


def test_verbs_imply_the_measure_in_other_languages():
    # "multará a Apple con" is "will fine Apple": the amount is a fine
    assert facts("La Unión Europea multará a Apple con 500 millones de euros por infringir las leyes de la "
                 "competencia.", "es")[0][:2] == ("500 millones de euros", "fine")
    # "kauft"/"Übernahme ... für fast": a purchase's price, "fast" is "nearly"
    assert facts("Der Süßwarenriese Mars steht Insidern zufolge kurz vor der Übernahme des Pringles-Herstellers "
                 "Kellanova für fast 30 Milliarden Dollar.", "de")[0][::3] == ("fast 30 Milliarden Dollar", "nearly")
    # "dijatuhi hukuman sembilan tahun penjara": sentenced to nine years in prison
    assert facts("Suaminya dijatuhi hukuman sembilan tahun penjara, sementara keponakannya mendapat hukuman 17 tahun "
                 "penjara.", "id")[0][:2] == ("sembilan tahun", "prison sentence")


def test_staff_and_defendants_are_one_measure_across_languages():
    employees = [facts("Es ist in 180 Ländern aktiv und beschäftigt rund 23.000 Mitarbeiter.", "de")[-1][1],
                 facts("Kellanova, basée à Chicago, qui emploie 23 000 personnes dans le monde.", "fr")[0][1],
                 facts("Mars will also acquire all of Kellanova's vast brands and its more than 150,000 employees.",
                       "en")[0][1]]
    assert employees == ["employees"] * 3
    assert facts("Tak sendirian, Truong juga diadili bersama 85 orang lainnya, termasuk suami dan keponakannya.",
                 "id")[0][1] == "defendants"
    assert facts("Truong was tried with 85 defendants tried alongside the billionaire.", "en")[0][1] == "defendants"


def test_an_amount_per_share_is_the_share_price_in_every_language_and_wording():
    # "will pay $83.50 per share", "zahlt 83,50 Dollar je Aktie", "versera 83,5 dollars par action" are one measure
    # (the price paid for each share), whichever verb says it; "L’acheteur" names no one "L"
    assert facts("Mars will pay $83.50 per share in an all-cash deal for Kellanova.", "en")[0][1] == "per-unit sale"
    assert facts("Mars zahlt 83,50 Dollar je Kellanova-Aktie in bar.", "de")[0][1] == "per-unit sale"
    assert facts("L’acheteur versera en effet 83,5 dollars par action aux détenteurs d’actions Kellanova.", "fr")[0] == (
        "83,5 dollars", "per-unit sale", None, None)


def test_english_synonyms_meet():
    # crew members rescued from a crash are its survivors, as "two survivors" are
    assert facts("Two crew members were rescued with moderate injuries.", "en")[0][:2] == ("Two crew members",
                                                                                              "survivors")
    assert facts("Only two survivors were found.", "en")[0][1] == "survivors"
    # "refund" is paying back (restitution), a fraud's size is the money taken
    assert facts("She will now have to refund $27 billion, as per the court verdict.", "en")[0][1] == "restitution"
    assert facts("The 67-year-old businesswomen was charged with fraud amounting to $12.5 billion.", "en")[-1][:2] == (
        "$12.5 billion", "taken from victims")
    # ...but a fraud named farther back says nothing of a fine's amount
    assert facts("He was convicted of fraud and fined $5 million.", "en")[0][1] == "fine"


def test_a_sum_taken_or_repaid_in_every_wording_and_its_conversion_in_brackets():
    # the amount in brackets converts the one before it ("673.8 trillion dong ($29.6 billion)"): the verb before
    # both prices it
    assert facts("The court ordered her to pay back 673.8 trillion dong ($29.6 billion USD) to SCB.", "en")[-1][:2] == (
        "$29.6 billion", "restitution")
    assert facts("Lan embezzled over 304 trillion dong ($12.5 billion) from the bank.", "en")[-1][:2] == (
        "$12.5 billion", "taken from victims")
    # a fraud named after its amount, and Indonesian "kasus korupsi senilai" (a corruption case worth)
    assert facts("Lan was convicted for her role in a 304-trillion-dong ($12.5-billion) financial fraud.", "en")[-1][:2] \
        == ("$12.5-billion", "taken from victims")
    assert facts("Pengusaha properti asal Vietnam divonis mati dalam kasus korupsi senilai US$ 12,5 miliar.",
                 "id")[-1][:2] == ("US$ 12,5 miliar", "taken from victims")


def test_a_statement_in_another_language_joins_its_measures_one_claim():
    # the Spanish share of the revenue shares no word with the English ones: its measure is the evidence
    from briefing_tui.compare import compare
    from tests.compare_helpers import article, holding

    claims = compare([
        article("upi", "2024-03-04", "The European Commission fined Apple on Monday. The $1.9 billion total is equal "
                "to 0.5 percent of Apple's global turnover, the Commission said."),
        article("ht", "2024-03-04", "Brussels imposed a hefty fine on Apple. The total penalty amounts to 0.5% of "
                "Apple’s global turnover, according to the regulator."),
        article("elpais", "2024-02-19", "La Unión Europea multará a Apple por infringir las leyes de la competencia. "
                "La multa representa un 0,14% de los ingresos anuales de Apple, una cantidad considerada simbólica."),
    ])
    joined = holding(claims, "0,14%", "0.5%")
    assert len(joined) == 1 and joined[0].verdict == "disagree"


def test_deaths_in_portuguese_are_the_dead():
    # tests/gold_new23 rio_grande_do_sul_floods_2024 (a study set): "óbitos", the civil defence's word for deaths
    assert facts("O estado confirmou 78 óbitos até domingo.", "pt") == [("78 óbitos", "dead", None, None)]


def test_a_measures_word_inside_a_name_is_the_names():
    # tests/gold_new24 argentina_imf_deal_2025 (a study set): the IMF's name and the facility's hold "Fund"/"Fondo",
    # which said nothing of the $20 billion (a "fund" claim stood beside the loan's)
    assert facts("The Executive Board of the International Monetary Fund on Friday approved a new Extended Fund "
                 "Facility (EFF) of US$20 billion for Argentina.", "en")[0][:2] == ("US$20 billion", None)
    assert facts("Este viernes, el Fondo Monetario Internacional (FMI) aprobó un nuevo acuerdo con la Argentina por "
                 "US$ 20.000 millones.", "es")[0][:2] == ("US$ 20.000 millones", None)
    # a German noun after another capitalised word is still the measure
    assert facts("Deutschlands Umsatz stieg auf 50 Milliarden Euro.", "de")[0][:2] == ("50 Milliarden Euro", "revenue")
    assert facts("The fund raised $2 billion.", "en")[0][:2] == ("$2 billion", "fund")
