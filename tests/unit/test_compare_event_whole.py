"""Issue 11: an event's whole casualty counts (compare/event_whole.py), on constructed sentences: a toll
spread across several administrative areas is the whole region's, and a toll whose part the same article
gives "in X alone" is the larger place's, never X's."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.event_whole import spread_over_areas
from briefing_tui.compare.scopes_of_place import NATIONWIDE
from tests.compare_helpers import article, holding, read


def _one(text: str, needle: str):
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1
    return found[0]


def test_a_toll_spread_across_several_provinces_has_no_counted_places_for_subject():
    f = _one("By Sunday evening, 57 people had died across four provinces, officials said.", "57 people")
    assert f.measure == "dead"
    assert f.subject is None


def test_counted_sites_still_scope_a_count():
    # (sites are no administrative areas: the count is theirs)
    f = _one("Rescuers said 40 workers were missing across two mine shafts.", "40 workers")
    assert f.subject == "two mine shafts"


def test_spread_over_areas_reads_administrative_plurals_only():
    assert spread_over_areas(" people died across six counties")
    assert spread_over_areas(" were injured throughout the three districts")
    assert not spread_over_areas(" were injured across three construction sites")
    assert not spread_over_areas(" died in six counties")


def test_a_toll_with_a_part_given_alone_joins_the_larger_place_not_the_part():
    sources = [
        article("alpha", "2026-03-02", "Torrential rain flooded Dorrit County, Oregon, and its neighbours on "
                "Saturday. The floods killed at least 45 people in Oregon. At least 30 people died in Dorrit County."),
        article("beta", "2026-03-03", "The storm killed at least 52 people in Oregon. Rescuers said 38 people "
                "died in Dorrit County."),
        article("gamma", "2026-03-04", "As of Tuesday, 60 people died across nine counties. Forty died in Dorrit "
                "County alone."),
    ]
    claims = compare(sources)
    whole = holding(claims, "60 people died", "at least 52 people in Oregon", "at least 45 people in Oregon")
    assert len(whole) == 1
    assert not holding(claims, "60 people died", "38 people")
    part = holding(claims, "Forty died in Dorrit", "38 people", "At least 30 people")
    assert len(part) == 1 and part[0].verdict == "disagree"


def test_a_count_rescued_or_evacuated_is_weighed_with_the_evacuated():
    f = _one("Firefighters said roughly 400 people had been rescued or evacuated by Monday.", "400 people")
    assert f.measure == "displaced"
    assert _one("Crews said 120 people were evacuated and rescued overnight.", "120 people").measure == "displaced"
    assert _one("Coast guard crews said 35 people were rescued from rooftops.", "35 people").measure == "rescued"


def test_a_rescued_or_evacuated_count_and_an_evacuated_count_are_one_claim():
    sources = [
        article("alpha", "2026-05-02", "By Friday night, 300 people had been evacuated from the valley, officials said."),
        article("beta", "2026-05-04", "Officials said about 900 people had been rescued or evacuated from the valley."),
    ]
    claims = holding(compare(sources), "300 people", "about 900 people")
    assert len(claims) == 1 and claims[0].verdict == "disagree"


def test_a_bare_count_with_its_whole_in_an_aside_takes_the_predicate_after_it():
    f = _one("About 12, out of the nearly 300 campers, staying at Pine Ridge Lodge were among those who were "
             "still missing on Sunday.", "About 12")
    assert (f.measure, f.subject) == ("missing", "Pine Ridge Lodge")
    g = _one("Nine, of the 40 climbers, were killed in the avalanche, guides said.", "Nine")
    assert g.measure == "dead"


def test_counts_of_one_camp_missing_are_one_claim_with_the_bare_count():
    sources = [
        article("alpha", "2026-06-01", "About 12, out of the nearly 300 campers, staying at Pine Ridge Lodge were "
                "among those who were still missing on Sunday, the sheriff said."),
        article("beta", "2026-06-03", "Seven Pine Ridge Lodge campers were still missing on Tuesday."),
    ]
    claims = holding(compare(sources), "About 12", "Seven Pine Ridge Lodge campers")
    assert len(claims) == 1 and claims[0].verdict == "disagree"


def test_a_place_an_incident_of_any_kind_is_placed_at_is_no_subject_of_its_toll():
    # ("the Ferro wildfires in Cantabria": which event, not a part of it; likewise hurricanes, landslides)
    assert _one("The death toll from the Ferro wildfires in Cantabria reached 41 on Sunday.", "41").subject is None
    assert _one("The death toll from the landslide in Oranje rose to 18 on Monday.", "18").subject is None


def test_a_count_scoped_to_the_whole_country_is_kept_apart_from_a_regions_toll():
    assert _one("By Friday, 212 people had died nationwide, officials said.", "212 people").subject == NATIONWIDE
    assert _one("La cifra de fallecidos en todo el país llegó a 97 personas.", "97 personas").subject == NATIONWIDE
    # (another clause's scope is not this count's)
    assert _one("The storm killed 14 people in Galway, while across the country power was cut.", "14 people").subject \
        != NATIONWIDE
    sources = [
        article("alpha", "2026-04-02", "The floods killed 80 people in Murcia, the regional government said."),
        article("beta", "2026-04-03", "At least 86 people have died in Murcia, officials said. Across the country, "
                "120 people died in the floods."),
        article("gamma", "2026-04-04", "The floods have killed 131 people nationwide."),
    ]
    claims = compare(sources)
    assert not holding(claims, "80 people in Murcia", "120 people")
    country = holding(claims, "120 people", "131 people")
    assert len(country) == 1 and country[0].verdict == "disagree"


def test_one_place_written_two_ways_outweighs_a_region_named_as_often():
    # ("Norland" and "Norland Province" are one place: the unscoped tolls are its, not the small region's)
    sources = [
        article("alpha", "2026-07-01", "The floods killed 40 people in Norland. Two people died in Estvia."),
        article("beta", "2026-07-02", "At least 52 people have died in Norland Province, officials said."),
        article("gamma", "2026-07-03", "Officials said 55 people had died as rescuers reached Norland villages. "
                "Two people were killed in Estvia."),
        article("delta", "2026-07-04", "The death toll reached 61 as rescuers searched Norland villages."),
    ]
    claims = compare(sources)
    whole = holding(claims, "toll reached 61", "40 people in Norland")
    assert len(whole) == 1
    assert not any("Estvia" in s.text for s in whole[0].statements)
