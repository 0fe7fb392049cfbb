"""A writer rejecting somebody's claim disputes nobody who reports that claim as that party's, and a name after a
verb of claiming is its object, not a speaker (verbatim sentences of the study set tests/gold_new21; both came to
light once the spellings of one person were joined: tests/unit/test_extract_spelling_bridges.py)."""

from __future__ import annotations

from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from briefing_tui.compare.verdict import stance_dispute
from briefing_tui.compare.voice import sentence_voices
from briefing_tui.ingest.parse import parse_text
from tests.compare_helpers import filled_articles

# gold_new21 taiwan_election_2024: 02 (stoptheccp) and 03 (voiceforjustice), verbatim
REJECT_02 = "Lai and incumbent President Tsai Ing-wen reject China’s sovereignty claims over Taiwan…."
WON_03 = ("William Lai Ching-te from the governing Democratic Progressive Party (DPP) has won Taiwan’s presidential "
          "election, despite warnings from China – which claims Taiwan as part of its territory – not to vote for him.")


def _cues_and_dispute(first: str, second: str) -> tuple[list[str], list]:
    """The first text's strong cues, and the dispute between the two texts' units (each in a filled article)."""
    units = build_units(filled_articles("2024-01-13", first, second), [], [], default_rate_table())
    a = next(u for u in units if u.text == first)
    b = next(u for u in units if u.text == second)
    return [c.text for c in a.cues if c.strong], stance_dispute(a, b, 0.7)


def test_rejecting_a_claim_disputes_no_report_of_that_claim():
    assert _cues_and_dispute(REJECT_02, WON_03) == (["reject"], [])


def test_a_name_after_a_verb_of_claiming_is_no_speaker():
    source = parse_text(f"Lai wins\n\n{WON_03}\n", "a", "a.txt")
    sentence = next(s for s in source.sentences if s.text == WON_03)
    assert sentence_voices([sentence])[sentence.index].speaker is None


# (invented) one outlet calls a buyer's answer false, another says the buyer lied on the form: no dispute
FALSE_ANSWER = ("Jurors found Tom Reed guilty of making a false claim on the loan application by saying he owned "
                "the farm outright.")
LIED = ("Tom Reed has been convicted of two charges after he lied on the loan application by saying he owned the "
        "farm outright.")


def test_calling_words_false_disputes_no_report_that_somebody_lied():
    assert _cues_and_dispute(FALSE_ANSWER, LIED) == (["false"], [])
