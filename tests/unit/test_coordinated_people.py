"""Two counts of people joined by "and" share what befell them (issue 11: on tests/gold_new55, a study set, "la muerte
de al menos 28 israelíes y más de 600 iraníes" gave the second count plain "people", never weighed against the other
outlets' toll of that people). The fate before the first count is the second's, the predicate after the second the
first's; a count whose people are not named lends and takes nothing. The sentences are invented."""

from __future__ import annotations

from tests.compare_helpers import compared, one_holding, read


def _measures(text: str) -> list[tuple[str, str | None, str | None]]:
    from briefing_tui.compare.coordinated_people import coordinated_people

    return [(f.text, f.measure, f.subject) for f in coordinated_people(read(text), text, 0) if f.kind == "count"]


def test_a_fate_before_the_first_count_is_the_second_s():
    assert _measures("The shelling killed 14 Poles and more than 230 Hungarians over the weekend.") == [
        ("14 Poles", "dead", "Polish"), ("more than 230 Hungarians", "dead", "Hungarian")]
    assert _measures("El bombardeo causó la muerte de 14 polacos y más de 230 húngaros.") == [
        ("14 polacos", "dead", "Polish"), ("más de 230 húngaros", "dead", "Hungarian")]


def test_a_predicate_after_the_second_count_is_the_first_s():
    assert _measures("At least 14 Canadians and 230 Mexicans were injured in the stampede.") == [
        ("At least 14 Canadians", "injured", "Canadian"), ("230 Mexicans", "injured", "Mexican")]
    assert [m for _, m, _ in _measures("Au moins 14 Canadiens et 230 Mexicains ont été blessés dans la bousculade.")] \
        == ["injured", "injured"]


def test_people_not_named_lend_and_take_nothing():
    # (two parts of one toll: the second, of no named people, would read as the whole toll)
    assert _measures("The victims included 140 Chilean nationals and 12 people from other countries.")[1][1] != "dead"
    # (a fate noun of its own says nothing of the people joined to it)
    assert _measures("The flood left 28 dead and 600 Germans without power.")[1][1] != "dead"


def test_the_second_people_s_toll_in_two_languages_is_one_claim_that_disagrees():
    claims = compared("The shelling killed 14 Poles and 230 Hungarians, the ministry said on Friday.",
                      "Según el ministerio, murieron 310 húngaros en los bombardeos del fin de semana.")
    claim = one_holding(claims, "230 Hungarians", "310 húngaros")
    assert claim.verdict == "disagree"
