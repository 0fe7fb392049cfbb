"""A range told with a word of "from" whose scale word only its upper end carries: "expect from 550 to 600 million
visitors", "de 550 a 600 milhões de visitantes", "da 550 a 600 milioni", "de 3 à 4 milliards d'euros", "von 2 bis 3
Milliarden Euro" is one range (550 to 600 million), not a bare 550 beside 600 million.

A word of "from" before two numbers that a word of "to" links is a change when a verb or noun of change stands before
it ("rose from 31 to 46", "est passée de 3 à 4 millions", "subió de 550 a 600 millones", "steeg van 2 tot 3
miljard"): two values, read by compare/counts.py. With no such word, and the upper end alone scaled (a bare first
number cannot stand for itself: "from 550 to 600 million" is never 550 people), the pair is one interval. Numbers
with no scale word ("from 30 to 33 cases") stay as they are read (a change or two values): nothing says which.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# A word of "from" right before the first number ("from", "de", "desde", "da", "dal", "dai", "von", "van").
_FROM_WORD = lazy_compile(r"\b(?:from|de|desde|da|dal|dai|von|van)\s{1,3}\Z", re.I)
# A verb or noun of change, one of the two words right before the word of "from", one language a line (English,
# French, Spanish, Italian, Portuguese, Dutch; German tells a change with "auf", never with "bis"): then the two
# numbers are a move between values, not a range. Matched whole on one word: each alternative a literal stem and a
# bounded ending, linear.
_CHANGE_WORD = lazy_compile(
    r"(?:ris(?:e|es|en|ing)|rose|climb\w{0,4}|increas\w{0,4}|grew|grow\w{0,4}|jump\w{0,4}|fell|fall(?:s|en|ing)?"
    r"|drop\w{0,5}|declin\w{0,4}|decreas\w{0,4}|up|down|cut(?:s|ting)?|rais(?:e|ed|es|ing)|revis\w{0,6}"
    r"|lift\w{0,4}|lower(?:ed|s|ing)?|went|soar\w{0,4}|surg(?:e|ed|es|ing)|slump\w{0,4}|plung\w{0,4}|reduc\w{0,6}"
    r"|expand\w{0,4}|shr[aiu]nk\w{0,3}|mov(?:e|ed|es|ing)|chang\w{0,4}|upgrad\w{0,4}|downgrad\w{0,4}|boost\w{0,4}"
    r"|swell\w{0,4}|swollen|doubl\w{0,4}|tripl\w{0,4}|slid(?:e|es|ing)?|slipp\w{0,4}|tumbl\w{0,4}|sank|sink\w{0,3}"
    r"|narrow\w{0,4}|widen\w{0,4}|correct\w{0,6}|adjust\w{0,6}|updat\w{0,4}|gain(?:s|ed|ing)?|lost|edg(?:e|ed|es|ing)"
    r"|pass(?:é|ée|ées|és|er|e|ent|ait|era)|mont(?:é|ée|ées|és|er|e|ent|ait)|grimp\w{0,5}|augment\w{0,6}"
    r"|baiss\w{0,5}|diminu\w{0,6}|recul\w{0,5}|rédui\w{0,5}|hauss\w{0,5}|chut\w{0,5}|élev\w{0,5}|corrig\w{0,5}"
    r"|révis\w{0,5}|actualis\w{0,5}"
    r"|sub[eiíe]\w{0,6}|baj\w{0,6}|aument\w{0,6}|cay\w{0,6}|caíd[ao]s?|descen\w{0,6}|desci\w{0,6}|disminu\w{0,6}"
    r"|recort\w{0,6}|elev\w{0,6}|ampli[óoa]\w{0,5}|pas(?:ó|a|aron|ar|ado|ada)|increment\w{0,6}|rebaj\w{0,6}"
    r"|redu\w{0,6}|ajust\w{0,6}|crec\w{0,6}|creci\w{0,6}"
    r"|sali\w{0,5}|sces\w{0,4}|scend\w{0,5}|cal(?:o|a|ato|ata|ati|ate|ano)|cresc\w{0,6}|dimin\w{0,6}|ridott\w"
    r"|ridu\w{0,6}|alz\w{0,6}|pass(?:ato|ata|ati|ate|a|ano|ou|aram|ando)"
    r"|caiu|caíram|cai|desce[ru]\w{0,4}|atualiz\w{0,5}"
    r"|steeg|stegen|stijg\w{0,3}|gestegen|daal\w{0,3}|daalde|gedaald|groei\w{0,3}|gegroeid|verhoog\w{0,3}"
    r"|verlaag\w{0,3}|toegenomen|afgenomen|nam)", re.I)
# The two words right before the word of "from" ("rose sharply from", "est passée de", "aumentó este año de").
_LAST_WORDS = lazy_compile(r"[^\W\d_]+")
CHANGE_WORDS = 2  # words before the word of "from" read for a verb or noun of change
CHANGE_REACH = 40  # characters before the word of "from" those words are looked for in


def from_without_change(before: str) -> bool:
    """Whether the text right ``before`` a first number ends with a word of "from" and holds no verb or noun of change
    in the ``CHANGE_WORDS`` words before it (then a scaled upper end makes the pair one range)."""
    m = _FROM_WORD.search(before)
    if m is None:
        return False
    words = _LAST_WORDS.findall(before[max(0, m.start() - CHANGE_REACH):m.start()])[-CHANGE_WORDS:]
    return not any(_CHANGE_WORD.fullmatch(w) for w in words)


FROM_REACH = 60  # characters before a first number handed to :func:`from_without_change`
