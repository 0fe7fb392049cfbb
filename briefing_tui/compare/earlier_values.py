"""A value the text says was an earlier one of its measure: "its original $23 billion offer", "last year's $23
billion bid", "previously rejected a $23 billion offer", "the $23 billion offer from last year", an offer turned down
("persuaded the founders of Wiz to reject Google's $US23 billion purchase bid"). Such a value is
what the measure was before (a figure's ``previous`` role), not a second reading of the current one: the claim
about the current value never weighs it (a raised offer is not a disagreement with the first).
"""

from __future__ import annotations

import re

from briefing_tui.compare.earlier_counts import earlier_count
from briefing_tui.compare.part_links import PART_MEASURES
from briefing_tui.compare.partitives import TOLL_MEASURES
from briefing_tui.compare.reported_results import reported_result
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
# The vote a chamber's seats are counted before, in a few languages: "before the election", "antes de las
# elecciones", "vor den Wahlen", "avant le scrutin", "prima delle elezioni", "antes das eleições".
_BEFORE_VOTE = (r"(?:before|ahead\s{1,3}of|prior\s{1,3}to)\s{1,3}the\s{1,3}(?:elections?|vote|polls?)"
                r"|antes\s{1,3}de\s{1,3}(?:las\s{1,3}elecciones|los\s{1,3}comicios|la\s{1,3}(?:elección|votación))"
                r"|antes\s{1,3}d[ao]s?\s{1,3}(?:eleições|eleição|pleito|votação)"
                r"|vor\s{1,3}(?:den\s{1,3}Wahlen|der\s{1,3}(?:Wahl|Abstimmung))"
                r"|avant\s{1,3}(?:les\s{1,3}élections|le\s{1,3}(?:scrutin|vote))"
                r"|prima\s{1,3}(?:delle\s{1,3}elezioni|del\s{1,3}voto)")
# A sentence opening on that vote ("Before the election, the party held 247 seats and its ally 32"): every seat
# count of the sentence is a holding before it.
_BEFORE_VOTE_OPENING = lazy_compile(rf"\A\W{{0,3}}(?:{_BEFORE_VOTE})\s{{0,3}},", re.IGNORECASE)
# The same words right after a count and its noun ("98 seats before the election", "98 Sitze vor den Wahlen"), or
# "pre-election" right before it ("their pre-election total of 288 seats").
_BEFORE_VOTE_AFTER = lazy_compile(rf"\A(?:\s{{1,3}}[\w'’-]{{1,15}}){{0,2}}?\s{{1,3}}(?:{_BEFORE_VOTE})\b", re.IGNORECASE)
_PRE_VOTE_BEFORE = lazy_compile(r"\bpre-?(?:election|vote|poll)\b(?:\s{1,3}[\w'’-]{1,15}){0,3}\s{1,3}\Z", re.IGNORECASE)
# The parts listed right after such a total ("their pre-election total of 288 seats--256 for the LDP and 32 for
# Komeito"): each part was held before the vote too.
_PRE_VOTE_PARTS = lazy_compile(
    r"\bpre-?(?:election|vote|poll)\b(?:\s{1,3}[\w'’-]{1,15}){0,3}\s{1,3}\d[\d,.]{0,12}(?:\s{1,3}[\w-]{1,15})?"
    r"\s{0,3}(?:--|[,:—–(])\s{0,3}(?:\d[\d,.]{0,12}\s{1,3}(?:for|to)\s{1,3}(?:the\s{1,3})?[\w'’-]{1,30}"
    r"(?:\s{1,3}[\w'’-]{1,30}){0,2}(?:\s{0,3},\s{0,3}|\s{1,3}and\s{1,3})){0,6}\Z", re.IGNORECASE)
# A record the reported figure beats, named before an amount of its sentence: the amounts after it are that record's
# ("explosant la précédente marque qu'il détenait, de 279 milliards", "superó el récord anterior ..., con una
# disminución de 278.900 millones", "anteriores récords negativos, incluyendo la propia caída de Nvidia de 279.000
# millones", "den bisherigen Rekord von", "il precedente record di"); the record's words in group 1, the rest after.
_PREVIOUS_RECORD = lazy_compile(
    r"\b(?:(?:previous|prior|former|old|précédente?|ancien(?:ne)?|bisherigen?|vorherigen?|precedente|anterior(?:es)?)"
    r"\s{1,3}(?:[\w’'-]{1,20}\s{1,3})?(?:records?|marque|Rekord(?:e|s)?|primato|récords?|recorde)"
    r"|(?:records?|récords?|recorde|primato|marque)\s{1,3}(?:anterior(?:es)?|precedente|précédente?|previous|prior))"
    r"\b((?:[^.;:!?]|[.,](?=\d)){0,140})$", re.IGNORECASE)  # (within the sentence: "278.900" ends none)
# Words between that record and an amount that turn to the reported figure ("the previous record of $279 billion was
# beaten as it lost $593 billion"): a verb of losing or beating, or a conjunction opening another clause.
_TURNS_TO_CURRENT = lazy_compile(
    r"\b(?:lost|loses|losing|wiped|shed|beat(?:en|s)?|surpass\w{0,3}|perdió|pierde|perdu|perd|verlor|verliert|perso"
    r"|perde|but|as|while|whereas|mientras|pero|alors|mais|während|aber|mentre|ma|now|ahora|maintenant|jetzt|ora)\b",
    re.IGNORECASE)
RECORD_REACH = 160  # characters before an amount read for a previous record it belongs to
PARTS_REACH = 160  # characters before a count read for a pre-election total it is a part of
PREVIOUS_REACH = 3  # figures either side where a previous value looks for the current one it precedes
BEFORE_REACH = 60  # characters before an amount read for an earlier-value word
AFTER_REACH = 40  # characters after it


def earlier_value(text: str, start: int, end: int, kind: str = "money", measure: str | None = None) -> bool:
    """Whether the figure at ``text[start:end]`` (a ``kind`` of figure of ``measure``) is, by the words around it,
    an earlier value of its measure: an earlier amount, or seats held before the vote."""
    if kind == "count":  # (an earlier toll: "un précédent bilan faisait état de 27 morts", "the night before")
        return measure in PART_MEASURES and held_before_vote(text, start, end) or earlier_count(text, start, end, measure)
    if kind != "money":
        return False
    before = text[max(0, start - BEFORE_REACH):start]
    # (a clause break between the word and the amount leaves the word to another clause: "Earlier, it paid $5")
    tail = re.split(r"[,;:.!?()\[\]—–]", before)[-1]
    if _EARLIER_BEFORE.search(tail):
        return True
    record = _PREVIOUS_RECORD.search(text, max(0, start - RECORD_REACH), start)
    if record and not _TURNS_TO_CURRENT.search(record.group(1)):
        return True  # "la précédente marque qu'il détenait, de 279 milliards": the beaten record's amount
    after = re.split(r"[,;:.!?()\[\]—–]", text[end:end + AFTER_REACH])[0]
    # (or a result reported for a closed period: "reported 1.38 trillion yen in operating profit for the full year")
    return bool(_EARLIER_AFTER.match(after)) or reported_result(text[:start], text[end:])


def held_before_vote(text: str, start: int, end: int) -> bool:
    """Whether the count at ``text[start:end]`` (``text`` its sentence) is held before the vote the sentence
    names ("Before the election, the party held 247 seats", "98 seats before the election", "their pre-election
    total of 288 seats"): what a chamber's seats were, not the result."""
    if _BEFORE_VOTE_OPENING.search(text, 0, start):
        return True
    tail = re.split(r"[,;:.!?()\[\]—–]", text[max(0, start - BEFORE_REACH):start])[-1]
    if _PRE_VOTE_BEFORE.search(tail) or _PRE_VOTE_PARTS.search(text, max(0, start - PARTS_REACH), start):
        return True
    return bool(_BEFORE_VOTE_AFTER.match(re.split(r"[,;:.!?()\[\]—–]", text[end:end + AFTER_REACH])[0]))


def previous_take_measures(out: list[tuple[str, int, int, dict]]) -> list[tuple[str, int, int, dict]]:
    """A previous value ("from 25 percent") measures what the current value of its kind next to it does (``out``:
    the sentence's figures as (kind, start, end, fields)). Seats held before a vote keep their own measure: "a simple
    majority of 233 seats, against their pre-election total of 288 seats" (288 is no majority's bar)."""
    for i, (kind, _, _, fields) in enumerate(out):
        if fields.get("role") != "previous" or fields.get("measure") in PART_MEASURES \
                or kind == "count" and fields.get("measure") in TOLL_MEASURES:
            continue  # (an earlier toll names its own measure: "de 95 muertos, 92 de ellos", the 92 a part of it)
        near = (*range(i + 1, min(len(out), i + 1 + PREVIOUS_REACH)), *range(i - 1, max(-1, i - 1 - PREVIOUS_REACH), -1))
        # the nearest first: "to 275 from 288 and put the injured at 1,175" (288 was the toll, not the injured)
        for j in sorted(near, key=lambda j: (out[j][1] - out[i][2]) if j > i else (out[i][1] - out[j][2])):
            other = out[j][3]
            if out[j][0] == kind and other.get("role") != "previous" and other.get("measure") not in (None, "change"):
                fields.update(measure=other["measure"], subject=fields.get("subject") or other.get("subject"))
                break
    return out
