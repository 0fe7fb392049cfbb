"""The body keeps its lead and its last lines: a block the page prints twice after the lead, a sentence
broken over a paragraph break, a closing list of real content (each rule on a small page of its own)."""

from __future__ import annotations

from briefing_tui.ingest import parse_text

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
    assert [p.display for p in src.paragraphs] == [LEAD, SUB, PARA1, PARA2]
    assert "block printed twice" in {r.reason for r in src.removed}


def test_summary_that_repeats_the_start_of_the_article_is_still_a_summary():
    # A key-points box repeats the article's first lines, then the article goes on: the box is dropped.
    para3 = ("Regulators are expected to take at least a year to review the deal, which would create the "
             "country's third-largest lender by deposits.")
    src = parse_text(f"{HEADLINE}\n- {PARA1}\n{PARA1}\n{PARA2}\n{para3}\n", "summary")
    assert [p.display for p in src.paragraphs] == [PARA1, PARA2, para3]
