"""Issue 11: a page's standfirst (the summary under its headline, above the byline and the article) is the
article's own words: it is kept as a paragraph of kind "standfirst" before the body, with its sentences, so that
claims, quotes and entities read it; the body (and the page gold) still starts with the article. A headline, a
second headline, a byline, a date line or a caption is never a standfirst."""

from __future__ import annotations

from pathlib import Path

import yaml

from briefing_tui.ingest import parse_text
from compare_gold import find_claim

ROOT = Path(__file__).resolve().parents[2]

LEAD = ("The regional bank agreed on Tuesday to buy its largest rival for $12 billion in cash, the biggest deal "
        "in its history, after an earlier offer was turned down last year over competition concerns.")
PARA = ("Shares of the buyer fell 3% after the announcement, while those of the target rose by more than a "
        "fifth in early trading on the exchange.")
HEADLINE = "Regional bank agrees to record merger with rival"


def _below_headline(src):
    """The paragraphs under the page's headline (which is a paragraph of its own kind, issue 11)."""
    return [p for p in src.paragraphs if p.kind != "headline"]


def _page(path: str):
    full = ROOT / "tests" / path
    return parse_text(full.read_text(encoding="utf-8"), full.stem, str(full))


def test_bulleted_standfirst_under_the_headline_is_kept_before_the_body():
    # tests/gold_new10 (study set): Arab News prints a one-sentence summary as a bullet under the headline.
    src = _page("gold_new10/stories/truong_my_lan_verdict_2024/03_arabnews.txt")
    first = _below_headline(src)[0]
    assert first.kind == "standfirst"
    assert first.text.startswith("Her niece, Truong Hue Van, the chief executive of Van Thinh Phat, was sentenced")
    assert src.raw[first.start:first.end] == first.text  # (offsets into the raw text, the bullet left out)
    sf = next(s for s in src.sentences if src.paragraphs[s.paragraph] is first)
    assert "17 years in prison" in sf.text
    assert not any(r.start <= first.start < r.end for r in src.removed)
    assert src.body.startswith("HANOI, Vietnam: A court in Vietnam")  # (the body, for the page gold, is unchanged)
    assert "Her niece" in src.standfirst and "Her niece" not in src.body


def test_standfirst_under_a_headline_and_above_a_byline_is_kept_the_headline_is_not():
    # tests/gold (study set): the AJC's standfirst sits between the headline and the AP byline.
    src = _page("gold/pages/c_001_ajc.txt")
    kinds = [p.kind for p in _below_headline(src)]
    assert kinds.count("standfirst") == 1 and kinds[0] == "standfirst"
    assert _below_headline(src)[0].text.startswith("The southeastern U.S. is grappling with rising death tolls")
    assert not any("Death toll rises from Helene" in p.text for p in _below_headline(src))


def test_a_second_headline_under_the_headline_is_no_standfirst():
    # tests/gold (study set): WPLG prints two headlines; "Tesla ordered to pay $200M+ in Autopilot lawsuit" is
    # headlinese (no full stop, a few words), not prose.
    src = _page("gold/events/tesla_autopilot_verdict/02_wplg.txt")
    assert all(p.kind != "standfirst" for p in src.paragraphs)
    assert _below_headline(src)[0].text.startswith("MIAMI")


def test_standfirst_statement_is_held_by_a_claim():
    # tests/gold_new10 (study set): the niece's 17 years, stated by 03 only in its standfirst, joins the claim
    # that holds the other sources' 17 years.
    from bench.compare_gold import load_event

    section = yaml.safe_load((ROOT / "tests/gold_new10/claims_events.yaml").read_text(encoding="utf-8"))
    event = section["truong_my_lan_verdict_2024"]
    loaded, claims = load_event(ROOT / "tests/gold_new10", event["corpus"])
    raws = {s.id: s.raw for s in loaded.sources}
    wanted = [{"source": "01", "text": "was sentenced to 17 years in prison for aiding her aunt"},
              {"source": "03", "text": "was sentenced to 17 years in prison for aiding her aunt"}]
    found = find_claim(claims, wanted, raws)
    assert found is not None and found.verdict == "agree"


def test_caption_byline_and_date_line_are_never_a_standfirst():
    caption = "Rescue workers search the rubble of the collapsed building on Friday. (Photo: Reuters)"
    text = (f"{HEADLINE}\n\n{caption}\n\nBy Jane Doe and John Roe\n\nPublished March 3, 2025\n\n"
            f"{LEAD}\n\n{PARA}\n")
    src = parse_text(text, "c")
    assert [p.kind for p in src.paragraphs] == ["headline", "text", "text"]
    assert src.body.startswith("The regional bank agreed")


def test_standfirst_above_a_byline_is_kept_and_the_headline_is_not():
    standfirst = "The deal, the largest in the country's banking history, still needs the approval of regulators."
    src = parse_text(f"{HEADLINE}\n\n{standfirst}\n\nBy Jane Doe\n\n{LEAD}\n\n{PARA}\n", "s")
    assert [(p.kind, p.text) for p in src.paragraphs[:3]] == [("headline", HEADLINE), ("standfirst", standfirst),
                                                               ("text", LEAD)]
    assert src.title == HEADLINE


def test_a_source_is_weighed_by_its_bodys_figure_not_its_standfirsts():
    # A standfirst restates the lead, rounded ("Some 700"): the source is weighed by the body's exact 640, which the
    # other source gives too, so the claim reads 640 (not "about 700 · 640"), with the standfirst's statement held.
    from briefing_tui.compare import compare

    standfirst = "Some 700 people were killed when a powerful earthquake struck the mountain region overnight."
    lead_a = ("The powerful earthquake killed 640 people in the mountain region overnight, the interior ministry said "
              "on Sunday, as rescuers searched for survivors.")
    more_a = ("Rescue teams from three neighbouring countries arrived on Sunday morning and were working through the "
              "rubble of the collapsed homes.")
    lead_b = ("The earthquake that struck the mountain region overnight killed 640 people, officials said on Sunday, "
              "as aid began to arrive.")
    more_b = ("Hospitals in the provincial capital were overwhelmed and appealed for blood donations, the health "
              "ministry said in a statement.")
    meta = {"published": "2025-03-02"}
    a = parse_text(f"Earthquake strikes mountain region overnight\n\n{standfirst}\n\nBy Jane Doe\n\n{lead_a}\n\n"
                   f"{more_a}\n", "a", meta=meta)
    b = parse_text(f"Quake kills hundreds\n\n{lead_b}\n\n{more_b}\n", "b", meta=meta)
    toll = next(c for c in compare([a, b]) if c.measure == "dead")
    assert toll.topic == "Death toll: 640" and toll.verdict == "agree"
    assert any(s.source == "a" and s.text == standfirst for s in toll.statements)


def test_short_closed_sentence_under_the_headline_is_a_standfirst():
    # "A standfirst states something": a sentence closed by a full stop does, however short.
    src = parse_text(f"{HEADLINE}\n\nTwelve branches will close.\n\n{LEAD}\n\n{PARA}\n", "short")
    assert [(p.kind, p.display) for p in _below_headline(src)] == [
        ("standfirst", "Twelve branches will close."), ("text", LEAD), ("text", PARA)]


def test_short_paragraphs_above_a_byline_are_a_standfirst_not_header():
    more = ("The merged bank would hold about a third of the region's deposits, and competition officials have "
            "said they will look closely at its share of lending to small firms.")
    src = parse_text(f"{HEADLINE}\n\n{LEAD}\n\nTwelve branches will close.\n\nBy Jane Roe\nMarch 4, 2025\n\n{PARA}\n\n"
                     f"{more}\n", "above-byline")
    assert [p.display for p in _below_headline(src) if p.kind == "standfirst"] == [LEAD, "Twelve branches will close."]


def test_short_label_under_the_headline_is_no_standfirst():
    src = parse_text(f"{HEADLINE}\n\nMarkets live coverage\n\n{LEAD}\n\n{PARA}\n", "label")
    assert [p.kind for p in _below_headline(src)] == ["text", "text"]


KEY_POINTS = ["• The buyer pays $12 billion in cash", "• Regulators must approve the deal by March",
              "• About 2,000 jobs could go in the merged bank"]


def test_key_points_under_a_lead_in_above_the_article_are_read_like_a_standfirst():
    src = parse_text(f"{HEADLINE}\n\nKey points:\n" + "\n".join(KEY_POINTS) + f"\n\n{LEAD}\n\n{PARA}\n", "points")
    assert [(p.kind, p.display) for p in _below_headline(src)] == [
        *[("standfirst", k[2:]) for k in KEY_POINTS], ("text", LEAD), ("text", PARA)]
    assert src.body == f"{LEAD}\n\n{PARA}"


def test_figure_items_above_the_article_are_key_points_without_a_lead_in():
    items = ["- 47 people dead, 12 missing", "- 30,000 displaced"]
    src = parse_text(f"{HEADLINE}\n\n" + "\n".join(items) + f"\n\n{LEAD}\n\n{PARA}\n", "figures")
    assert [p.display for p in _below_headline(src) if p.kind == "standfirst"] == [i[2:] for i in items]


def test_menu_above_the_article_is_no_key_points():
    menu = ["• World news", "• Business and markets", "• Sport"]
    src = parse_text(f"{HEADLINE}\n\n" + "\n".join(menu) + f"\n\n{LEAD}\n\n{PARA}\n", "menu")
    assert [p.kind for p in _below_headline(src)] == ["text", "text"]


def test_standfirst_between_the_sites_widgets_is_kept():
    # tests/gold (study set): the Straits Times prints "Sign up now: Get ST's newsletters" between the headline and
    # the standfirst, and "Follow topic:" between its photo credit and the article.
    src = _page("gold/pages/a_005_straitstimes.txt")
    first = _below_headline(src)[0]
    assert first.kind == "standfirst" and first.text.startswith("Prime Minister Lawrence Wong urged Singaporeans")
    assert src.body.startswith("SINGAPORE - Midway into the 2025 General Election hustings")


def test_standfirst_over_an_ad_slot_is_kept():
    # tests/gold_new20 (study set): "No ads found for this position" between the standfirst and the article.
    src = _page("gold_new20/stories/jeju_air_crash_2024/02_makalukhabar.txt")
    first = _below_headline(src)[0]
    assert first.kind == "standfirst"
    assert first.text == ("South Korea's Fire Department confirmed that some survivors have been rescued, and efforts "
                          "to help others continue.")
    assert src.body.startswith("KATHMANDU: A passenger jet carrying 181 people")


def test_standfirst_above_the_headline_printed_again_is_kept():
    # tests/gold (study set): Daily Maverick prints the headline, the standfirst, the headline again, a caption.
    src = _page("gold/pages/b_025_dailymaverick.txt")
    first = _below_headline(src)[0]
    assert first.kind == "standfirst" and first.text.startswith("Hugo Broos, the no-nonsense Bafana Bafana coach")
    assert src.body.startswith("Before Hugo Broos was a no-nonsense, straight-talking coach")


def test_a_long_closed_first_line_with_no_headline_above_is_a_standfirst():
    # tests/gold_new5 (study set): Forbes Australia's page text opens with its two-sentence standfirst (no headline),
    # then "Key Takeaways" and the article's bulleted points.
    src = _page("gold_new5/stories/australia_election_2025/04_forbes-au.txt")
    assert src.paragraphs[0].kind == "standfirst"
    assert src.paragraphs[0].text.startswith("Anthony Albanese has secured a second term as Prime Minister")
    assert src.body.startswith("Anthony Albanese has secured re-election")


def _kinds(src):
    return [(p.kind, p.text) for p in src.paragraphs if p.kind in ("headline", "standfirst")]


def test_a_counter_between_the_standfirst_and_the_article_leaves_the_standfirst_kept():
    # tests/gold_body k_020 (a real page): headline, standfirst, a comment counter "0" alone, then "PARIS: ...".
    src = _page("gold_body/pages/k_020_newsdiplomacy.txt")
    assert _kinds(src) == [
        ("headline", "Former French President Sentenced to Five Years in Prison"),
        ("standfirst", "Nicolas Sarkozy found guilty of involvement in an illegal campaign financing scheme linked "
                       "to late Libyan leader Muammar Gaddafi."),
    ]
    assert src.body.startswith("PARIS: Former French President Nicolas Sarkozy has been handed")


def test_an_unclosed_sentence_under_a_short_headline_is_its_standfirst_not_the_headline():
    # tests/gold_body k_019 (a real page): "46 feared killed ..." over "18 families buried alive when ..." (no full
    # stop): the first is the headline (its figure is the outlet's claim), the second its standfirst.
    src = _page("gold_body/pages/k_019_indibuzzonline.txt")
    assert src.title == "46 feared killed in massive landslide near Nilambur"
    assert _kinds(src) == [
        ("headline", "46 feared killed in massive landslide near Nilambur"),
        ("standfirst", "18 families buried alive when their houses cave in under a hillock at Kavalappara in "
                       "Malappuram district"),
    ]


def test_a_dateline_place_alone_between_the_standfirst_and_the_article_leaves_both_lines_kept():
    # tests/gold (study set): Anadolu prints the headline, an unclosed summary, then "ISTANBUL" alone on its line.
    src = _page("gold/events/myanmar_quake/08_aa.txt")
    assert _kinds(src) == [
        ("headline", "Death toll from Myanmar earthquake surpasses 2,700"),
        ("standfirst", "More than 4,521 injured, over 440 missing, says junta chief Min Aung Hlaing"),
    ]


def test_a_second_headline_over_a_standfirst_still_displaces_a_kicker():
    # A kicker over the headline, then a standfirst: the headline, longer than the kicker and held as its would-be
    # standfirst, is the headline once prose follows it.
    raw = ("Breaking: storm nears the coast\n\n"
           "Death toll rises from the storm while supplies are rushed to the flooded towns of the coast\n\n"
           "The region is grappling with rising death tolls and a lack of vital supplies in isolated, flood-stricken "
           "areas in the aftermath of the storm\n\n"
           "By Jane Roe\n\n" + LEAD + "\n\n" + PARA + "\n")
    src = parse_text(raw, "kicker")
    assert src.title == "Death toll rises from the storm while supplies are rushed to the flooded towns of the coast"


def test_summary_between_the_byline_and_the_date_line_is_kept_as_standfirst():
    # Headline, byline, a one-sentence summary, then the date line and the article: the summary is the page's
    # standfirst (the headline stands above the byline), not the headline itself.
    summary = "The flash floods killed at least 47 people in the northern province on Monday, officials said."
    src = parse_text("\n\n".join([HEADLINE, "By Jane Roe", summary, "Published March 3, 2025", LEAD, PARA]) + "\n", "t")
    assert src.standfirst == summary
    assert src.body.startswith(LEAD)


def test_summary_of_three_closed_sentences_under_the_headline_is_kept_as_standfirst():
    # Three short sentences, each on its own line, between the headline and the byline: the page's summary in
    # points (no bullets), kept whole as its standfirst rather than dropped as header.
    points = ["The flash floods killed at least 47 people in the northern province on Monday, officials said.",
              "Rescuers were searching for 30 people still missing after the river burst its banks overnight.",
              "Schools will stay closed until Friday."]
    src = parse_text("\n\n".join([HEADLINE, *points, "By Jane Roe", "March 3, 2025", LEAD, PARA]) + "\n", "t")
    assert [p.text for p in src.paragraphs if p.kind == "standfirst"] == points
    assert src.body.startswith(LEAD)
