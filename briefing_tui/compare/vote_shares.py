"""The side a share of a vote took: "96% of voting workers rejected the contract", "rejected the contract with a vote
of 94.6%", "approuvé un débrayage à 96%", "mit einer Mehrheit von 94,6 Prozent abgelehnt", "Für den Streik stimmten 96
Prozent", "el 96% aprobaba el paro", "approvato dal 96 per cento dei suoi membri".

A union's ballot, a referendum or a shareholders' vote gives two shares that are not one measure: the share that
rejected (voted against) and the share that approved (voted for, voted to strike). Read from a verb or noun of
rejecting or approving in the share's own clause: right after the share as its verb ("96% approved"), or before it
with the share as the vote's size ("with a vote of", "à", "mit einer Mehrheit von", "dal") or as its subject
("lehnten 95 Prozent der Arbeiter ... ab"). A share of something else in the clause ("a contract that would have
raised wages by 25%") is no vote's share: the window before stops at the clause's relative pronoun, a share told by
an article ("approved a 5% raise") is no vote's size.
"""

from __future__ import annotations

import re
from typing import get_args

from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import VoteShareSide

# The measures of the two sides (one word each: a measure's last word is its base, compare/measured.py).
VOTE_SHARE_MEASURES: dict[VoteShareSide, str] = dict(zip(get_args(VoteShareSide), ("rejection-share", "approval-share")))

# A verb of voting, never the noun ("55,95% de los votos contra un 44,08%": a race's two shares, no side of a motion).
_VOTED = r"(?:voted|voting|vote|votaron|vot[óo]|votou|votaram|votato|votarono|vot(?:é|ée|és|ées)|votent|stimmten)"
# Words of rejecting: "rejected", "voted against", "rejet", "rejeté", "rechazó", "rechazaba", "respinto", "rejeitou",
# "abgelehnt", "lehnten", "Ablehnung", "stimmten gegen". Listed before the words of approving, so that "voté contre"
# is read as against, not as the bare "voté".
_AGAINST = (rf"reject\w{{0,4}}|turned\s{{1,3}}down|{_VOTED}\s{{1,3}}(?:against|contre|en\s{{1,3}}contra|contro|contra|gegen)"
            r"|rejet\w{0,5}"
            r"|rechaz\w{0,5}"
            r"|respint\w{0,2}|bocciat\w{0,1}"
            r"|rejeit\w{0,5}"
            r"|abgelehnt|lehnte\w{0,1}|Ablehnung|stimmten\s{1,3}gegen")
# Words of approving: "approved", "ratified", "voted in favour", "voted to strike", "approuvé", "votée", "aprobaba",
# "approvato", "aprovou", "zugestimmt", "angenommen", "stimmten für", "Für den Streik stimmten".
_FOR = (rf"approv\w{{0,5}}|ratifi\w{{0,5}}|endorsed|{_VOTED}\s{{1,3}}(?:in\s{{1,3}}favou?r|to\s{{1,3}}strike)|to\s{{1,3}}strike"
        r"|approuv\w{0,4}|vot(?:é|ée|és|ées)(?!\s{1,3}pour\b)|en\s{1,3}faveur"
        r"|aprob\w{0,5}|a\s{1,3}favor"
        r"|a\s{1,3}favore|favorevoli"
        r"|aprov\w{0,5}"
        r"|zugestimmt|angenommen|Zustimmung|stimmten\s{1,3}für|für\s{1,3}(?:den|die|das)\s{1,3}\w{2,30}\s{1,3}stimm\w{0,3}")
# A cue of either side, on word boundaries; ``against`` names the group of rejecting.
_CUE = lazy_compile(rf"(?<![\w-])(?:(?P<against>{_AGAINST})|(?P<for>{_FOR}))(?![\w-])", re.I)
# Nouns of rejecting or approving, not verbs ("le rejet massif", "the approval"), and the bare French participle of
# voting ("la grève a été votée à 96 %"): read before a share only, never as the verb a share is subject of ("96 %
# après le rejet": the rejection is another share's; "30 % des électeurs ont voté pour le parti": an election's share).
_BEFORE_ONLY_CUE = lazy_compile(r"(?<![\w-])(?:rejection|rejet|rechazo|Ablehnung|approval|Zustimmung|vot(?:é|ée|és|ées))"
                                r"(?![\w-])", re.I)
# Where the share's own clause ends before it: a relative pronoun opening a clause of its own ("a contract that would
# have raised wages by 25%"), another share, or a sentence's end.
_BEFORE_BOUND = lazy_compile(r"(?<![\w-])(?:that|which|que|qui|cui|che)(?![\w-])|%|\bProzent\b|\bper\s{1,3}cento\b"
                             r"|\bpor\s{1,3}ciento\b|\bpour\s{1,3}cent\b|[.;!?]\s", re.I)
VOTE_SHARE_REACH = 90  # characters before a share read for the vote's word
# The vote's size named right before the share: "with a vote of", "by", "à", "avec", "par", "con (un|el)", "por",
# "mit einer Mehrheit von", "von", "dal", "com", "with a majority of", "à une majorité de".
_SIZE_BEFORE = lazy_compile(
    r"(?<![\w-])(?:"
    r"(?:with|by)(?:\s{1,3}an?\s{1,3}(?:vote|majority|margin)\s{1,3}of)?"
    r"|(?:à|avec|par)(?:\s{1,3}une\s{1,3}majorité\s{1,3}de)?"
    r"|(?:con|por)(?:\s{1,3}(?:un|el|una\s{1,3}mayoría\s{1,3}del?))?"
    r"|mit(?:\s{1,3}einer\s{1,3}Mehrheit)?\s{1,3}von|von"
    r"|dal|con\s{1,3}il|col|com"
    r")\s{1,3}$", re.I)
# The voters named after a share, as its partitive ("96% of voting workers", "95 Prozent der Arbeiter", "el 94,6% de
# los trabajadores", "94,5% dei dipendenti"): the share is who voted.
_VOTERS_AFTER = lazy_compile(r"\A\s{0,3}(?:of|de|des|der|dei|degli|delle|del|dos|das)\s", re.I)
# Nothing after the share in its clause ("Für den Streik stimmten 96 Prozent."): the share is the verb's subject.
_CLAUSE_ENDS_AFTER = lazy_compile(r"\A\s{0,3}(?:[.,;!?]|$)")
# Where the share's clause ends after it: punctuation, another figure, or a conjunction opening the next clause.
_AFTER_BOUND = lazy_compile(r"[,;:.!?()\d]|(?<![\w-])(?:and|et|y|und|e|while|mentre|mientras|alors)(?![\w-])",
                            re.I)
VOTE_VERB_AHEAD_WORDS = 6  # words after a share read for the verb it is subject of ("94,6% de los trabajadores votantes rechazaba")
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")


def _side(match) -> VoteShareSide:
    return "against" if match.group("against") else "for"


def vote_share(before: str, after: str) -> str | None:
    """The measure (``VOTE_SHARE_MEASURES``) of a share of a vote by the side it took, else None."""
    clause_after = _AFTER_BOUND.split(after, maxsplit=1)[0]
    words = list(_WORD.finditer(clause_after))[:VOTE_VERB_AHEAD_WORDS]
    ahead = clause_after[:words[-1].end()] if words else ""
    for cue in _CUE.finditer(ahead):
        if not _BEFORE_ONLY_CUE.fullmatch(cue.group(0)):
            return VOTE_SHARE_MEASURES[_side(cue)]  # "96% approved the work stoppage"
    window = before[-VOTE_SHARE_REACH:]
    bounds = list(_BEFORE_BOUND.finditer(window))
    window = window[bounds[-1].end():] if bounds else window
    cues = list(_CUE.finditer(window))
    if not cues:
        return None
    if not (_SIZE_BEFORE.search(window) or _VOTERS_AFTER.match(after)
            or (_CLAUSE_ENDS_AFTER.match(after) and not window[cues[-1].end():].strip())):
        return None  # "approved a 5% raise": the share is what was approved, no vote's size
    return VOTE_SHARE_MEASURES[_side(cues[-1])]
