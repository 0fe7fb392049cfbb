"""Numbers as the world writes them (issue 11): one table of forms, each with the figures the comparison's reader
(compare/figures.py ``figures_in_text``) must give for it. Sentences are invented; every form is one a news page
writes: European and Swiss grouping, French spaces (plain, no-break and narrow no-break), Indian lakhs and crores,
scale words of several languages, number words, vague plurals, ranges, percentages, and pairs that are no range."""

from __future__ import annotations

import pytest

from briefing_tui.compare.numbers import CONTINENTAL, ENGLISH, number_style
from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article, read

NBSP, NNBSP = "\u00a0", "\u202f"


def values(text: str, language: str | None):
    """(kind, low, high) of every figure but dates, in reading order."""
    return [(f.kind, f.low, f.high) for f in read(text, published="2024-05-02", language=language) if f.kind != "date"]


# (language, sentence, the figures expected as (kind, low, high))
FORMS = [
    # European and Swiss grouping, decimal commas
    ("nl", "Het vuur verwoestte 1.300 woningen.", [("count", 1300, 1300)]),
    ("de", "Die Beteiligung lag bei 99,6 Prozent.", [("percent", 99.6, 99.6)]),
    ("de", "Der Kreis zählt 1.234.567 Einwohner.", [("count", 1234567, 1234567)]),
    ("de", "Zum Fest kamen 1'300 Besucher.", [("count", 1300, 1300)]),
    # thousands grouped by spaces: plain, no-break, narrow no-break
    ("fr", "La liste a obtenu 19 300 voix.", [("count", 19300, 19300)]),
    ("fr", f"La liste a obtenu 19{NBSP}300 voix.", [("count", 19300, 19300)]),
    ("fr", f"La liste a obtenu 19{NNBSP}300 voix.", [("count", 19300, 19300)]),
    ("fr", "La région compte 1 234 567 habitants.", [("count", 1234567, 1234567)]),
    ("fr", f"La région compte 1{NNBSP}234{NNBSP}567 habitants.", [("count", 1234567, 1234567)]),
    ("fr", "La liste a obtenu 19 300 voix, soit 52 % des suffrages.", [("count", 19300, 19300), ("percent", 52, 52)]),
    # a page whose language is unknown (or misread as English): a no-break space still groups thousands
    (None, f"La liste a obtenu 19{NBSP}300 voix.", [("count", 19300, 19300)]),
    (None, f"Die Stadt zählt 1{NNBSP}234{NNBSP}567 Einwohner.", [("count", 1234567, 1234567)]),
    ("en", f"The fire destroyed 2{NBSP}450 hectares of forest.", [("count", 2450, 2450)]),
    # Indian grouping and scales
    ("en", "The state has recorded 1,30,000 cases.", [("count", 130000, 130000)]),
    ("en", "About 2.5 lakh residents were moved.", [("count", 250000, 250000)]),
    ("en", "The bridge will cost Rs 3 crore.", [("money", 3e7, 3e7)]),
    # scale words with currencies
    ("en", "Tokyo pledged ¥3 trillion.", [("money", 3e12, 3e12)]),
    ("en", "The group raised $20bn.", [("money", 2e10, 2e10)]),
    ("de", "Der Bund gibt €1,2 Mrd. dazu.", [("money", 1.2e9, 1.2e9)]),
    ("de", "Der Bund gibt 2,5 Milliarden Euro dazu.", [("money", 2.5e9, 2.5e9)]),
    ("pt", "O estado gastou 1,5 milhão de reais.", [("money", 1.5e6, 1.5e6)]),
    ("es", "La obra costó 3 mil millones de euros.", [("money", 3e9, 3e9)]),
    # thousands words: Spanish, Italian, French, German
    ("es", "Llegaron 3 mil visitantes.", [("count", 3000, 3000)]),
    ("it", "Sono arrivati 3 mila visitatori.", [("count", 3000, 3000)]),
    ("fr", "Il y a eu 3 mille visiteurs.", [("count", 3000, 3000)]),
    ("fr", "Trois mille personnes ont défilé.", [("count", 3000, 3000)]),
    ("it", "In piazza sono scese tremila persone.", [("count", 3000, 3000)]),
    ("de", "Fünftausend Menschen zogen durch die Stadt.", [("count", 5000, 5000)]),
    ("es", "Llegaron tres millones de turistas.", [("count", 3e6, 3e6)]),
    # vague plurals are intervals, never one exact figure
    ("en", "Dozens of people were hurt.", [("count", 24, 99)]),
    ("fr", "Des dizaines de personnes ont été blessées.", [("count", 24, 99)]),
    ("de", "Zehntausende Menschen demonstrierten.", [("count", 20000, 99999)]),
    # number words
    ("en", "Twenty-three people died.", [("count", 23, 23)]),
    ("fr", "Vingt-trois personnes sont mortes.", [("count", 23, 23)]),
    ("es", "Veintitrés personas murieron.", [("count", 23, 23)]),
    ("de", "Dreiundzwanzig Menschen starben.", [("count", 23, 23)]),
    ("it", "Ventitré persone sono morte.", [("count", 23, 23)]),
    ("pt", "Vinte e três pessoas morreram.", [("count", 23, 23)]),
    # a year is no count, and a count after a year stays one
    ("en", "In 2019, 300 people attended.", [("year", 2019, 2019), ("count", 300, 300)]),
    ("en", "The 2019 budget was approved.", [("year", 2019, 2019)]),
    # ranges
    ("en", "Between 10-15 people were hurt.", [("count", 10, 15)]),
    ("es", "Resultaron heridas entre 10 y 15 personas.", [("count", 10, 15)]),
    ("fr", "Entre 10 et 15 personnes ont été blessées.", [("count", 10, 15)]),
    ("de", "Zwischen 10 und 15 Menschen wurden verletzt.", [("count", 10, 15)]),
    # ranges of number words before a unit or a noun: low to high, as in digits
    ("de", "Die Flut stieg drei bis vier Meter hoch.", [("count", 3, 4)]),
    ("es", "Quedaron olas de tres a cuatro metros.", [("count", 3, 4)]),
    ("fr", "Il reste des vagues entre deux et trois mètres.", [("count", 2, 3)]),
    ("en", "The surge reached one to two metres.", [("count", 1, 2)]),
    # one unit of measure after an approximator, "one" written as an article: 1 of it
    ("es", "Se vieron olas cercanas a un metro.", [("count", 1, 1)]),
    ("fr", "La crue a atteint près d'un mètre.", [("count", 1, 1)]),
    ("de", "Der Pegel stieg um rund einen Meter.", [("count", 1, 1)]),
    # a word for "one" ending a list of counts: the count 1 of its noun
    ("it", "Sono morti 9 civili e un militare.", [("count", 9, 9), ("count", 1, 1)]),
    ("pt", "Morreram 9 civis e um soldado.", [("count", 9, 9), ("count", 1, 1)]),
    ("en", "Repairs will cost $3 billion to $5 billion.", [("money", 3e9, 5e9)]),
    ("en", "Repairs will cost 3 to 5 million euros.", [("money", 3e6, 5e6)]),
    ("en", "Losses are put at $500,000 to $2 million.", [("money", 5e5, 2e6)]),
    # percentages
    ("fr", "Le taux atteint 12 %.", [("percent", 12, 12)]),
    ("fr", "Le taux atteint 12 pour cent.", [("percent", 12, 12)]),
    ("es", "La tasa alcanza el 12 por ciento.", [("percent", 12, 12)]),
    ("de", "Die Quote liegt bei 12 Prozent.", [("percent", 12, 12)]),
    ("it", "Il tasso è al 12 per cento.", [("percent", 12, 12)]),
    # two amounts that are no range: a change from one to the other, or a first above the second
    ("en", "The group's value fell from $3.5 trillion to $2.9 trillion.", [("money", 3.5e12, 3.5e12),
                                                                           ("money", 2.9e12, 2.9e12)]),
    ("en", "The fund grew from $2 billion to $3 billion.", [("money", 2e9, 2e9), ("money", 3e9, 3e9)]),
    ("en", "The fine was cut from €500m to €300m.", [("money", 5e8, 5e8), ("money", 3e8, 3e8)]),
    ("en", "The budget fell from 5 to 3 million euros.", [("money", 5e6, 5e6), ("money", 3e6, 3e6)]),
    # ... and the first of such a pair written with its scale word alone takes the currency written once after both
    ("de", "Der Umsatz sank von 3,5 Milliarden auf 2,9 Milliarden Euro.", [("money", 3.5e9, 3.5e9),
                                                                          ("money", 2.9e9, 2.9e9)]),
    ("es", "Las ventas cayeron de 3.500 millones a 2.900 millones de dólares.", [("money", 3.5e9, 3.5e9),
                                                                                ("money", 2.9e9, 2.9e9)]),
    ("en", "Sales rose from 2.9 billion to 3.5 billion dollars.", [("money", 2.9e9, 2.9e9), ("money", 3.5e9, 3.5e9)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), FORMS, ids=[f[1][:40] for f in FORMS])
def test_each_form_reads_as_the_world_means_it(language, text, expected):
    assert values(text, language) == [(k, pytest.approx(lo), pytest.approx(hi)) for k, lo, hi in expected]


# Forms that must stay what they are: no figure, or two.
def test_an_english_date_before_a_count_stays_two_numbers():
    assert values("On Jan. 7 126 people were evacuated.", "en")[-1] == ("count", 126, 126)


def test_mille_alone_is_no_number_in_english():
    assert values("The per mille rate rose.", "en") == []
    assert values("Mille Lacs County reported 3 cases.", "en") == [("count", 3, 3)]


def test_a_change_of_money_keeps_its_earlier_value_as_previous():
    first, second = [f for f in read("Sales fell from $350 million to $290 million.", language="en")]
    assert (first.low, first.role, second.low, second.role) == (3.5e8, "previous", 2.9e8, "current")


def test_a_spread_of_amounts_stays_one_range():
    [f] = read("Fines ranged from $3 million to $5 million.", language="en")
    assert (f.low, f.high, f.qualifier) == (3e6, 5e6, "range")


def test_a_page_that_groups_by_spaces_keeps_doing_so_with_a_decimal_point():
    # a French page whose decimals are written with a point ("1.5", "3.25") still groups thousands by spaces
    from briefing_tui.compare.numbers import POINT_AND_SPACES

    assert number_style("fr", ["Le titre a perdu 1.5 point.", "Il vaut 3.25 dollars."]) == POINT_AND_SPACES
    assert number_style("en", ["It lost 1.5 points.", "It is worth 3.25 dollars."]) == ENGLISH
    assert number_style("fr", ["Le taux est de 3,5 %."]) == CONTINENTAL
    source_text = "La capitalisation est tombée à 2 970 milliards de dollars, soit une perte de 1.5 point."
    src = article("o1", "2024-05-02", source_text + " Le titre valait 3.25 dollars.")
    src.language = "fr"
    got = [(f.kind, f.low) for s in src.sentences for f in figures_in_text(s.text, src, s.start) if f.kind == "money"]
    assert ("money", 2.97e12) in got


def test_a_pair_priced_once_gives_both_amounts_its_currency():
    units = [f.unit for f in read("Il fatturato è sceso da 3,5 miliardi a 2,9 miliardi di euro.", language="it")]
    assert units == ["EUR", "EUR"]
    # a number and its scale word before "to" and a count is no amount ("5 million to 300 farmers")
    assert [f.kind for f in read("It handed 5 million to 300 farmers.", language="en")] == ["count", "count"]
