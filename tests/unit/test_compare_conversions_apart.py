"""Issue 11: two writers who give one sum in the same two currencies (the sum and their own conversion) but state it
apart in one of them ("$120 million (Rs 1,013 crore)" against "₹890 crore (about $120 million)") disagree on the sum
in that currency, though the dollars match; conversions that match as two conversions may stay agreed. Invented
sentences."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding


PLAIN = "Prosecutors said bribes of $120 million were paid to port officials."


def _verdicts(first: str, second: str) -> list[str]:
    # (a third source gives the dollars alone, as the second does: the two are one reading, weighed once)
    sources = [article("global_wire", "2024-06-04", PLAIN), article("mumbai_daily", "2024-06-04", first),
               article("delhi_wire", "2024-06-04", second)]
    return [c.verdict for c in holding(compare(sources), "crore")]


def test_one_sum_converted_apart_by_two_writers_disagrees():
    verdicts = _verdicts("Prosecutors said bribes of ₹890 crore (about $120 million) were paid to port officials.",
                         "Prosecutors said bribes of $120 million (Rs 1,013 crore) were paid to port officials.")
    assert "disagree" in verdicts


def test_one_sum_converted_alike_agrees():
    verdicts = _verdicts("Prosecutors said bribes of ₹1,002 crore (about $120 million) were paid to port officials.",
                         "Prosecutors said bribes of $120 million (Rs 1,013 crore) were paid to port officials.")
    assert verdicts and "disagree" not in verdicts
