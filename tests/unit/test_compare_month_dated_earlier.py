"""Issue 11: an article dated to the month or the year only ("2025-02", as pages that give no day are dated) still
sets a figure of a long-past year apart as an earlier event's ("In 2021, turnout was 76.4%" is not this election's
turnout) (compare/earlier.py). Invented sentences; fails on the code before this rule."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding


def _claims(published: str, *bodies: str):
    sources = [article(f"o{k}", None, body) for k, body in enumerate(bodies, 1)]
    for source in sources:
        source.published = published  # (a page dated to the month: no day to parse)
    return compare(sources)


def test_a_long_past_year_is_an_earlier_event_under_a_month_date():
    claims = _claims("2025-02",
                     "Turnout reached 82.5%, the highest since 1990.",
                     "Turnout reached 84%. In 2021, turnout was 76.6%.",
                     "L’affluenza ha raggiunto l’82,5%. Nel 2021 l’affluenza era stata del 71,4%.")
    now = holding(claims, "Turnout reached 82.5%", "Turnout reached 84%")
    assert now and "76" not in now[0].topic and "71" not in now[0].topic
    before = holding(claims, "turnout was 76.6%", "era stata del 71,4%")
    assert before and before[0].verdict == "disagree" and "earlier" in before[0].topic
    # (and so under a year alone)
    claims = _claims("2025", "Turnout reached 82.5%.", "Turnout reached 84%. In 2021, turnout was 76.6%.")
    assert "76" not in holding(claims, "Turnout reached 82.5%", "Turnout reached 84%")[0].topic
