""""twice" and "thrice" after a verb are a count of times, as "three times" is ("the hearing was postponed twice"),
not a multiple ("twice as many") nor a rate ("twice a day") (issue 11; gold_new37). Invented sentences."""

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Source


def _times(text: str) -> list[tuple[str, float, str | None]]:
    source = Source(id=f"twice-{len(text)}-{hash(text) % 997}", path="s.txt", raw=text, language="en")
    return [(f.text, f.low, f.unit) for f in figures_in_text(text, source, 0) if f.kind == "count"]


def test_twice_and_thrice_are_counts_of_times():
    assert _times("The ruling on the harbour permit was postponed twice before.") == [("twice", 2.0, "time")]
    assert _times("The council met thrice in March.") == [("thrice", 3.0, "time")]
    assert _times("The launch was delayed three times.") == [("three times", 3.0, "time")]


def test_multiples_and_rates_are_no_count():
    assert _times("Rents rose twice as fast as wages.") == []
    assert _times("The ferry now sails twice a day.") == []
    assert _times("The plant is twice the size of its rival.") == []
    assert _times("A twice-weekly market opened.") == []
