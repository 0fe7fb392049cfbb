"""The dates and clock times of articles that time an event (see :mod:`.event_words`), as *mentions*:
which source and sentence, what event, which day or instant, with offsets into the raw text.

A weekday is resolved by the article's date and the event's tense (a deadline lies ahead, "agreed Sunday"
behind; "last Friday" is the one before the article's day). A date of the report ("said on Friday", "as
of Tuesday") only joins a claim it meets; a relative date in a quotation, a date naming a long time, a
dateline and a photo's date are no mention; a weekday of an undated article is one whose day is unknown. A year
that dates an event ("filed a complaint in 2019", "last year", "five years ago") is a mention to the year (see
:mod:`.event_years`). Subheadings are read as well as sentences.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing_tui.compare import when
from briefing_tui.compare.clock_times import ClockTime, clock_times, may_hold_clock
from briefing_tui.compare.date_figures import mentions_dates
from briefing_tui.compare.event_tense import FUTURE_WORDS, ahead, ahead_in_sentence, passed
from briefing_tui.compare.event_words import CLAUSE_BREAK, EventAt, event_of, words_of
from briefing_tui.compare.event_years import sentence_has_year, year_mentions
from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.statement_cache import SourceFigures, lines_check, sentence_figures, statement_sentences
from briefing_tui.compare.story_dates import at_story_day
from briefing_tui.compare.terms import content_words
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure, Sentence, Source

WEEKDAY_NAMES = when.WEEKDAYS
# a date beginning this long before its article's date is an earlier event's (see earlier.py): a month that began
# so long ago is one with the days in it ("in December" / "on Dec. 3 last year", in a June article)
OLD_DAYS = 180
REPORT_CUTOFF = 40  # characters before a date searched for a verb of saying
# A date that times the report: after a verb of saying ("the ministry said on Friday") or a word giving
# the time a figure stood at ("as of Tuesday noon", "until Monday").
_REPORT_BEFORE = lazy_compile(
    r"\b(?:said|says|announced|reported|stated|confirmed|added|told\s{1,3}[\w-]{1,30}|"
    r"as\s{1,3}of|by|until|till|since|through|hasta|sejak|seit|per)\s{1,3}"
    r"(?:(?:on|late|early|noon|midnight|morning|afternoon|evening|night)\s{1,3})?$",
    re.I)
_DATELINE_BEFORE = lazy_compile(r"^\W{0,3}[A-Z][\w.'’ -]{0,30},\s{0,3}$")
_WEEKDAY_ONLY = lazy_compile(r"^(?:(?P<rel>last|next|this)\s{1,3})?(?P<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                           r"(?:[’']s)?$", re.I)
_RELATIVE_BEFORE = lazy_compile(r"\b(last|next|this)\s{1,3}$", re.I)
MAX_SPAN_DAYS = 31  # a date naming a longer time ("this year") does not date an event
# Past forms that are not "-ed": the event's verb puts it behind the article ("struck Sunday").
_IRREGULAR_PAST = frozenset("struck hit won met took shook found held began fell gave came made led set put".split())


@dataclass(slots=True)
class Mention:
    """One source's date or time of an event: where it is, what it times and what it says."""

    source: Source
    sentence: Sentence
    event: EventAt
    start: int  # offsets of the date or time in the source's raw text
    end: int
    text: str
    figure: Figure | None = None  # a date
    clock: ClockTime | None = None  # a time
    low: str = ""  # the day interval (dates)
    high: str = ""
    old: bool = False
    speaker: str | None = None
    voice: str = "outlet"
    stems: frozenset[str] = frozenset()
    # a date of the report ("the judge announced on Monday") or of no event named ("se desató el 29 de octubre"):
    # it only joins a claim whose day it meets
    reported: bool = False
    year_only: bool = False  # a year that dates the event (see :mod:`.event_years`): weighed against years only

    @property
    def measure(self) -> str:
        """"time" for a clock time, "date" for a day."""
        return "time" if self.clock is not None else "date"

    def phrase(self) -> tuple[int, int]:
        """Offsets in the raw text of the words that date the event: from its word to the date or time
        (with its zone): "jury on Friday", "struck at 6:35 AM (IST)"."""
        base = self.sentence.start
        end = self.end if self.clock is None else max(self.end, base + self.clock.zone_end)
        return min(self.start, base + self.event.start), max(end, base + self.event.end)


def _reported(text: str, rel: int) -> bool:
    return _report_start(text, rel) is not None


def _report_start(text: str, rel: int) -> int | None:
    """Where the words making the date at ``text[rel]`` a date of the report begin ("announced on Monday", a
    dateline), None when it is no report's."""
    lo = max(0, rel - REPORT_CUTOFF)
    found = _REPORT_BEFORE.search(text, lo, rel)
    if found is not None:
        return found.start()
    return 0 if _DATELINE_BEFORE.match(text[:rel]) else None


# What marks a date as the article's dateline or a photo's: opening the sentence (after a place and a comma, or
# alone), an agency in brackets or a dash after it ("Taipei, Jan. 13 (CNA)", "Aug. 14 (UPI) --"); "photo" before it.
_WIRE_AFTER = lazy_compile(r"^\s{0,3}(?:\((?:[A-Z][A-Z&.-]{1,10}|Reuters|Xinhua|Bernama|Yonhap|Kyodo|Antara)\)|--|—)")
PHOTO_CHARS = 40  # characters before a date read for "photo"
_PHOTO_BEFORE = lazy_compile(r"\b(?:photo|foto|image|file)\b[^.]{0,30}$", re.I)


def _dateline(text: str, rel: int, end: int) -> bool:
    """Whether the date at ``text[rel:end]`` is a dateline or a photo's date (see ``_WIRE_AFTER``)."""
    opening = not text[:rel].strip() or bool(_DATELINE_BEFORE.match(text[:rel]))
    return opening and bool(_WIRE_AFTER.match(text[end:])) \
        or bool(_PHOTO_BEFORE.search(text, max(0, rel - PHOTO_CHARS), rel))


SOFT_WORDS = 6  # words of its clause before a date naming no event that its statement shows


def _soft_start(text: str, rel: int) -> int:
    """Where the statement of a date naming no event begins: at most ``SOFT_WORDS`` words before it, within its
    clause ("backed the harbor tunnel late on Tuesday")."""
    clause = CLAUSE_BREAK.split(text[max(0, rel - 200):rel])[-1]
    words = list(_WORD_AT.finditer(clause))
    if len(words) > SOFT_WORDS:
        clause = clause[words[-SOFT_WORDS].start():]
    return rel - len(clause.lstrip())


_WORD_AT = lazy_compile(r"\S{1,60}")


def _quoted(text: str, rel: int) -> bool:
    before = text[:rel]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_QUOTE_MARKS = ('"', "“", "”")


def _in_quotation(text: str, rel: int, voice: str) -> bool:
    """Whether the words at ``text[rel]`` are a quotation's: inside its marks when the sentence has some (the
    outlet's "conceded defeat in Saturday's election, saying “...”" is not), else when the sentence is quoted."""
    if any(q in text for q in _QUOTE_MARKS):
        return _quoted(text, rel)
    return voice == "quoted"


def _past_verb(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PAST


# A past verb of saying before a date: the report it dates lies behind the article.
_SAID = lazy_compile(r"\b(?:said|announced|reported|stated|confirmed|added|told)\b", re.I)


def _said_before(text: str, rel: int) -> bool:
    """Whether a past verb of saying stands within ``REPORT_CUTOFF`` characters before the date at ``text[rel]``
    with no word of the future between them ("said in a joint statement on Wednesday"; not "said it will meet
    on Friday")."""
    found = list(_SAID.finditer(text, max(0, rel - REPORT_CUTOFF), rel))
    return bool(found) and not any(w in FUTURE_WORDS for w, _, _ in words_of(text[found[-1].end():rel]))


def _resolved(f: Figure, event: EventAt, sentence: str, rel: int, day: dt.date | None,
              behind: bool = False) -> tuple[str, str] | None:
    """The figure's day interval ("", "" when it cannot be known: a weekday in an undated article), a
    weekday resolved again by the event's tense: ahead for a deadline unless the text says it passed or
    for an event the clause puts ahead ("will"), else behind (news reports what happened); "last Friday"
    is the one before the article's day, "next Friday" the one after; a day a past verb of saying dates
    (``behind``: "the companies said ... on Wednesday") is behind. None for a date of no one day
    (longer than ``MAX_SPAN_DAYS``)."""
    m = _WEEKDAY_ONLY.match(f.text.strip())
    if m is not None and day is not None:
        said = _RELATIVE_BEFORE.search(sentence, max(0, rel - 6), rel)  # "Last Friday" (the figure is "Friday")
        which = (m.group("rel") or (said.group(1) if said else "")).lower()
        if which == "this":
            return (f.date_low, f.date_high) if f.date_low and f.date_high else ("", "")
        if which:
            gap = (WEEKDAY_NAMES.index(m.group("w").lower()) - day.weekday()) % 7 or 7
            target = day + dt.timedelta(days=gap if which == "next" else gap - 7)
            return target.isoformat(), target.isoformat()
        if event.kind is not None and event.kind.future:
            future = not passed(sentence)
        else:
            future = ahead(sentence, rel, event.start) and not _past_verb(event.word) or \
                (event.kind is None and event.end == rel and ahead_in_sentence(sentence, rel))  # (a date of no event)
        span = when.weekday_span([m.group("w")], day, future and not behind, today=when.same_day_before(sentence, rel))
        return span.low, span.high
    if not f.date_low or not f.date_high:
        return ("", "") if f.relative else None
    if not f.date_low.startswith("?"):
        try:
            if (dt.date.fromisoformat(f.date_high) - dt.date.fromisoformat(f.date_low)).days >= MAX_SPAN_DAYS:
                return None
        except ValueError:
            return None
    return f.date_low, f.date_high


def _old(high: str, day: dt.date | None) -> bool:
    if day is None or not high or high.startswith("?"):
        return False
    try:
        return (day - dt.date.fromisoformat(high[:10])).days >= OLD_DAYS
    except ValueError:
        return False


def stems_of(text: str) -> frozenset[str]:
    """The content stems of a text."""
    return frozenset(stem for stem, _ in content_words(text))


HEADING = -1  # the sentence index of a subheading ("What Happened on April 25, 2019"): headings are no sentences


def _lines(source: Source) -> list[Sentence]:
    """The source's sentences and its subheadings (index ``HEADING``), in reading order."""
    headings = [Sentence(HEADING, p.start, p.end, source.raw[p.start:p.end], k)
                for k, p in enumerate(source.paragraphs) if p.kind == "heading" and p.end > p.start]
    return sorted([*source.sentences, *headings], key=lambda s: s.start)


EventLines = tuple[int, list[int]]
"""The lines of a source that date an event: the :func:`~.statement_cache.lines_check` of its lines (``_lines``),
then the positions of those in which some date or time times an event (:func:`source_event_lines`). They depend
on the source's text, date and number style and on the rate table's currency names, so they may be kept."""

ANY_VOICE = "outlet"
"""The voice a line is read in for :func:`source_event_lines`: the one that drops no mention (a sentence's voice
only drops a relative date of a quotation: ``_in_quotation``), so a line without a mention in it has none in
any voice."""


# The most dates one source contributes to the timeline of events. An article gives a few dozen; a source giving
# hundreds is a dump (a schedule, a table, a log), and grouping dates costs the square of their number. The first
# ones, in source order, are kept.
MAX_SOURCE_DATES = 300


def event_mentions(sources: Sequence[Source], units: Sequence[Unit], table: RateTable,
                   rows_of: dict[str, SourceFigures] | None = None,
                   lines_of: Mapping[str, EventLines] | None = None,
                   story: dt.date | None = None) -> list[Mention]:
    """Every date and clock time of the sources that times an event (headings included), in source order.
    ``rows_of``: each source's figure rows when already read (:func:`~.statement_cache.figures_of`): the
    figures of its statement sentences are rebuilt from them instead of read again (the same figures).
    ``lines_of``: each source's lines that date an event when known (:func:`source_event_lines`): only
    those are read (the same mentions); a source's are read whole when missing or kept for other lines.
    ``story``: the day an undated source's dates without a year, months and years are read at (see
    :mod:`.story_dates`)."""
    voices = {(o.source.id, o.start): u.voice for u in units for o in u.occurrences}
    out: list[Mention] = []
    for source in sources:
        lines = _lines(source)
        kept = lines_of.get(source.id) if lines_of is not None else None
        if kept is not None and kept[0] == lines_check(lines) and all(0 <= k < len(lines) for k in kept[1]):
            lines = [lines[k] for k in kept[1]]
        reading = _Reading(source, table, rows_of.get(source.id) if rows_of is not None else None, story)
        taken = 0
        for s in lines:
            if taken >= MAX_SOURCE_DATES:
                break
            voice = voices.get((source.id, s.start))
            speaker, kind = (voice.speaker, voice.kind) if voice is not None else (None, "outlet")
            found = reading.mentions(s, kind)
            if found:
                stems = stems_of(s.text)
                for m in found:
                    m.speaker, m.voice, m.stems = speaker, kind, stems
                out.extend(found)
                taken += len(found)
    return out


def source_event_lines(source: Source, table: RateTable, rows: SourceFigures | None = None,
                       story: dt.date | None = None) -> EventLines:
    """The lines of ``source`` that date an event (see :data:`EventLines`); ``rows``: its figure rows when read;
    ``story``: see :func:`event_mentions`."""
    lines = _lines(source)
    reading = _Reading(source, table, rows, story)
    return lines_check(lines), [k for k, s in enumerate(lines) if reading.mentions(s, ANY_VOICE)]


class _Reading:
    """What one source's lines are read with: its day (or, undated, its story's: ``assumed``), its figure rows
    (and the sentences they cover), the table."""

    def __init__(self, source: Source, table: RateTable, rows: SourceFigures | None,
                 story: dt.date | None = None) -> None:
        self.source, self.table, self.rows = source, table, rows
        self.day = when.published_day(source.published)
        self.assumed = story if self.day is None else None
        self.read = {s.index for s in statement_sentences(source)} if rows is not None else set()

    def mentions(self, s: Sentence, kind: str) -> list[Mention]:
        """The mentions of line ``s`` read in the voice ``kind`` (without their speaker, voice and stems)."""
        source, day, rows, table = self.source, self.day, self.rows, self.table
        text = s.text
        has_clock = may_hold_clock(text)
        dated = mentions_dates(text) or sentence_has_year(text)
        if not text or not (dated or has_clock):
            return []
        found: list[Mention] = []
        figures = () if not dated else sentence_figures(rows, source, s) \
            if rows is not None and s.index in self.read else figures_in_text(text, source, s.start, table)
        placed = {} if self.assumed is None or not figures else at_story_day(text, s.start, figures, self.assumed)
        figures = [placed.get(f.start, f) for f in figures]
        for f in figures:
            rel = f.start - s.start
            if f.kind != "date" or (f.relative and _in_quotation(text, rel, kind)):
                continue
            if _dateline(text, rel, f.end - s.start):
                continue  # (the article's dateline or a photo's: no event's date)
            report = _report_start(text, rel)
            event = event_of(text, rel, f.end - s.start)
            reported = report is not None or event is None
            if reported and event is None:  # (a report's day, or a day naming no event: it may join one it meets)
                at = _soft_start(text, rel) if report is None else report
                event = EventAt(None, text[at:rel].strip(), at, rel)
            if event is None or event.other:
                continue
            span = _resolved(f, event, text, rel, day, _said_before(text, rel))
            if span is None or (reported and (span[0] != span[1] or _old(span[1], day or self.assumed))):
                continue  # (a report's date joins an event's only as one recent day)
            found.append(Mention(source, s, event, f.start, f.end, f.text, figure=f, low=span[0], high=span[1],
                                 old=_old(span[0], day or self.assumed), reported=reported))
        years = year_mentions(source, s, figures, day or self.assumed, day is None) if dated else ()
        for event, a, b, low, high, figure, soft in years:
            found.append(Mention(source, s, event, s.start + a, s.start + b, text[a:b], figure=figure, low=low,
                                 high=high, old=_old(high, day or self.assumed), reported=soft, year_only=True))
        for c in clock_times(text) if has_clock else ():
            if _reported(text, c.start):
                continue
            event = event_of(text, c.start, c.end)
            if event is None or event.other:
                continue
            found.append(Mention(source, s, event, s.start + c.start, s.start + c.end, text[c.start:c.end],
                                 clock=c))
        return found
