"""Issues 11 and 17: evidence that a line is the article's prose outweighs where it stands (clean.py, body_span.py).

A lead paragraph above an ad or a newsletter box, a list's short items under the line that introduces them, a
paragraph printed twice, a dateline paragraph above a lone photo credit, the article going on below a "Related"
box: each was dropped as header, menu item, caption or "after the article" by its position alone.
"""

from __future__ import annotations

from briefing_tui.ingest.parse import parse_text

HEADLINE = "Missile strike kills 12 in Kyiv"
LEAD = "KYIV, Ukraine (AP) — A missile strike on Monday killed 12 people in the city centre, officials said."
PARAS = [
    "Rescue teams worked through the night to reach people trapped under the rubble of a five-storey building, "
    "the emergency service said in a statement on Tuesday.",
    "More than 40 people were injured, including six children, and the regional governor declared a day of "
    "mourning across the region.",
    "The city has been struck repeatedly in recent weeks as the fighting along the front line intensified, "
    "according to local officials.",
]


def _page(*blocks: str) -> str:
    return "\n\n".join((HEADLINE, *blocks)) + "\n"


def test_lead_paragraph_above_a_newsletter_box_opens_the_body():
    src = parse_text(_page(LEAD, "Advertisement", "Sign up for our daily newsletter to get the news first",
                           "Enter your email", *PARAS), "t")
    assert src.body.startswith(LEAD)
    assert "Sign up" not in src.body


def test_dateline_lead_above_link_labels_opens_the_body():
    src = parse_text(_page(LEAD, "READ MORE: Missile strike kills 5 in Kharkiv", "Advertisement",
                           "Story continues below", *PARAS), "t")
    assert src.body.startswith(LEAD)
    assert "READ MORE" not in src.body


def test_dateline_lead_above_a_lone_photo_credit_is_no_caption():
    src = parse_text(_page(LEAD, "Getty Images", *PARAS), "t")
    assert src.body.startswith(LEAD)
    assert "Getty Images" not in src.body


def test_items_of_an_introduced_list_with_figures_are_kept():
    text = _page(LEAD, "The regional authority gave its latest figures:", "- 150 dead\n- 2,300 injured\n- 30,000 displaced",
                 *PARAS)
    src = parse_text(text, "t")
    assert src.body.startswith(LEAD)
    assert [p.text for p in src.paragraphs if p.kind == "bullet"] == ["150 dead", "2,300 injured", "30,000 displaced"]


def test_paragraph_of_reporting_printed_twice_keeps_one_copy():
    twice = ("The storm hit the coast on Monday, officials said. Thousands of homes lost power across the region. "
             "Schools were closed for two days.")
    src = parse_text(_page(twice, twice, *PARAS), "t")
    assert src.body.count("Thousands of homes lost power") == 1
    assert src.body.startswith(twice)


def test_article_going_on_below_a_related_box_of_links_is_kept():
    src = parse_text(_page(LEAD, PARAS[0], "Related", "Missile strike kills 5 in Kharkiv", *PARAS[1:]), "t")
    assert src.body.endswith(PARAS[-1])
    assert "Kharkiv" not in src.body


def test_teasers_below_a_related_label_stay_out():
    teasers = ["Missile strike kills 5 in Kharkiv", "Five people died when a missile hit a market in Kharkiv on Sunday.",
               "Drone attack hits power plant", "A drone struck a power plant in the east overnight, the operator said."]
    src = parse_text(_page(LEAD, *PARAS, "Related", *teasers), "t")
    assert src.body.endswith(PARAS[-1])


def test_paragraph_signed_off_with_inputs_from_agencies_is_no_caption():
    last = "The death toll rose to 120 on Monday, the state's disaster management authority said. (With inputs from agencies)"
    src = parse_text(_page(LEAD, *PARAS, last), "t")
    assert "The death toll rose to 120 on Monday" in src.body


def test_reporting_paragraph_signed_off_by_an_agency_is_no_caption():
    last = ("NEW DELHI: The death toll rose to 120 on Monday, officials said. The army was sent to the worst-hit "
            "districts. Schools will stay closed until Friday. (ANI)")
    src = parse_text(_page(LEAD, *PARAS, last), "t")
    assert "The death toll rose to 120 on Monday" in src.body


def test_one_sentence_caption_credited_to_an_agency_stays_out():
    caption = "A wildfire spreads through the forest in Andong, North Gyeongsang Province, on Wednesday. (Yonhap)"
    src = parse_text(_page(LEAD, caption, *PARAS), "t")
    assert "wildfire spreads" not in src.body


def test_list_with_a_figure_in_every_item_between_paragraphs_is_kept():
    src = parse_text(_page(LEAD, "- 150 people died\n- 2,300 were injured\n- 30,000 displaced", *PARAS), "t")
    assert src.body.startswith(LEAD)
    assert [p.text for p in src.paragraphs if p.kind == "bullet"] == ["150 people died", "2,300 were injured",
                                                                       "30,000 displaced"]


def test_short_label_introduces_a_list_of_figures():
    src = parse_text(_page(LEAD, "Key figures:", "- 150 dead\n- 2,300 injured", *PARAS), "t")
    assert [p.text for p in src.paragraphs if p.kind == "bullet"] == ["150 dead", "2,300 injured"]


def test_menu_between_headline_and_article_stays_out():
    src = parse_text(_page("- World\n- Business\n- Sport\n- Opinion", LEAD, *PARAS), "t")
    assert src.body.startswith(LEAD)



def test_quoting_caption_printed_twice_stays_out():
    caption = "“We lost everything,” said a resident standing in front of her burned house in Lahaina."
    src = parse_text(_page(LEAD, PARAS[0], caption, caption, *PARAS[1:]), "t")
    assert "We lost everything" not in src.body


def test_one_sentence_quoting_caption_credited_to_an_agency_stays_out():
    caption = "“We lost everything,” said a resident standing in front of her burned house in Lahaina. (Reuters)"
    src = parse_text(_page(LEAD, PARAS[0], caption, *PARAS[1:]), "t")
    assert "We lost everything" not in src.body


def test_caption_quoting_someone_with_its_own_credit_stays_out():
    caption = ("“Nobody wins with this decision,” the president said about the tariffs on Monday. "
               "(Jane Roe/Agency Photos)")
    src = parse_text(_page(LEAD, PARAS[0], caption, *PARAS[1:]), "t")
    assert "Nobody wins" not in src.body


def test_attributed_lead_above_a_title_case_subheading_is_no_standfirst():
    lead = "A missile strike on Monday killed 12 people in the centre of the Ukrainian capital, officials said."
    src = parse_text(_page(lead, "Rescue Operations", *PARAS), "t")
    assert src.body.startswith(lead)


def test_standfirst_above_a_byline_name_stays_out():
    standfirst = "A missile strike on Monday killed 12 people in the centre of the Ukrainian capital."
    src = parse_text(_page(standfirst, "Murray Hunter", *PARAS), "t")
    assert src.body.startswith(PARAS[0])


def test_lead_of_three_sentences_above_a_caption_is_no_standfirst():
    lead = ("Rescue teams reached people trapped under the rubble of a building. The emergency service said the "
            "search went on. Rescuers worked through the night.")
    caption = "Rescuers search the rubble of a building in Kyiv on Monday. (Photo: Reuters)"
    src = parse_text(_page(lead, caption, *PARAS), "t")
    assert src.body.startswith(lead)
    assert "Rescuers search" not in src.body


def test_last_paragraph_below_a_related_box_is_kept():
    # A "Related" box with one link, then the article's last paragraph (reporting), then only the page's chrome: the
    # paragraph is the article's, not a teaser's summary (which the next teaser would follow).
    last = "The government has pledged 50 million dollars in emergency aid, the finance minister told reporters."
    src = parse_text(_page(LEAD, *PARAS, "Related", "Missile strike kills 5 in Kharkiv", last) + "\nShare this article\n", "t")
    assert src.body.endswith(last)
    assert "Kharkiv" not in src.body


def test_one_teaser_with_its_summary_below_a_related_label_stays_out():
    summary = "Five people died when a missile hit a market in Kharkiv on Sunday."
    src = parse_text(_page(LEAD, *PARAS, "Related", "Missile strike kills 5 in Kharkiv", summary), "t")
    assert src.body.endswith(PARAS[-1])


def test_reporting_paragraph_above_a_lone_photo_credit_is_no_caption():
    # A picture with only its credit under the lead ("Photo: AFP"): the line above is the article's lead (words
    # attributed), not the picture's caption.
    lead = "The flash floods killed at least 47 people in the northern province on Monday, officials said."
    src = parse_text(_page(lead, "Photo: AFP", *PARAS), "t")
    assert src.body.startswith(lead)
    assert "Photo: AFP" not in src.body


def test_description_above_a_lone_photo_credit_is_still_a_caption():
    caption = "Rescuers search for survivors in the rubble of the building on Monday."
    src = parse_text(_page(LEAD, caption, "Photo: AFP", *PARAS), "t")
    assert caption not in src.body
