"""Measures of figures read without one, from the nouns the story's other figures count (issue 11).

A count whose own words name nothing it counts ("cases rose from 30 to 33", "Measles cases in Texas ... have
surged to 294") takes the measure of the nearest noun of its clause that the story counts elsewhere ("279 measles
cases", "30 cases": case), before it or after it, within a few words, never past a figure that counts a noun of
its own ("Sixty-four cases are among people younger than 4": 4 is no case) nor across punctuation that ends the
clause. The story's vocabulary is the nouns its figures count as written, each with the measure those figures
carry; generic nouns of people ("people", "residents") say nothing of what befell them and are left out. A
figure that is a difference ("39 more confirmed cases", "increased by 18", "20 more than") is no value of the
measure and keeps none. A share without a measure takes, likewise, a word right next to it (``SHARE_REACH``) of a
known measure the story's shares carry ("Reform UK attained third place by share of the vote on 14%": votes); in a
story whose shares carry votes, a share a verb of winning gives with nothing after it ("Labour secured 26.4 percent,
while ...") is a share of the votes. The word read is kept on the figure (``measure_from``): its provenance.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare.excepted_counts import excepted
from briefing_tui.compare.fractional_counts import fraction_of_whole_things
from briefing_tui.compare.measure_names import MEASURE_WORDS
from briefing_tui.compare.measures import GENERIC_HEADS, PHRASE_STOP, singular
from briefing_tui.compare.share_owners import WIN_VERB
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# What ends a clause: a figure's measure is not read across it (a comma followed by a space, not a digit
# group's comma; a dash set off by spaces).
CLAUSE_END = lazy_compile(r"[;:!?()\[\]—–]|,\s|\.\s|\s-\s")
# A word: letters first, hyphens and apostrophes inside.
WORD = lazy_compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
# Words right after a number that make it a difference, not a value ("39 more confirmed cases", "20 fewer").
DIFFERENCE_AFTER = frozenset("more fewer less new additional extra further".split())
# Words right before a number that make it a difference or a comparison ("increased by 18", "younger than 4").
DIFFERENCE_BEFORE = frozenset("by than".split())
CLAUSE_REACH = 10  # words either side of a figure searched for a noun the story counts
# Words either side of a share searched for a word of a measure the story's shares carry: a share's measure is
# named next to it ("tariffs as high as 25%", "share of the vote on 14%"), a word further off is another phrase's
# ("More than two thirds of parliament were needed to support the package").
SHARE_REACH = 4
WON_REACH = 40  # characters before a share searched for a verb of winning that gives it
VOTES = "votes"  # the measure of a contest's shares
# Words between a verb of winning and the share it gives: a qualifier, an article ("secured about 26.4 percent",
# "obtuvo el 26,4%", "a obtenu près de 26,4 %", "ha ottenuto il 26,4%", "erhielt rund 26,4 Prozent").
_WON_BETWEEN = lazy_compile(
    r"\s{1,3}(?:(?:about|around|nearly|almost|just|over|some|roughly|only|more\s{1,3}than|less\s{1,3}than|under"
    r"|el|la|il|l['’]|o|a|os|près\s{1,3}de|plus\s{1,3}de|environ|casi|más\s{1,3}del?|cerca\s{1,3}del?|circa|quasi"
    r"|oltre\s{1,3}il|quase|mais\s{1,3}de|rund|knapp|fast|etwa|über|gut)\s{0,3}){0,2}\Z", re.I)
# What may follow a share a verb of winning gives with nothing after it naming what it is a share of: the clause's
# or sentence's end, or a conjunction opening the next contestant's share ("Labour secured 26.4 percent, while ...").
_WON_END = lazy_compile(r"\s{0,3}(?:[,.;:!?)]|\Z|(?:and|while|whereas|et|y|e|und)\b)", re.I)
# Nouns (singular, lower case) that count what another noun of the vocabulary counts: an infection is a case of
# the disease ("infections increased to 156" in a story counting "279 measles cases"; "los contagios", "casos").
SAME_COUNT: dict[str, str] = {"infection": "case", "contagio": "caso"}
# Nouns of people or of things in general: a count of them says what it counts by its predicate, not its noun.
NOT_MEASURE_NOUNS = GENERIC_HEADS | {"people", "person", "time", "times"}


def story_vocabulary(units: Sequence[Unit]) -> dict[str, str]:
    """The nouns (singular, lower case) the story's counts count as written ("279 measles cases": "case"), each
    with the measure most of those figures carry."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for u in units:
        for f in u.figures:
            if f.kind != "count" or not f.measure or f.measure_from:
                continue
            words = WORD.findall(f.text)
            if not words:
                continue
            noun = words[-1].lower()
            if noun in NOT_MEASURE_NOUNS or noun in PHRASE_STOP or not noun.isalpha() or singular(noun) == noun:
                continue  # (a noun counted in the plural: "279 measles cases", not "101 missing", "three times")
            seen[singular(noun)][f.measure] += 1
    return {noun: sorted(counts.items(), key=lambda mc: (-mc[1], mc[0]))[0][0] for noun, counts in seen.items()}


def share_vocabulary(units: Sequence[Unit]) -> dict[str, str]:
    """The words of the known measures the story's shares carry ("votes", "vote", "ballots": votes), each with its
    measure."""
    measures = {f.measure.split()[-1] for u in units for f in u.figures if f.kind == "percent" and f.measure}
    return {w: m for m in sorted(measures) for w in MEASURE_WORDS.get(m, ()) if " " not in w}


def _owns_noun(f: Figure) -> bool:
    """Whether a figure counts a noun of its own: its text holds a word ("30 cases"); a bare number of the same
    expression ("cases rose from 30 to 33") does not stand between a later one and its noun."""
    return bool(WORD.search(f.text))


def _bare(f: Figure) -> bool:
    """Whether a figure is a bare count with no measure: digits only, no counted noun."""
    return f.kind == "count" and not f.measure and not f.unit and not WORD.search(f.text)


def _first_word(text: str, left: int, word: str) -> bool:
    """Whether ``word`` is the first word of the clause starting at ``left``."""
    return text[left:].lstrip(" \u00a0\"'“‘").startswith(word)


def _measure_of(word: str, vocabulary: dict[str, str]) -> str | None:
    """The measure the vocabulary gives ``word`` (as written, or in the singular), or the noun it counts the same as
    (``SAME_COUNT``)."""
    one = singular(word)
    return vocabulary.get(one) or vocabulary.get(word.lower()) or vocabulary.get(SAME_COUNT.get(one, ""))


def _nearest(unit: Unit, f: Figure, vocabulary: dict[str, str], reach: int = CLAUSE_REACH) -> tuple[str, str] | None:
    """(measure, word) of the nearest noun of ``f``'s clause in the vocabulary, before or after it, within ``reach``
    words (a count's not past another figure with a noun of its own, a share's not past any other figure)."""
    text, base = unit.text, unit.start
    start, end = f.start - base, f.end - base
    blocks = sorted((g.start - base, g.end - base) for g in unit.figures
                    if g is not f and (_owns_noun(g) or f.kind != "count"))
    left = max([b for a, b in blocks if b <= start] + [m.end() for m in CLAUSE_END.finditer(text, 0, start)] + [0])
    right = min([a for a, b in blocks if a >= end] + [m.start() for m in CLAUSE_END.finditer(text, end)] + [len(text)])
    before = [m.group(0) for m in WORD.finditer(text, left, start)]
    after = [m.group(0) for m in WORD.finditer(text, end, right)]
    if (before and before[-1].lower() in DIFFERENCE_BEFORE) or (after and after[0].lower() in DIFFERENCE_AFTER):
        return None  # a difference or a comparison, no value of the measure
    found = []
    for distance, word in enumerate(reversed(before[-reach:])):
        measure = _measure_of(word, vocabulary)
        if measure and (word.islower() or _first_word(text, left, word)):
            found.append((distance, 0, measure, word))  # (a capital only on the clause's first word: "Cases rose")
            break
    for distance, word in enumerate(after[:reach]):
        measure = _measure_of(word, vocabulary)
        if measure and word.islower():
            found.append((distance, 1, measure, word))
            break
    if not found:
        return None
    _, _, measure, word = min(found)
    return measure, word


def _won_share(unit: Unit, f: Figure) -> bool:
    """Whether a share is one a verb of winning gives right before it, with nothing after it naming what it is a share
    of ("Labour secured 26.4 percent", "le parti a obtenu 26,4 %", "la lista ha ottenuto il 26,4%")."""
    text, start, end = unit.text, f.start - unit.start, f.end - unit.start
    verb = None
    for verb in WIN_VERB.finditer(text, max(0, start - WON_REACH), start):
        pass
    return verb is not None and bool(_WON_BETWEEN.match(text, verb.end(), start)) and bool(_WON_END.match(text, end))


def name_measureless(units: Sequence[Unit]) -> None:
    """Give each bare count without a measure the measure of the nearest noun of its clause the story counts
    elsewhere, and each share without one the measure a word next to it names (see the module's doc); the figure
    is replaced in its unit, the word kept as ``measure_from``."""
    vocabulary, shares = story_vocabulary(units), share_vocabulary(units)
    if not vocabulary and not shares:
        return
    for u in units:
        for k, f in enumerate(u.figures):
            named = _nearest(u, f, vocabulary) if _bare(f) and not excepted(u.text[:f.start - u.start]) else \
                _nearest(u, f, shares, SHARE_REACH) if f.kind == "percent" and not f.measure else None
            if named is None and f.kind == "percent" and not f.measure and VOTES in shares.values() \
                    and _won_share(u, f):
                named = VOTES, WIN_VERB.findall(u.text, 0, f.start - u.start)[-1]  # a contest's share: its votes
            if named and fraction_of_whole_things(f.kind, {"measure": named[0], "low": f.low}):
                named = None  # ("of 4.6, 4.6 and 4.5" beside "four aftershocks": no count of them has a fraction)
            if named:
                u.figures[k] = replace(f, measure=named[0], measure_from=named[1])
