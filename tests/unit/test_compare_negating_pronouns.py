"""Issue 11: "no false disagreement appears". Three outlets said no candidate won a majority, one with "no", the
others with "neither" or "none": only "no" was read as a negation, so the first was shown disputing the others. A
negating pronoun ("neither candidate", "none of them") negates as "no" does; a source that asserts what the others
deny still disputes them (invented sentences; the first test fails on the code before)."""

from __future__ import annotations

from tests.compare_helpers import compared

NO = "No candidate secured more than half of the votes in the first count, the election commission said on Sunday."


def _disputes(*bodies: str) -> list[str]:
    return [c.evidence for c in compared(*bodies) if c.verdict == "disagree"]


def test_neither_and_none_deny_what_no_denies():
    assert _disputes(NO, NO.replace("No candidate", "Neither candidate")) == []
    assert _disputes(NO, NO.replace("No candidate", "None of the candidates")) == []


def test_an_assertion_still_disputes_a_negation():
    assert _disputes(NO, NO.replace("No candidate", "One candidate"))
    assert _disputes(NO.replace("No candidate", "Neither candidate"), NO.replace("No candidate", "One candidate"))
