"""A share lost or gained since an earlier vote or year: "lost 11% of the vote compared to the 2019 elections" is a
change of the share (measure "change"), not the share won ("won 29% of the vote"). A share of the vote lost is a
change, the earlier vote named or not: nobody loses a level ("the party lost nearly 9% of the vote", "a perdu près de
10 % des voix", "perdieron casi un 10 % de los votos"), while a share gained may be the share won ("gagné 29 % des
voix")."""

from __future__ import annotations

import re

from briefing_tui.compare.measures import CHANGE_WORDS, words_in
from briefing_tui.lazy_pattern import lazy_compile

# After the share, in its clause: a comparison with an earlier time, the year or the earlier vote named within a few
# words and no other figure before it ("compared to the 2019 elections", "since the last election", "rispetto al
# 2019", "gegenüber 2019", "respecto a sus resultados de 2019"). A value compared ("compared to 16% in 2019") is a
# share set beside another, not a change: a numeral other than a year stops the match.
_EARLIER_AFTER = lazy_compile(
    r"\A[^.;:!?\d]{0,50}?\b(?:compared\s+(?:to|with)|since|rispetto\s+a(?:l|lle|i)?|gegenüber|respecto\s+a"
    r"|par\s+rapport\s+(?:à|au|aux)|em\s+relação\s+a|frente\s+a)\s+(?:[^\W\d_][\w’'-]*\s+){0,4}?"
    r"(?:(?:19|20)\d\d\b|(?:last|previous|earlier|précédent\w*|anterior\w*|vorigen|letzten|precedent\w*|ultim\w*)\b)",
    re.I)
# A verb of losing right before the share, or with only words of a qualifier between ("lost nearly", "a perdu près de",
# "perdieron casi un", "verloren fast"), in the languages read: the share is what was lost ("lost the election with
# 29% of the vote" is the share won).
_LOSS_BEFORE = lazy_compile(
    r"\b(?:lost|lose|loses|losing|perdu|perd|perdent|perdió|perdieron|perdido|perdeu|perderam|perdendo|perso|persero"
    r"|perde|verlor|verloren|verliert)"
    r"(?:\s{1,3}(?:nearly|almost|about|around|roughly|some|over|more|than|close|to|près|de|d['’]|presque|environ|plus"
    r"|casi|un|una|cerca|del|más|quase|mais|quasi|circa|oltre|il|fast|rund|etwa|knapp|über|mehr|als)){0,4}\s{0,3}$",
    re.I)
# The vote right after the share ("of the vote", "des voix", "de los votos", "der Stimmen"): a party's share of the
# vote lost is a change; a share of a value lost ("una cuarta parte de su valor") is a price move, told apart elsewhere.
_VOTES_AFTER = lazy_compile(
    r"\A[^\d.;:!?]{0,25}?\b(?:votes?|voix|suffrages|votos?|voti|sufragios|stimmen|ballots?)\b", re.I)
CHANGE_VERB_REACH = 2  # words right before the share read for its verb of change ("lost 11%", "has lost 11%")


def changed_share(before: str, after: str) -> bool:
    """Whether the share right after ``before`` is a change since an earlier time: a verb of losing just before it
    and the vote after it (``_LOSS_BEFORE``, ``_VOTES_AFTER``), or a verb of change just before it and a comparison
    with an earlier vote or year after it."""
    if _LOSS_BEFORE.search(before[-40:]) and _VOTES_AFTER.match(after):
        return True  # ("a perdu près de 10 % des voix": what was lost, with or without the earlier vote named)
    near = [w.group(0).lower() for w in words_in(before[-40:])][-CHANGE_VERB_REACH:]
    return any(w in CHANGE_WORDS for w in near) and _EARLIER_AFTER.match(after) is not None
