"""Amounts and shares a firm lost in market value, read in the languages news uses.

A fall told as a loss noun before a share ("a loss of 12%", "una perdita del 12,4%", "einem Verlust von 12 Prozent")
is how much a price moved, not a share of some damage (:func:`lost_share`). An amount that a verb or noun of losing
takes, with a firm's market value named right after it ("lost $310 billion in market value", "a effacé 310 milliards
de dollars de capitalisation boursière", "büßte 310 Milliarden Dollar an Marktwert ein") or right before it ("ha perso
una capitalizzazione di mercato di circa 310 miliardi"), is the value the firm lost: the damage its loss is read as
("a $310 billion loss in market capitalization"), never the value it still has (:func:`market_value_lost`).
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# A loss noun and its link right before a share: "a loss of", "una perdita del", "una pérdida del", "une perte de",
# "einem Verlust von", "uma perda de".
_LOSS_BEFORE = lazy_compile(
    r"\b(?:loss|perdita|pérdida|perte|Verlust|perda)\s{1,3}(?:of|del|de|di|von|da|do)\s{0,3}$", re.I)
LOSS_REACH = 30  # characters before a share searched for a loss noun and its link

# The names of a firm's market value, in the languages news uses: "market value", "market capitalisation",
# "capitalisation boursière", "valeur boursière", "capitalización bursátil", "capitalizzazione di mercato",
# "valor de mercado", "Marktwert", "Börsenwert", "Marktkapitalisierung"; or the value alone ("shares lost $80 billion
# in value overnight", "a perdu 80 milliards de dollars de valeur").
_VALUE_NAME = (
    r"(?:market\s{1,3}(?:value|valuation|capitali[sz]ation|cap)"
    r"|capitali[sz]ation(?:\s{1,3}boursière)?"
    r"|valeur\s{1,3}(?:boursière|marchande)"
    r"|capitalización(?:\s{1,3}bursátil)?"
    r"|capitalizzazione(?:\s{1,3}di\s{1,3}mercato)?"
    r"|capitalização(?:\s{1,3}de\s{1,3}mercado)?"
    r"|valor\s{1,3}de\s{1,3}mercado"
    r"|Marktwert|Börsenwert|Marktkapitalisierung"
    r"|value|valeur|valor|valore|Wert)")  # (the value alone, after a verb of losing: "lost $80 billion in value")
# Right after the amount, its link and at most a determiner or a possessive: "in market value", "off Acme's market
# value", "de capitalisation boursière", "de su capitalización bursátil", "an Marktwert".
_VALUE_AFTER = lazy_compile(
    r"\A\s{0,3}(?:in|of|off|from|de|du|del|di|an|em|do|da)\s{1,3}"
    r"(?:(?:the|its|their|la|le|sa|su|sua|a|o|seinem|ihrem)\s{1,3}|[A-Z][\w-]{1,30}[’']s\s{1,3})?"
    rf"{_VALUE_NAME}\b", re.I)
# Right before the amount: the market value, its link and at most a word of approximation ("una capitalizzazione di
# mercato di circa", "market value of about").
_VALUE_BEFORE = lazy_compile(
    rf"{_VALUE_NAME}\s{{1,3}}(?:of|de|di|von)\s{{1,3}}(?:(?:about|around|some|nearly|circa|quasi|cerca\s{{1,3}}de"
    r"|environ|près\s{1,3}de|rund|fast|knapp)\s{1,3})?$", re.I)
# A verb or noun of losing or falling: "lost", "wiped", "shed", "erased", "a loss", "a drop"; "perdu", "effacé",
# "une chute"; "perdió", "pierda", "borró", "una caída"; "ha perso", "bruciati", "un calo", "un crollo"; "verlor",
# "büßte ... ein", "vernichtet", "ein Einbruch"; "perdeu", "uma queda".
_LOSING = lazy_compile(
    r"\b(?:los[est]|losing|wip(?:ed|es|ing)|shed(?:s|ding)?|eras(?:ed|es|ing)|drop|fall|decline|plunge"
    r"|perd\w{0,6}|pierd\w{1,5}|effa[cç]\w{1,5}|chute|baisse"
    r"|borr\w{1,6}|caída|descenso"
    r"|pers[oaie]|bruciat[io]|calo|crollo"
    r"|verl(?:or|oren|iert)|büßte|eingebüßt|vernicht\w{0,4}|Einbruch|Verlust"
    r"|queda)\b", re.I)
# No end of a clause between the verb of losing and the amount but commas: a sentence's end, a semicolon, a colon.
_CLAUSE_BREAK = lazy_compile(r"[.;:!?]\s")
LOSING_REACH = 60  # characters before an amount (or the market value named before it) searched for a verb of losing


def lost_share(before: str) -> bool:
    """Whether the share after ``before`` is the size of a fall told as a loss ("a loss of 12%")."""
    return _LOSS_BEFORE.search(before[-LOSS_REACH:]) is not None


def losing_before(before: str) -> bool:
    """Whether a verb or noun of losing comes in the clause just before ``before``'s end."""
    near = before[-LOSING_REACH:]
    return bool(_LOSING.search(_CLAUSE_BREAK.split(near)[-1]))


def market_value_lost(before: str, after: str) -> bool:
    """Whether the amount between ``before`` and ``after`` is market value a firm lost: its market value named right
    after it or right before it, and a verb or noun of losing just before it."""
    if _VALUE_AFTER.match(after):
        return losing_before(before)
    named = _VALUE_BEFORE.search(before[-LOSING_REACH:])
    return bool(named) and losing_before(before[:len(before) - LOSING_REACH + named.start()]
                                          if len(before) > LOSING_REACH else before[:named.start()])
