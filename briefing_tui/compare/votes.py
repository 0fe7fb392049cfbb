"""Votes in a chamber: what a count of votes or members is ("513 Ja-Stimmen", "207 voted against", "no
abstentions", "489 votes needed", "513 of 720 members").

Each kind is a measure of its own (``VOTE_MEASURES``): votes for, votes against, abstentions, the votes a
majority needs and the members voting; a count of one kind is never a count of another, so "513 for" and
"207 against" stay apart while the outlets' 513s join. The words of each kind are data
(briefing_tui/data/vote_words.yaml, English and the languages of the news digests), read right after the
count, in its own clause ("Some 513 members voted in favour, while 207 voted against": 513 is for, 207 against).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.compare.counts import Found
from briefing_tui.compare.vote_margins import VOTES_CAST
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.paths import data_dir
from briefing_tui.safe_yaml import safe_load

VOTE_WORDS_FILE = "vote_words.yaml"
# The measures a chamber's count takes, by the table's kind.
# (one word each: a measure's last word is its base, compare/measured.py)
# (the valid votes cast are those of an election's count, compare/vote_margins.py)
VOTE_MEASURES = {"needed": "votes-needed", "for": "votes-for", "against": "votes-against",
                 "abstained": "abstentions", "blank": "blank-votes", "voting": "members-voting", "cast": VOTES_CAST}
# A count whose clause ends in a colon and a person's name ("Drei Abgeordnete stimmten gegen den Antrag: Jan Dieren
# (SPD), ...", "Two MPs voted against: Ana Silva and ..."): the members listed, a group of the chamber, no tally of it.
_NAMED_LIST_AFTER = lazy_compile(r"\A[^.:;!?\d]{0,80}:\s{0,3}[A-ZÀ-Ý][\w'’-]{1,30}\s{1,3}[A-ZÀ-Ý]")
# An article opening an object's noun phrase between a count of members and a side word ("43 MPs signed the letter
# against the law", "43 deputati hanno firmato la lettera contro la legge"): the side is the object's, not a vote.
# ("301 deputies opposing", "302 députés se sont prononcés contre" and "402 Abgeordnete gegen die Regierung" have none
# before their side.)
_OBJECT_ARTICLE = lazy_compile(r"\b(?:the|an?|la|le|les|el|los|las|il|lo|gli|der|die|das|den|dem|des|o|os|as|une?|una|"
                               r"uno|ein|eine[mnrs]?)\s|\bl['’]", re.I)
VOTE_AHEAD_WORDS = 6  # how many words after a count are read for its kind ("parliamentary members voted in favor")
# Where a count's clause ends: punctuation, another number, or a conjunction opening the next count ("513 voted
# for, 207 against", "513 for and 207 against", "while 207 voted against it").
_CLAUSE_END = lazy_compile(r"[,;:.()\[\]\d]|\b(?:and|while|whereas|but|und|während|et|alors|y|mientras|e|mentre|"
                         r"terwijl)\b", re.I)
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")
# "513 of 720 members voted for it": the count after "of" is the whole of those voting.
_PART_OF_BEFORE = lazy_compile(r"\d\s{1,3}(?:of|von|de|sur|di|su|van|dos|das)\s{1,3}(?:the\s{1,3}|den\s{1,3})?$",
                             re.I)
# "513 of 720 members voted for it": the whole after a part, skipped to read the part's words.
_PART_AFTER = lazy_compile(r"\s{1,3}(?:of|von|de|sur|di|su|van|dos|das)\s{1,3}(?:the\s{1,3}|den\s{1,3})?\d{1,3}"
                         r"(?:[.,\s ]?\d{3}){0,2}(?!\d)", re.I)
# "a two-thirds majority of 489": the count a majority needs, named before it.
_MAJORITY_BEFORE = lazy_compile(r"\b(?:majority|\w*mehrheit|majorité|mayoría|maggioranza|maioria|meerderheid)"
                              r"\s{1,3}(?:of|von|de|di|van)\s{1,3}$", re.I)
# German's separable verb around its count: "insgesamt stimmten 720 Abgeordnete ab".
_SPLIT_VOTE_BEFORE = lazy_compile(r"\bstimm(?:t)?en\s{1,3}$", re.I)
_SPLIT_VOTE_AFTER = lazy_compile(r"^(?:\s{1,3}[^\W\d_][\w-]{0,40}){0,2}\s{1,3}ab\b", re.I)


# A vote's two sides written as a score: "adopted by 331 votes to 244", "adopté par 331 voix contre 244", "aprobada
# por 178 votos a 172", "mit 513 zu 207 Stimmen angenommen", "approvato con 331 voti contro 244": the first count is
# the votes for, the second the votes against, unless the motion was rejected (then the other way round). Read only
# when the clause before names the motion passed or rejected (a race's "230 votes to 190" is two candidates').
_VOTES = r"(?:votes?|voix|votos|voti|stimmen|stemmen)"
_SIDES = r"(?:to|contre|contra|a|zu|contro|tegen|against)"
# The first count of a score: the votes' noun after it ("331 votes to 244") or after the second ("513 zu 207 Stimmen").
_VERSUS_AFTER = lazy_compile(rf"\A\s{{0,3}}(?:{_VOTES}\s{{1,3}}{_SIDES}\s{{1,3}}\d|{_SIDES}\s{{1,3}}\d[\d.,]*\s{{1,3}}{_VOTES}\b)",
                             re.I)
# The second count of a score: the first and its noun before it ("331 votes to"), or the noun after it ("207 Stimmen");
# the first number read from its start only (linear on a run of digits).
_VERSUS_BEFORE = lazy_compile(rf"(?<![\d.,])\d[\d.,]*\s{{1,3}}{_VOTES}\s{{1,3}}{_SIDES}\s{{1,3}}$", re.I)
_BARE_VERSUS_BEFORE = lazy_compile(rf"(?<![\d.,])\d[\d.,]*\s{{1,3}}{_SIDES}\s{{1,3}}$", re.I)
_VOTES_AFTER = lazy_compile(rf"\A\s{{0,3}}{_VOTES}\b", re.I)
_PASSED = lazy_compile(r"\b(?:pass(?:ed|es)?|approv\w*|adopt\w*|aprob\w*|aprov\w*|angenommen|verabschiedet|beschlossen"
                       r"|backed|endorsed|carried|rejected|rejet\w*|rechaz\w*|respint\w*|rejeit\w*|abgelehnt|defeated"
                       # (a decision taken by its score: "die Entscheidung fiel mit 8 zu 1 Stimmen", "décidé par 8
                       # voix contre 1", "la decisión se tomó por 8 votos a 1")
                       r"|decided|decisions?|entscheidung|entschieden|beschluss|décidée?s?|décision|decidi[óou]|decidid[oa]"
                       r"|decisi[óo]n[ei]?|decis[ãa]o)\b",  # (not "decisive": "won decisively by 230 votes to 190")
                       re.I)
_REJECTED = lazy_compile(r"\b(?:rejected|rejet\w*|rechaz\w*|respint\w*|rejeit\w*|abgelehnt|defeated)\b", re.I)
VERSUS_REACH = 80  # characters of the clause before a score read for the motion's passing or rejection


def _score_side(before: str, after: str, whole: str) -> str | None:
    """"for" or "against" for a count of a score of votes ("by 331 votes to 244"; see ``_VERSUS_AFTER``), else None.
    ``whole`` is the text after the count, for a passing or rejection named after the score ("mit 513 zu 207 Stimmen
    angenommen")."""
    first = bool(_VERSUS_AFTER.match(after))
    if not first and not (_VERSUS_BEFORE.search(before[-30:])
                          or (_BARE_VERSUS_BEFORE.search(before[-20:]) and _VOTES_AFTER.match(after))):
        return None  # (no noun of votes in the score: "from 20 to 30 seats" is a change)
    context = before[-VERSUS_REACH:] + whole[:VERSUS_REACH]
    if not _PASSED.search(context):
        return None
    return "for" if first != bool(_REJECTED.search(context)) else "against"


@lru_cache(maxsize=1)
def _table() -> dict:
    """The vote words table as shipped (read once per process)."""
    return safe_load((data_dir() / VOTE_WORDS_FILE).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    """The table's words of each kind as one pattern on word boundaries (and the chamber's ``members``)."""
    table = _table()
    return {kind: re.compile(r"(?<![\w-])(?:" + "|".join(table[kind]) + r")(?![\w-])", re.I) for kind in table}


@lru_cache(maxsize=1)
def _none_abstained() -> re.Pattern:
    """"no abstentions" or "Enthaltungen gab es keine": none abstained, the words of the table."""
    table = _table()
    none, abstained = "|".join(table["none"]), "|".join(table["abstained"])
    return re.compile(rf"(?<![\w-])(?:(?:{none})\s{{1,3}}(?:{abstained})|(?:{abstained})\s{{1,3}}(?:gab|gibt)\s{{1,3}}es"
                      rf"\s{{1,3}}(?:{none}))(?![\w-])", re.I)


def no_abstentions_in(text: str) -> list[Found]:
    """A count of none for every "no abstentions" of ``text`` (a chamber's vote says it in words, not digits)."""
    return [Found("count", m.start(), m.end(), {"low": 0.0, "high": 0.0, "unit": None, "head": None})
            for m in _none_abstained().finditer(text)]


def _own_clause(phrase: str, after: str) -> str:
    """The count's noun and the few words after it, up to where its clause ends."""
    text = phrase + _CLAUSE_END.split(after, maxsplit=1)[0]
    words = list(_WORD.finditer(text))[:VOTE_AHEAD_WORDS]
    return text[:words[-1].end()] if words else ""


def chamber_vote(phrase: str, before: str, after: str) -> str | None:
    """The vote measure of a count (``VOTE_MEASURES``' values) whose noun ``phrase`` and the words ``after``
    it say how it voted ("513 Ja-Stimmen", "207 voted against"), that a majority needs it ("489 votes were
    needed", "a majority of 489") or that it is the whole voting ("513 of 720 members voted"); else None."""
    words = _patterns()
    if _NAMED_LIST_AFTER.match(after):
        return None  # the members named after the colon, not the chamber's count
    if side := _score_side(before, phrase + after, phrase + after):
        return VOTE_MEASURES[side]
    if _VERSUS_AFTER.match(phrase + after):
        return None  # a score no motion passed: a race's two candidates ("won with 5,100 votes against 4,400")
    part = _PART_AFTER.match(after)  # "513 of 720 members voted for it": 513's words come after the whole
    clause = _own_clause(phrase, after[part.end():] if part and not phrase.strip() else after)
    if not clause:
        return VOTE_MEASURES["needed"] if _MAJORITY_BEFORE.search(before[-40:]) else None
    if _MAJORITY_BEFORE.search(before[-40:]) or (words["needed"].search(clause) and words["members"].search(clause)):
        return VOTE_MEASURES["needed"]
    cast = next((kind for kind in ("for", "against", "abstained", "blank", "cast") if words[kind].search(clause)), None)
    voted = before[-VERSUS_REACH:]  # (a side alone after words of a vote: "513 voted for it, 207 against")
    # (or after a count of a chamber's members: "301 deputies opposing", "402 Abgeordnete gegen die Regierung")
    if cast is None and any(words[k].search(voted) for k in ("for", "against", "voting", "members")):
        cast = next((kind for kind in ("for", "against") if words[f"side_{kind}"].search(clause)), None)
    elif cast is None and words["members"].search(phrase):
        cast = next((kind for kind in ("for", "against") if (side := words[f"side_{kind}"].search(clause))
                     and not _OBJECT_ARTICLE.search(clause, len(phrase), side.start())), None)
    if cast and _PART_OF_BEFORE.search(before[-20:]):
        return VOTE_MEASURES["voting"]  # "513 of 720 members voted for": 720 voted
    if cast:
        return VOTE_MEASURES[cast]
    if words["members"].search(phrase) and (words["voting"].search(clause) or (
            _SPLIT_VOTE_BEFORE.search(before[-20:]) and _SPLIT_VOTE_AFTER.match(after))):
        return VOTE_MEASURES["voting"]
    return None
