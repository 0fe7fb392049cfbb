"""Which place a count is of (issue 11): parts of a whole listed by place, a relative clause of place, words for the
whole country, a part that is never the main subject and a bare toll its parts add up to; each rule on constructed
sentences written the way news is."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.same_subject import same_subject
from briefing_tui.compare.scopes_of_place import part_subjects
from briefing_tui.model import Figure
from tests.compare_helpers import article, holding, read


def figures(text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, measure, subject) of each count of ``text``."""
    return [(f.text, f.measure, f.subject) for f in read(text) if f.kind == "count"]


def test_a_count_of_things_takes_the_place_right_after_it_and_not_the_place_of_the_count_before():
    assert figures("Inside the burn zone, five homes in Marbleton and 12 barns in Tollerby were destroyed.") == [
        ("five homes", "homes", "Marbleton"), ("12 barns", "barn", "Tollerby")]
    assert figures("The storm damaged 40 houses in Dunmore and 15 schools in Alcott.") == [
        ("40 houses", "homes", "Dunmore"), ("15 schools", "school", "Alcott")]
    # in other languages too
    assert figures("El número de fallecidos asciende a 87 personas en la Región de Murcia.") == [
        ("87 personas", "dead", "Región Murcia")]
    # (the verb of death put before the count says what befell them: compare/inverted_predicates.py)
    assert figures("Murieron 40 personas en la provincia de Alberca.") == [("40 personas", "dead", "Alberca")]
    # a chamber is no place: the seats are the party's
    assert figures("The Greens will hold 85 seats in the Bundestag.") == [("85 seats", "seats", "Greens")]
    assert figures("There are 598 seats in the Costa Verde parliament.") == [("598 seats", "seats", None)]


def test_words_for_the_whole_country_scope_a_toll_to_it():
    assert figures("La cifra de fallecidos en todo el país alcanza los 130.") == [("130", "dead", "overall")]
    assert figures("A nivel nacional, son 130 los muertos.") == [("130", "dead", "overall")]
    assert figures("Nationwide, 45 people have died in the floods.") == [("45 people", "dead", "overall")]
    assert figures("Die Zahl der Toten stieg landesweit auf 63.") == [("63", "dead", "overall")]
    # "in the country's history" is no scope
    assert figures("It is the deadliest storm in the country's history, killing 30 people.") == [
        ("30 people", "dead", None)]


def test_a_relative_clause_of_place_gives_its_counts_the_place_before_where():
    assert figures("The storm mostly hit the Costa Verde, where 41 deaths were confirmed.") == [
        ("41 deaths", "dead", "Costa Verde")]
    assert figures("Die Flut traf vor allem die Provinz Alberca, wo 41 Todesfälle bestätigt wurden.") == [
        ("41 Todesfälle", "dead", "Provinz Alberca")]


def test_a_regions_name_in_another_language_is_the_same_subject():
    assert same_subject("Comunitat Valenciana", "Valencian Community")
    assert same_subject("Comunidad Valenciana", "Valencian Community")
    assert same_subject("Provincia de Alberca", "Alberca Province")
    assert not same_subject("Comunidad de Madrid", "Valencian Community")


def _count(low: float, subject: str | None) -> Figure:
    return Figure(kind="count", text=f"{low:g}", source="s", start=0, end=1, low=low, high=low, measure="dead",
                  subject=subject)


def test_a_subject_whose_counts_are_far_below_the_measures_usual_value_is_a_part():
    found = [_count(2, "Lowland"), _count(3, "Lowland"), _count(210, "Costa Verde"), _count(190, None),
             _count(205, "Costa Verde"), _count(180, None)]
    assert part_subjects(found) == frozenset({"lowland"})
    assert part_subjects([_count(40, "Alberca"), _count(45, None), _count(50, "Lowland")]) == frozenset()


def test_a_region_named_by_many_sources_for_a_few_dead_is_not_the_main_toll():
    # most sources name the small region ("two in Lowland"); the bare tolls are still the big region's
    sources = [
        article("A", "2030-03-02", "Officials in the Costa Verde said 118 people died in the floods. "
                                   "Two more deaths were recorded in Lowland."),
        article("B", "2030-03-02", "The floods killed 131 people, officials said. Two people also died in Lowland."),
        article("C", "2030-03-03", "The toll rose to 140, officials said. Three people died in Lowland."),
    ]
    claims = holding(compare(sources), "118 people died", "killed 131 people", "rose to 140")
    assert len(claims) == 1 and claims[0].verdict == "disagree"
    assert not any("Lowland" in s.text for s in claims[0].statements)


def test_a_bare_toll_that_the_counts_of_places_beside_it_add_up_to_is_the_whole():
    sources = [
        article("A", "2030-03-02", "The government confirmed that 151 people lost their lives. "
                                   "There were 140 victims in the Costa Verde and nine fatalities in Alberca."),
        article("B", "2030-03-02", "The toll in the Costa Verde rose to 140 on Friday."),
        article("C", "2030-03-02", "Across the whole country, 151 people have died."),
    ]
    claims = compare(sources)
    whole = holding(claims, "151 people lost their lives", "151 people have died")
    assert len(whole) == 1 and whole[0].verdict == "agree"
    assert not any("rose to 140" in s.text for s in whole[0].statements)


def test_a_fires_containment_is_the_fires_share_whatever_aside_names_it():
    shares = lambda text: [(f.text, f.measure, f.subject) for f in read(text) if f.kind == "percent"]  # noqa: E731
    assert shares("The Ridgeway Fire, which started on Monday, is 45 percent contained.") == [
        ("45 percent", "containment", "Ridgeway Fire")]
    assert shares("A second blaze, known as Ashgrove, is 30% contained.") == [("30%", "containment", "Ashgrove")]
    # an aside on a fronted place leaves the place scoping the sentence
    assert figures("In Veloria, which was also hit, officials reported that 12 people were confirmed dead.") == [
        ("12 people", "dead", "Veloria")]


def test_a_fires_containment_from_several_sources_is_one_claim_per_fire():
    sources = [
        article("A", "2030-08-12", "The Ridgeway Fire is 70% contained. The Ashgrove Fire, which began later, is 40% contained."),
        article("B", "2030-08-12", "Firefighters said the Ridgeway Fire was 75 percent contained."),
        article("C", "2030-08-12", "A second fire, known as Ashgrove, is 40 percent contained."),
    ]
    claims = compare(sources)
    ridgeway = holding(claims, "Ridgeway Fire is 70%", "75 percent contained")
    assert len(ridgeway) == 1 and ridgeway[0].verdict == "disagree"
    ashgrove = holding(claims, "is 40% contained", "40 percent contained")
    assert len(ashgrove) == 1 and ashgrove[0].verdict == "agree"
