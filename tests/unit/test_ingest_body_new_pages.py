"""Issue 17: rules found on new pages of varied layouts (tests/gold_body2, study) keep the article's own text.

A liveblog's numbered post title between paragraphs was dropped as a menu item and everything under it as "after
the article"; a sentence of the article that ends with a colon to introduce what follows was dropped as header.
Each short page below is made like the page that failed.
"""

from __future__ import annotations

from briefing_tui.ingest.parse import parse_text

HEADLINE = "Earthquake shakes New York and New Jersey"
POST_1 = [
    "1. How a day of drama unfolded",
    "I was sitting in my apartment at 10:23 local time when my walls began to shake and the windows rattled.",
    "It was dramatic in the moment, but by all accounts most of the city has so far experienced no severe damage.",
    "The last earthquake to hit more than a magnitude of 5 was all the way back in 1884, scientists said.",
    "Thanks for following.",
]
POST_2 = [
    "2. Millions told to brace for aftershocks",
    "We're going to wrap up our live coverage of the earthquake soon, but here are the main lines that you need "
    "to know about this rare event:",
    "• The epicentre was in Lebanon, New Jersey, but it was felt by millions between Washington and Boston",
    "• Scientists say it occurred 3 miles deep underground, sending shockwaves through the rock",
]


def _page(*blocks: str) -> str:
    return "\n\n".join((HEADLINE, *blocks)) + "\n"


def test_a_liveblogs_numbered_post_title_between_posts_is_no_menu_item():
    src = parse_text(_page(*POST_1, *POST_2), "t")
    assert "Millions told to brace for aftershocks" in src.body
    assert "We're going to wrap up our live coverage" in src.body
    assert [r.reason for r in src.removed if "Millions" in src.raw[r.start:r.end]] == []


def test_numbered_teaser_titles_in_a_row_stay_menu_items():
    src = parse_text(_page(*POST_1[1:4], "1. Storm hits coast", "2. Markets fall", "3. Election date set",
                           "Contact us at the newsroom for tips and corrections on any story."), "t")
    assert "Storm hits coast" not in src.body
    assert "Markets fall" not in src.body


def test_a_sentence_ending_with_a_colon_above_the_first_update_opens_the_body():
    lead_in = "The latest on the strong earthquake that hit Mexico City (all times local):"
    src = parse_text("\n".join([
        "Wednesday, September 20, 2017", "",
        "The Latest: Death toll rises to 226 from Mexico earthquake", "",
        lead_in,
        "12:55 a.m.",
        "Mexico's civil defense agency says the death toll has risen to 226 from Tuesday's magnitude 7.1 earthquake "
        "that knocked down dozens of buildings.",
        "Twelve people died in Mexico State, which surrounds the capital, and three in Guerrero state, officials said.",
        "The U.S. Geological Survey said the quake was centered near the Puebla state town of Raboso, about 76 miles "
        "southeast of Mexico City.",
    ]) + "\n", "t")
    assert src.body.startswith(lead_in)


def test_a_short_label_with_a_colon_over_a_box_is_still_no_sentence():
    src = parse_text(_page("What you need to know:",
                           "• The Red Cross said floods had killed more than 40 people in the Rift Valley.",
                           *POST_1[1:4]), "t")
    assert not src.body.startswith("What you need to know")


KENYA = [
    "Heavy rains in Kenya unleashed a deluge that killed five people overnight in the Rift Valley, raising the "
    "death toll from weekend flooding to 65.",
    "The five were returning home after attending a wedding in Tanzania when their car was washed away, said a "
    "police chief in Kajiado Central community.",
    "Governor John Lonyang’apuo said between 80,000 and 120,000 people have been affected in West Pokot county, "
    "the worst hit by the floods and mudslides.",
    "The Kenya Red Cross cited what it called a record-breaking temperature rise in the Indian Ocean in recent "
    "weeks that also has caused flooding in South Sudan and Somalia.",
]


def test_a_caption_opening_with_a_photo_label_and_a_bar_is_dropped():
    caption = ("PHOTO | FILE A man wades through a flooded section of Kimorigo Village in Taita Taveta. Floods have "
               "wreaked havoc countrywide, sparking fears of a malaria outbreak.")
    src = parse_text(_page(caption, *KENYA), "t")
    assert "PHOTO | FILE" not in src.body
    assert src.body.startswith(KENYA[0])


def test_a_caption_ending_with_the_wires_credit_in_brackets_is_dropped():
    caption = "Heavy rains unleashed overnight floods in western Kenya (AP)"
    src = parse_text(_page(*KENYA[:2], "Kenya Floods", caption, *KENYA[2:]), "t")
    assert caption not in src.body
    assert KENYA[2] in src.body and KENYA[3] in src.body
    # a sentence that names the agency in brackets is still the article's
    said = "The agency's figures were confirmed by the interior ministry to The Associated Press (AP)."
    assert said in parse_text(_page(*KENYA[:2], said, *KENYA[2:]), "t").body


def test_a_long_copyright_notice_after_the_article_is_dropped():
    notice = ("All rights reserved. This material, and other digital content on this website, may not be "
              "reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior "
              "express written permission from the publisher.")
    src = parse_text(_page(*KENYA, notice), "t")
    assert "All rights reserved" not in src.body
    assert src.body.rstrip().endswith("South Sudan and Somalia.")


def test_a_closed_comment_box_after_the_article_is_dropped():
    src = parse_text(_page(*KENYA, "Sorry, we are not accepting comments on this article."), "t")
    assert "accepting comments" not in src.body
    assert src.body.rstrip().endswith("South Sudan and Somalia.")


def test_a_content_warning_between_the_article_and_its_gallery_is_dropped():
    src = parse_text(_page(*KENYA, "Caution: Graphic content. Viewer discretion is advised.",
                           "IMAGE: Rescuers search the rubble of a house. Photograph: ANI Photo"), "t")
    assert "Viewer discretion" not in src.body
    assert src.body.rstrip().endswith("South Sudan and Somalia.")


def test_a_donation_box_inside_a_liveblog_is_dropped():
    src = parse_text(_page(*KENYA[:2], "How you can help: Donate to victims of the floods in Kenya here",
                           *KENYA[2:]), "t")
    assert "Donate" not in src.body
    assert KENYA[3] in src.body


def test_a_caption_whose_credit_runs_into_the_next_paragraph_is_split_off():
    caption = ("TOPSHOT - Young men inspect a destroyed car carried by waters in the village of Kamuchiri, near Mai "
               "Mahiu, on April 29, 2024. (Photo by LUIS TATO / AFP) (Photo by LUIS TATO/AFP via Getty Images) "
               "Luis Tato/AFP/Getty Images")
    para = ("A phone could be heard buzzing underground, and locals quickly shifted their efforts to find the "
            "source of the noise, residents said.")
    src = parse_text(_page(*KENYA, caption + para), "t")
    assert "TOPSHOT" not in src.body and "Getty Images" not in src.body
    assert para in src.body


def test_a_standfirst_over_a_bare_published_label_is_no_body():
    standfirst = "Parts of the country could continue to face destructive flooding this week."
    src = parse_text("\n\n".join(["Death toll rises to 65 in Kenya flooding", standfirst, "Published", "Kenya Floods",
                                  *KENYA[:2], "Kenya Floods", "Heavy rains unleashed overnight floods in western Kenya (AP)",
                                  *KENYA[2:]]) + "\n", "t")
    assert src.body.startswith(KENYA[0])
    assert standfirst not in src.body
    assert src.author is None  # (the picture's label printed twice is no byline)


def test_an_advert_after_the_rights_notice_is_no_body():
    src = parse_text(_page(*KENYA, "All rights reserved. This material may not be reproduced without permission.",
                           "Contact: the editor", "join Us On Telegram",
                           "• BREAKING NEWS: Ready to win the jackpot? Dreams come true today when you play at our "
                           "partner's site with a welcome bonus for every new player in the country"), "t")
    assert src.body.rstrip().endswith("South Sudan and Somalia.")
    assert "jackpot" not in src.body
