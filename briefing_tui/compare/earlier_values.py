"""A value the text says was an earlier one of its measure: "its original $23 billion offer", "last year's $23
billion bid", "previously rejected a $23 billion offer", "the $23 billion offer from last year", an offer turned down
("persuaded the founders of Wiz to reject Google's $US23 billion purchase bid"). Such a value is
what the measure was before (a figure's ``previous`` role), not a second reading of the current one: the claim
about the current value never weighs it (a raised offer is not a disagreement with the first).
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# Words right before an amount (a determiner or a verb and an article may come between) that make it an earlier
# value of its measure: "its original $23 billion offer", "previously rejected a $23 billion offer", "last
# year's $23 billion bid"; and the same words in a few other languages ("ursprünglich", "damals", "précédent").
# (Not "initial": an initial estimate is the first point of a developing figure, which its claim's timeline shows.)
_EARLIER_BEFORE = lazy_compile(
    r"(?:\b(?:original|originally|previous|previously|prior"
    r"|earlier(?!\s{1,3}(?:this|today|on|in|that|than)\b)"  # (not a time: "earlier this week")
    r"|ursprünglich\w*|damals|zuvor|vorherig\w*|précédente?|anterior"
    r"|reject(?:s|ed|ing)?|rebuff(?:s|ed|ing)?|spurn(?:s|ed|ing)?)"  # (an offer turned down: "to reject Google's $23 billion bid")
    r"|\blast\s{1,3}year['’]s)"
    r"(?:\s{1,3}[\w'’-]{1,15}){0,2}\s{1,3}[$€£¥₹]?\s?\Z",
    re.IGNORECASE)
# Words right after an amount and its noun that date it before the current one: "$23 billion offer from last
# year", "a $23 billion bid a year ago".
_EARLIER_AFTER = lazy_compile(
    r"\A(?:\s{1,3}[\w'’-]{1,15}){0,2}\s{1,3}(?:from\s{1,3}last\s{1,3}year|a\s{1,3}year\s{1,3}ago)\b",
    re.IGNORECASE)
BEFORE_REACH = 60  # characters before an amount read for an earlier-value word
AFTER_REACH = 40  # characters after it


def earlier_value(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is, by the words around it, an earlier value of its measure."""
    before = text[max(0, start - BEFORE_REACH):start]
    # (a clause break between the word and the amount leaves the word to another clause: "Earlier, it paid $5")
    tail = re.split(r"[,;:.!?()\[\]—–]", before)[-1]
    if _EARLIER_BEFORE.search(tail):
        return True
    after = re.split(r"[,;:.!?()\[\]—–]", text[end:end + AFTER_REACH])[0]
    return bool(_EARLIER_AFTER.match(after))
