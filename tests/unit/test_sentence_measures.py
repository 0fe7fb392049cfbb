"""Issue 11: figures whose own words name no measure take the one their sentence or their source gives
(compare/sentence_measures.py), and a deal's premium is a measure of its own (compare/amount_measures.py). Real
sentences of the study sets (file and line in a comment); each rule's test fails on the code before."""

from __future__ import annotations

from briefing_tui.compare.measure_inference import unsaid_measures
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article, figure_in as _figure, read


def _units(*bodies: str):
    """The units of one article per body (a list of bodies: one article of several paragraphs), the measures
    their figures leave unsaid read."""
    sources = [article(f"o{k}", "2025-03-19", "\n\n".join(body) if isinstance(body, list) else body)
               for k, body in enumerate(bodies, 1)]
    units = build_units(sources, [], [], default_rate_table())
    unsaid_measures(units)
    return units


def test_an_amount_takes_the_one_money_measure_its_sentence_names_wherever_it_stands():
    units = _units(
        # tests/gold_new5/stories/google_wiz_deal_2025/03_dailyshorts.txt
        "Wiz previously rejected a $23 billion offer from Google, citing the same during the Biden era.",
        # tests/gold_new5/stories/google_wiz_deal_2025/06_juedische-allgemeine.txt
        "Ein erster Übernahmeanlauf von Google war im vergangenen Sommer gescheitert, damals standen 23 Milliarden "
        "Dollar im Raum.")
    assert (_figure(units, "$23 billion").measure, _figure(units, "$23 billion").measure_from) == ("sale", "offer")
    assert _figure(units, "23 Milliarden Dollar").measure == "sale"


def test_a_money_word_another_figure_takes_or_a_supply_on_offer_names_no_bare_amount():
    units = _units(
        # tests/gold_new5/stories/google_wiz_deal_2025/03_dailyshorts.txt
        "Investors also point out that Google closed 2024 with $96 billion, and paying Wiz $32 billion may prove "
        "costly.",
        # tests/gold_new11/stories/hyundai_india_ipo_2024/02_moneycontrol.txt
        "The public issue was subscribed 42 percent by the end of day two, with 4.17 crore shares bid out of the "
        "9.98 crore shares on offer, amounting to approximately Rs 8,225 crore.")
    assert _figure(units, "$96 billion").measure is None
    assert _figure(units, "approximately Rs 8,225 crore").measure is None


def test_an_amount_takes_its_clauses_money_word_not_a_value_nor_a_word_of_a_later_clause():
    units = _units(
        # tests/gold_new11/stories/hyundai_india_ipo_2024/06_mdn.txt (its clause's "offering", not the later "price")
        "HYUNDAI Motor had a lacklustre Indian market debut on Tuesday after raising $3.3 billion in the country’s "
        "biggest-ever initial public offering, with shares closing 7.1 per cent down from their issue price.",
        # tests/gold_new5/stories/google_wiz_deal_2025/05_tribuneonlineng.txt (a value put on a firm)
        "The Israeli startup was last valued at $12 billion in a private funding round in May 2024.",
        # tests/gold_new11/stories/hyundai_india_ipo_2024/01_ndtvprofit.txt (another clause, after it)
        "Hyundai Motor has raised approximately Rs 8,315 crore from anchor investors on Monday, ahead of its IPO.")
    offering = _figure(units, "$3.3 billion")
    assert (offering.measure, offering.measure_from) == ("sale", "offering")
    assert _figure(units, "$12 billion").measure is None
    assert _figure(units, "approximately Rs 8,315 crore").measure is None


def test_an_amount_the_source_measured_elsewhere_takes_that_measure_unless_its_sentence_denies():
    units = _units(
        # tests/gold_new11/stories/hyundai_india_ipo_2024/04_frontpageinsights.txt
        ["This issue total of Hyundai Motor India is ₹ 27,870.16 crore.",
         "For this, the existing investors of the company are selling 142,194,700 shares worth ₹ 27,870.16 crore "
         "through Offer for Sale."],
        # tests/gold/events/us_japan_trade_deal/08_thehighstreetjournal.txt
        ["Japan’s top trade negotiator has downplayed concerns over the recently announced $550 billion US "
         "investment framework.",
         "“It’s not that $550 billion in cash will be sent to the US,” he said, rejecting claims that Japan had "
         "“sold out.”"])
    repeated = [f for u in units if u.text.startswith("This issue") for f in u.figures]
    assert [(f.measure, f.measure_from) for f in repeated] == [("sale", "same value")]
    denied = [f for u in units if "not that" in u.text for f in u.figures]
    assert [f.measure for f in denied] == [None]


def test_an_apposed_bare_count_counts_the_one_noun_its_sentence_names_that_the_story_counts():
    units = _units(
        # tests/gold_new7/stories/texas_measles_outbreak_2025/05_kion546-cnn.txt
        "Nearly 230 measles cases have been identified in outbreaks in West Texas.",
        "Cases have been identified in nine counties, but the majority, 137, are in Gaines County, where the "
        "outbreak was first identified.",
        # tests/gold_new2/stories/air_india_crash_2025/03_freepressjournal.txt (a number its words tell)
        "Out of the total people on the plane, 230 were passengers, 10 were cabin crew members and two pilots.")
    counted = _figure(units, "137")
    assert (counted.measure, counted.measure_from) == ("case", "Cases")
    assert _figure(units, "230").measure != "case"


def test_a_share_a_bid_adds_to_a_price_is_a_premium_not_a_change_of_the_price():
    # tests/gold_new21/stories/mars_kellanova_deal_2024/06_bestmediainfo.txt
    premium = next(f for f in read("Mars will pay $83.50 per share for Kellanova, a 33% premium over its price "
                                   "before news of the deal emerged.") if f.kind == "percent")
    assert premium.measure == "premium"
    before = next(f for f in read("Mars agreed to pay a premium of about 33% over Kellanova's closing price.")
                  if f.kind == "percent")
    assert before.measure == "premium"
    # tests/gold_new21/stories/mars_kellanova_deal_2024/04_dailysabah.txt
    moved = next(f for f in read("Shares of Kellanova rose about 8% to $80.45 before the bell.") if f.kind == "percent")
    assert moved.measure == "change"


def test_a_share_a_bid_stands_above_a_days_price_is_a_premium_without_the_word():
    # tests/gold_new21/stories/mars_kellanova_deal_2024/08_nouvellesdujour.txt: no "prime", the share above the
    # closing price; it was read as no measure and stood apart from the others' "33% premium"
    french = next(f for f in read("Cela représente une valeur supérieure de 33% par rapport au cours de clôture du "
                                  "vendredi 2 août, date à laquelle le contenu des discussions entre les deux groupes "
                                  "a été révélé.", language="fr") if f.kind == "percent")
    assert french.measure == "premium"
    english = next(f for f in read("The offer is 33% above Kellanova's closing price on Aug. 2.") if f.kind == "percent")
    assert english.measure == "premium"
    # a change of the price itself, and a share above an average price (another premium:
    # tests/gold_new21/stories/mars_kellanova_deal_2024/07_lebensmittelpraxis.txt), are none
    closed = next(f for f in read("Shares closed up 5% over the previous close.") if f.kind == "percent")
    assert closed.measure == "change"
    average = next(f for f in read("Der Kaufpreis liegt damit 44 Prozent über dem durchschnittlichen Kurs der "
                                   "vergangenen 30 Handelstage.", language="de") if f.kind == "percent")
    assert average.measure != "premium"


def test_an_amount_shares_moved_to_is_their_price_not_a_sum_of_the_deal():
    units = _units(
        # tests/gold_new21/stories/mars_kellanova_deal_2024/04_dailysabah.txt
        "Shares of Kellanova rose about 8% to $80.45 before the bell.",
        # tests/gold_new21/stories/mars_kellanova_deal_2024/06_bestmediainfo.txt
        "Kellanova's shares rose about 8% to $80.25 following the announcement.",
        # (a sum a deal rose to names no shares: no share price)
        "Alphabet upped its bid to $32 billion after talks.")
    assert [_figure(units, t).measure for t in ("$80.45", "$80.25")] == ["share price", "share price"]
    assert _figure(units, "$32 billion").measure != "share price"


def test_a_share_followed_by_a_noun_of_change_of_the_shares_is_their_change():
    units = _units(
        # tests/gold_new20/stories/apple_eu_music_streaming_fine_2024/06_biznob.txt
        "Apple’s shares experienced a 3.2% decline to $173.88 following the announcement.",
        # (no shares named: no change of theirs)
        "The region saw a 12% decline in rainfall.")
    assert [(f.text, f.measure) for u in units[:1] for f in u.figures] == [("3.2%", "change"), ("$173.88", "share price")]
    assert _figure(units, "12%").measure != "change"


def test_a_kind_of_part_of_what_the_sentence_before_priced_is_that_kind_of_its_measure():
    units = _units(
        # tests/gold_new20/stories/apple_eu_music_streaming_fine_2024/06_biznob.txt
        ["The fine of 1.84 billion euros is nearly four times the 500 million euros that sources expected the "
         "European Commission to impose on Apple. It includes a basic element of 40 million euros, described by "
         "European Competition Commissioner Margarethe Vestager as a “parking ticket,” along with an additional 1.8 "
         "billion euros as a deterrent."],
        # (no pronoun for the sentence before: no part of its measure)
        ["The fine of 1.84 billion euros is nearly four times what sources expected. A basic element of 40 million "
         "dollars was reported elsewhere."])
    assert _figure(units, "40 million euros").measure == "basic fine"
    assert _figure(units, "1.8 billion euros").measure is None
    assert _figure(units, "40 million dollars").measure != "basic fine"


def test_a_money_word_inside_a_name_names_no_bare_amount():
    units = _units(
        # tests/gold_new24/stories/argentina_imf_deal_2025/06_elnoticierodigital.txt: the IMF's name holds "Fondo"
        # (fund), which said nothing of the $20 billion agreed (a "fund" claim stood beside the others' loan)
        "Este viernes, el Fondo Monetario Internacional (FMI) aprobó un nuevo acuerdo con la Argentina por US$ "
        "20.000 millones, tras cuatro meses de negociaciones con el Gobierno de Javier Milei.",
        # tests/gold_new24/stories/argentina_imf_deal_2025/04_shine.txt (the facility's name: "Extended Fund Facility")
        "The Executive Board of the International Monetary Fund on Friday approved a new Extended Fund Facility for "
        "Argentina, enabling the country to access US$20 billion with an immediate disbursement of 12 billion dollars.",
        # a fund not named as a name is still the amount's measure
        "The government set up a fund on Friday; it will hold US$5 billion.")
    assert _figure(units, "US$ 20.000 millones").measure is None
    assert _figure(units, "US$20 billion").measure is None
    assert _figure(units, "12 billion dollars").measure == "disbursement"
    assert _figure(units, "US$5 billion").measure == "fund"


def test_people_among_those_counted_before_take_that_measure():
    # tests/gold_new3/stories/valencia_floods_2024/03_actualidadcastellon.txt: "Entre estos" (among these: the dead
    # counted before) opens the list of where they died; "62 vecinos" (residents) named no fate, so the count stood
    # apart from every other source's dead of Paiporta
    units = _units([
        "De hecho, de la última cifra anterior confirmada, de 95 muertos, 92 de ellos se localizaron en Valencia y uno "
        "Albacete, Cuenca y Málaga.",
        "Entre estos se encuentran los 62 vecinos de Paiporta, 13 en la capital, 8 al barrio de la Torre, 6 en Chiva."])
    assert _figure(units, "62 vecinos").measure == "dead"
    # without such an opening, a count of people names no fate
    plain = _units(["Hubo 95 muertos en la provincia.", "Los 62 vecinos de Paiporta se reunieron."])
    assert _figure(plain, "62 vecinos").measure == "people"
