"""Issue 11: names of one measure that outlets choose differently (compare/measure_families.py). A court order
called a forfeiture by some outlets and a fine by another is one claim when no outlet tells the two apart; an
outlet that gives both keeps them apart everywhere. The sum embezzled is "taken" in one outlet and "the damage"
in another. Constructed articles; each test fails on the code before these rules."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


def test_a_forfeiture_and_a_fine_of_one_order_are_one_claim_when_no_source_tells_them_apart():
    claims = compare([
        article("a", "2024-03-28", "The judge ordered Tom Reed to forfeit $11 billion in assets."),
        article("b", "2024-03-28", "Tom Reed will forfeit over $11 billion, the court ruled."),
        article("c", "2024-03-28", "Tom Reed muss ein Bußgeld von 11 Milliarden US-Dollar zahlen."),
    ])
    found = holding(claims, "forfeit $11 billion", "over $11 billion", "11 Milliarden")
    assert len(found) == 1 and found[0].verdict == "agree"


def test_a_source_giving_a_fine_and_a_forfeiture_keeps_them_two_measures():
    claims = compare([
        article("a", "2024-03-28", "The judge ordered Tom Reed to forfeit $11 billion in assets. He was also fined "
                                   "$2 million."),
        article("b", "2024-03-28", "Tom Reed muss ein Bußgeld von 11 Milliarden US-Dollar zahlen."),
    ])
    assert not holding(claims, "forfeit $11 billion", "11 Milliarden")


def test_money_taken_and_the_damage_it_did_are_one_measure_across_sources():
    claims = compare([
        article("a", "2025-03-31", "The court said the accused had embezzled more than €4 million."),
        article("b", "2025-03-31", "The party was ordered to pay €2 million in fines related to the €4.1 million it "
                                   "was accused of misappropriating."),
        article("c", "2025-03-31", "According to the court, the damage to the European Parliament is "
                                   "estimated at 2.9 million euros."),
    ])
    found = holding(claims, "more than €4 million", "€4.1 million", "2.9 million euros")
    assert len(found) == 1 and found[0].verdict == "disagree"


def test_an_amount_a_relative_clause_says_was_taken_is_money_taken_from_victims():
    measures = [(f.text, f.measure) for f in read("The party must pay €2 million in fines related to the €4.1 "
                                                  "million it was accused of misappropriating.") if f.kind == "money"]
    assert measures == [("€2 million", "fine"), ("€4.1 million", "taken from victims")]
    assert [f.measure for f in read("Police recovered the $8 million Smith stole.") if f.kind == "money"] == [
        "taken from victims"]
    # a preposition before the verb: the amount is what was paid for the taking, not the sum taken
    assert [f.measure for f in read("He was fined $2 million for misappropriating funds.") if f.kind == "money"] != [
        "taken from victims"]


def test_a_purchase_price_and_a_deal_value_are_one_claim_unless_a_source_gives_them_two_values():
    one = [article("a", "2024-08-14", "Mars agreed to acquire Kellanova for a $35.9 billion price tag."),
           article("b", "2024-08-14", "Mars will buy Kellanova in a $35.9 billion cash deal.")]
    found = holding(compare(one), "$35.9 billion price tag", "$35.9 billion cash deal")
    assert len(found) == 1 and found[0].verdict == "agree"
    # a source giving a cost of its own beside the deal's value: the story tells the two apart
    two = [article("a", "2024-08-14", "Mars agreed to acquire Kellanova for a $35.9 billion price tag."),
           article("b", "2024-08-14", "Mars will buy Kellanova in a $35.9 billion cash deal. The integration will "
                                      "cost $800 million.")]
    assert not holding(compare(two), "$35.9 billion price tag", "cost $800 million")
    assert not holding(compare(two), "$35.9 billion price tag", "$35.9 billion cash deal")


def test_people_missing_and_people_trapped_are_one_count_when_no_sentence_tells_them_apart():
    claims = compare([
        article("a", "2025-03-28", "At least 117 people are missing in the collapsed tower, rescuers said."),
        article("b", "2025-03-28", "At least 80 people remain trapped under the collapsed tower, the minister said."),
        article("c", "2025-03-28", "Nearly 80 people from the tower site are still unaccounted for."),
    ])
    found = holding(claims, "117 people", "80 people remain trapped", "Nearly 80 people")
    assert len(found) == 1 and found[0].measure == "missing" and found[0].verdict == "disagree"


def test_a_source_giving_the_trapped_and_the_missing_side_by_side_keeps_them_two_counts():
    claims = compare([
        article("a", "2025-03-28", "At least 20 people remain trapped under the collapsed tower and 40 others are "
                                   "missing, rescuers said."),
        article("b", "2025-03-28", "At least 35 people remain trapped under the collapsed tower, the minister said."),
    ])
    assert not holding(claims, "40 others", "35 people")
    found = holding(claims, "20 people", "35 people")
    assert len(found) == 1 and found[0].measure == "trapped"


def test_a_source_giving_the_two_names_values_in_two_sentences_does_not_tell_them_apart():
    # (the lead's count and a later one of another place are the story's updates and places, not two measures)
    claims = compare([
        article("a", "2025-03-28", "At least 117 people are missing after the tower collapsed. Across the region, 68 "
                                   "more people remain trapped in their villages."),
        article("b", "2025-03-28", "Nearly 90 people are still trapped under the collapsed tower."),
    ])
    # (the name most of the story's figures carry: two of three are "trapped")
    assert {f.measure for c in claims for s in c.statements for f in s.figures
            if f.text in ("At least 117 people", "Nearly 90 people")} == {"trapped"}


def test_survivors_and_people_rescued_are_one_count_across_sources():
    claims = compare([
        article("a", "2025-03-29", "Rescuers pulled 12 survivors from the rubble of the collapsed tower."),
        article("b", "2025-03-29", "So far 15 people have been rescued alive from the rubble of the collapsed tower."),
        article("c", "2025-03-29", "Rescue teams have saved 12 people from the rubble of the collapsed tower."),
    ])
    found = holding(claims, "12 survivors", "15 people", "12 people")
    assert len(found) == 1 and found[0].verdict == "disagree"


def test_people_missing_and_presumed_dead_are_a_count_of_the_dead():
    assert [f.measure for f in read("Six workers were missing and presumed dead after the bridge collapsed.")] == ["dead"]
    assert [f.measure for f in read("Two climbers remain missing, believed dead.")] == ["dead"]
    assert [f.measure for f in read("Six workers are still unaccounted for and presumed dead.")] == ["dead"]
    # missing alone, and a count of the dead beside the missing, keep their own measures
    assert [f.measure for f in read("Six workers are missing and three are dead.")] == ["missing", "dead"]
    claims = compare([
        article("a", "2024-03-26", "Six workers were missing and presumed dead after the bridge collapsed."),
        article("b", "2024-03-27", "The bridge collapse left six construction workers dead."),
    ])
    found = holding(claims, "Six workers were missing", "six construction workers")
    assert len(found) == 1 and found[0].verdict == "agree"


def test_a_source_tells_two_names_apart_only_for_one_subject():
    # (the cost of another thing, Ohio's bridge, beside the deal's value does not make a deal's price another measure)
    claims = compare([
        article("a", "2024-08-14", "Mars will buy Kellanova in a $35.9 billion cash deal. The cost of Ohio's new "
                                   "bridge is $800 million."),
        article("b", "2024-08-14", "Mars agreed to acquire Kellanova for a $35.9 billion price tag."),
    ])
    found = holding(claims, "$35.9 billion cash deal", "$35.9 billion price tag")
    assert len(found) == 1 and found[0].verdict == "agree"


def test_a_partys_members_elected_are_its_seats_in_a_story_that_counts_seats():
    claims = compare([
        article("a", "2024-07-05", "Labour won 412 seats in the general election."),
        article("b", "2024-07-05", "Die Labour-Partei stellt künftig 412 Abgeordnete."),
        article("c", "2024-07-05", "Le Labour aura 411 députés."),
    ])
    found = [c for c in holding(claims, "412 seats", "412 Abgeordnete", "411 députés") if c.measure]
    assert len(found) == 1 and found[0].measure == "seats" and found[0].verdict == "disagree"


def test_two_parties_counted_under_two_names_in_one_sentence_do_not_tell_the_names_apart():
    claims = compare([
        article("a", "2024-07-05", "Labour gewann 412 Sitze, die Konservativen stellen 121 Abgeordnete."),
        article("b", "2024-07-05", "The Conservatives won 121 seats."),
    ])
    found = [c for c in holding(claims, "121 Abgeordnete", "121 seats") if c.measure]
    assert len(found) == 1 and found[0].measure == "seats" and found[0].verdict == "agree"


def test_members_elected_stay_their_own_count_without_seats_or_without_a_party():
    # members counted with no verb of their own are a party's seats even where the story counts no seats
    # (compare/seat_holders.py), each party's own: the SPD's and the PS's are two claims
    claims = compare([article("a", "2024-07-05", "Die SPD zählt 120 Abgeordnete."),
                      article("b", "2024-07-05", "Le PS compte 120 députés.")])
    assert {(f.measure, f.subject) for c in claims for s in c.statements for f in s.figures} == {
        ("seats", "SPD"), ("seats", "PS")}
    # members who act are people, not seats
    claims = compare([article("a", "2024-07-05", "Die SPD zählt 120 Abgeordnete, die 120 Abgeordneten stimmten ab."),
                      article("b", "2024-07-05", "Quarante députés ont signé la lettre.")])
    assert "seats" not in {f.measure for c in claims for s in c.statements for f in s.figures if "signé" in s.text}
    # a count of MPs whose party is not read joins no party's seats
    claims = compare([
        article("a", "2024-07-05", "Labour won 412 seats. The Tories are set for the worst result in their history, "
                                   "with just 144 MPs."),
        article("b", "2024-07-05", "Labour gewann 410 Sitze."),
    ])
    assert not holding(claims, "144 MPs", "410 Sitze")
    assert not holding(claims, "144 MPs", "412 seats")


def test_a_count_with_a_distinguishing_adjective_joins_the_plain_count_when_no_source_tells_them_apart():
    claims = compare([
        article("a", "2025-02-10", "The agency approved 45 strategic investments in the region last year, officials said."),
        article("b", "2025-02-10", "Officials said the agency approved 48 investments in the region last year."),
    ])
    found = [c for c in holding(claims, "45 strategic investments", "48 investments") if c.measure == "investment"]
    assert len(found) == 1 and found[0].verdict == "disagree"


def test_a_source_giving_the_modified_and_the_plain_count_their_own_values_keeps_them_apart():
    plain = article("b", "2025-02-10", "Officials said the agency approved 48 investments in the region last year.")
    apart = article("a", "2025-02-10", "The agency approved 45 strategic investments in the region last year, officials "
                                       "said. In all it approved 120 investments.")
    joined = article("a", "2025-02-10", "The agency approved 45 strategic investments in the region last year.")

    def name_of_45(claims):
        return {f.measure for c in claims for st in c.statements for f in st.figures if f.text == "45 strategic investments"}

    assert name_of_45(compare([apart, plain])) == {"strategic investment"}
    assert name_of_45(compare([joined, plain])) == {"investment"}
