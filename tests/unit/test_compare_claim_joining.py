"""Issue 11: claim-level joining that tolerates one wrong or missing subject or measure. Statements of one
distinctive value are one claim (value_join), a figure with no or a weak subject joins its measure's main claim
(subject_fallback), names the articles link as one organisation are one subject (owner_links), and a movement's
period is part of its measure (measure_periods). Constructed sentences; each test fails on the code before."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


def _claims(*bodies: str, published: str = "2024-05-14"):
    return compare([article(f"o{k}", published, body) for k, body in enumerate(bodies, 1)])


def test_one_distinctive_count_is_one_claim_when_one_side_reads_no_measure():
    claims = _claims(
        "The storm flooded the valley on Sunday. Hospitals treated 1,240 injured people, and 617 patients have "
        "been discharged so far. Rescuers pulled 347 survivors from the rubble.",
        "Officials said 1,240 people were injured. Of them, 617 have been discharged and the rest remain in care. "
        "The city's archive holds 347 maps of the old harbour.")
    found = holding(claims, "617 patients have been discharged", "617 have been discharged")
    assert found, [c.topic for c in claims]
    assert found[0].verdict == "agree"
    assert not holding(found[0:1], "1,240 injured")  # (the discharged are not the injured's claim)
    assert not holding(claims, "347 survivors", "347 maps")  # (one value, no word in common: two things)


def test_the_buyer_and_the_bought_of_one_deal_give_one_price_even_without_a_measure():
    claims = _claims(
        "Brightwater has agreed to buy the chipmaker Solvane for $17.6 billion in cash.",
        "Solvane accepted a $17.6 billion offer from Brightwater on Tuesday.",
        "Investors cheered as Brightwater signed a $17.6 billion all-cash deal to acquire Solvane.")
    found = [c for c in holding(claims, "buy the chipmaker Solvane", "accepted a $17.6 billion offer",
                                "signed a $17.6 billion") if c.measure]
    assert len(found) == 1, [c.topic for c in claims]
    assert found[0].verdict == "agree"
    assert found[0].measure == "sale"


def test_a_measureless_amount_joins_the_measured_one_of_its_value_in_any_words():
    # (the French clause shares no word with the English one: the fund's measure says what the value is)
    claims = _claims(
        "Parliament approved a €4.7 billion relief fund for the flooded regions on Wednesday, after a night of debate.",
        "Au total, 4,7 milliards d'euros seront mobilisés d'ici l'été, a précisé le Premier ministre devant les élus.")
    found = holding(claims, "€4.7 billion relief fund", "4,7 milliards d'euros seront mobilisés")
    assert len(found) == 1, [c.topic for c in claims]
    assert (found[0].measure, found[0].verdict) == ("aid", "agree")


def test_distinctive_values_are_neither_small_nor_round_nor_years():
    from briefing_tui.compare.value_join import distinctive

    values = {f.text: distinctive(f) for f in read(
        "They counted 793 patients, seven ambulances, 100,000 visitors, $3.2 billion in aid and 2020 volunteers.")}
    assert values["793 patients"] is True
    assert values["$3.2 billion"] is True
    assert values.get("seven ambulances", False) is False
    assert values["100,000 visitors"] is False


def test_weak_subjects_count_as_missing():
    from briefing_tui.compare.subject_fallback import weak_subject

    assert weak_subject("They") and weak_subject("More") and weak_subject("US32") and weak_subject("288 and put")
    assert not weak_subject("Alphabet") and not weak_subject(None)


def test_owner_and_owned_and_a_ticker_are_one_organisation():
    from briefing_tui.compare.owner_links import owner_links

    links = owner_links(["Shares of Kestrel parent Orvian Holdings fell.",
                         "Dunmore, the owner of Pell Foods, reported results.",
                         "Orvian Holdings (NYSE: ORVH) said so.", "Bas (SPD) spoke."])
    assert "orvian holdings" in links["kestrel"]
    assert "kestrel" in links["orvian holdings"] and "orvh" in links["orvian holdings"]
    assert "pell foods" in links["dunmore"]
    assert "spd" not in links  # (a party's initials after a name: place_links' business)


def test_a_move_on_the_day_and_one_over_the_year_are_two_claims_of_one_company():
    claims = _claims(
        "Kestrel parent Orvian agreed the deal on Monday. Orvian shares fell 4.2% after the announcement.",
        "Kestrel's shares dropped 3.1% as investors balked at the price. The company's shares are down 17% this year.",
        "Shares of Orvian slid 2.6% on the news. The stock was down 14% this year before Monday.")
    day = holding(claims, "fell 4.2%", "dropped 3.1%", "slid 2.6%")
    assert len(day) == 1 and day[0].verdict == "disagree", [c.topic for c in claims]
    assert not holding(day, "17% this year")
    year = holding(claims, "down 17% this year", "down 14% this year")
    assert len(year) == 1 and year[0].verdict == "disagree", [c.topic for c in claims]
    assert year[0].measure == "change (year to date)" and "17%" in year[0].topic, year[0].topic


def test_a_figure_with_a_weak_subject_joins_the_main_claim_of_its_measure():
    claims = _claims(
        "Harlow Bank was fined €45 million by the regulator on Friday.",
        "The regulator fined Harlow Bank €45 million for lapses in its controls.",
        "Friday brought a €48 million fine for the lender, a record.",
        "Harlow Bank faces a €45 million fine. Critics say a €2.5 billion fine would have been fairer.")
    found = holding(claims, "fined €45 million", "fined Harlow Bank €45 million", "€48 million fine")
    assert found and found[0].verdict == "disagree", [c.topic for c in claims]
    assert not holding(found, "€2.5 billion")  # (an amount far off the main claim's is another thing's)
