"""What a count of people that names no measure is, from its noun and its sentence (issue 11: on tests/gold_new36 and
gold_new38, study sets, "238 guests", "238 personas hospedadas" and "234 Gäste" of one hotel, or "a market of 700
million consumers" and "700 millones de personas", were plain "people" or their own noun, never weighed together).
A market's or an area's people are its residents; those staying at a place its attendance; a firm's customers and a
service's users their own measures. A count whose predicate says what befell its people keeps that measure, and a
count with no word that says what it is stays as it was. The sentences are invented."""

from __future__ import annotations

from tests.compare_helpers import compared, one_holding, read


def _measure(text: str, written: str) -> str | None:
    return next(f.measure for f in _read(text) if f.text.endswith(written))


def _read(text: str):
    from briefing_tui.compare.people_measures import people_measures

    return people_measures(read(text), text, 0)


def test_a_market_of_consumers_or_people_counts_residents():
    assert _measure("The pact creates a market of 450 million consumers across the two regions.",
                    "450 million consumers") == "residents"
    assert _measure("El pacto abre un mercado de 450 millones de personas en ambas regiones.",
                    "450 millones de personas") == "residents"
    assert _measure("Le traité couvre un marché de plus de 450 millions de consommateurs.",
                    "plus de 450 millions de consommateurs") == "residents"
    assert _measure("The free trade zone, covering 450 million people, was signed on Monday.",
                    "450 million people") == "residents"


def test_people_staying_at_a_lodge_are_its_attendance():
    assert _measure("The lodge had 312 guests registered when the storm cut the road.", "312 guests") == "attendance"
    assert _measure("En el hotel de montaña se encontraban 312 personas hospedadas en ese momento.",
                    "312 personas") == "attendance"
    assert _measure("Im Hotel befanden sich 312 Gäste, als der Strom ausfiel.", "312 Gäste") == "attendance"


def test_customers_and_users_are_their_own_measures():
    assert _measure("The outage hit 90,000 customers of the water company.", "90,000 customers") == "customers"
    assert _measure("Die Störung traf 90.000 Kunden des Wasserversorgers.", "90.000 Kunden") == "customers"
    assert _measure("The app now has 12 million users in the region.", "12 million users") == "users"


def test_a_predicate_or_no_cue_leaves_the_count_as_it_was():
    assert _measure("Some 312 people were evacuated from the lodge overnight.", "312 people") == "displaced"
    assert _measure("About 312 people signed the letter to the mayor.", "312 people") != "residents"
    assert _measure("About 312 people signed the letter to the mayor.", "312 people") != "attendance"


def test_a_market_size_in_two_languages_is_one_claim_that_disagrees():
    claims = compared("The agreement creates a market of 480 million consumers, officials said on Friday.",
                      "El acuerdo abre un mercado de 560 millones de personas, dijeron el viernes los negociadores.")
    claim = one_holding(claims, "480 million consumers", "560 millones de personas")
    assert claim.verdict == "disagree"


def test_hotel_guests_in_two_languages_are_one_claim_that_agrees():
    claims = compared("A fire broke out at the ski lodge on Sunday night, with 312 guests staying there at the time.",
                      "Un incendio se declaró el domingo por la noche en el hotel de montaña, que tenía a 312 personas "
                      "hospedadas en ese momento.")
    claim = one_holding(claims, "312 guests", "312 personas")
    assert claim.verdict == "agree"
