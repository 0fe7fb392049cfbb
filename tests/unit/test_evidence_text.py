"""The CLI table's evidence: each reading once, the pairs counted (briefing_tui.evidence_text.py)."""

from briefing_tui.evidence_text import folded_evidence

PAIRS = ("a '67' = 67 dead and b '89' = 89 dead: different; "
         "a '67' = 67 dead and c 'more than 55' = 55 dead: consistent; "
         "b '89' = 89 dead and c 'more than 55' = 55 dead: consistent (and 2 more sources alike); "
         "tolerance (below)")


def test_pairs_become_readings_and_counts():
    assert folded_evidence(PAIRS) == ("readings: a '67' = 67 dead · b '89' = 89 dead · c 'more than 55' = 55 dead; "
                                      "apart: a–b; consistent: 2 pairs; tolerance (below)")


def test_a_source_giving_two_figures_keeps_both_readings():
    text = ("a 'November 2' = ????-11-02 and b 'November' = ????-11-01..????-11-31: overlap; "
            "a 'seven counts' = 7 count and b 'seven counts' = 7 count: consistent")
    assert folded_evidence(text) == ("readings: a 'November 2' = ????-11-02 · b 'November' = ????-11-01..????-11-31 · "
                                     "a 'seven counts' = 7 count · b 'seven counts' = 7 count; consistent: 2 pairs")


def test_many_pairs_apart_are_counted_and_other_evidence_kept_as_written():
    pairs = "; ".join(f"s{i} '{i}' = {i} dead and s{j} '{j}' = {j} dead: different"
                      for i in range(4) for j in range(i + 1, 4))
    folded = folded_evidence("a reports the figure disputed: “never”; " + pairs)
    assert folded.startswith("a reports the figure disputed: “never”; readings: s0 '0' = 0 dead · ")
    assert folded.endswith("; apart: 6 pairs")


def test_evidence_it_cannot_read_is_kept_whole():
    odd = "a 'Alphabet's' = 3% and b '4%' = 4%: different"  # a quotation mark inside the words
    assert folded_evidence(odd) == odd
    assert folded_evidence("3 sources give 25 years") == "3 sources give 25 years"
