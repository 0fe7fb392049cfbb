"""Issue 11: a claim's title names a place in English and puts a people's adjective before the measure. Found on a
real train-collision event reported in six languages: "Grèce's death toll", "Mecque's temperature", "Greek's
survivors" (invented sentences; fails on the code before)."""

from __future__ import annotations

from briefing_tui.compare.titles import label
from tests.compare_helpers import FILLER, compared, one_holding


def test_a_place_named_in_another_language_is_titled_in_english():
    claims = compared(
        "La Grèce a enregistré 57 morts dans la collision ferroviaire, selon les autorités. Le ministre a démissionné.",
        "La Grèce compte 57 morts dans l'accident de train, ont indiqué les pompiers. La gare était fermée.")
    assert one_holding(claims, "57 morts dans la collision").topic == "Greece's death toll: 57"


def test_a_peoples_adjective_goes_before_the_measure():
    claims = compared("Greek rescuers pulled 12 survivors from the wreck on Wednesday. " + FILLER[0],
                      "Greek rescuers found 12 survivors in the carriages. " + FILLER[1])
    assert one_holding(claims, "12 survivors from the wreck").topic == "Greek survivors: 12"


def test_a_name_after_its_article_in_another_language_and_names_kept_as_written():
    assert label("temperature", "Mecque") == "Mecca's temperature"
    assert label("dead", "Dacca") == "Dhaka's death toll"
    assert label("dead", "Korea") == "Korea's death toll"  # (a country's own name is no people's adjective)
    assert label("votes", "Reeves") == "Reeves' votes"
