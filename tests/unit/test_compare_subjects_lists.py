"""Whose figure it is across lists and clauses, ranges written "between", figures reported disputed,
and figures of one value from differently named subjects (issue 11, real-event gold misses)."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.same_subject import same_subject
from briefing_tui.model import Sentence, Source
from tests.compare_helpers import article, holding


def read(text: str):
    source = Source(id="s", path="s.txt", raw=text, sentences=[Sentence(0, 0, len(text), text, 0)])
    return [f for f in figures_in_text(text, source, 0) if f.kind != "date"]


def test_figures_given_respectively_take_the_names_of_their_list_in_order():
    found = read("Former partners the Social Democrats (SPD) and the Greens won 16.4% and 11.6% respectively.")
    assert [(f.text, f.subject) for f in found] == [("16.4%", "SPD"), ("11.6%", "Greens")]
    seats = read("The CDU gets 208 seats, ahead of AfD and SPD, with 151 and 121 seats respectively.")
    assert [(f.low, f.subject) for f in seats if f.low in (151, 121)] == [(151, "AfD"), (121, "SPD")]


def test_a_clause_going_on_with_the_sentence_subject_gives_the_share_to_it():
    found = read("The far-right Alternative for Germany (AfD), led by Alice Weidel, came in second with 20.8%.")
    assert [(f.text, f.subject) for f in found] == [("20.8%", "AfD")]


def test_a_share_after_and_the_noun_is_not_the_name_before_it():
    found = read("The federal jury found McGee 67% responsible and the automaker 32% responsible.")
    assert [(f.text, f.subject) for f in found] == [("67%", "McGee"), ("32%", None)]


def test_between_two_shares_is_one_range():
    found = read("Shares of Toyota and Honda climbed between 11 percent and 14 percent.")
    assert [(f.text, f.low, f.high, f.qualifier) for f in found] == [
        ("11 percent and 14 percent", 11, 14, "range")]


def test_a_country_and_its_demonym_are_one_subject_but_not_two_countries():
    assert same_subject("Thai", "Thailand") and same_subject("Japanese", "Japan") and same_subject("China", "Chinese")
    assert not same_subject("Austria", "Australia") and not same_subject("AfD", "SPD")


def test_a_share_reported_disputed_makes_the_claim_disagree():
    sources = [
        article("herald", "2025-07-23", "Trump said America will receive 90% of the profits from the investment."),
        article("courier", "2025-07-26", "The U.S. will retain 90% of the profits, but the Japanese government "
                                         "disputes this, claiming a split based on risk."),
    ]
    claim = holding(compare(sources), "receive 90%", "retain 90%")[0]
    assert claim.verdict == "disagree"
    assert "disputes" in claim.evidence


def test_shares_of_a_party_without_the_word_vote_join_its_vote_share():
    sources = [
        article("herald", "2025-02-24", "According to the final results, the CDU received 28.5% of the vote. "
                                        "The far-right Alternative for Germany (AfD), led by Alice Weidel, came in "
                                        "second with 20.8%, its best result."),
        article("courier", "2025-02-24", "The CDU won 28.6% of the vote, followed by the AfD with 19.5% of the vote."),
    ]
    claims = holding(compare(sources), "second with 20.8%", "AfD with 19.5%")
    assert len(claims) == 1 and claims[0].verdict == "disagree" and claims[0].measure == "votes"


def test_german_figures_read_what_the_sentence_leaves_out():
    found = read("Die SPD sank auf 16,4 Prozent der Zweitstimmen ab (120 Sitze), Bündnis 90/Die Grünen auf 11,6 (85 Sitze).")
    assert [(f.text, f.kind, f.measure, f.subject) for f in found] == [
        ("16,4 Prozent", "percent", "votes", "SPD"), ("120 Sitze", "count", "seats", "SPD"),
        ("11,6", "percent", "votes", "Grünen"), ("85 Sitze", "count", "seats", "Grünen")]
    listed = read("Die Grünen erhalten 88, die Linkspartei 63 Sitze.")
    assert [(f.text, f.measure, f.subject) for f in listed] == [("88", "seats", "Grünen"), ("63 Sitze", "seats", "Linkspartei")]


def test_a_name_is_not_cut_by_the_look_back():
    found = read("The final results of the German general election held on Sunday showed that Friedrich Merz's "
                 "CDU/CSU alliance emerged as the winner with 28.5% of the vote.")
    assert [(f.text, f.subject) for f in found] == [("28.5%", "CDU/CSU")]


def test_places_and_names_the_articles_link_are_one_subject():
    from briefing_tui.compare.same_subject import one_subject, place_links

    links = place_links(["A skyscraper in Bangkok, Thailand, collapsed.", "The Left (Die Linke) also secured seats.",
                         "Die Union aus CDU und CSU ist stärkste Kraft.", "Aid came from Russia, India, China, Thailand."])
    assert one_subject("Bangkok", "Thailand", links) and one_subject("Linke", "Left", links)
    assert one_subject("Union", "CDU/CSU", links) and one_subject("Grünen", "Greens", links)
    assert not one_subject("Russia", "India", links) and not one_subject("Myanmar", "Bangkok", links)


def test_a_new_total_counts_what_the_sentence_before_counted():
    sources = [
        article("herald", "2025-03-29", "The confirmed death toll from the earthquake rose to more than 1,600. "
                                        "The new total of 1,644 is a sharp rise over the 1,002 total announced earlier."),
        article("courier", "2025-04-01", "The death toll from the earthquake has reached 2,719, the junta said."),
    ]
    claim = holding(compare(sources), "The new total of 1,644", "has reached 2,719")
    assert len(claim) == 1 and claim[0].measure == "dead"
    new_total = next(s for s in claim[0].statements if "new total" in s.text)
    assert [(f.text, f.measure) for f in new_total.figures if f.kind == "count"] == [("1,644", "dead"), ("1,002 total", "dead")]


def test_a_value_told_as_an_earlier_state_does_not_weigh_against_the_others():
    sources = [
        article("herald", "2025-07-23", "Imports from Japan already faced a 10% tariff. The deal cuts the tariff on "
                                        "imports from Japan to 15%."),
        article("courier", "2025-07-23", "The deal sets a 15% tariff on imports from Japan."),
        article("monitor", "2025-07-24", "The new 15% tariff on imports from Japan starts next week."),
    ]
    claims = [c for c in compare(sources) if c.measure == "tariff"]
    assert len(claims) == 1 and claims[0].verdict == "agree", [(c.topic, c.verdict) for c in claims]


def test_an_unscoped_count_does_not_join_a_city_named_by_one_source():
    sources = [
        article("herald", "2025-03-28", "In Bangkok, authorities confirmed 10 fatalities and 16 injuries."),
        article("courier", "2025-03-28", "At least 144 people were killed and 737 injured, the junta said."),
        article("monitor", "2025-03-29", "The number of injured increased to 3,408, the junta said."),
    ]
    claim = holding(compare(sources), "737 injured", "increased to 3,408")[0]
    assert claim.measure == "injured" and not any("Bangkok" in s.text for s in claim.statements)


def test_a_name_with_a_possessive_word_is_linked_whole_to_its_acronym():
    from briefing_tui.compare.same_subject import one_subject, place_links

    links = place_links(["The Taiwan People's Party (TPP) garnered eight seats.", "The New Power Party (NPP) won none."])
    assert links["tpp"] == frozenset({"taiwan people's party"})
    assert one_subject("TPP", "Taiwan People's Party", links) and one_subject("NPP", "New Power Party", links)
    assert not one_subject("TPP", "New Power Party", links)


def test_a_count_with_no_subject_read_takes_the_party_its_sentence_names_before_it():
    sources = [
        article("herald", "2024-01-14", "The Taiwan People's Party (TPP) garnered eight seats in the legislature."),
        article("courier", "2024-01-14", "The TPP won eight seats. Outside of the big three, the New Power Party, "
                                         "which went into the election with three seats, won none."),
        article("monitor", "2024-01-14", "The TPP took eight seats, while the New Power Party had three in the last "
                                         "legislature."),
    ]
    claims = compare(sources)
    tpp = holding(claims, "garnered eight seats", "The TPP won eight seats")
    assert len(tpp) == 1 and tpp[0].verdict == "agree"
    assert not any("went into the election" in s.text for s in tpp[0].statements)
    npp = holding(claims, "went into the election with three seats", "the New Power Party had three")
    assert [(c.measure, c.verdict) for c in npp if c.measure] == [("seats", "agree")]


def test_a_figure_with_no_subject_takes_the_one_name_written_right_before_it():
    from briefing_tui.compare.group_subjects import named_subject
    from briefing_tui.compare.measured_types import MeasuredStatement
    from briefing_tui.compare.rates import default_rate_table
    from briefing_tui.compare.units import build_units

    sources = [article("herald", "2024-01-13", "Analysts said the NPP [New Power Party] looks like it will lose its "
                                               "three current seats. Results showed that he secured about 40 % of "
                                               "the votes, while Mr Hou gained around 33 %. Lai was “still "
                                               "comfortably in the lead with 40.73% of the vote. Hou has 33.27%. "
                                               "The Greens will hold 85 seats in the next composition of the "
                                               "Bundestag while 64 seats will belong to The Left.")]
    units = build_units(sources, [], [], default_rate_table())

    def item(text):
        return next(MeasuredStatement(u, f) for u in units for f in u.figures if f.text == text)

    known = {"New Power Party", "TPP", "Hou", "Lai", "Mr Hou"}
    assert named_subject(item("three current seats"), known) == "New Power Party"
    assert named_subject(item("about 40 %"), known) is None  # (Hou is named after it, and takes his own figure)
    assert named_subject(item("40.73%"), known) == "Lai"
    assert named_subject(item("three current seats"), {"TPP"}) is None
    assert named_subject(item("64 seats"), {"Greens", "Bundestag"}) is None  # (a clause of its own: not the chamber's)


def test_names_listed_with_each_are_two_subjects_whatever_value_they_share():
    from briefing_tui.compare.measured_merge import listed_apart
    from tests.compare_helpers import filled_articles

    listed = "Reform UK, Plaid Cymru, and the Green Party each secured four seats."
    assert listed_apart("Reform", "Green Party", listed) and listed_apart("Plaid Cymru", "Reform UK", listed)
    assert not listed_apart("US", "Nippon Steel", "Nippon Steel and US Steel had signed an agreement.")  # (one act)
    sources = filled_articles("2024-07-05", "Reform has four MPs so far, the count showed.",
                              "Reform UK have 14.9% of the vote, translating to success in four seats. The Green Party "
                              "has 6.9% of the votes and one seat.",
                              "It is brighter news for the Greens, who secured four seats in parliament.", listed)
    reform = [c for c in holding(compare(sources), "Reform has four MPs") if c.measure]
    assert [(c.measure, c.verdict) for c in reform] == [("seats", "agree")]
    assert not any("one seat" in s.text for s in reform[0].statements)
