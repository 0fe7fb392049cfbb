"""Scores and tallies: two counts written like a range ("won 59-41", "a 6-3 ruling", "the vote was 218-214",
"beat them 3-1"), which are a result of two sides, never the range "59 to 41".

A range always rises ("20-30 people"); a tally is told by a second number smaller than the first, or by the words
around it: a verb of a result before it (won, beat, voted, ruled) or a noun of one after it (ruling, vote, score).
Each side is a count of its own measure: the votes for and against a motion or ruling, or the points of the side
named and of its opponent (see ``TALLY_MEASURES``).
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

TALLY_REACH = 40  # characters before a tally read for the verb or noun of a result
# A result named before the tally, with at most four words between ("voted 59-41", "the vote was 218-214",
# "beat them 3-1", "the closest losing margin ever in 1861 at 25-26").
_RESULT_BEFORE = lazy_compile(
    r"\b(?P<cue>won|wins?|winning|beat|beats|beaten|defeated|defeats?|lost|loses|losing|drew|draws?|tied|ties|edged"
    r"|trailed|trails|leads?|led"
    r"|voted|votes?|voting|ruled|rulings?|decisions?|verdicts?|passed|approved|rejected|confirmed|majority"
    r"|scored?|scores|tally|margin"
    r"|triunfo|victoria|victoire|vitória|vittoria|ganó|venceu|ganhou|gagné|remporté|l'a\s+emporté|vinto|vinse)\b"
    r"(?:\s{1,3}[\w,]{1,15}){0,4}\s{1,3}$",
    re.I)
# A result named right after the tally ("a 6-3 ruling", "a 3-1 win", "a 218-214 vote").
_RESULT_AFTER = lazy_compile(
    r"[\s-]{1,3}(?P<cue>ruling|decision|vote|verdict|majority|split|win|victory|loss|defeat|score|scoreline|margin"
    r"|tally|draw)\b",
    re.I)
# The cues of a vote, a ruling or a decision (the sides are votes for and against); the others are of a game.
_VOTE_CUE = lazy_compile(r"vot|rul|decision|verdict|pass|approv|reject|confirm|majority|split", re.I)
# The measures of the two sides of a game (a vote's are those of votes.VOTE_MEASURES: for and against).
GAME_MEASURES = ("score-for", "score-against")
# "to" between two numbers makes a tally only with a result named ("the Senate voted 51 to 49"); a dash does
# when the second number is smaller ("59-41") or a result is named ("lost 1-3").
_TO = lazy_compile(r"\b(?:to|a|à)\b", re.I)
# The second side of a tally written with the "a" of Spanish, Portuguese and Italian or the "à" of French ("un
# inapelable 74 a 26", "gagné 3 à 1"), which the count pattern does not read as a range: a bare number, nothing
# counted or measured after it.
ROMANCE_SECOND = lazy_compile(r"\s{1,3}(?:a|à)\s{1,3}(?P<n2>\d{1,3}(?:,\d{1,2})?)(?![\w%]|[.,]\d|\s*%"
    r"|\s*(?!(?:en|em|in|contre|contra|contro|y|e|et|ed|o|ou|con|com|avec|para|pour|per|sur|su|sobre)\b)[^\W\d_])")


def tally_measures(text: str, n1_start: int, n2_end: int, between: str, first: float,
                   second: float) -> tuple[str, str] | None:
    """The measures of the two sides when the numbers at ``n1_start`` .. ``n2_end`` of ``text`` (``between`` is what
    separates them) are a tally, else None (a range)."""
    before = _RESULT_BEFORE.search(text, max(0, n1_start - TALLY_REACH), n1_start)
    after = _RESULT_AFTER.match(text, n2_end)
    cue = before or after
    if _TO.search(between):
        if not (cue and second < first):
            return None
    elif not (second < first or cue):
        return None
    if second > first and after is None and before is not None and _NOUN_AFTER.match(text, n2_end):
        return None  # "won 20-30 seats": a range of what was won
    if after and _VOTE_CUE.search(after.group("cue")) and not (before and _VOTE_CUE.search(before.group("cue"))):
        cue = after  # ("lost a 301-212 vote": the vote named after, the loss before)
    if cue and _VOTE_CUE.search(cue.group("cue")):
        from briefing_tui.compare.votes import VOTE_MEASURES  # (votes reads counts, which reads tallies)

        if _lost(text, cue, n1_start) and first >= second:
            return VOTE_MEASURES["against"], VOTE_MEASURES["for"]  # the larger side beat the motion
        return VOTE_MEASURES["for"], VOTE_MEASURES["against"]
    return GAME_MEASURES


LOSS_REACH = 60  # characters before a tally's vote cue read for a word of losing it ("lost the confidence vote")
# A motion's loss or rejection, as a tally's cue itself ("was rejected 301-212") or a few words before its cue of a
# vote ("lost the confidence vote on Monday, 364 to 194", "a perdu le vote", "verlor die Abstimmung"): its side of
# "for" lost, so the larger count is the votes against (not the first written).
_LOSS_WORDS = (r"(?:lost|loses|losing|lose|failed|fails|rejected|defeated|perdu|perdió|perdeu|perso|verlor|verloren"
               r"|rejet\w*|rechaz\w*|respint\w*|rejeit\w*|abgelehnt)")
_LOSS_CUE = lazy_compile(rf"{_LOSS_WORDS}\Z", re.I)
_LOSS_BEFORE_CUE = lazy_compile(rf"\b{_LOSS_WORDS}(?:\s{{1,3}}[\w'’-]{{1,25}}){{0,3}}\s{{1,3}}$", re.I)


def _lost(text: str, cue: re.Match, n1_start: int) -> bool:
    """Whether the tally's clause names its motion lost or rejected (``_LOSS_CUE``, ``_LOSS_BEFORE_CUE``)."""
    if _LOSS_CUE.match(cue.group("cue")):
        return True
    end = cue.start("cue") if cue.start() < n1_start else n1_start  # (a cue after the tally: "lost a 301-212 vote")
    return bool(_LOSS_BEFORE_CUE.search(text, max(0, end - LOSS_REACH), end))


# A counted noun right after the second number ("20-30 seats"), not a preposition or conjunction ("lost 1-3 after
# extra time").
_NOUN_AFTER = lazy_compile(r"[\s-]{1,3}(?!(?:after|before|in|on|at|to|for|with|against|and|but|or|of|over|during|from|by"
                         r"|as|the|than|when|while|since)\b)[a-z]{3}", re.I)
