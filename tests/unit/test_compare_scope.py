"""What a figure counts, of whom and where (issue 11): the scope and subject of counts and amounts, each rule on
constructed sentences written the way news is."""

from __future__ import annotations

from tests.compare_helpers import read


def figures(text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, measure, subject) of each count or amount of ``text``."""
    return [(f.text, f.measure, f.subject) for f in read(text) if f.kind in ("count", "money")]


def test_a_name_that_says_which_incident_is_not_the_tolls_subject():
    # "the toll in the <Name> (plane) crash", "the crash in <Place>": which incident, not a part of its toll
    assert figures("The death toll in Monday's Blue Sky Airways plane crash in Lyon rose to 118.") == [
        ("118", "dead", None)]
    assert figures("The death toll in the Paris-bound Blue Sky ferry sinking climbed to 57 on Sunday.") == [
        ("57", "dead", None)]
    # a place the toll itself is of stays its subject
    assert figures("The death toll in Lyon rose to 118.") == [("118", "dead", "Lyon")]


def test_a_place_name_joined_by_and_to_the_incidents_place_is_not_the_tolls_subject():
    # "the crash at <Name> and <Name>": one place's name, the incident's; its last part alone is no subject
    assert figures("The death toll from the helicopter crash at Riverside Academy and College rose to 14 on Friday.") == [
        ("14", "dead", None)]
    assert figures("The toll from the fire at Harbour Mall & Cinema climbed to 9.") == [("9", "dead", None)]
    # names joined in a toll that is their own stay its subject
    assert figures("The death toll in Lyon and Grenoble rose to 12.") == [("12", "dead", "Lyon and Grenoble")]


def test_a_ministry_that_puts_a_toll_at_a_figure_tells_it_and_is_not_its_subject():
    # "the health ministry put the death toll at 28": the ministry's count of the event's dead, not the ministry's dead
    assert figures("However, the health ministry put the death toll at 28, citing double counting.") == [
        ("28", "dead", None)]
    assert figures("The interior ministry put the number of injured at 40.") == [("40", "injured", None)]
    # a sector's own money stays its own
    assert figures("The health sector has been allocated $133 million.") == [("$133 million", "budget", "health sector")]


def test_who_reports_a_count_is_not_its_subject():
    assert figures("Interior Minister Jane Okafor said 84 victims have been found.") == [
        ("84 victims", "dead", None)]


def test_a_clause_after_as_or_after_is_not_the_counts_predicate():
    # "rose to 270 as those injured succumbed": the toll, not the injured
    assert figures("The toll rose to 96 as people injured in the blast died in hospital.") == [("96", "dead", None)]


def test_all_but_one_of_the_bodies_is_the_toll_itself():
    # "all but one of 83 bodies": 83 is the toll, not a total of some part
    assert figures("Officials said they had identified all but one of 83 bodies recovered from the site.") == [
        ("83 bodies", "dead", None)]


def test_people_aboard_the_dead_aboard_and_the_dead_on_the_ground_are_three_measures():
    assert figures("The ferry carried 310 people, and the storm killed 290 of them.") == [
        ("310 people", "people aboard", None), ("290", "dead aboard", None)]
    assert figures("The blast killed 88 people on board and at least 12 on the ground.") == [
        ("88 people", "dead aboard", None), ("at least 12", "dead ground", None)]
    assert figures("Among the dead were 150 passengers and crew onboard the jet.") == [
        ("150 passengers", "dead aboard", None)]
    assert figures("There were 97 people onboard the aircraft.") == [("97 people", "people aboard", None)]
    assert figures("The collision killed all 77 people on the two helicopters.")[0] == ("77 people", "dead aboard", None)
    assert figures("The fire also killed six people on the ground.") == [("six people", "dead ground", None)]
    # a clause after "as" is not the count's place; a count with no place phrase keeps its measure
    assert figures("The toll rose to 61 as people hurt on the ground died.") == [("61", "dead", None)]
    assert figures("The quake killed 40 people in the valley.") == [("40 people", "dead", None)]


def test_the_parts_listed_after_a_count_of_the_dead_are_dead_of_their_own_people_and_place():
    # a people named by its plural ("Italians") is the nationality's subject, as "80 Spanish citizens" is
    assert figures("Officials said the 120 victims include 80 Spanish citizens, 9 Italians and 4 non-passengers.") == [
        ("120 victims", "dead", None), ("80 Spanish citizens", "dead", "Spanish"), ("9 Italians", "dead", "Italian"),
        ("4 non-passengers", "dead ground", None)]


def test_survivors_are_a_measure_of_their_own():
    assert figures("Only one person survived the crash.") == [("one person survived", "survivors", None)]
    assert figures("The sinking left just two survivors.") == [("two survivors", "survivors", None)]


def test_bodies_brought_to_a_facility_are_its_intake_not_the_toll():
    assert figures("About 95 bodies were taken to the city morgue overnight.") == [
        ("About 95 bodies", "received dead", None)]
    assert figures("The district hospital had received 64 bodies by noon.") == [("64 bodies", "received dead", None)]
    assert figures("Rescuers recovered 64 bodies from the river.") == [("64 bodies", "dead", None)]
    assert figures("A 31-year-old nurse was the lone survivor of the sinking.")[-1] == (
        "lone survivor", "survivors", None)


def test_a_fine_is_the_fined_partys_and_another_countrys_fine_is_another_fine():
    # whoever imposes it, the fine is on the party named after "on" / "against"
    assert figures("The competition authority has imposed a €1.2 billion fine on Acme, ruling it abused its power.") == [
        ("€1.2 billion", "fine", "Acme")]
    # a fine in another country, or by another country's authority, is a fine of its own kind
    assert figures("Acme also agreed to pay a $40 million fine in Canada.") == [("$40 million", "canada fine", "Acme")]
    assert figures("Separately, Spain’s consumer protection agency fined Acme €12 million.") == [
        ("€12 million", "spain fine", "Acme")]
    assert figures("The €1.2 billion sanction is the largest yet.") == [("€1.2 billion", "fine", None)]


def test_a_fine_of_an_amount_on_a_party_is_the_partys_not_the_authoritys():
    # "X imposed a fine of <amount> on Y": Y's fine (the amount and its conversion), not the authority's
    assert figures("On Monday, Brussels imposed a hefty fine of 1.84 billion euros ($2 billion) on Acme for "
                   "restricting rivals.") == [("1.84 billion euros", "fine", "Acme"), ("$2 billion", "fine", "Acme")]
    # "on Monday" names no party
    assert figures("Brussels imposed a fine of €40 million on Monday.") == [("€40 million", "fine", "Brussels")]


def test_a_foreign_fine_keeps_its_place_in_the_amount_it_was_reduced_to():
    said = "Acme has faced fines before, such as the €1.1 billion penalty in France that was later reduced to " \
           "€372 million on appeal."
    assert figures(said) == [("€1.1 billion", "france fine", None), ("€372 million", "france fine", None)]


def test_an_earlier_years_fine_is_another_claim_even_in_an_undated_article():
    from briefing_tui.compare import compare
    from tests.compare_helpers import article, holding

    sources = [
        article("One", "2026-03-06", "Regulators fined Acme €1.2 billion on Thursday over its advertising business."),
        article("Two", None, "In 2019, the company was fined €1.5 billion for abusing its dominance in search."),
        article("Three", "2026-03-06", "Acme was fined €1.2 billion on Thursday. In 2019, Acme was fined €1.5 billion "
                                       "for abusing its dominance in search."),
    ]
    claims = compare(sources)
    # the undated article's 2019 fine is no conflicting report of this week's
    assert not [c for c in holding(claims, "fined Acme €1.2 billion", "the company was fined €1.5 billion")
                if c.verdict == "disagree"]
    assert {c.verdict for c in holding(claims, "the company was fined €1.5 billion", "Acme was fined €1.5 billion")} == {
        "agree"}


def test_the_dead_identified_are_their_own_count_and_through_is_no_noun():
    said = "Officials said 140 victims have been identified—131 through DNA tests and 9 through dental records."
    assert [(text, measure) for text, measure, _ in figures(said)] == [
        ("140 victims", "identified dead"), ("131", "identified dead"), ("9", "identified dead")]
    assert figures("We have identified 88 victims so far.") == [("88 victims", "identified dead", None)]


def test_a_price_per_unit_is_not_the_deals_value_and_takeover_words_price_a_sale():
    assert figures("Acme bought the shares at $31 apiece, valuing the takeover at $9.3 billion.") == [
        ("$31", "per-unit sale", "Acme"), ("$9.3 billion", "sale", None)]
    assert figures("The transaction came to about $9.3 billion.") == [("about $9.3 billion", "sale", None)]


def test_who_approves_an_amount_or_what_it_buys_is_not_its_subject():
    assert figures("President Okafor approved the $9 billion deal on Friday.") == [("$9 billion", "sale", None)]
    assert figures("Acme agreed to acquire the jewel of Italian shipbuilding for $9.3 billion.") == [
        ("$9.3 billion", "sale", None)]
    # a possessive still names whose it is
    assert figures("President Okafor's $9 billion plan was approved.")[0][2] == "President Okafor"


def test_the_craft_or_the_teller_is_no_subject_of_a_count_aboard():
    assert figures("The Airbus A321 with 188 people on board lost height after take-off.")[-1] == (
        "188 people", "people aboard", None)
    assert figures("Local media assumed that all 188 passengers and crew had died.") == [
        ("188 passengers", "dead aboard", None)]
    # a people named in the counted phrase is still its subject
    assert figures("The jet was carrying 120 Brazilian nationals.") == [("120 Brazilian nationals", "people aboard", "Brazilian")]


def test_a_subject_of_the_same_name_wins_over_a_place_linked_to_it():
    # "Central Texas" is the Texas toll's, even when the articles also link Texas to one of its counties
    from briefing_tui.compare import compare
    from tests.compare_helpers import article, holding

    sources = [
        article("One", "2026-07-06", "The floods killed 21 people in Dune County, Texas, on Friday. "
                                     "Flood events throughout Central Texas have killed at least 44 people since Friday."),
        article("Two", "2026-07-06", "In Dune County, the death toll rose to 21 on Saturday. "
                                     "The floods killed at least 47 people in Texas over the weekend."),
        article("Three", "2026-07-06", "Officials said 21 people died in Dune County. "
                                       "At least 46 people have died in Texas, officials said."),
    ]
    claims = compare(sources)
    assert holding(claims, "throughout Central Texas", "at least 47 people in Texas", "At least 46 people have died")
    assert not holding(claims, "throughout Central Texas", "21 people died in Dune County")


def test_a_gerund_or_due_after_a_number_is_not_what_it_counts():
    from briefing_tui.compare.count_phrases import count_phrase

    assert count_phrase(" teniendo en cuenta los datos") is None  # Spanish gerund
    assert count_phrase(" alcanzando la cifra") is None
    assert count_phrase(" due to the flooding") is None
    assert count_phrase(" commandos landed")[2] == "commandos"
    assert count_phrase(" people died")[2] == "people"


def test_a_verb_of_what_is_left_opening_the_sentence_is_no_subject():
    # "Rimangono" / "Restam" / "Restan" ("there remain") open the clause before the count: never a name
    assert figures("Rimangono ancora 9 persone di cui non si sa nulla.") == [("9 persone", "people", None)]
    assert figures("Restam ainda 9 pessoas desaparecidas no lago.") == [("9 pessoas desaparecidas", "missing", None)]
    assert figures("Restan todavía 9 personas desaparecidas en el lago.") == [
        ("9 personas desaparecidas", "missing", None)]


def test_a_participle_of_finding_opening_a_headline_is_no_subject():
    # "Trovati" / "Recuperati" ("found", "recovered") before the count: never the name of whose dead they are
    assert figures("Alluvione nella valle: Trovati 12 corpi nel fango") == [("12 corpi", "dead", None)]
