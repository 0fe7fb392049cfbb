"""A count's change, not its level: "having lost 250 seats since the last election", "resulting in the loss of 251
seats", "an increase of 28 cases in the last five days", "25 new cases since the end of last week", "39 more
confirmed cases since Tuesday's update", "Labour is up 30 seats" tell how much a count moved; "they won as few as
122", "bringing the total to 256" tell what it comes to. The two are figures of different scope (an increment
against a total), never one claim and never weighed against each other (compare/change_amounts.py splits them).

A count with no word of change stays a level: "potentially 1,000 more people missing" (more besides the dead, at no
time before), "a further 10,100 are reported missing", "three or more related cases".
"""

from __future__ import annotations

import re

from briefing_tui.compare.measures import PEOPLE_MEASURES
from briefing_tui.lazy_pattern import lazy_compile

# A qualifier between the word of change and the count ("lost nearly 40 seats", "an increase of more than 200").
# (An adverb may come first, with the figure's own qualifier inside the figure: "gained well over 20 seats".)
_QUALIFIER = (r"(?:(?:well|far|just)\s{1,3})?"
              r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s{1,3}than|at\s{1,3}least|up\s{1,3}to"
              r"|an\s{1,3}estimated|a\s{1,3}net|a\s{1,3}further|another|only|just)\s{1,3})?")
# A verb of losing or gaining right before the count: "having lost 250 seats", "losing 38 seats", "gained nine seats",
# "picked up 12 seats"; "perdió 20 escaños", "a perdu 30 sièges", "ha perso 20 seggi", "verlor 40 Sitze". (Not of people: "lost 300
# soldiers" is a toll; not "ganó 137 escaños", "gewann 30 Sitze": won, the level.)
# (Or with an earlier item of the verb's list between: "pierde 400.000 votos y 20 asientos".)
_CHANGE_VERB = (r"\b(?:lost"
                r"|los(?:e|es|ing)"
                r"|shed(?:s|ding)?"
                r"|gain(?:s|ed|ing)?"
                r"|pick(?:s|ed|ing)?\s{1,3}up"
                r"|perdi[óo]|perdieron|pierden?|perdiendo|perdeu|perderam|perdendo|perdu|perd|perdent|perdant|perso|persi|perdono"
                r"|verlor(?:en)?|verliert|einbüßte)\s{1,3}")
_LIST_ITEM = r"(?:\d[\d.,\s\u00a0\u202f]{0,15}\s{1,3}[^\W\d_]{2,25}\s{1,3}(?:and|y|e|et|und|ed)\s{1,3})?"
_VERB_BEFORE = lazy_compile(_CHANGE_VERB + _LIST_ITEM + _QUALIFIER + r"\Z", re.I)
# A noun of change with "of" right before the count: "the loss of 251 seats", "an increase of 28 cases", "a net gain
# of 12"; "una pérdida de 20", "une hausse de 30", "ein Zuwachs von 40".
_NOUN_OF_BEFORE = lazy_compile(
    r"\b(?:increases?|rises?|jumps?|surges?|spikes?|upticks?|gains?|loss(?:es)?|drops?|declines?|decreases?"
    r"|reductions?|cuts?"
    r"|pérdidas?|aumento|subida|ganancia|perte|hausse|baisse|gain|Zuwachs|Verlust|Anstieg|Rückgang)"
    r"\s{1,3}(?:of|de|von|um)\s{1,3}" + _QUALIFIER + r"\Z",
    re.I)
# "up"/"down" with the count as a clause's predicate: "Labour is up 30 seats", "the Tories, down 12", "down by 12".
# (Not a verb's particle: "picked up", "set up 3 camps".)
_UP_BEFORE = lazy_compile(
    r"(?:^|[,;(—–]|\b(?:is|are|was|were|now|be|been|being|s))\s{0,3}(?:up|down)\s{1,3}(?:by\s{1,3})?" + _QUALIFIER
    + r"\Z",
    re.I)
# A number word or digit, then a word of a new count inside the figure's own text ("25 new cases", "1,000 fresh
# cases"; "20 neue Fälle", "30 nuevos casos", "40 nouveaux cas"): newly counted ones are an increment.
_NEW_IN = lazy_compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundreds?|thousands?|millions?))"
    r"\s{1,3}(?:new|fresh|neuen?|neuer?|nuev[oa]s|nouveaux|nouvelles|novos|novas|nuov[ie])\b",
    re.I)
# The same word right after the figure ("25 new", "39 more confirmed cases", "20 more than had been identified").
_MORE_AFTER = lazy_compile(r"\A\s{1,3}(?P<word>new|fresh|more|additional|extra|fewer)\b", re.I)
# After "more", "additional", "fewer": the clause says against what or since when ("39 more confirmed cases since
# Tuesday's update", "20 more than had previously been identified", "in the past 24 hours"); without it "1,000 more
# people missing" is more besides others, not a change.
_SINCE_AFTER = lazy_compile(
    r"\b(?:since|than|compared|previously|earlier|overnight|yesterday"
    r"|(?:in|over|during)\s{1,3}the\s{1,3}(?:last|past|previous))\b",
    re.I)
# A clause boundary: the cue must stand in the count's own clause.
_CLAUSE_CUT = lazy_compile(r"[;:—–]|,\s|\.\s")
COUNT_REACH = 60  # characters searched on each side of the count for its words of change


def _clause_after(after: str) -> str:
    """The part of ``after`` before its first clause boundary."""
    cut = _CLAUSE_CUT.search(after)
    return after[:cut.start()] if cut else after


def is_count_change(text: str, lo: int, hi: int, measure: str | None) -> bool:
    """Whether the count at ``text[lo:hi]`` is how much a count moved ("having lost 250 seats", "an increase of 28
    cases", "25 new cases", "39 more confirmed cases since Tuesday's update", "Labour is up 30 seats"), not its level.
    ``measure`` is the figure's: a verb of losing people ("lost 300 soldiers") tells a toll, not a change."""
    before, after = text[max(0, lo - COUNT_REACH):lo], text[hi:hi + COUNT_REACH]
    if _NOUN_OF_BEFORE.search(before) or _UP_BEFORE.search(before) or _NEW_IN.search(text, lo, hi):
        return True
    if _VERB_BEFORE.search(before) and (measure or "").split(" ")[-1] not in PEOPLE_MEASURES:
        return True
    more = _MORE_AFTER.match(after)
    if more is None:
        return False
    return more.group("word").lower() in ("new", "fresh") or bool(_SINCE_AFTER.search(_clause_after(after)))
