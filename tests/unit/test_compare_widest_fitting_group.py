"""Issue 11: a count of the injured that shares no word with any group (another language) joins the widest group of
its measure the event's counts make; when the widest one was of the seriously injured, which a plain count may not
join, it joined nothing and started a claim of its own: "20 to 30 injured" stood apart from "70 injured" and
"more than 200 injured", and the disagreement across the day was never shown whole. The widest group is now the
widest that the count may join. Every sentence is made up for the test (fails on the code before)."""

from __future__ import annotations

from tests.compare_helpers import compared, one_holding

SERIOUSLY_FIRST = (
    "A coach left the motorway near Leeds on Sunday evening. Twelve people were seriously injured, the ambulance "
    "service said. In all, 70 people were injured in the crash, police said.",
    "Police said nine people were seriously injured when a coach left the motorway near Leeds. The driver was "
    "arrested at the scene. More than 200 people were injured, the council said later.",
    "Un autocar se salió de la autopista el domingo por la noche. Hubo entre 20 y 30 heridos.",
)


def test_a_plain_count_in_another_language_joins_the_plain_counts_not_a_claim_of_its_own():
    claims = compared(*SERIOUSLY_FIRST)
    injured = one_holding(claims, "70 people were injured", "entre 20 y 30 heridos")
    assert injured.verdict == "disagree"
    assert not any("seriously" in s.text for s in injured.statements if "entre 20" in s.text)
