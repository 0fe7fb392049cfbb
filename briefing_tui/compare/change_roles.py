"""Whether a figure is the previous value of a change rather than the current one: "from $2 billion to $3 billion",
"down from 27.5%", "cut to 15 percent from 25 percent" and, in other languages, "von 0,25 % auf 0,5 %",
"del 4 % al 4,5 %", "dal 3% al 3,5%", "de 10,5% para 11%", "van 2% naar 3%", "auf 0,5 von 0,25 Prozent"; and a share or amount "previously" ("contre 0,25 % auparavant").

Only pairs of words that say a change and never a range are read in other languages ("von ... auf", not
"von ... bis"; French "de 1,5 % à 2 %" may be either, so it is left as it is). Other languages' pairs are read
for amounts and shares only: a bare number ("von 2 auf 3 Prozent") is no previous value of its own.
"""

from __future__ import annotations

import re

from briefing_tui.compare.counted_nouns import FROM_BEFORE
from briefing_tui.compare.numbers import SPACE
from briefing_tui.lazy_pattern import lazy_compile

# "down from 27.5%", "cut to 15 percent from 25 percent", "rose from": a change from a previous value.
_CHANGE_FROM = lazy_compile(
    r"(?:\b(?:down|up|rose|rises?|risen|fell|falls?|fallen|climb(?:s|ed)?|increase[sd]?|decrease[sd]?|cut|reduced|raised"
    r"|lowered|drop(?:s|ped)?|jump(?:s|ed)?|grew|grows?)|%|\bper\s?cent|\d)\s+(?:\w+\s+)?from\s+(?:(?:the|an?)\s+)?"
    r"(?:\w+\s+)?$", re.I)
# "from 31 to 46": after the previous value comes "to" and the current one.
# (the previous value's period may come between: "from Rs 47.2 lakh crore in FY25 to Rs 50.7 lakh crore")
_TO_AFTER = lazy_compile(rf"(?:{SPACE}(?:in|for|during){SPACE}[\w'’-]{{1,12}}(?:{SPACE}[\w'’-]{{1,12}}){{0,2}},?)?"
                         rf"{SPACE}?(?:to|-|–){SPACE}?(?:(?:about|around|nearly|more than) )?(?:[$€£¥₹]|Rs\.?{SPACE}?|US\$)?\d")
# A word of "from" that, with the word of "to" after the figure, says a change in German, Spanish, Italian,
# Portuguese or Dutch: "von 0,25 %", "del 4 %", "dal 3%", "de 10,5%", "van 2%".
_FOREIGN_FROM = lazy_compile(r"\b(?:von|del|dal|dallo|dalla|de|do|da|van)\s{1,3}$", re.I)
# That language's word of "to" right after the figure, then the current value: "auf 0,5 %", "al 4,5 %",
# "alla 3,5%", "para 11%", "naar 3%" (never "bis", "a" or "à", which also link the ends of a range).
_FOREIGN_TO_AFTER = lazy_compile(
    rf"{SPACE}{{1,3}}(?:auf|al|allo|alla|para|naar){SPACE}{{1,3}}(?:(?:o|a|el|la|il|los)\s)?"
    r"(?:(?:etwa|rund|knapp|cerca\s+del?|circa|circa\s+il|ongeveer)\s)?[$€£¥]?\d", re.I)
# The current value then the previous one: "auf 0,5 von 0,25 Prozent", "al 4,5 % desde el 4 %", "al 3,5% dal 3%",
# "para 11% de 10,5%", "naar 3% van 2%".
_FOREIGN_TO_THEN_FROM = lazy_compile(
    r"\b(?:auf|al|alla|para|naar)\s{1,3}[$€£¥]?\d[\d.,]*\s{0,3}(?:%|Prozent|por\s?ciento|per\s?cento|por\s?cento|"
    r"procent)?\s{1,3}(?:von|desde\s+el|del|dal|dalla|de|do|van)\s{1,3}$", re.I)
# A word of "previously" right after an amount or share: "to 0.5% from 0.25% previously", "à 0,5 % contre 0,25 %
# auparavant", "nach zuvor 2 %" reads its figure first, "frente al 4 % anterior" (an adverb, never "before", which may
# open a condition: "2% before tax").
_PREVIOUSLY_AFTER = lazy_compile(
    rf"{SPACE}{{1,3}}(?:previously|auparavant|précédemment|zuvor|vorher|anteriormente|in\s+precedenza|"
    r"precedentemente)\b", re.I)
FROM_REACH = 30  # characters before a figure read for a word of "from"
CHANGE_REACH = 40  # characters before a figure read for a change's verb or current value
FOREIGN_KINDS = frozenset({"money", "percent"})  # what other languages' pairs make a previous value


def previous_in_change(kind: str, text: str, start: int, end: int) -> bool:
    """Whether the figure of ``kind`` at ``text[start:end]`` is the earlier value of a change."""
    if kind not in ("money", "percent", "count"):
        return False
    if FROM_BEFORE.search(text, max(0, start - FROM_REACH), start) and (
            _TO_AFTER.match(text, end) or _CHANGE_FROM.search(text, max(0, start - CHANGE_REACH), start)):
        return True
    if kind not in FOREIGN_KINDS:
        return False
    if _PREVIOUSLY_AFTER.match(text, end):
        return True
    return bool((_FOREIGN_FROM.search(text, max(0, start - FROM_REACH), start) and _FOREIGN_TO_AFTER.match(text, end))
                or _FOREIGN_TO_THEN_FROM.search(text, max(0, start - CHANGE_REACH), start))
