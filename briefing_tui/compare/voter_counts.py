"""People counted as they vote are the voters, a count of the votes cast (issue 11, missed disagreements of the cause
"measures differ"): "11.6 million Romanians took part in the vote", "11,6 millones de ciudadanos rumanos emitieron su
voto", "11 milioni di romeni che hanno partecipato al voto", "8 millions d'électeurs se sont rendus aux urnes", "6
Millionen Menschen gaben ihre Stimme ab". Such counts came out as plain "people", as the crowd's "attendance" of a
march ("participated"), or as their own noun, never weighed against "11.64 million voters" (votes). So is a count of
people set in brackets after a turnout's share: "a turnout of 64% (11.6 million people)" restates that share as the
voters.

Only a count that names no other measure is read here (the dead, the evacuated, a party's seats keep theirs), and
only when the verb of voting follows it in its own clause (a nationality it was read of is who voted, the whole
electorate, not a subject whose votes they are); a count of people who voted for someone ("two million
people voted for Labour") is that one's votes, not the voters of the whole, and stays as it was.
"""

from __future__ import annotations

import dataclasses
import re

from briefing_tui.compare.language_words import language_words
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

VOTES = "votes"  # (the measure "11.64 million voters" reads as: the count of the votes cast)
# The measures a count of people has when nothing said what they did (or "participated" read as a crowd's).
_UNSAID = frozenset({None, "people", "attendance"})
# A count of people read as the turnout it stands beside: the voters when it restates the turnout's share in brackets.
TURNOUT = "turnout"
VOTE_REACH = 120  # characters after a count searched for its verb of voting (its clause ends before)
# Nouns of voters, in the languages of the corpus (a count of them names its measure already, but for a bare one).
_VOTER_NOUNS = frozenset("""voters electors électeurs électrices electores votantes elettori eleitores wähler
                         wählerinnen kiezers""".split())
# After a count: a few words of its own phrase ("rumanos", "cittadini romeni che", "who"), no number and no clause
# end, then a verb of voting in English, Spanish, Italian, French, Portuguese, German or Dutch, not followed by whom
# for ("voted for Labour", "votaron por", "ont voté pour": one side's votes).
_VOTED_AFTER = lazy_compile(
    r"(?:\s{1,3}[^\W\d_][\w'’-]{0,24}){0,4}?\s{1,3}"
    r"(?:(?:have\s{1,3}|had\s{1,3})?(?:cast\s{1,3}(?:their\s{1,3})?(?:ballots?|votes?)"
    r"|went\s{1,3}to\s{1,3}the\s{1,3}polls|turned\s{1,3}out\s{1,3}to\s{1,3}vote"
    r"|(?:took|take|taken)\s{1,3}part\s{1,3}in\s{1,3}the\s{1,3}(?:vote|voting|ballot|election|poll|runoff)"
    r"|participated\s{1,3}in\s{1,3}the\s{1,3}(?:vote|voting|ballot|election|poll|runoff))"
    # (Spanish)
    r"|emitieron\s{1,3}su\s{1,3}voto|ejercieron\s{1,3}su\s{1,3}(?:derecho\s{1,3}al\s{1,3})?voto"
    r"|acudieron\s{1,3}a\s{1,3}(?:las\s{1,3}urnas|votar)|participaron\s{1,3}en\s{1,3}(?:la\s{1,3}votaci[óo]n|los\s{1,3}comicios)"
    # (Italian)
    r"|(?:hanno|avevano)\s{1,3}(?:partecipato\s{1,3}al\s{1,3}voto|votato|espresso\s{1,3}il\s{1,3}(?:loro\s{1,3})?voto)"
    r"|si\s{1,3}sono\s{1,3}recati\s{1,3}alle\s{1,3}urne"
    # (French)
    r"|se\s{1,3}sont\s{1,3}rendu(?:e)?s\s{1,3}aux\s{1,3}urnes|ont\s{1,3}(?:particip[ée]|pris\s{1,3}part)\s{1,3}au"
    r"\s{1,3}(?:vote|scrutin)|ont\s{1,3}vot[ée]"
    # (Portuguese)
    r"|foram\s{1,3}às\s{1,3}urnas|compareceram\s{1,3}às\s{1,3}urnas|votaram|participaram\s{1,3}(?:da|na)\s{1,3}vota[çc][ãa]o"
    # (German: a time or place may stand between the verb and its object: "gaben am Sonntag ihre Stimme ab")
    r"|gaben(?:\s{1,3}\w{1,20}){0,3}?\s{1,3}ihre\s{1,3}Stimmen?\s{1,3}ab|gingen(?:\s{1,3}\w{1,20}){0,3}?\s{1,3}zur"
    r"\s{1,3}Wahl|haben\s{1,3}gewählt"
    # (Dutch)
    r"|brachten\s{1,3}hun\s{1,3}stem\s{1,3}uit"
    # (a verb of voting alone)
    r"|voted|votaron|votaram|stemden)\b"
    r"(?!\s{1,3}(?:for|against|pour|contre|por|para|contra|per|em|no|na|pelo|pela|für|gegen|voor|tegen|a\s{1,3}favor)\b)",
    re.I)
# Words of a turnout before a share: "turnout", "participación", "participation", "affluenza", "participação",
# "Wahlbeteiligung", "opkomst".
_TURNOUT_WORD = lazy_compile(
    r"\b(?:turnout|participaci[óo]n|participation|affluenza|participa[çc][ãa]o|wahlbeteiligung|beteiligung|opkomst)\b",
    re.I)
TURNOUT_REACH = 120  # characters before the share searched for the word of a turnout
# A share, then an opening bracket and what may stand before the count in it ("(more than ", "(más de "): the count is
# checked to start right after.
_SHARE_THEN_BRACKET = lazy_compile(r"%\s{0,3}\(\s{0,3}\Z")
# The count's last word: its noun ("ciudadanos", "Romanians"), in the last ``NOUN_TAIL`` characters of its text.
_LAST_WORD = lazy_compile(r"([^\W\d_]{1,40})\W{0,3}\Z")
NOUN_TAIL = 48
_QUALIFIER_REACH = 16  # characters of a qualifier that may stand between the bracket and a count's number


def _people_noun(word: str) -> bool:
    """Whether a count's noun counts people as such: a word for people, citizens or nationals, or voters."""
    table = language_words()
    return word in table.people or word in table.nationalities or word in _VOTER_NOUNS \
        or word in ("people", "persons", "citizens", "nationals", "adults")


def _in_brackets_after_turnout(text: str, start: int, end: int) -> bool:
    """Whether the count at ``text[start:end]`` stands in brackets right after a share that a turnout's word before
    it names ("alcanzando el 64,72% (más de 11,6 millones de personas)")."""
    before = text[max(0, start - _QUALIFIER_REACH):start]
    opened = before.rfind("(")
    if opened < 0 or not text[end:end + 3].lstrip().startswith(")"):
        return False
    head = text[:max(0, start - len(before) + opened + 1)]
    return bool(_SHARE_THEN_BRACKET.search(head)) and bool(_TURNOUT_WORD.search(head[-TURNOUT_REACH:]))


def voter_counts(figures: list[Figure], text: str, offset: int) -> list[Figure]:
    """``figures`` (of one sentence, ``text`` at ``offset``) with each count of people that names no measure and
    votes (``_VOTED_AFTER``), or restates a turnout in brackets, read as the votes cast."""
    out = []
    for f in figures:
        m = _LAST_WORD.search(f.text[-NOUN_TAIL:]) if f.kind == "count" else None
        if m is None or f.measure not in _UNSAID | {TURNOUT} and f.measure != m.group(1).lower() \
                or not _people_noun(m.group(1).lower()):
            out.append(f)
            continue
        start, end = f.start - offset, f.end - offset
        voted = f.measure != TURNOUT and _VOTED_AFTER.match(re.split(r"[,;:.()\d]", text[end:end + VOTE_REACH],
                                                                     maxsplit=1)[0])
        if voted or _in_brackets_after_turnout(text, start, end):
            # (a nationality is who voted, the whole electorate: no candidate's or party's votes)
            national = f.subject in set(language_words().nationalities.values())
            out.append(dataclasses.replace(f, measure=VOTES, subject=None if national else f.subject))
            continue
        out.append(f)
    return out
