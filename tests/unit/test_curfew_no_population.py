"""Issue 11: a word of a market or a population near a count of people makes it the residents
(compare/people_measures.py), but not a word that opens a compound: "le couvre-feu" is a curfew, "a cover-up" no
covering, and the hundreds waiting at a station are no population to weigh against a country's. Invented
sentences; each test fails on the code before."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.people_measures import people_measures
from briefing_tui.model import Source
from tests.compare_helpers import filled_articles, holding


def _measures(text: str) -> list[tuple[str, str | None]]:
    source = Source(id="s", path="s.txt", raw=text, published="2026-04-02")
    return [(f.text, f.measure) for f in people_measures(figures_in_text(text, source, 0), text, 0) if f.kind == "count"]


def test_a_curfew_is_no_cue_of_a_population():
    text = ("Les habitants ont fait leurs courses quand l'armée a levé le couvre-feu, tandis que des centaines de "
            "personnes attendaient à la gare routière de Varno.")
    assert _measures(text) == [("des centaines de personnes", "people")]


def test_a_cover_up_is_no_covering():
    text = "Critics spoke of a cover-up after about 400 people gathered outside the ministry in Varno."
    assert _measures(text) == [("about 400 people", "attendance")]  # (those there, not a population)


def test_covering_still_makes_a_population():
    text = "The new rail pact, covering some 40 million people, was signed in Varno on Monday."
    assert _measures(text) == [("some 40 million people", "residents")]


def test_the_hundreds_at_a_station_do_not_disagree_with_a_countrys_population():
    claims = compare(filled_articles(
        "2026-04-02",
        "Les habitants ont fait leurs courses quand l'armée a levé le couvre-feu, tandis que des centaines de "
        "personnes attendaient à la gare routière de Varno.",
        "The mountain country of 12 million people was plunged into chaos this week after the vote in Varno."))
    assert not [c for c in holding(claims, "des centaines de personnes", "12 million people") if c.verdict == "disagree"]
