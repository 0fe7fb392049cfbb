"""The tense of what a date times: whether the clause puts it ahead ("will meet on Friday") and whether a
deadline is said to be behind ("missed the Friday deadline")."""

from __future__ import annotations

import re

from briefing_tui.compare.event_words import CLAUSE_BREAK, words_of
from briefing_tui.lazy_pattern import lazy_compile

# Words of a clause putting what it dates ahead ("will", "is set to", "scheduled").
FUTURE_WORDS = frozenset("will shall scheduled upcoming expected set due next".split())
# Words saying a deadline is behind ("missed the Friday deadline").
PASSED = frozenset("missed passed expired lapsed elapsed extended after".split())


AHEAD_CHARS = 25  # characters before an event's word searched for a word putting it ahead


# Words right before a date that put its event ahead ("ahead of Sunday's election", "in the run-up to Friday's vote").
AHEAD_OF = (("ahead", "of"), ("run-up", "to"), ("lead-up", "to"))


def ahead(sentence: str, start: int, event_start: int) -> bool:
    """Whether the words before a date (at ``start``) and its event's word (at ``event_start``), inside the
    clause, put what it dates ahead ("will meet on Friday", "ahead of Sunday's election"; not "will grow from
    Friday's quake")."""
    clause = CLAUSE_BREAK.split(sentence[:start])[-1]
    near = sentence[max(start - len(clause), min(start, event_start) - AHEAD_CHARS):start]
    words = [w for w, _, _ in words_of(near)]
    return any(w in FUTURE_WORDS for w in words) or tuple(words[-2:]) in AHEAD_OF


# Words of obligation that put what a sentence dates ahead ("needs to be approved ... on Friday", "must vote").
OBLIGATION_WORDS = frozenset("must needs need".split())


def ahead_in_sentence(sentence: str, start: int) -> bool:
    """Whether the sentence before a date naming no event (at ``start``) puts it ahead: a word of the future or of
    an obligation anywhere before it ("The law needs to be approved by the upper house, a body of the states, on
    Friday")."""
    return any(w in FUTURE_WORDS or w in OBLIGATION_WORDS for w, _, _ in words_of(sentence[:start]))


def passed(sentence: str) -> bool:
    """Whether a sentence says a deadline is behind."""
    return any(w in PASSED for w, _, _ in words_of(sentence))


# An intention in the present right before a month, in its clause ("Mitsubishi aims to make a decision by the end of
# January", "plans to close the plant in March", "intends to list the shares in August"): the month is the next one.
# Bounded: 80 characters with no clause break between the verb and the month.
_INTENDED_BEFORE = lazy_compile(
    r"\b(?:aims?|aiming|plans?|planning|intends?|intending)\s{1,3}to\b[^,;:.!?()]{0,80}\Z", re.I)
INTENTION_REACH = 100  # characters before a month searched for the intention


def intended_ahead(sentence: str, start: int) -> bool:
    """Whether an intention in the present, in the clause before the month at ``start``, puts it ahead ("aims to
    make a decision by the end of January"); not one in another clause ("Honda, which plans to grow, said in May")."""
    return _INTENDED_BEFORE.search(sentence[max(0, start - INTENTION_REACH):start]) is not None
