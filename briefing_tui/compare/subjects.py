"""Whose figure it is: the subject of a measure ("Myanmar's death toll", "AfD — 151", "33% liable to Tesla").

A capitalised modifier in the counted phrase ("15 Filipino workers"), else the nearest name before the
figure in its clause, else a name just after it; function words of several languages, measure words and
words for "per cent" are never names. Also a person's age ("Naibel Benavides (22)").
"""

from __future__ import annotations

import re

from briefing_tui.compare.measures import CLAUSE_SPLIT, WORD_MEASURE, words_in
from briefing_tui.compare.numbers import SPACE

# Words for "per cent" in the languages news pages come in.
PERCENT_WORDS = frozenset("percent prozent procent pourcent porcentaje".split())
_NOT_SUBJECTS = frozenset(
    """hundreds thousands dozens millions tens scores of a an the in at on it its this that these those there
    more less some about nearly over under least up to after before since during while with as by for from
    and or but according he she they we i our their his her monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november december however
    meanwhile officials authorities rescuers police residents people earlier later also another one two three
    several many most all both each other others such what when where which who although though despite
    overall total including among if once so yet still now then today yesterday tomorrow last next first
    second new according et gmt utc est edt pst pdt cet ist am pm
    die der das den dem des ein eine und mit auf von zu im la le les el los las os um uma com da do dos
    del une et""".split())
# A name: capitalised words (with "/" or "-" inside: "CDU/CSU") or an acronym, possibly possessive.
_NAME = re.compile(rf"(?<![\w’'.])((?:[A-Z]\.){{2,6}}|[A-Z][\w/-]{{0,30}}(?:{SPACE}[A-Z][\w/-]{{0,30}}){{0,5}})(?:[’']s)?")
SUBJECT_BACK_WORDS = 7
# A name after the figure: "dead in Bangkok", "33 percent of fault to Tesla".
_SUBJECT_AFTER = re.compile(
    r"[^.;:,]{0,25}?\b(?P<prep>in|to|for|of) (?:the )?((?:[A-Z]\.){2,6}|[A-Z][\w/-]{0,30}(?: [A-Z][\w/-]{0,30}){0,4})")
# A person's age after their name: "Naibel Benavides (22)", "Dillon Angulo, 27,".
_NAME_BEFORE_AGE = re.compile(r"([A-Z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30}){1,4}) ?[,(] ?$")
_AGE_CLOSE = re.compile(r" ?(?:[,)]|$)")
# A name right after a count: "22-year-old Naibel Benavides Leon".
_NAME_AFTER = re.compile(r" ?,? ?([A-Z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30}){1,4})")


def age_of(value: float, before: str, after: str) -> str | None:
    """The person whose age a bare number gives ("Naibel Benavides (22)"), or None."""
    if not 1 <= value <= 120 or not _AGE_CLOSE.match(after):
        return None
    m = _NAME_BEFORE_AGE.search(before[-80:])
    return m.group(1) if m else None


def name_after(after: str) -> str | None:
    """The name right after a count ("22-year-old Naibel Benavides Leon"), or None."""
    m = _NAME_AFTER.match(after)
    return _name_ok(m.group(1), False) if m else None


def _name_ok(name: str, at_start: bool) -> str | None:
    """The name without function words ("The", "In") and measure words ("Turnout", "Sitze"), None when
    nothing else is left."""
    words = [w.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,}", w) else w for w in name.split()
             if w.lower() not in _NOT_SUBJECTS and w.lower() not in WORD_MEASURE and w.lower() not in PERCENT_WORDS]
    return " ".join(words) if words else None


# Words that open a clause of its own for the subject ("85 seats in the Bundestag while 64 seats"):
# a name before them is not the later figure's subject.
_CLAUSE_WORDS = re.compile(r"\b(?:while|whereas|but|although|though)\b", re.I)
# A sentence's last start in the text before a figure (a stop, then a capital).
_SENTENCE_START = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z])")
# A place fronted at the start of the sentence, which scopes all of it ("In Bangkok, authorities confirmed
# 10 fatalities, 16 injuries and 101 missing").
_FRONTED_PLACE = re.compile(
    rf"(?:In|At|Across|Inside|Outside){SPACE}(?:the{SPACE})?([A-Z][\w-]{{1,30}}(?:{SPACE}[A-Z][\w-]{{1,30}}){{0,3}}){SPACE}?,")


# A count scoped to a counted set of places right after it ("101 missing across three construction
# sites"): those places are its subject, not the country or city the article is about.
_COUNTED_PLACES = re.compile(
    r"[^.;:,]{0,30}?\b(?:across|at|from|in|on)\s+"
    r"((?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+[a-z][\w-]{2,30}(?:\s+[a-z][\w-]{2,30})?)")


def _counted_places(after: str) -> str | None:
    """The counted places a count is scoped to ("across three construction sites"), or None."""
    m = _COUNTED_PLACES.match(after)
    return " ".join(m.group(1).split()) if m else None


def _fronted_place(before: str) -> str | None:
    """The place fronted at the start of the figure's sentence ("In Thailand, ..."), or None."""
    start = 0
    for m in _SENTENCE_START.finditer(before):
        start = m.end()
    while start < len(before) and before[start].isspace():
        start += 1  # (skipped here, not by the pattern: a leading \s* would make a search quadratic)
    m = _FRONTED_PLACE.match(before, start)
    return _name_ok(m.group(1), False) if m else None


def subject_of(phrase: str, before: str, after: str = "", people: bool = True, share: bool = False) -> str | None:
    """Whose figure it is: a capitalised modifier in the counted phrase ("15 Filipino workers"), else the
    nearest name before it in its clause ("Japan's investment of", "AfD — 151", "Tesla 33% liable"),
    else (``people``: for counts of people) a name just after it ("dead in Bangkok"); for a ``share``
    a name after "to" or "for" comes first ("33 percent of fault to Tesla"). None when the text gives none."""
    caps = [w.group(0) for w in words_in(phrase) if w.group(0)[:1].isupper() and _name_ok(w.group(0), False)]
    if caps:
        return " ".join(caps)
    m = _SUBJECT_AFTER.match(after)
    if m and share and m.group("prep") in ("to", "for"):
        return _name_ok(m.group(2), False)  # "33 percent of fault to Tesla": whose share
    clause_start = 0
    for m in CLAUSE_SPLIT.finditer(before):
        clause_start = m.end()
    for m in _CLAUSE_WORDS.finditer(before, clause_start):
        clause_start = m.end()
    clause = before[clause_start:]
    words = words_in(clause)
    window_start = words[-SUBJECT_BACK_WORDS].start() if len(words) > SUBJECT_BACK_WORDS else 0
    best = None
    for m in _NAME.finditer(clause, window_start):
        at_start = not before[:clause_start + m.start()].strip()
        name = _name_ok(m.group(1), at_start)
        if name:
            best = name
    if best:
        return best
    place = (_counted_places(after) if people else None) or _fronted_place(before)
    if place:
        return place
    m = _SUBJECT_AFTER.match(after)
    return _name_ok(m.group(2), False) if m and people else None


def same_subject(a: str | None, b: str | None) -> bool | None:
    """Whether two subjects are one ("CDU" and "CDU/CSU"); None when either is unknown."""
    if not a or not b:
        return None
    ta = set(re.split(r"[\s/-]+", a.lower()))
    tb = set(re.split(r"[\s/-]+", b.lower()))
    return ta <= tb or tb <= ta


