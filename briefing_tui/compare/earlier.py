"""Figures about an earlier event than the one reported: "In October 2023, a magnitude 6.3 earthquake
struck Afghanistan. The death toll was estimated to be over 4,000 ...", "Last year, a series of quakes in
western Afghanistan killed more than 1,000 people". The time a figure refers to is part of what it
measures: such figures are a claim of their own, never weighed against the reported event's.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing_tui.compare.earlier_rounds import FIRST_ROUND_MARK, first_round_figure
from briefing_tui.compare.measures import measure_of_word
from briefing_tui.compare.units import Unit
from briefing_tui.compare.when import published_day
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

EARLIER = " (earlier event)"  # the suffix of an earlier event's measure ("dead (earlier event)")
EARLIER_DAYS = 180  # a time ending this long before the article's date is another event's
OPENING_CHARS = 24  # a time fronted in a sentence ("In October 2023, ...") starts this close to its start
# A sentence that opens on a definite measure ("The death toll was ...") goes on about the sentence before.
_DEFINITE_OPENING = lazy_compile(r"\W{0,3}The\s{1,3}(?P<w1>[a-z]{1,20})(?:\s{1,3}(?P<w2>[a-z]{1,20}))?\b")


# A publication date of month or year precision ("2025-02", "2025"), as pages that give no day are dated.
_MONTH_OR_YEAR = lazy_compile(r"\A(?P<year>\d{4})(?:-(?P<month>0[1-9]|1[0-2]))?\s{0,3}\Z")


def _publication_day(published: str | None) -> dt.date | None:
    """The publication day, or for a date of month or year precision its first day: the earliest the article can
    be, so that a time at least ``EARLIER_DAYS`` before it is long before the article whatever its day."""
    day = published_day(published)
    if day is None and published and (m := _MONTH_OR_YEAR.match(published)):
        return dt.date(int(m.group("year")), int(m.group("month") or 1), 1)
    return day


def _old(f: Figure, day: dt.date) -> bool:
    """Whether a date or year ends at least ``EARLIER_DAYS`` before ``day``."""
    if f.kind == "date" and f.date_high and not f.date_high.startswith("?"):
        try:
            end = dt.date.fromisoformat(f.date_high[:10])
        except ValueError:
            return False
    elif f.kind == "year" and f.low is not None and f.low == f.high:
        end = dt.date(int(f.low), 12, 31)
    else:
        return False
    return (day - end).days >= EARLIER_DAYS


def _fronted_old(figures: list[Figure], start: int, day: dt.date) -> str | None | bool:
    """The year of the old time a sentence (starting at ``start``) opens on ("" when it is not written), False
    when it gives a time of its own otherwise, None when it gives none."""
    times = [f for f in figures if f.kind in ("date", "year")]
    if not times:
        return None
    old = [f for f in times if f.start - start <= OPENING_CHARS and _old(f, day)]
    if not old:
        return False
    return "" if old[0].relative else _year(old[0])  # ("Last year" is read from the article's date: no year written)


def earlier_event(unit: Unit, published: dict[str, str | None]) -> str | None:
    """The year of the earlier event the unit's figures are about ("" when no year is given), None when they are
    about the reported one: it opens on a time long before the article's date, or it gives no time and opens on a
    definite measure ("The death toll ...") right after a sentence that opens on one."""
    day = _publication_day(published.get(unit.source.id))
    if day is None:
        return None
    own = _fronted_old(unit.figures, unit.start, day)
    if own is not None:
        return own if own is not False else None
    m = _DEFINITE_OPENING.match(unit.text)
    if m is None or not any(measure_of_word(w) for w in (m.group("w1"), m.group("w2")) if w):
        return None
    sentences = unit.source.sentences
    if not 0 < unit.index < len(sentences):
        return None  # (paragraphs are not required to match: many pages put each sentence on a line)
    from briefing_tui.compare.figures import figures_in_text

    before = sentences[unit.index - 1]
    year = _fronted_old(figures_in_text(before.text, unit.source, before.start), before.start, day)
    return year if isinstance(year, str) else None


# Between a figure and a long-past time after it, in one clause, that makes the time the figure's: its noun, a
# relative clause or a passive, then a preposition of time ("61 people in 1960", "the 85 people who were killed in a
# 2018 fire", "86 Tote beim Brand von 2018"), maybe with the word for the year ("in the year 2018", "im Jahr 2018",
# "en el año 2018", "en l'an 2018", "in het jaar 2018"): no clause break, no other number, no "since".
_TIME_AFTER_GAP = lazy_compile(
    r"\A[^\d.;:!?()\[\]\"“”,]{0,60}?"
    r"\b(?:in|on|during|of|en|im|am|beim|von|del|de|dans|lors|durante)"
    r"(?:\s{1,3}(?:a|an|the|un|une|una|le|la|el|der|des|dem|einem|einer|het))?"
    r"(?:\s{1,3}l['’])?"  # (the French article before a vowel: "en l'an 2018")
    r"(?:(?:\s{1,3}|(?<=['’]))(?:year|Jahre?s?|año|an|année|jaar))?\s{1,3}\Z",
    re.IGNORECASE)
# Between a long-past time and a figure after it: the time dates the noun of an event that the figure's clause
# tells of ("the 1960 tsunami killed 61", "the 2018 Camp Fire in California, which claimed 86 lives", "a 2011
# quake that left 200 dead"): a few words, at most one comma and then a relative pronoun, no other number.
_TIME_BEFORE_GAP = lazy_compile(
    r"\A\s{1,3}(?:[\w'’-]{1,25}\s{1,3}){0,5}[\w'’-]{1,25}"
    r"(?:,?\s{1,3}(?:which|that|who|der|die|das|qui|que))?"
    r"(?:\s{1,3}[\w'’-]{1,25}){0,3}\s{1,3}\Z")
# ... or a clause of "when" right after the past time ("the Northridge earthquake in 1994, when 57 people died", "en
# 1994, quando 57 pessoas morreram", "en 1994, cuando murieron 57", "en 1994, quand 57 personnes"): that time's toll.
_WHEN_AFTER_TIME = lazy_compile(r"\A,?\s{1,3}(?:when|quando|quand|lorsque|cuando|als|allorché)"
                                r"(?:\s{1,3}(?:murieron|morreram|morirono|starben|died|were\s{1,3}killed))?\s{1,3}\Z",
                                re.IGNORECASE)
# ... or a longer clause of "when" that tells of that time's event and runs on, past a comma, to the figure ("in
# December 2016, when an extremist drove a lorry into another market, leaving 13 dead", "en 2016, quando um extremista
# atropelou pedestres, deixando 13 mortos"): no number, no sentence stop and no conjunction between (checked apart);
# a count only (an amount agreed then is often the reported deal's own: "began in December 2023, when X agreed to
# buy Y for $14.9 billion").
_WHEN_CLAUSE_AFTER_TIME = lazy_compile(r"\A,?\s{1,3}(?:when|quando|quand|lorsque|cuando|als|allorché)\s[^\d.;:!?]{0,110}\Z",
                                       re.IGNORECASE)
WHEN_CLAUSE_REACH = 120  # characters between a past time and a figure its clause of "when" tells of
# ... or a relative clause opened by a preposition right after the past time or its noun ("an attack in 2022, in which
# $630 million was stolen", "ein Angriff im Jahr 2022, bei dem 630 Millionen US-Dollar entwendet wurden", "aus dem
# Jahr 2021, bei dem Hacker 600 Millionen Dollar erbeuteten", "en 2022, lors duquel", "en 2022, en el que", "nel 2022,
# in cui", "em 2022, no qual"): the clause tells of that time's event, so its figure is that event's (a few words
# before the comma, at most three after the pronoun, no number).
_RELATIVE_AFTER_TIME = lazy_compile(
    r"\A(?:\s{1,3}[\w'’-]{1,25}){0,3},\s{1,3}"
    r"(?:(?:in|during|at|bei|in|an|mit|durch|von|lors|dans|pendant|en|durante|con|nel|nella|em|no|na)\s{1,3})?"
    r"(?:which|whom|dem|der|denen|welchem|welcher|duquel|laquelle|lequel|lesquels|el\s{1,3}que|la\s{1,3}que"
    r"|el\s{1,3}cual|la\s{1,3}cual|cui|il\s{1,3}quale|la\s{1,3}quale|qual|que)"
    r"(?:\s{1,3}[\w'’-]{1,25}){0,3}\s{1,3}\Z", re.IGNORECASE)
# ... or the past time ends a fronted phrase of time, set off by a comma, and the figure opens the clause after it
# ("During the previous edition, in 2013, at least 40 pilgrims died", "celebrada en 2013, 36 personas murieron",
# "em 2013, 36 pessoas"): a preposition of time and the year right before, only the comma between.
_FRONTED_TIME_PREP = lazy_compile(r"\b(?:in|during|en|em|im|dans|nel|durante)\s{1,3}\Z", re.IGNORECASE)
_COMMA_GAP = lazy_compile(r"\A,\s{1,3}\Z")
# What precedes that phrase within its clause (back to the last comma, semicolon or the sentence start): no number,
# so that a list of figure-and-year pairs ("5 in 2012, 36 in 2014") does not give the next figure the year before.
_CLAUSE_BEFORE = lazy_compile(r"[^,;:]{0,80}\Z")
# Words right before a past time that make it the start or end of a span ("the deadliest since 1918"), not the
# time of the figure's event.
_SPAN_START = lazy_compile(r"\b(?:since|seit|desde|depuis|dal|sinds|until|till|bis|hasta|jusqu['’]?en)\s{1,3}$",
                         re.IGNORECASE)
# A conjunction between a past time and a figure starts another predicate of the sentence's subject ("apportioned
# fault for the 2019 crash and ordered $42.5 million"): the time dates the crash, not the award.
_CONJUNCTION = lazy_compile(r"\b(?:and|or|but|plus|while|und|oder|aber|et|ou|mais|y|o|pero|e|ma)\b", re.IGNORECASE)
TIE_REACH = 80  # characters between a figure and the past time that is its own
# A contest's standings: a past contest's figure is cited as the record to beat, often without its year ("the
# previous record of 16.4 million votes", "the highest turnout since 1997"), so a year does not set it apart.
RECORD_MEASURES = frozenset("votes seats turnout votes-for votes-against abstentions".split())
# A stage of the case reported on: the conviction and the charges came months before the sentencing they are
# cited in ("convicted in November on seven counts"), yet they are this case's, not an earlier event's.
CASE_STAGE_WORDS = frozenset("conviction charged".split())


def tied_to_earlier(unit: Unit, f: Figure, published: dict[str, str | None]) -> str | None:
    """The year (as written in ISO, "1960") of the earlier event the figure's own clause dates it to, long
    before the article ("a tsunami that killed 61 people in 1960", "the 2018 Camp Fire, which claimed 86
    lives"): the figure counts that event, not the reported one. None when its clause gives no such time; a
    past time that starts a span ("the deadliest since 1918") dates nothing."""
    day = _publication_day(published.get(unit.source.id))
    measure = (f.measure or "").split()
    if day is None or (measure and measure[-1] in RECORD_MEASURES | CASE_STAGE_WORDS):
        return None
    text, base = unit.text, unit.start
    for t in unit.figures:
        if t is f or t.kind not in ("date", "year") or not _old(t, day):
            continue
        if _SPAN_START.search(text[max(0, t.start - base - 20):t.start - base]):
            continue
        if t.start >= f.end:
            gap = text[f.end - base:t.start - base]
            if len(gap) <= TIE_REACH and _TIME_AFTER_GAP.match(gap):
                return _year(t)
        elif t.end <= f.start:
            gap = text[t.end - base:f.start - base]
            if len(gap) <= TIE_REACH and not any(c.isdigit() for c in gap) and \
                    not _CONJUNCTION.search(gap) and _TIME_BEFORE_GAP.match(gap) or _WHEN_AFTER_TIME.match(gap) \
                    or len(gap) <= TIE_REACH and _RELATIVE_AFTER_TIME.match(gap) \
                    or f.kind == "count" and len(gap) <= WHEN_CLAUSE_REACH and _WHEN_CLAUSE_AFTER_TIME.match(gap) \
                    and not _CONJUNCTION.search(gap):
                return _year(t)
            if _COMMA_GAP.match(gap) and _fronted_phrase(text[:t.start - base]):
                return _year(t)
    return None


def _fronted_phrase(before: str) -> bool:
    """Whether the text before a past time ends on a preposition of time that opens a phrase with no number in
    it since the clause began ("During the previous edition, in" but not "5 in")."""
    prep = _FRONTED_TIME_PREP.search(before)
    if prep is None:
        return False
    clause = _CLAUSE_BEFORE.search(before[:prep.start()])
    return clause is not None and not any(c.isdigit() for c in clause.group())


# A contest's noun: an election, a vote, a poll, in the languages of the news ("elecciones", "comicios", "élections",
# "scrutin", "Bundestagswahl", "eleições", "elezioni").
_CONTEST = (r"(?:elections?|polls?|votes?|ballots?|races?|contests?|elecci(?:ón|ones)|comicios|élections?|scrutin"
            r"|[a-zß]{0,20}wahl(?:en)?|eleiç(?:ão|ões)|elezion[ei])")
# Words of an earlier contest, before its noun ("the previous presidential election", "the last election",
# "the 2019 election", "les précédentes élections", "der letzten Wahl") or after it ("las elecciones anteriores",
# "l'élection précédente", "le elezioni precedenti", "as eleições passadas"), or its year right after it, maybe after
# a preposition ("bei der Wahl 2017", "alle elezioni del 2018", "in the election of 2017"); a year is checked to be past.
_CONTEST_BEFORE_WORDS = (r"(?:previous|prior|preceding|last|former|past|(?P<year>\d{4})|précédentes?|dernières?"
                         r"|anteriores?|pasad[oa]s|últimas?|vorherigen|vorigen|letzten|precedenti|passad[oa]s|ultime)")
_CONTEST_AFTER_WORDS = (r"(?:anteriores?|précédentes?|precedenti|passad[oa]s|pasad[oa]s"
                        r"|(?:de\s{1,3})?(?P<year2>(?:19|20)\d\d)(?!\d))")
# Between a figure and an earlier contest after it, in its clause: a few words with no number nor clause break, a
# preposition and an article, then the contest ("83 per cent polled in the previous presidential election", "one
# seat in the House of Commons in the 2019 election", "3% en las elecciones anteriores"): the figure is that
# contest's.
_EARLIER_CONTEST_AFTER = lazy_compile(
    r"\A[^\d.;:!?()\[\]\"“”]{0,60}?\b(?P<prep>in|at|during|en|aux?|lors\s{1,3}d(?:es?|u)|bei|nas?|nos?|nelle|nella|alle"
    r"|alla|all['’]|nell['’]|à)(?:\s{1,3}(?:the|las?|los|les|la|le|der|den|dem|o|a|os|as|l['’]))?(?:\s{1,3}|(?<=['’]))"
    rf"(?:{_CONTEST_BEFORE_WORDS}\s{{1,3}}(?:[\w-]{{1,20}}\s{{1,3}}){{0,2}}{_CONTEST}\b"
    rf"|{_CONTEST}(?:\s{{1,3}}[\w-]{{1,20}})?\s{{1,3}}{_CONTEST_AFTER_WORDS})", re.IGNORECASE)
CONTEST_MEASURES = frozenset("votes seats turnout".split())  # a contest's standings, which an earlier contest has too
# The word of a comparison right before that preposition ("82.5%, higher than at the 2021 election", "höher als bei
# der Wahl 2021", "plus forte que lors des élections de 2019", "más alta que en las elecciones", "più alta che alle
# elezioni", "maior do que nas eleições"): the figure is the reported contest's, weighed against the earlier one.
COMPARED_REACH = 12  # characters before the preposition searched for the word of a comparison
_COMPARED_BEFORE = lazy_compile(
    r"\b(?:than"
    r"|als"
    r"|que"
    r"|qu['’]"
    r"|che"
    r"|dan)\s{0,3}\Z", re.IGNORECASE)


def earlier_contest(unit: Unit, f: Figure, day: dt.date | None) -> str | None:
    """The year of the earlier contest a contest figure's clause gives it to ("" when no year is written,
    ``FIRST_ROUND_MARK`` for a run-off's first round), None when it gives none: "the 83 per cent polled in the previous presidential election", "up from one seat in the
    2019 election", "3% en las elecciones anteriores" (a year of the article's own is the contest reported)."""
    measure = (f.measure or "").split()
    if not measure or measure[-1] not in CONTEST_MEASURES or f.role != "current":
        return None
    after = unit.text[f.end - unit.start:]
    m = _EARLIER_CONTEST_AFTER.match(after)
    if m is not None and _COMPARED_BEFORE.search(after, max(0, m.start("prep") - COMPARED_REACH), m.start("prep")):
        return None  # "82.5%, higher than at the 2021 election": this contest's figure, compared with that one
    if m is None:  # (a run-off's report citing the first round: compare/earlier_rounds.py)
        return FIRST_ROUND_MARK if first_round_figure(unit.text, f.start - unit.start, f.end - unit.start) else None
    year = m.group("year") or m.group("year2")
    if year and (day is None or int(year) >= day.year):
        return None
    return year or ""


def _year(t: Figure) -> str:
    """The year of a date or year figure ("2018")."""
    return f"{int(t.low):04d}" if t.kind == "year" and t.low is not None else (t.date_high or "")[:4]


def earlier_marks(unit: Unit, f: Figure, published: dict[str, str | None],
                  cache: dict[int, str | None]) -> tuple[str, str]:
    """(suffix of the figure's measure, suffix of its family) for an event's figure: ``EARLIER`` when its sentence
    is about an earlier event (:func:`earlier_event`, kept per unit in ``cache``) or its clause ties it to one
    (:func:`tied_to_earlier`), and then "@" and that event's year when one is written, so that two earlier
    events' figures stay apart ("In 2020, the DPP held 61 seats" is not "the 2012 elections saw the DPP with 40")."""
    if unit.key not in cache:
        cache[unit.key] = earlier_event(unit, published)
    year = cache[unit.key]
    if year is None:
        year = tied_to_earlier(unit, f, published)
        if year is None:
            year = earlier_contest(unit, f, _publication_day(published.get(unit.source.id)))
        if year is None:
            return "", ""
    return EARLIER, f"@{year}" if year else ""


def lone_years(marks: list[tuple[str, str, str]]) -> dict[tuple[str, str], str]:
    """For each (measure, family) of earlier events' figures whose marks ("@2023", "" when the sentence gives no
    year) name one year alone, that year: a figure of an earlier event whose year is not written ("Last year,
    quakes killed more than 1,000") is then weighed against the one earlier event the story dates
    ("In October 2023, ... over 4,000"), while two dated earlier events (2012, 2020) stay apart."""
    years: dict[tuple[str, str], set[str]] = {}
    for measure, family, year in marks:
        if year and year != f"@{FIRST_ROUND_MARK}":  # (a first round is no dated earlier event)
            years.setdefault((measure, family), set()).add(year)
    return {key: next(iter(found)) for key, found in years.items() if len(found) == 1}
