"""Issue 11: a majority's bar told with its word of need before the count (invented sentences; each test fails on the
code before).

"die für eine Mehrheit nötigen 91 Mandate" is the bar of a majority, as "the 91 seats needed for a majority" already
was; read as seats it gathered with the parties' and the blocs' seats.
"""

from __future__ import annotations

from briefing_tui.compare.majority_bars import majority_bar


def test_a_word_of_need_before_the_count_makes_it_a_bar():
    assert majority_bar("Mandate", "seats", ".", "Damit übertrafen sie die für eine Mehrheit nötigen ") == "threshold"
    assert majority_bar("Sitze", "seats", " knapp.", "Das Bündnis verfehlte die erforderlichen ") == "threshold"
    assert majority_bar("seats", "seats", " by far.", "The bloc passed the required ") == "threshold"
    # (a count with no word of need stays a count)
    assert majority_bar("Sitze", "seats", ".", "Die Sozialpartei gewann ") is None
