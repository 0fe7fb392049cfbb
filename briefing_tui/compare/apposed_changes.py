"""A share apposed to a change told in another unit is that change, in percent: "the index shed 4,451 points, or
12.4%", "the stock fell by $161.79, or 60.41%", "l'indice a perdu 4 451 points, soit 12,4 %", "el índice cayó 4.451
puntos, o un 12,4%", "o índice caiu 4.451 pontos, ou 12,4%", "l'indice ha perso 4.451 punti, ossia il 12,4%". The
verb of change stands before the first amount, out of the few words before the share the reader of a share's own
verb of change looks at (``measures.CHANGE_WORDS``); the share after "or" says the same change again. A share apposed
to a count with no verb of change ("4,671,021 votes, or 33.49 percent") is left to the count's measure."""

from __future__ import annotations

import re

from briefing_tui.compare.measures import CHANGE_WORDS, CLAUSE_SPLIT, words_in
from briefing_tui.lazy_pattern import lazy_compile

# The link between an amount and its share, at the end of the text before the share: an optional comma, then "or"
# in one of the languages, then an article or preposition the share may take ("o un 12,4%", "ossia il 12,4%").
_APPOSED_LINK = lazy_compile(
    r",?\s{1,3}(?:"
    r"or"  # English
    r"|soit"  # French
    r"|o\s{1,3}sea|o"  # Spanish
    r"|ou\s{1,3}seja|ou"  # Portuguese (and French "ou")
    r"|ossia|cioè|ovvero"  # Italian ("o" as Spanish)
    r"|oder|also"  # German
    r")(?:\s{1,3}(?:un|una|el|le|il|lo|um|by|de|del|um))?\s{1,3}$", re.I)
# The last amount before the link: a number, then at most a few words of its unit ("4,451 points", "$161.79",
# "4 451 points", "4.451 puntos").
_AMOUNT_END = lazy_compile(r"\d(?:[\w$€£¥%.,’'-]{0,20})(?:\s{1,3}[^\W\d_][\w'’-]{0,20}){0,2}\s{0,3}$")
APPOSED_CHANGE_REACH = 4  # words before the apposed amount read for a verb of change ("fell by $161.79")


def apposed_change(before: str) -> bool:
    """Whether the share right after ``before`` is apposed ("or", "soit", "o", "ou", "ossia", "oder") to an amount
    that a verb of change governs: the same change in percent."""
    link = _APPOSED_LINK.search(before)
    if not link:
        return False
    head = before[:link.start()]
    amount = _AMOUNT_END.search(head)
    if not amount:
        return False
    clause = CLAUSE_SPLIT.split(head[:amount.start() + 1])[-1]
    near = [w.group(0).lower() for w in words_in(clause)][-APPOSED_CHANGE_REACH:]
    return any(w in CHANGE_WORDS for w in near)
