"""Classes of figure reading and alignment that hold on unseen events (issue 11): each general rule on a
constructed example and a verbatim excerpt of a dev event (tests/gold_dev: tibet_quake_2025,
us_eu_trade_deal_2025)."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.measure_kinds import measures_differ
from briefing_tui.compare.tolerance import compare_values
from tests.compare_helpers import article, holding, read


def counts(text: str, **kw) -> list[tuple[str, float, float | None, str | None, str | None]]:
    return [(f.text, f.low, f.high, f.measure, f.qualifier) for f in read(text, **kw) if f.kind == "count"]


def shares(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.low, f.measure) for f in read(text) if f.kind == "percent"]


# tibet_quake_2025/05 (Zeta Tijuana), verbatim
ZETA_DEAD = ("Al menos 95 personas murieron y 130 más resultaron heridas, tras un terremoto de magnitud 6.8 grados en "
             "la escala de Richter, que sacudió la región del Tíbet, en China.")
ZETA_NEAR = ("Según los informes oficiales, al menos 27 aldeas y aproximadamente 6 mil 900 personas vivían dentro de "
             "un radio de 20 kilómetros del epicentro.")
ZETA_RELIEF = "Autoridades centrales chinas enviaron unos 22 mil artículos de socorro para desastres."


def test_scale_words_of_other_languages_and_the_hundreds_after_a_thousands_word():
    # A number followed by another language's scale word is scaled ("61 mil" = 61,000, "3,6 miliar"); a
    # thousands word followed by up to three digits adds them ("6 mil 900" = 6,900), as Spanish, Portuguese
    # and Indonesian write it.
    assert counts(ZETA_NEAR, language="es")[1] == ("aproximadamente 6 mil 900 personas", 6900, 6900, "residents", "about")
    assert counts("Cuenta con una población superior a los 61 mil habitantes.", language="es") == [
        ("superior a los 61 mil habitantes", 61000, 61000, "residents", "more_than")]
    assert [(t, low) for t, low, *_ in counts("Más de 3 mil 400 rescatistas y 2 ribu 50 relawan.", language="es")] == [
        ("Más de 3 mil 400 rescatistas", 3400), ("2 ribu 50 relawan", 2050)]
    assert counts("Sekitar 3,6 miliar orang terdampak.", language="id")[0][1] == 3.6e9
    assert counts("Se necesitan 3 mil millones de personas.", language="es")[0][1] == 3e9


def test_a_verb_of_another_language_or_of_living_says_what_people_are():
    # "N personas murieron": the predicate's verb names the measure, in any language of the table; "people
    # living within": residents
    assert counts(ZETA_DEAD, language="es") == [
        ("Al menos 95 personas", 95, 95, "dead", "at_least"), ("130 más resultaron heridas", 130, 130, "injured", None),
        ("magnitud 6.8", 6.8, 6.8, "magnitude", None)]
    assert counts("The county has 6,900 people living within a 20-km radius of the epicentre.")[0][3] == "residents"
    assert counts("About 2,000 people live in the valley.")[0][3] == "residents"


def test_items_take_the_measure_of_what_they_are():
    # a count of "items", "artículos", "barang" says what it counts by the words after it
    assert counts(ZETA_RELIEF, language="es") == [("unos 22 mil artículos", 22000, 22000, "aid", "about")]
    assert counts("The army delivered 5,000 items of emergency relief.")[0][3] == "aid"
    assert counts("Volunteers sorted 1,200 pieces of clothing.")[0][3] == "clothing"


def test_magnitudes_in_every_form_and_a_superlative_picks_one_of_the_set():
    # tibet_quake_2025/01 (Novinite) and /04 (Tibetan Review), verbatim
    assert counts("The earthquake, measuring 6.8 in magnitude, caused extensive destruction, including the "
                  "collapse of numerous buildings.") == [("measuring 6.8 in magnitude", 6.8, 6.8, "magnitude", None)]
    assert counts("The initial earthquake struck at a depth of 10 kilometers, followed by seven aftershocks "
                  "ranging from magnitudes 4.3 to 5.0.")[-1] == (
        "magnitudes 4.3 to 5.0", 4.3, 5.0, "aftershock magnitude", "range")
    assert counts("A total of 49 aftershocks were stated to have been recorded as of noon today, with the strongest "
                  "measuring 4.4 magnitude.")[-1] == ("4.4 magnitude", 4.4, 4.4, "aftershock magnitude", None)
    # (a superlative of the main shock, words away from its magnitude, picks no aftershock)
    assert counts("Several aftershocks followed what was the strongest earthquake in the region in decades, a "
                  "magnitude 7.0.")[-1][3] == "magnitude"
    assert counts("The agency counted 30 tremors overnight, the largest of them at magnitude 5.1.")[-1][3] == \
        "aftershock magnitude"


def test_a_quantity_in_another_unit_has_room_for_the_conversion():
    # tibet_quake_2025/03 and /04: "90 km" and "57 miles" (91.7 km) are one distance; 100 km and 70 miles
    # (112.7 km) are not
    (km,) = [f for f in read("The epicentre is located 90 km North-East of Lobutse.") if f.kind == "count"]
    (miles,) = [f for f in read("The epicentre was 57 miles from Lobuche in Nepal.") if f.kind == "count"]
    assert compare_values(km, miles).compatible and compare_values(miles, km).compatible
    (far,) = [f for f in read("The epicentre was 70 miles from the town.") if f.kind == "count"]
    (hundred,) = [f for f in read("The epicentre was 100 km from the town.") if f.kind == "count"]
    assert not compare_values(far, hundred).compatible


def test_a_duration_written_with_trailing_zeros_is_rounded_to_them():
    # a writer rounds a length of time to the tens as to a round sum: "40 hours" is 38-42 (the cap), "20 days" covers
    # 19 days; a duration written to its last digit keeps that digit's room ("41 hours" is not "38 hours")
    def period(text):
        (found,) = [f for f in read(text) if f.kind == "period"]
        return found
    assert compare_values(period("The rescue took 40 hours."), period("The rescue took 38 hours.")).compatible
    assert compare_values(period("Le siège a duré 20 jours."), period("The siege lasted 19 days.")).compatible
    assert not compare_values(period("The rescue took 41 hours."), period("The rescue took 38 hours.")).compatible
    assert not compare_values(period("The ban runs for 20 years."), period("The ban runs for 22 years.")).compatible
    assert not compare_values(period("It took 2 hours."), period("It took 3 hours.")).compatible


def test_a_compound_is_read_by_its_head_noun():
    # us_eu_trade_deal_2025/02 (Port News), verbatim: an import duty is a duty
    assert shares("Under the agreement, the United States will cancel planned 30 percent tariffs on European goods "
                  "and instead implement a uniform 15 percent import duty on most products from the EU.")[1] == (
        "15 percent", 15, "tariff")
    assert shares("The state raised its 10% sales tax.") == [("10%", 10, "tariff")]
    assert shares("It is a 15% tariff deal.") == [("15%", 15, "tariff")]  # (a deal holds what its modifier names)


def test_a_threatened_or_planned_rate_is_not_the_rate_in_force():
    # us_eu_trade_deal_2025 02, 03, 04 (American Focus) and 05 (Newslooks), verbatim
    assert shares("Under the agreement, the United States will cancel planned 30 percent tariffs on European goods "
                  "and instead implement a uniform 15 percent import duty on most products from the EU.")[0][2] == \
        "planned tariff"
    assert shares("Under the terms of the agreement, most EU exports to the United States will now face a 15% tariff, "
                  "a significant reduction from the previously threatened 30%.") == [
        ("15%", 15, "tariff"), ("30%", 30, "planned tariff")]
    assert shares("However, the baseline 15 per cent tariff will be seen by many in Europe as a poor outcome compared "
                  "with the initial European ambition of a zero-for-zero tariff deal, although it is better than the "
                  "threatened 30 per cent rate.") == [("15 per cent", 15, "tariff"), ("30 per cent", 30, "planned tariff")]
    assert shares("- Talks followed months of threats from Trump to hike tariffs to 30% starting August 1") == [
        ("30%", 30, "planned tariff")]
    assert shares("The government proposed a 12% levy on imported steel.") == [("12%", 12, "planned tariff")]
    assert measures_differ("planned tariff", "tariff") and not measures_differ("planned tariff", "planned tariff")
    claims = compare([
        article("americanfocus", "2025-07-28", "Under the terms of the agreement, most EU exports to the United "
                "States will now face a 15% tariff, a significant reduction from the previously threatened 30%."),
        article("scmp", "2025-07-28", "However, the baseline 15 per cent tariff will be seen by many in Europe as a "
                "poor outcome compared with the initial European ambition of a zero-for-zero tariff deal, although "
                "it is better than the threatened 30 per cent rate.")])
    assert [c.verdict for c in holding(claims, "15% tariff", "15 per cent tariff")] == ["agree"]
    assert [c.verdict for c in holding(claims, "threatened 30%", "threatened 30 per cent")] == ["agree"]


def test_a_headline_run_into_the_first_sentence_names_no_subject_by_its_capitals():
    # us_eu_trade_deal_2025/05 (Newslooks), verbatim: "to Avoid Trade War/ Newslooks/ WASHINGTON/" is no subject
    text = ("Trump, Von der Leyen Secure US-EU 15% Tariff Deal to Avoid Trade War/ Newslooks/ WASHINGTON/ J. "
            "Mansour/ Morning Edition/ The United States and European Union agreed Sunday to a 15% tariff cap on most "
            "goods, preventing a looming trade war.")
    first = [f for f in read(text) if f.kind == "percent"][0]
    assert (first.text, first.measure, first.subject) == ("15%", "tariff", None)


def test_statements_in_another_language_join_the_claim_of_their_measure():
    # tibet_quake_2025 03 (MENAFN) and 05 (Zeta Tijuana): the Spanish death toll and relief items join
    claims = compare([
        article("menafn", "2025-01-07", "Fifty-three people have been confirmed dead, and 62 others injured as of "
                "Tuesday noon, state-run Xinhua reported. Some 22,000 disaster relief items, including cotton tents, "
                "coats, quilts and folding beds, have been sent."),
        article("zetatijuana", "2025-01-07", ZETA_DEAD + " " + ZETA_RELIEF)])
    dead = holding(claims, "Fifty-three people", "Al menos 95 personas")
    assert [(c.measure, c.verdict) for c in dead] == [("dead", "disagree")]
    assert [c.verdict for c in holding(claims, "22,000 disaster relief", "22 mil artículos")] == ["agree"]


def test_an_ordinals_owner_named_after_it_and_an_acronym_of_a_name_are_one_subject():
    # canada_election_2025 03 (Sputnik) and 04 (Livemint), verbatim: "the 51st state of the US" is the US's
    from briefing_tui.compare.same_subject import same_subject

    (owned,) = [f for f in read("Whoever is Canada's next prime minister will face a slew of challenges during their "
                                "tenure—one of them is tackling US President Donald Trump's tariff threats and "
                                "promise to make Canada the 51st state of the US.") if f.measure == "state"]
    assert (owned.text, owned.subject) == ("51st state", "US")
    assert same_subject("US", "United States") and same_subject("U.S.", "United States")
    assert same_subject("EU", "European Union") and not same_subject("UN", "United States")
    claims = compare([
        article("sputnik", "2025-04-29", "President Donald Trump earlier reaffirmed his intention to make Canada the "
                "United States' \"cherished\" 51st state and urged Canadians to vote for a leader who can help "
                "achieve this goal."),
        article("livemint", "2025-04-29", "One of them is tackling US President Donald Trump's tariff threats and "
                "promise to make Canada the 51st state of the US.")])
    assert [c.verdict for c in holding(claims, "cherished", "51st state of the US")] == ["agree"]


def test_the_strongest_of_a_set_is_the_top_of_its_range():
    # tibet_quake_2025 01 (Novinite) and 04 (Tibetan Review), verbatim: the strongest aftershock 4.4 against
    # aftershocks ranging up to 5.0 disagree; within the range's top they agree
    from briefing_tui.compare.tolerance import compare_values

    (span,) = [f for f in read("The quake was followed by seven aftershocks ranging from magnitudes 4.3 to 5.0.")
               if f.measure == "aftershock magnitude"]
    (strongest,) = [f for f in read("A total of 49 aftershocks were stated to have been recorded as of noon today, "
                                    "with the strongest measuring 4.4 magnitude.") if f.measure == "aftershock magnitude"]
    (top,) = [f for f in read("Dozens of aftershocks followed, the largest measuring 5.0 magnitude.")
              if f.measure == "aftershock magnitude"]
    assert not compare_values(span, strongest).compatible and compare_values(span, top).compatible
    assert counts("A devastating earthquake measuring between 6.8 and 7.1 magnitudes has jolted Dingri county.") == [
        ("between 6.8 and 7.1", 6.8, 7.1, "magnitude", "range")]


def test_an_amount_told_by_its_number_of_digits_is_that_range():
    # tesla_autopilot_verdict/02 (WPLG), verbatim: "a nine-figure verdict" is 100 million to 999,999,999, not nine
    assert [(f.text, f.low, f.high, f.qualifier) for f in read(
        "Jurors found the company partially liable as they handed down a nine-figure verdict Friday afternoon.") if f.kind == "count"] == [
        ("nine-figure", 1e8, 1e9 - 1, "range")]
    assert [(t, low, high) for t, low, high, *_ in counts("She took a six-digit pay cut, not 5 figures.")] == [
        ("six-digit", 1e5, 1e6 - 1), ("5 figures", 5, 5)]


def test_a_planned_rate_and_the_rate_in_force_of_one_value_are_two_claims():
    # constructed: the threatened 30% and the 30% cars will face are two claims, each agreed on
    claims = compare([
        article("a", "2025-07-28", "Trump had threatened a 30% tariff on EU goods. The EU will now face a 30% tariff "
                "on cars, officials said."),
        article("b", "2025-07-28", "The previously threatened 30% tariff on EU goods is off the table. Cars will "
                "face a 30% tariff, the minister said.")])
    assert [(c.measure, c.verdict) for c in holding(claims, "threatened a 30%", "previously threatened 30%")] == [
        ("planned tariff", "agree")]
    assert [(c.measure, c.verdict) for c in holding(claims, "face a 30% tariff on cars", "Cars will face")] == [
        ("tariff", "agree")]


def test_number_words_and_words_for_many_of_other_languages():
    # constructed: "cinco personas", "miles de personas", "ribuan", "Tausende"; "dos" is left out (Portuguese
    # "29% dos votos", german_election_2025/08, is no count of two)
    assert counts("Cinco personas murieron y tres resultaron heridas.", language="es") == [
        ("Cinco personas", 5, 5, "dead", None), ("tres resultaron heridas", 3, 3, "injured", None)]
    assert [(t, low, high, m) for t, low, high, m, _ in counts(
        "Miles de personas huyeron y cientos de casas quedaron destruidas.", language="es")] == [
        ("Miles de personas", 2000, 9999, "displaced"), ("cientos de casas", 200, 999, "homes")]  # (fled: displaced)
    assert [(low, m) for _, low, _, m, _ in counts("Ribuan orang mengungsi dan tiga orang tewas.", language="id")] == [
        (2000, "displaced"), (3, "dead")]
    assert counts("As últimas projeções eleitorais revelam que a CDU alcançou 29% dos votos.", language="pt") == []
    assert [f.subject for f in read("Tausende Menschen flohen, drei Menschen starben.", language="de")] == [None, None]


def test_a_share_written_in_words():
    # german_election_2025/07 (Leitzahl), verbatim, and a constructed English one
    found = [(f.text, f.kind, f.low, f.measure) for f in read(
        "FDP und BSW liegen unter der Fünf-Prozent-Hürde und verpassen wohl den Einzug ins Parlament", language="de")]
    assert found == [("Fünf-Prozent", "percent", 5, "threshold")]
    assert shares("The party won five percent of the vote.") == [("five percent", 5, "votes")]


def test_thousands_grouped_by_a_space_in_the_continental_style():
    # constructed French and German; in English "On Jan. 7 126 people died" stays two numbers
    assert counts("Au moins 1 300 morts et 2 500 blessés.", language="fr") == [
        ("Au moins 1 300 morts", 1300, 1300, "dead", "at_least"), ("2 500 blessés", 2500, 2500, "injured", None)]
    assert counts("Der Tod von 2.719 Menschen wurde bestätigt.", language="de") == [
        ("2.719 Menschen", 2719, 2719, "dead", None)]
    assert [(f.text, f.subject) for f in read("On Jan. 7 126 people died.") if f.kind == "count"] == [
        ("126 people", None)]


def test_amounts_with_other_languages_scale_and_currency_words():
    # tibet_quake_2025/05 (Zeta Tijuana), verbatim; "$5 mil" keeps no thousands reading (American slang: million)
    found = [(f.text, f.kind, f.low, f.unit, f.qualifier) for f in read(
        "Por su parte, el Ministerio de Hacienda y el Ministerio de Gestión de Emergencias informaron que habían "
        "asignado 100 millones de yuanes (alrededor de 13.9 millones de dólares) para apoyar las labores de socorro "
        "ante el desastre en Xizang.", language="es")
        if f.kind == "money"]
    assert found == [("100 millones de yuanes", "money", 1e8, "CNY", None),
                     ("alrededor de 13.9 millones de dólares", "money", 13.9e6, "USD", "about")]
    assert [(f.text, f.low) for f in read("Invertirán 5 mil millones de dólares.", language="es")
            if f.kind == "money"] == [("5 mil millones de dólares", 5e9)]
    assert all(f.low != 243e3 for f in read("The jury ordered Tesla to pay $243 mil in damages."))
    assert [(f.text, f.measure) for f in read("Volunteers sorted 1,200 pieces of clothing and two items slashed.")
            if f.kind == "count"] == [("1,200 pieces", "clothing"), ("two items", "item")]


def test_a_duration_written_in_words_has_the_room_of_its_last_digit():
    # "an eight-week trial" is 8 weeks as "8 weeks" is (7.51-8.49): "more than eight weeks" of the same trial agrees
    # with it, as "more than 8 weeks" does with "8 weeks"; a duration in words stays apart from another digit's
    def period(text):
        (found,) = [f for f in read(text) if f.kind == "period"]
        return found
    assert compare_values(period("The eight-week trial ended on Monday."),
                          period("The verdict came after more than eight weeks of hearings.")).compatible
    assert compare_values(period("The siege lasted twenty days."), period("The siege lasted 19 days.")).compatible
    assert not compare_values(period("The jury deliberated for eight hours."),
                              period("The jury deliberated for 9 hours.")).compatible
    assert not compare_values(period("The siege lasted three days."), period("The siege lasted 4 days.")).compatible


def test_a_peak_speed_up_to_a_value_is_that_value_with_a_conversion_room():
    # (invented) "reached up to 180 km/h" states the peak gust: it agrees with "at least 185 km/h" (2.7% apart, a
    # writer's conversion from knots), and "up to 150 km/h" does not
    def speed(text):
        (f,) = [f for f in read(text) if f.measure == "speed"]
        return f
    reached = speed("El viento alcanzó hasta los 180 kilómetros a la hora en la costa.")
    least = speed("The storm brought gusts of at least 185 kilometres per hour.")
    assert compare_values(reached, least).compatible and compare_values(least, reached).compatible
    lower = speed("Winds of up to 150 km/h battered the coast.")
    assert not compare_values(lower, least).compatible
