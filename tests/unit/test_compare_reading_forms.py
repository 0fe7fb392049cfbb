"""Single figures read right (issue 11, session 2026-12-02): currencies as the world writes them, conversions in
brackets, measures carried by a verb of change or a predicate of state, periods measured by their noun or verb.
Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def money(text: str, language: str | None = None) -> list[tuple[str, str | None, float]]:
    return [(f.text, f.unit, f.low) for f in read(text, language=language) if f.kind == "money"]


@pytest.mark.parametrize(("text", "written", "unit", "value"), [
    ("The miner raised its bid to $US4.5 billion on Monday.", "$US4.5 billion", "USD", 4.5e9),
    ("The port was sold for NZ$800 million last year.", "NZ$800 million", "NZD", 8e8),
    ("The airline lost S$1.2 billion in the year.", "S$1.2 billion", "SGD", 1.2e9),
    ("The bank paid R$3 billion for the stake.", "R$3 billion", "BRL", 3e9),
    ("The state set aside Rs 450 crore for the bridge.", "Rs 450 crore", "INR", 4.5e9),
    ("The state set aside Rs. 12 lakh for each family.", "Rs. 12 lakh", "INR", 1.2e6),
    ("The fund holds $A2 billion in bonds.", "$A2 billion", "AUD", 2e9),
])
def test_currencies_written_every_way(text, written, unit, value):
    assert (written, unit, value) in money(text)


def test_a_currency_letter_is_never_a_subject():
    found = [f for f in read("The plan costs C$40 billion and NZ$3 million a year.") if f.kind == "money"]
    assert [(f.unit, f.subject) for f in found] == [("CAD", None), ("NZD", None)]
    bid = [f for f in read("The board rejected a $US23 billion ($36 billion) takeover bid.") if f.kind == "money"]
    assert [f.subject for f in bid] == [None, None]


def test_one_symbol_for_two_currencies_leaves_the_bracket_out_of_any_claim():
    # "$" in brackets after "$US" is the local dollar: not the same amount, so it measures nothing of its own
    found = [f for f in read("The miner agreed to pay $US10 billion ($15.6 billion) for the mine.") if f.kind == "money"]
    assert [(f.text, f.measure) for f in found] == [("$US10 billion", "compensation"), ("$15.6 billion", None)]


def test_a_conversion_whose_opening_bracket_is_lost_is_still_a_conversion():
    found = [f for f in read("The miner agreed to pay $US10 billion $15.6 billion) for the mine.") if f.kind == "money"]
    assert [(f.text, f.measure) for f in found] == [("$US10 billion", "compensation"), ("$15.6 billion", None)]
    # (in two currencies, the sum in euros and its conversion price one thing)
    found = [f for f in read("The club must pay a fine of 50,000 euros $54,000) to the league.") if f.kind == "money"]
    assert [(f.unit, f.measure) for f in found] == [("EUR", "fine"), ("USD", "fine")]


def counts(text: str, language: str | None = None) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "count"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the predicate, not the noun, says what a count is: with a noun, without one, in another language
    ("Of the 640 hurt, 410 have been discharged and 230 are still under treatment.", None,
     [("640 hurt", "injured"), ("410", "discharged injured"), ("230", "hospitalised")]),
    ("So far 410 patients have been discharged while 230 are being treated at the county hospital.", None,
     [("410 patients", "discharged injured"), ("230", "hospitalised")]),
    ("Of the 97 dead, 41 are yet to be identified and 56 bodies have already been identified.", None,
     [("97 dead", "dead"), ("41", "unidentified dead"), ("56 bodies", "identified dead")]),
    ("Another 64 bodies have been shifted to the district morgue.", None, [("64 bodies", "received dead")]),
    ("Eleven bodies are still missing, the police said.", None, [("Eleven bodies", "missing")]),
    ("Von den 640 Verletzten wurden 410 bereits entlassen, 230 werden noch behandelt.", "de",
     [("640 Verletzten", "injured"), ("410", "discharged injured"), ("230", "hospitalised")]),
    ("Parmi les 97 morts, 41 corps n'ont pas encore été identifiés.", "fr",
     [("97 morts", "dead"), ("41 corps", "unidentified dead")]),
])
def test_a_count_takes_its_measure_from_its_predicate(text, language, expected):
    assert counts(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of a verb of change or state, however long its complement
    ("The death toll in the collision between the Northern Star express, a freight train loaded with coal and a "
     "local commuter service near the river crossing has reached 131 as of Monday.", [("131", "dead")]),
    # a previous value takes the measure of the value it was revised to, not of the next clause's
    ("The ministry revised the death toll to 131 from 140 and put the number of injured at 620.",
     [("131", "dead"), ("140", "dead"), ("620", "injured")]),
])
def test_a_verb_of_change_carries_its_subjects_measure(text, expected):
    assert counts(text) == expected


def test_the_words_after_a_number_are_no_subject():
    found = [f for f in read("The ministry revised the toll in the two-bus crash to 131 from 140 and put the injured at 620.")
             if f.kind == "count"]
    assert all(f.subject is None or not f.subject[:1].isdigit() for f in found), [(f.text, f.subject) for f in found]


def periods(text: str, language: str | None = None) -> list[tuple[str, float, str | None]]:
    return [(f.text, round(f.low, 4), f.measure) for f in read(text, language=language) if f.kind == "period"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a ban's length, from the noun it modifies or the verb it follows
    ("For the mayor, the three-year ban starts at once.", None, [("the three-year", 3, "ban sentence")]),
    ("The mayor was given three years of ineligibility for public office.", None, [("three years", 3, "ban sentence")]),
    ("The mayor has been prohibited from standing in any election for the next three years.", None,
     [("for the next three years", 3, "ban sentence")]),
    ("The mayor was sentenced to six years in prison and faces disenfranchisement for three years.", None,
     [("six years", 6, "prison sentence"), ("for three years", 3, "ban sentence")]),
    ("Le maire est condamné à six ans de prison et à trois ans d'inéligibilité.", "fr",
     [("six ans", 6, "prison sentence"), ("trois ans", 3, "ban sentence")]),
])
def test_a_period_measures_what_its_noun_or_verb_names(text, language, expected):
    assert periods(text, language) == expected


@pytest.mark.parametrize("text", [
    "The mayor was sentenced to six years in prison, three of which were suspended.",
    "The court sentenced the mayor to six years in prison, with three years suspended.",
    "The mayor got a six-year prison term, of which three years are suspended.",
])
def test_the_suspended_part_of_a_term_is_no_second_term(text):
    found = periods(text)
    assert [m for _, _, m in found] == ["prison sentence", "suspended sentence"] and found[1][1] == 3


def test_a_suspended_part_in_months_keeps_its_unit():
    found = periods("The aide was sentenced to 18 months in prison, 12 of which were suspended.")
    assert found == [("18 months", 1.5, "prison sentence"), ("12", 1.0, "suspended sentence")]


def test_a_spanish_verb_is_no_counted_noun_and_a_relative_clause_names_the_dead():
    assert counts("En todo el país son 140 las personas que han muerto.", "es") == [("140", "dead")]
    assert [t for t, _ in counts("Unas 9.000 casas siguen sin luz y casi 4.000 están aún sin agua.", "es")] == \
        ["Unas 9.000 casas", "casi 4.000"]


def test_a_share_measures_the_head_of_the_noun_phrase_it_opens():
    found = [(f.text, f.measure) for f in read("The party suffered a 4.1% national two-party preferred swing.")
             if f.kind == "percent"]
    assert found == [("4.1%", "swing")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Of the 40 dead, 12 were children and 9 were women.", None,
     [("40 dead", "dead"), ("12", "children dead"), ("9", "women dead")]),
    ("Parmi les 40 morts, 12 étaient des enfants.", "fr", [("40 morts", "dead"), ("12", "children dead")]),
    ("De los 40 fallecidos, 22 son hombres y 18 son mujeres.", "es",
     [("40 fallecidos", "dead"), ("22", "men dead"), ("18", "women dead")]),
])
def test_a_nominal_predicate_names_who_the_counted_were(text, language, expected):
    assert counts(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Die Maschine mit über 180 Menschen an Bord stürzte ab.", "de", [("über 180 Menschen", "people aboard")]),
    ("L'avion transportait 183 personnes à bord.", "fr", [("183 personnes", "people aboard")]),
    ("Die Behörde bestätigte, dass alle 183 Passagiere und Besatzungsmitglieder ums Leben gekommen sind.", "de",
     [("183 Passagiere", "dead aboard")]),
])
def test_aboard_in_other_languages(text, language, expected):
    assert counts(text, language) == expected


def test_a_sale_price_belongs_to_what_it_buys():
    found = [f for f in read("The group sealed a $9 billion acquisition of chip designer Arvex on Monday.")
             if f.kind == "money"]
    assert [(f.measure, f.subject) for f in found] == [("sale", "Arvex")]


def test_two_amounts_of_one_currency_need_no_rate():
    from briefing_tui.compare.rates import default_rate_table
    from briefing_tui.compare.tolerance import compare_money
    from briefing_tui.model import Figure

    a = Figure("money", "€500 billion", "a", 0, 12, low=500e9, high=500e9, unit="EUR", measure="fund")
    b = Figure("money", "€500 billion", "b", 0, 12, low=500e9, high=500e9, unit="EUR", measure="fund")
    # one article dated, the other not (the table's default date, another rate)
    assert compare_money(a, b, {"a": "2025-03-21", "b": None}, default_rate_table()).compatible
