"""The body keeps its lead and its last lines: a block the page prints twice after the lead, a sentence
broken over a paragraph break, a closing list of real content (each rule on a small page of its own)."""

from __future__ import annotations

from briefing_tui.ingest import parse_text
from briefing_tui.model import OUTSIDE_BODY

HEADLINE = "Regional bank agrees to record merger with rival"
LEAD = ("The regional bank agreed on Tuesday to buy its largest rival for $12 billion in cash, the biggest deal "
        "in its history, after an earlier offer was turned down last year over competition concerns.")
SUB = "Why now?"
PARA1 = ("Rising interest rates and a slowdown in lending pushed both boards to look for savings, according to "
         "people familiar with the talks who asked not to be named.")
PARA2 = ("Shares of the buyer fell 3% after the announcement, while those of the target rose by more than a "
         "fifth in early trading on the exchange.")


def test_block_printed_twice_after_the_lead_keeps_the_lead_and_one_copy():
    block = f"{SUB}\n{PARA1}\n{PARA2}\n"
    src = parse_text(f"{HEADLINE}\n{LEAD}\n{block}{block}", "twice")
    assert src.title == HEADLINE
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY] == [LEAD, SUB, PARA1, PARA2]
    assert "block printed twice" in {r.reason for r in src.removed}


def test_summary_that_repeats_the_start_of_the_article_is_still_a_summary():
    # A key-points box repeats the article's first lines, then the article goes on: the box is dropped.
    para3 = ("Regulators are expected to take at least a year to review the deal, which would create the "
             "country's third-largest lender by deposits.")
    src = parse_text(f"{HEADLINE}\n- {PARA1}\n{PARA1}\n{PARA2}\n{para3}\n", "summary")
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY] == [PARA1, PARA2, para3]


def test_sentence_broken_after_its_dateline_is_one_paragraph():
    first = "NAIROBI, Kenya — Heavy rains that have lashed the western highlands for a week"
    second = ("have killed at least 41 people and displaced 12,000 more, the interior ministry said on Monday.")
    rest = ("Rescue teams were searching for 17 people missing after a landslide buried homes near the town, "
            "officials said, as more rain was forecast.")
    src = parse_text(f" date 2025-05-05 {first}\n\n{second.capitalize()}\n\n{rest}\n", "broken")
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY] == [f"{first} {second.capitalize()}", rest]
    assert src.title is None
    assert src.sentences[0].text.startswith("NAIROBI, Kenya — Heavy rains")


def test_sentence_broken_before_a_lower_case_word_is_joined():
    first = "The ministers of the five countries that share the river basin"
    second = "agreed on Friday to release more water from the dams during the dry season, officials said."
    rest = ("The deal follows two years of talks and a drought that left millions of farmers short of water, "
            "according to the United Nations.")
    src = parse_text(f"River deal reached\n\n{first}\n\n{second}\n\n{rest}\n", "lower")
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY] == [f"{first} {second}", rest]


def test_a_new_dateline_after_an_unfinished_teaser_is_not_joined_to_it():
    teaser = "LAGOS, Nigeria (AP) — Floods swept through the market town on Sunday as officials warned of more rain"
    lead = ("LAGOS, Nigeria (AP) — Floods swept through the market town on Sunday, killing at least nine people "
            "and leaving hundreds homeless, officials said.")
    rest = ("Emergency workers used boats to reach families trapped on rooftops, and the state government opened "
            "two schools as shelters for those who had lost their homes.")
    src = parse_text(f"{teaser}\n\n{lead}\n\n{rest}\n", "teaser")
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY] == [lead, rest]


BODY = ("The coalition parties agreed on Friday to loosen the debt rules for defence and to set up a fund for "
        "roads, railways and schools, the party leaders told reporters in the capital.")
BODY2 = ("The plan needs a two-thirds majority in both chambers of parliament, which the parties expect to reach "
         "with the support of the Greens next week.")


def test_closing_list_after_its_lead_in_is_kept_with_its_cut_off_item():
    items = ["- Defence spending above 1% of output exempt from the borrowing limit",
             "- A fund of 500 billion euros for investment over 12 years, including 100 billion for the climate"]
    text = f"{HEADLINE}\n{BODY}\n{BODY2}\nThe agreement includes:\n" + "\n".join(items) + "\n- Permission for the regions"
    src = parse_text(text, "list")
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY][2:] == ["The agreement includes:", items[0][2:], items[1][2:],
                                                      "Permission for the regions"]
    assert [p.kind for p in src.paragraphs if p.kind not in OUTSIDE_BODY][3:] == ["bullet", "bullet", "bullet"]
    assert src.truncated is True


def test_closing_list_of_whole_sentences_is_kept_without_a_lead_in():
    items = ["• Schools in the region will stay closed until Wednesday.",
             "• Residents were told to avoid travel on the coastal roads."]
    src = parse_text(f"{HEADLINE}\n{BODY}\n{BODY2}\n" + "\n".join(items) + "\n", "sentences")
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY][-2:] == [items[0][2:], items[1][2:]]


def test_list_of_headlines_after_the_article_stays_out():
    items = ["• Storm Leaves Thousands Without Power Across The North",
             "• Ministers Clash Over Budget Ahead Of Key Vote",
             "• Record Heat Expected As Summer Begins"]
    src = parse_text(f"{HEADLINE}\n{BODY}\n{BODY2}\n" + "\n".join(items) + "\n", "teasers")
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY] == [BODY, BODY2]


def test_lead_with_a_dated_credited_caption_glued_to_its_end_keeps_the_lead():
    lead = ("The listing of the carmaker's Indian unit was fully subscribed on the third day of bidding on Thursday, "
            "according to exchange data. It is the country's largest share sale so far.")
    caption = "Signage at a dealership in New Delhi, India, on Wednesday, Oct. 16, 2024.(Jane Roe/Bloomberg)"
    src = parse_text(f"{lead} {caption}\n\n{PARA1}\n\n{PARA2}\n", "glued")
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY] == [lead, PARA1, PARA2]
    assert ("photo caption", caption) in {(r.reason, src.raw[r.start:r.end]) for r in src.removed}


def test_caption_of_two_short_sentences_with_its_credit_stays_one_caption():
    caption = ("Republican Sens. Jane Roe and John Doe speak to reporters after the vote on Tuesday, July 1, 2025. "
               "(Photo by Ann Lee/States Newsroom)")
    src = parse_text(f"{HEADLINE}\n\n{caption}\n\n{LEAD}\n\n{PARA1}\n", "caption")
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY] == [LEAD, PARA1]


def test_closing_legend_under_a_label_is_kept_as_text():
    legend = ["Code green = no warnings", "Code yellow = be alert", "Code amber = be prepared", "Code red = take action"]
    src = parse_text(f"{HEADLINE}\n\n{BODY}\n\n{BODY2}\n\nWarning codes\n\n" + "\n\n".join(legend) + "\n", "legend")
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY][2:] == ["Warning codes", *legend]
    assert [p.kind for p in src.paragraphs if p.kind not in OUTSIDE_BODY][3:] == ["text"] * 4
    assert [s.text for s in src.sentences][-4:] == legend


def test_contact_block_after_the_article_is_no_legend():
    contact = ["Phone: 555 0100", "Email: press@example.org", "Address: 1 Main Street, Springfield"]
    src = parse_text(f"{HEADLINE}\n\n{BODY}\n\n{BODY2}\n\nMedia contact\n\n" + "\n\n".join(contact) + "\n", "contact")
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY] == [BODY, BODY2]


FACTS = ["— Top winds: 140 mph, strong enough to tear roofs off houses along the coast.",
         "— Rescued: 36 people pulled from flooded homes by the coast guard overnight."]


def test_labelled_fact_list_keeps_its_item_cut_off_by_the_page_end():
    # "— Staying safe: nearl": a menu item by its shape, but the body's own "— Label: fact" list going on.
    text = f"{HEADLINE}\n{BODY}\n{BODY2}\n" + "\n".join(FACTS) + "\n— Power cuts: abou"
    src = parse_text(text, "facts")
    body = [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY]
    assert body[-3:] == [FACTS[0][2:], FACTS[1][2:], "Power cuts: abou"]
    assert src.truncated is True


def test_bullet_list_resumed_after_a_paragraph_keeps_its_cut_off_item():
    items = ["* A 40-year-old man died when a tree fell on his car near the harbour, police said.",
             "* Two people drowned on Thursday after their boat capsized in the river mouth."]
    text = f"{HEADLINE}\n{BODY}\n" + "\n".join(items) + f"\n{BODY2}\n* The governor had said Thu"
    src = parse_text(text, "resumed")
    body = [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY]
    assert body[-2:] == [BODY2, "The governor had said Thu"]
    assert src.truncated is True


def test_cut_off_menu_after_a_bulleted_body_stays_out():
    # Two words under a list's marker is a menu's label, not the article's list going on.
    text = f"{HEADLINE}\n{BODY}\n{BODY2}\n" + "\n".join(FACTS) + "\n— Weather forec"
    src = parse_text(text, "menu")
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY][-1] == FACTS[1][2:]


def test_cut_off_item_under_another_marker_stays_out():
    text = f"{HEADLINE}\n{BODY}\n{BODY2}\n" + "\n".join(FACTS) + "\n• Sign up for our daily bri"
    src = parse_text(text, "other")
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY][-1] == FACTS[1][2:]


def test_short_figure_items_under_a_closing_lead_in_are_kept():
    # "- 150 people dead": facts the article closes on, short as a menu's items but each with a figure.
    text = f"{HEADLINE}\n\n{BODY}\n\n{BODY2}\n\nThe toll so far:\n- 47 dead\n- 12 missing\n- 30,000 displaced\n"
    src = parse_text(text, "toll")
    body = [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY]
    assert body[2:] == ["The toll so far:", "47 dead", "12 missing", "30,000 displaced"]


def test_numbered_teaser_headlines_under_a_lead_in_stay_out():
    text = (f"{HEADLINE}\n\n{BODY}\n\n{BODY2}\n\nMore stories you may have missed:\n"
            "- 10 things to know about the new border rules for travellers\n- 5 cheapest places to fly this summer\n")
    src = parse_text(text, "teasers")
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY] == [BODY, BODY2]


def test_key_points_box_repeating_the_lead_does_not_split_the_lead():
    # A bullet above the article that repeats the lead's opening words is no headline glued to the lead.
    lead = ("At least 47 people have died and thousands were forced from their homes after days of torrential "
            "rain, officials said on Monday.")
    text = (f"{HEADLINE}\n\nKey points:\n\n• At least 47 people have died\n• More than 30,000 people displaced\n"
            f"• More rain forecast this week\n\n{lead}\n\n{BODY}\n\n{BODY2}\n")
    src = parse_text(text, "keypoints")
    assert src.title == HEADLINE
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY][0] == lead


ALLOCATIONS = ["Ministry of Defence: ₹6.2 lakh crore", "Ministry of Railways: ₹2.55 lakh crore",
               "Ministry of Consumer Affairs, Food and Public Distribution: ₹2.13 lakh crore",
               "Ministry of Home Affairs: ₹2.03 lakh crore"]


def test_labelled_figures_under_a_closing_lead_in_are_kept_as_text():
    # Unbulleted "label: figure" lines under the article's last lead-in (as NDTV closes its budget story): the
    # article's data, though each line is short.
    src = parse_text(f"{HEADLINE}\n\n{BODY}\n\n{BODY2}\n\nHere's a list of allocations for different ministries:\n\n"
                     + "\n\n".join(ALLOCATIONS) + "\n", "allocations")
    body = [p for p in src.paragraphs if p.kind not in OUTSIDE_BODY]
    assert [p.display for p in body][2:] == ["Here's a list of allocations for different ministries:", *ALLOCATIONS]
    assert [p.kind for p in body][3:] == ["text"] * 4


def test_helpline_numbers_under_a_closing_lead_in_stay_out():
    numbers = ["Howrah: 033-26382217", "Kharagpur: 8972073925", "Balasore: 8249591559", "Shalimar: 9903370746"]
    src = parse_text(f"{HEADLINE}\n\n{BODY}\n\n{BODY2}\n\nHelpline numbers for the families:\n\n"
                     + "\n\n".join(numbers) + "\n", "helplines")
    assert not any(n in src.body for n in numbers)


def test_real_budget_page_keeps_its_closing_list_of_allocations_to_the_cut_off_end():
    # tests/gold/figure_pages (a real NDTV page): the list of allocations under "Here's a list of ...:", a second
    # lead-in, and a last item cut off by the page's end.
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "gold" / "figure_pages" / "en_ndtv_budget.txt"
    src = parse_text(path.read_text(encoding="utf-8"), path.stem)
    assert "Ministry of Agriculture and Farmer Welfare: ₹1.27 lakh crore" in src.body
    assert "Allocations for major flagship schemes:" in src.body
    assert src.body.endswith("Ayushman Bharat (PMJAY): ₹7,500 crore (₹7,200 crore last")
    assert src.truncated


def test_closing_facts_under_a_short_label_without_a_colon_are_kept():
    # "Key figures" (no colon) over items that are each a figure and a word or two: the article's data, not a menu.
    facts = ["47 dead", "30 missing", "2,300 homes destroyed"]
    src = parse_text(f"{HEADLINE}\n\n{BODY}\n\n{BODY2}\n\nKey figures\n\n" + "\n\n".join(f"- {f}" for f in facts) + "\n",
                     "facts")
    assert [p.display for p in src.paragraphs if p.kind not in OUTSIDE_BODY][-3:] == facts


def test_list_between_paragraphs_with_most_items_giving_a_figure_keeps_them():
    # Under a label with no colon, between two paragraphs: the items with a figure are the article's (the one
    # without, "Dozens missing", is left out as a menu's would be).
    src = parse_text(f"{HEADLINE}\n\n{BODY}\n\nThe toll so far\n\n- 47 dead\n\n- Dozens missing\n\n- 2,300 homes lost\n\n"
                     f"{BODY2}\n", "toll")
    assert "47 dead" in src.body and "2,300 homes lost" in src.body
    assert src.body.endswith(BODY2)


def test_menu_under_a_short_label_stays_out():
    src = parse_text(f"{HEADLINE}\n\n{BODY}\n\n{BODY2}\n\nSections\n\n- World\n\n- Business\n\n- Sport\n", "menu")
    assert src.body.endswith(BODY2)


def test_last_section_of_a_subheading_and_a_short_attributed_sentence_is_kept():
    last = "Officials said 12 bridges were washed away."
    src = parse_text(f"{HEADLINE}\n\n{BODY}\n\n{BODY2}\n\nBridges lost\n\n{last}\n\nTags: floods, bridges\n", "last")
    assert src.body.endswith(f"Bridges lost\n\n{last}")

