"""Issue 11: sentences of the article dropped on page layouts the rules were not tuned on ("unread" statements).

A terse item of the article's own bulleted list, between two items the body keeps, was dropped as a menu item for
having few function words; a sentence that cites the source of its figures in brackets before its full stop was
dropped as a photo caption. Each short page below is invented, made like the pages that failed.
"""

from __future__ import annotations

from briefing_tui.ingest.parse import parse_text

LIST_PAGE = [
    "Floods cut off villages as river bursts its banks",
    "Heavy rain made the river burst its banks on Tuesday, flooding dozens of villages in the north of the province.",
    "The regional government said 1,200 people had been moved to emergency shelters overnight and that more "
    "families would follow.",
    "The governor announced the following measures:",
    "- Schools closed in three districts",
    "- Army deployed to help evacuate residents",
    "- Curfew on riverside roads",
    "\"We have never seen the water come up so fast,\" said a farmer who lost most of his livestock to the flood.",
    "The weather service expects more rain on Thursday and has kept its red warning in place for the whole region.",
    "Share this story",
    "- Home",
    "- Weather",
    "- Sport",
]


def _reasons(src, fragment: str) -> list[str]:
    return [r.reason for r in src.removed if fragment in src.raw[r.start:r.end]]


def test_a_terse_item_between_two_kept_items_of_the_articles_list_stays():
    src = parse_text("\n\n".join(LIST_PAGE) + "\n", "t")
    assert "Army deployed to help evacuate residents" in src.body
    assert _reasons(src, "Army deployed") == []
    assert "Schools closed in three districts" in src.body and "Curfew on riverside roads" in src.body
    # The site's menu under the article is still dropped.
    assert "Weather" not in src.body and "Sport" not in src.body


SOURCE_PAGE = [
    "Jobless rate falls to lowest level in a decade",
    "Unemployment in the euro area fell to 6.1% in March from 6.4% a year earlier, the lowest rate since the "
    "series began, as employers kept hiring despite slower growth.",
    "Youth unemployment dropped to 14.2%, while the rate for women fell faster than for men, the figures showed.",
    "The statistics office said the figures for the first quarter were provisional and could be revised next "
    "month (source: Eurostat).",
    "Economists had expected the rate to stay unchanged at 6.3%, according to a poll of analysts.",
    "Job seekers queue outside an employment office in the city centre on Monday. Photo: Jane Smith / Example Agency",
    "Wage growth slowed to 3.8% in the same period, which should ease pressure on the central bank to keep rates high.",
]


def test_a_sentence_citing_its_source_in_brackets_is_no_photo_caption():
    src = parse_text("\n\n".join(SOURCE_PAGE) + "\n", "t")
    assert "could be revised next month (source: Eurostat)." in src.body
    assert _reasons(src, "revised next month") == []
    # A caption with its photo credit is still dropped.
    assert _reasons(src, "Job seekers queue") == ["photo caption"]
