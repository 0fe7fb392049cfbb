"""Tallies a rule requires, not anyone's count: "A party needs to win 172 seats to form a majority government", "172
seats needed for a majority". Split from :mod:`briefing_tui.compare.amount_measures`, which reads the same "needs ...
to" before a share ("must receive at least 5% of votes to enter parliament": the threshold)."""

from __future__ import annotations

from briefing_tui.lazy_pattern import lazy_compile

# A share required for something: "must receive at least 5% of votes to enter parliament", "needs 50% to pass".
REQUIRED_BEFORE = lazy_compile(r"\b(?:must|need|needs|needed|require|requires|required)(?:\s{1,3}[a-z]{1,20}){0,4}\s{0,3}$")
REQUIRED_AFTER = lazy_compile(r"(?:\s{1,3}of\s{1,3}(?:the\s{1,3})?[a-z]{1,20})?\s{1,3}to\s{1,3}[a-z]")


# A tally that a rule requires, written after it: "172 seats needed for a majority", "the 172 seats required".
_REQUIRED_AFTER_COUNT = lazy_compile(r"\s{0,3}(?:(?:are|is)\s{1,3})?(?:needed|required)\b|\s{1,3}for\s{1,3}(?:an?\s{1,3})?(?:absolute\s{1,3})?majority\b")
# A majority named before what it needs: "no party able to command a majority, which would need at least 57 seats".
_MAJORITY_BEFORE = lazy_compile(r"\bmajority\b")
MAJORITY_REACH = 80  # characters before a required tally searched for the majority it is needed for
# Tallies of a contest, where a threshold ("needs to win 172 seats") is not anyone's count.
CONTEST_TALLIES = frozenset({"seats", "votes"})


def required_count(measure: str | None, before: str, after: str) -> bool:
    """Whether a contest's tally is what a rule requires, not anyone's count: "A party needs to win 172
    seats to form a majority government", "172 seats needed for a majority", "a majority, which would need at
    least 57 seats". ``after`` follows the counted noun."""
    if measure not in CONTEST_TALLIES:
        return False
    return bool(REQUIRED_BEFORE.search(before[-60:]) and (REQUIRED_AFTER.match(after)
                                                            or _MAJORITY_BEFORE.search(before[-MAJORITY_REACH:]))
                or _REQUIRED_AFTER_COUNT.match(after))
