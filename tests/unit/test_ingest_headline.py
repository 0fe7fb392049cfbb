"""Issue 11: the page's headline is the outlet's own claim. It is kept as a located paragraph of kind "headline"
(offsets into the raw text, ahead of any standfirst, out of the body and its word count); its figures join the
judged claim that holds the same value (its own body's first), never outweigh the body's figure and never form a
claim of their own; its quote is no quote. Titles are found in the places pages hide them."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.compare import compare
from briefing_tui.compare.figures import figures_in_text
from briefing_tui.extract import analyse
from briefing_tui.ingest import parse_text

ROOT = Path(__file__).resolve().parents[2]

LEAD_A = ("The powerful earthquake killed 640 people in the mountain region overnight, the interior ministry said on "
          "Sunday, as rescuers searched for survivors.")
MORE_A = ("Rescue teams from three neighbouring countries arrived on Sunday morning and were working through the "
          "rubble of the collapsed homes.")
LEAD_B = ("The earthquake that struck the mountain region overnight killed 640 people, officials said on Sunday, as "
          "aid began to arrive.")
MORE_B = ("Hospitals in the provincial capital were overwhelmed and appealed for blood donations, the health "
          "ministry said in a statement.")
META = {"published": "2025-03-02"}


def _page(path: str):
    full = ROOT / "tests" / path
    return parse_text(full.read_text(encoding="utf-8"), full.stem, str(full))


def _headlines(src) -> list[str]:
    return [p.text for p in src.paragraphs if p.kind == "headline"]


def test_headline_is_a_located_paragraph_ahead_of_the_body_and_out_of_it():
    headline = "Quake kills over 600 in mountain region"
    src = parse_text(f"{headline}\n\nBy Jane Doe\n\n{LEAD_A}\n\n{MORE_A}\n", "a", meta=META)
    first = src.paragraphs[0]
    assert (first.kind, first.text) == ("headline", headline)
    assert src.raw[first.start:first.end] == headline and src.title == headline
    assert src.sentences[0].paragraph == 0 and src.sentences[0].text == headline
    assert not any(r.start <= first.start < r.end for r in src.removed)
    assert src.body.startswith("The powerful earthquake") and headline not in src.body
    assert src.words == len(LEAD_A.split()) + len(MORE_A.split())


def test_real_page_headline_comes_before_its_standfirst():
    # tests/gold (study set): Fox LA prints the headline, then a standfirst, then the AP article.
    src = _page("gold/events/myanmar_quake/05_foxla.txt")
    assert [p.kind for p in src.paragraphs[:3]] == ["headline", "standfirst", "text"]
    assert src.paragraphs[0].text == "Death toll well over 600 in Myanmar earthquake"


def test_headline_figure_joins_the_bodys_claim_and_the_source_is_weighed_by_its_body():
    # "over 600" rounds the body's 640 down: the headline's statement joins the claim, which reads 640 and agrees.
    a = parse_text(f"Quake kills over 600 in mountain region\n\nBy Jane Doe\n\n{LEAD_A}\n\n{MORE_A}\n", "a", meta=META)
    b = parse_text(f"Earthquake strikes mountain region\n\n{LEAD_B}\n\n{MORE_B}\n", "b", meta=META)
    toll = next(c for c in compare([a, b]) if c.measure == "dead")
    assert toll.topic == "Death toll: 640" and toll.verdict == "agree"
    held = [s for s in toll.statements if s.source == "a" and s.text == "Quake kills over 600 in mountain region"]
    assert len(held) == 1 and a.raw[held[0].start:held[0].end] == held[0].text


def test_headline_against_its_body_joins_no_claim_and_forms_none():
    # The headline's 52 is not the body's 48: a headline never speaks against its body, nor stands alone.
    lead = LEAD_A.replace("640", "48")
    a = parse_text(f"Quake kills 52 in mountain region\n\nBy Jane Doe\n\n{lead}\n\n{MORE_A}\n", "a", meta=META)
    b = parse_text(f"Earthquake strikes mountain region\n\n{LEAD_B.replace('640', '52')}\n\n{MORE_B}\n", "b",
                   meta=META)
    claims = compare([a, b])
    head = a.paragraphs[0]
    assert head.kind == "headline"
    assert not any(s.source == "a" and head.start <= s.start < head.end for c in claims for s in c.statements)


def test_a_headline_confirms_a_single_sources_figure():
    # tests/gold_new8 (study set): The Irish Times' headline gives the six villages that only Reuters' body gives.
    from bench.compare_gold import load_event

    gold = ROOT / "tests/gold_new8"
    loaded, claims = load_event(gold, "stories/png_landslide_2024")
    src = next(s for s in loaded.sources if s.id.startswith("01"))
    head = next(p for p in src.paragraphs if p.kind == "headline")
    claim = next(c for c in claims if any(s.source == src.id and s.start == head.start for s in c.statements))
    assert claim.verdict == "agree" and any("six villages" in s.text for s in claim.statements if s.source != src.id)


def test_a_headlines_quote_is_no_quote():
    headline = "‘Absolute human misery’ as landslide operation moves to recovery"
    lead = ("The landslide buried more than 2,000 people, officials said, and aid workers described the scene as "
            "“absolute human misery” as the search turned to recovery on Monday.")
    src = parse_text(f"{headline}\n\nBy Jane Doe\n\n{lead}\n\n{MORE_A}\n", "q", meta=META)
    assert _headlines(src) == [headline]
    quotes = analyse([src]).quotes
    assert any("absolute human misery" in q.text for q in quotes)  # (the body's quote)
    assert not any(q.start < len(headline) or any(o.start < len(headline) for o in q.also_in) for q in quotes)


@pytest.mark.parametrize("headline, measure", [
    ("Quake kills 52 in mountain region", "dead"),
    ("Floods kill over 200 in Spain", "dead"),
    ("Quake injures 300 in mountain region", "injured"),
    ("Libya floods displace more than 43,000 people", "displaced"),
    ("Landslide buries more than 2,000 people", "trapped"),
    ("Mars buys Kellanova for $36 billion", "sale"),
    ("Japan invests $20bn in Central Asia minerals", "investment"),
])
def test_headline_present_tense_reads_the_measure_the_bodys_past_tense_reads(headline, measure):
    src = parse_text(f"{headline}\n\n{LEAD_A}\n", "h")
    assert [f.measure for f in figures_in_text(headline, src, 0)] == [measure]


@pytest.mark.parametrize("path, title", [
    # a section label over the date line, then the headline (it was "U.S. News")
    ("gold/events/tesla_autopilot_verdict/10_upi.txt", "Tesla to pay $243M for deadly 2019 Florida Keys accident"),
    # a title glued to its outlet and date (none was found)
    ("gold/events/german_election_2025/03_zealnews.txt", "German election results in charts"),
    # a headline read as a photo caption over a bare credit line, under a section label (none was found)
    ("gold_new5/stories/google_wiz_deal_2025/06_juedische-allgemeine.txt",
     "Google zahlt 32 Milliarden Dollar für israelische Sicherheitsfirma Wiz"),
    # an ad slot's label printed around the headline (it was "No ads found for this position")
    ("gold_new20/stories/jeju_air_crash_2024/02_makalukhabar.txt", "South Korean plane crash: Death toll rises to 124"),
    # an agency byline and a photo link glued to the headline's end
    ("gold_new8/stories/png_landslide_2024/03_usawire-reuters.txt",
     "Papua New Guinea landslide buried more than 2,000 people, government says"),
    ("gold_new8/stories/uk_india_trade_deal_2025/01_mymotherlode-ap.txt",
     "UK and India leaders Starmer and Modi set to sign a major trade deal"),
    # the body's first line, short and unclosed, over prose (none was found)
    ("gold/pages/b_016_daily8_cbc.txt", "Manitoba to give update on wildfire situation at 12:45 p.m."),
])
def test_title_found_where_pages_hide_it(path, title):
    src = _page(path)
    assert src.title == title
    assert _headlines(src) == [title]


def test_topic_tags_are_no_title():
    # tests/gold_new7 (study set): LADbible's "Topics: Politics, ..." line was taken for the title.
    src = _page("gold_new7/stories/unite_the_kingdom_rally_2025/05_ladbible.txt")
    assert src.title is None and _headlines(src) == []


def test_first_line_headline_leaves_the_body_to_start_under_it():
    src = _page("gold/pages/b_016_daily8_cbc.txt")
    assert src.body.startswith("Manitoba's officials are giving an update on the wildfires burning")


def test_a_teaser_opening_on_a_dateline_is_no_headline():
    teaser = "LAGOS, Nigeria (AP) — Floods swept through the market town on Sunday as officials warned of more rain"
    lead = ("LAGOS, Nigeria (AP) — Floods swept through the market town on Sunday, killing at least nine people "
            "and leaving hundreds homeless, officials said.")
    src = parse_text(f"{teaser}\n\n{lead}\n\n{MORE_A}\n", "teaser")
    assert _headlines(src) == []


def test_a_picture_described_between_the_headline_and_the_byline_is_no_headline():
    # tests/gold_body k_018 (a real page): the headline, then "A drone photo shows the damages ..." (a caption with no
    # credit), then the byline: the headline and its figure are kept, the caption is not taken for the title.
    src = _page("gold_body/pages/k_018_jimbakkershow.txt")
    assert src.title == "Italy quake death toll hits 267, state funeral planned"
    assert [(p.kind, p.text) for p in src.paragraphs[:1]] == [
        ("headline", "Italy quake death toll hits 267, state funeral planned")]
    assert "A drone photo shows" not in "".join(p.text for p in src.paragraphs)
