"""A verb of a start ("began") times the event its subject names; the noun of a kind before another verb is that
verb's subject, not the start's: "the final, held on Sunday, ended a season that began on 3 March" does not date
the final to 3 March (briefing_tui/compare/event_words.py). Constructed sentences."""

from __future__ import annotations

from briefing_tui.compare.event_words import event_of


def _kind(sentence: str, date: str):
    at = sentence.index(date)
    event = event_of(sentence, at, at + len(date))
    return event.kind.name if event and event.kind else None


def test_a_start_past_another_verb_is_not_the_earlier_noun_s_event():
    text = "The referendum, held on Sunday (May 4), closed a long campaign that began on February 2 last winter."
    assert _kind(text, "February 2") is None


def test_a_start_right_after_its_subject_keeps_the_kind():
    assert _kind("The trial of the former mayor began on February 2 in the capital.", "February 2") == "trial"
