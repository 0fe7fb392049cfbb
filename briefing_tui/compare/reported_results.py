"""A firm's result reported for a period already closed: "Honda reported 1.382 trillion yen in operating profit for
the full year to March 2024", "posted $3 billion of net income for the fiscal year ended in June": what the measure
was, an earlier value (compare/earlier_values.py), never a reading of the target or forecast a story is about ("the
group could reach operating profit of more than 3 trillion yen")."""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# A verb of reporting a result right before the amount (up to three short words between: "reported a record",
# "posted net"), at the end of the text before it. Bounded: three words of 20 characters.
_REPORTED_BEFORE = lazy_compile(
    r"\b(?:reported|posted|recorded|booked|logged|earned|made)(?:\s{1,3}[^\W\d_][\w'’-]{0,20}){0,3}\s{1,3}\S{0,3}\Z",
    re.I)
# After the amount, in its clause: up to six short words ("in operating profit", "of net income"), then the closed
# period the result is for ("for the full year to March 2024", "for the fiscal year ended", "for the first half",
# "in the April-September period", "for fiscal 2023"). Bounded: six words of 20 characters.
_CLOSED_PERIOD_AFTER = lazy_compile(
    r"\A(?:\s{1,3}[^\W\d_][\w'’-]{0,20}){0,6}?\s{1,3}(?:for|in|during)\s{1,3}(?:the\s{1,3})?"
    r"(?:(?:full|fiscal|financial|business|first|second|third|fourth|last|previous)[\s-]{1,3}){0,3}"
    r"(?:year|quarter|half|period|fiscal\s{1,3}(?:19|20)\d\d"
    r"|[A-Z][a-z]{2,8}-[A-Z][a-z]{2,8}\s{1,3}(?:period|half|quarter))\b"
    r"(?:\s{1,3}(?:to|ended|ending|through|until)\b)?", re.I)
# A rival's amount set beside such a result in the same sentence ("..., versus Nissan's 568.7 billion yen"): the
# comparison word and the rival's possessive right before the amount, and, earlier in the sentence, a reported result
# and its closed period (bounded: 160 characters between them, a decimal point among them: "1.382 trillion").
_VERSUS_BEFORE = lazy_compile(
    r"\b(?:versus|vs\.?|against|compared\s{1,3}(?:with|to))\s{1,3}(?:[^\W\d_][\w-]{0,30}\s{1,3}){0,3}?"
    r"[^\W\d_][\w-]{0,30}['’]s?\s{1,3}\S{0,3}\Z", re.I)
_RESULT_FOR_PERIOD = lazy_compile(
    r"\b(?:reported|posted|recorded|booked|logged|earned)\b(?:[^.;!?]|\.(?=\d)){0,160}?\b(?:for|in|during)\s{1,3}(?:the\s{1,3})?"
    r"(?:(?:full|fiscal|financial|business|first|second|third|fourth|last|previous)[\s-]{1,3}){0,3}"
    r"(?:year|quarter|half|period)\b", re.I)
RESULT_BEFORE_REACH = 60  # characters before the amount searched for the verb
RESULT_AFTER_REACH = 120  # characters after it searched for the period
SENTENCE_REACH = 300  # characters before a rival's amount searched for the result it is set beside


def reported_result(before: str, after: str) -> bool:
    """Whether the amount between ``before`` and ``after`` is a result reported for a closed period ("reported
    1.382 trillion yen in operating profit for the full year to March 2024"), or a rival's set beside one
    ("..., versus Nissan's 568.7 billion yen")."""
    clause = re.split(r"[,;:.!?()\[\]—–]", after[:RESULT_AFTER_REACH])[0]
    if _REPORTED_BEFORE.search(before[-RESULT_BEFORE_REACH:]) and _CLOSED_PERIOD_AFTER.match(clause):
        return True
    near = before[-SENTENCE_REACH:]
    return bool(_VERSUS_BEFORE.search(near[-RESULT_BEFORE_REACH:]) and _RESULT_FOR_PERIOD.search(near))
