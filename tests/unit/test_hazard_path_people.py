"""People who live in a hazard's path are not a place's population (issue 11: on tests/gold_new58, a study set, the
UN's "more than two million people live in the storm's path" between two countries was weighed against an island's
320,000 residents, a false disagreement). The count takes the ``exposed`` kind of residents. The sentences are
invented."""

from __future__ import annotations

from tests.compare_helpers import compared, holding, read


def _measures(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text) if f.kind == "count"]


def test_people_in_a_storm_s_path_are_exposed_not_residents():
    assert _measures("Some 1.5 million people live in the typhoon's path between Laos and Vietnam, aid groups said.") \
        == [("Some 1.5 million people", "exposed residents")]
    assert _measures("About 800,000 people live in the path of the hurricane.") \
        == [("About 800,000 people", "exposed residents")]
    assert _measures("Quelque 900 000 personnes vivent sur la trajectoire de la tempête.")[0][1] == "exposed residents"
    assert _measures("Unas 700.000 personas viven en la trayectoria del huracán.")[0][1] == "exposed residents"


def test_a_place_s_residents_stay_residents():
    assert _measures("Samoa's 200,000 residents were told to stay indoors.") == [("200,000 residents", "residents")]
    assert _measures("Around 50,000 people live in the valley below the dam.")[0][1] == "residents"


def test_the_path_count_is_never_weighed_against_the_island_s_population():
    claims = compared("Guam's 170,000 residents were ordered to shelter as the typhoon approached.",
                      "More than two million people live in the typhoon's path between Guam and Luzon, the UN said.",
                      "The island has about 170,000 residents, officials said.")
    assert not [c for c in holding(claims, "two million") if c.verdict == "disagree"]
