"""'One' as a count only where it stands parallel to another count of a list of parts."""

from __future__ import annotations

import pytest

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Source


def counts(text: str) -> list[tuple[str, float, str | None]]:
    source = Source(id="s", path="s.txt", raw=text)
    return [(f.text, f.low, f.subject) for f in figures_in_text(text, source, 0) if f.kind == "count"]


@pytest.mark.parametrize(("text", "one"), [
    ("Additionally, three more fatalities have been recorded: two in Castilla-La Mancha and one in Andalusia.",
     ("one", 1.0, "Andalusia")),
    ("The latest data confirms the death of 202 people in the Valencian Community, two in Castilla-La Mancha "
     "and one in Malaga.", ("one", 1.0, "Malaga")),
    ("In addition to the 216 victims in the Valencian Community, there were seven fatalities in Castilla-La Mancha "
     "and one in Andalucía.", ("one", 1.0, "Andalucía")),
    ("Darüber hinaus wurden sieben Todesfälle in Castilla-La Mancha und einer in Andalusien verzeichnet.",
     ("einer", 1.0, "Andalusien")),
])
def test_one_parallel_to_a_count_is_a_count(text, one):
    assert one in counts(text)


@pytest.mark.parametrize("text", [
    "One in five adults and two in three children were ill.",  # ratios
    "No one in the room and two in the hall were hurt.",  # a pronoun
    "One of the victims was a child and two were adults.",  # a partitive
    "He arrived one day in May and left in June.",  # no other count
    "Two people died in Valencia; one in Madrid is still missing.",  # another clause
])
def test_one_elsewhere_is_no_count(text):
    assert all(t.split()[0].lower() not in ("one", "einer") for t, _, _ in counts(text))
