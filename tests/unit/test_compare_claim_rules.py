"""Issue 11: rules that align claims by what they measure, each on verbatim excerpts of real articles
(tests/gold/events/), checked to fail on the code before the rule."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.ingest import parse_text


def article(name: str, published: str, body: str):
    raw = f"---\noutlet: {name}\npublished: {published}\n---\n{body}\n"
    return parse_text(raw, name, f"{name}.txt")


def holding(claims, *needles):
    """The claims holding a statement with each needle."""
    return [c for c in claims if all(any(n in s.text for s in c.statements) for n in needles)]


def test_previous_values_of_one_current_figure_are_one_claim_and_disagree():
    # us_japan_trade_deal 02, 03, 09, 10: the same cut to 15%, "from 25 percent" against "from 27.5%"
    sources = [
        article("portnews", "2025-07-23", "Japanese Prime Minister Shigeru Ishiba confirmed that auto tariffs will "
                "fall from 25 percent to 15 percent, a level he called “the lowest rate ever applied among countries "
                "that have a trade surplus with the U.S."),
        article("malaya", "2025-07-23", "The agreement will bring immediate relief to Japan’s critical autos sector "
                "with existing tariffs cut to 15 percent from 25 percent, and proposed levies on other Japanese goods "
                "that were set to come in on August 1 also cut by the same amount."),
        article("newsbytes", "2025-09-05", "US President Donald Trump has signed an executive order reducing tariffs "
                "on Japanese car imports from 27.5% to 15%."),
        article("newsofusa", "2025-09-05", "The lower 15% tariffs on Japanese autos, down from the current 27.5%, are "
                "set to take effect seven days after official publication of the order"),
    ]
    claims = compare(sources)
    before = [c for c in claims if (c.measure or "").endswith("(before)")]
    assert len(before) == 1
    assert before[0].verdict == "disagree"
    assert holding(before, "from 25 percent to 15", "cut to 15 percent from 25", "from 27.5% to 15%", "current 27.5%")
