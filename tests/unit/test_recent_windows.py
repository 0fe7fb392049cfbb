"""The dead or injured of a short recent window ("in the past 24 hours") are a kind of their own, "recent dead" and
"recent injured", never weighed against the toll since the start (compare/recent_windows.py; issue 11: a war's "104
deaths" of the last day sat in one claim with another outlet's 606 since the start). The sentences are invented."""

from __future__ import annotations

from briefing_tui.compare.measure_kinds import measures_differ
from tests.compare_helpers import compared, holding, read


def _measures(text: str) -> list[str | None]:
    return [f.measure for f in read(text) if f.kind == "count"]


def test_counts_of_the_last_day_in_several_languages():
    assert _measures("The ministry said 41 people were killed in the past 24 hours across the province.") \
        == ["recent dead"]
    assert _measures("Officials called the last 24 hours the worst of the floods, with 41 deaths and 230 injuries.") \
        == ["recent dead", "recent injured"]
    assert _measures("Segundo o governo, nas últimas 24 horas morreram 41 pessoas e 230 ficaram feridas.") \
        == ["recent dead", "recent injured"]
    assert _measures("Selon le ministère, 41 personnes ont été tuées au cours des dernières 24 heures.") \
        == ["recent dead"]


def test_a_running_toll_or_the_whole_period_stays_the_toll():
    assert _measures("In the past 24 hours the death toll rose to 410, officials said.") == ["dead"]
    assert _measures("The floods have killed 410 people over the past nine days.") == ["dead"]
    assert _measures("At least 410 people have been killed, 41 of them in the previous 24 hours.") == ["dead", "recent dead"]
    assert measures_differ("recent dead", "dead") and measures_differ("recent injured", "injured")


def test_the_last_day_is_no_disagreement_with_the_toll():
    claims = compared("The storm has killed 410 people since it made landfall on Monday, the agency said.",
                      "The agency said 41 people were killed in the past 24 hours as the storm moved inland.")
    joined = holding(claims, "410 people", "41 people")
    assert not joined or all(c.verdict != "disagree" for c in joined)
