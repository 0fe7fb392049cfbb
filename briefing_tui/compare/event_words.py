"""What a date or clock time in a sentence times: the event named next to it ("the quake struck late
Sunday", "a federal jury decided on Friday", "Trump had set a Friday deadline").

Events come in kinds (:data:`EVENT_KINDS`): each kind has the nouns and verbs that name it, a family
(kinds of one family, such as a deadline and a date something takes effect, are one claim only when they
give the same day) and a label for titles. A verb that says only that something happened ("struck",
"occurred", "se produjo", "terjadi") takes its kind from the nearest noun of a kind in the sentence
("the deal was struck", "the earthquake ... occurred"); alone it stays of no kind. Words are matched on
lower-case word forms; a few languages besides English are covered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

# (the kinds and their words, split out to keep this module small; CIRCUMSTANCE_KINDS, EVENT_KINDS, EventKind
# and KINDS are still read from here)
from briefing_tui.compare.event_kinds import (  # noqa: F401
    BLOCKERS,
    CIRCUMSTANCE_KINDS,
    EVENT_KINDS,
    GENERIC_EVENT_WORDS,
    KINDS,
    NOUN_REACH,
    OBJECT_VERBS,
    OBJECT_WORDS,
    OTHER_EVENT,
    SAYING,
    START_VERBS,
    STATUS_WORDS,
    UNBLOCKING,
    VERB_LAST_AUXILIARIES,
    VERB_LAST_WINDOW,
    EventKind,
    capitalises_nouns,
    in_compound,
    kind_of_word,
    no_name,
)
from briefing_tui.compare.date_objects import object_words
from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.when import WEEKDAYS
from briefing_tui.lazy_pattern import lazy_compile


_WORD = lazy_compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # a word of any script, hyphens kept
WINDOW_BEFORE = 16  # words before a date among which the event it times is looked for
WINDOW_AFTER = 1  # and right after it ("a jury on Friday found", "Sunday's election")
WINDOW_AFTER_POSSESSIVE = 3  # after a possessive date ("Last Friday's 7.7 magnitude earthquake")
FRONTED_WINDOW = 30  # words of the main clause after a date that opens the sentence
CLAUSE_REACH = 600  # characters either side of a date read for its clause
FRONTED_TAIL = 4  # words after such a date before the comma closing its phrase ("On Sunday in Scotland,")
# Where a date's clause ends: punctuation that opens another clause.
# (Not in "1,500" or "11:47"; a full stop before a capitalised word ends a sentence run into the next one.)
# (Nor after an initial: "U.S. Steel".)
_CLAUSE_BREAK = lazy_compile(r",(?!\d)|[;()\[\]—–]|:(?!\d)|\s-\s|(?<!\b[A-Z])\.\s{0,3}(?=[A-Z][a-z])")


@dataclass(frozen=True, slots=True)
class EventAt:
    """The event a date times: its kind (None for a generic "happened" without a noun of a kind), the word
    that named it with its offsets in the sentence, and whether the text puts it in the past."""

    kind: EventKind | None
    word: str
    start: int
    end: int
    other: bool = False  # named as another event of its kind ("another quake", "the previous deal")
    names: frozenset[str] = frozenset()  # capitalised words right before its noun ("Japan-Central Asia summit")
    clause_names: frozenset[str] = frozenset()  # names in the date's clause ("a deal with Japan last week")


def _words(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    return [(m.group(0).lower(), offset + m.start(), offset + m.end()) for m in _WORD.finditer(text)]


words_of = _words  # (public names for event_tense.py, which reads clauses and words alike)
CLAUSE_BREAK = _CLAUSE_BREAK


@lru_cache(maxsize=1 << 12)
def _sentence_words(sentence: str) -> tuple[tuple[str, int, int], ...]:
    """The sentence's words (lower-case, with offsets), read once for all its dates."""
    return tuple(_words(sentence))


@lru_cache(maxsize=1 << 12)
def sentence_word_set(sentence: str) -> frozenset[str]:
    """The set of the sentence's lower-case words, read once however many of its dates ask (a sentence of
    thousands of words and dates would otherwise be read again for each date: quadratic)."""
    return frozenset(w for w, _, _ in _sentence_words(sentence))


def _within(words: Sequence[tuple[str, int, int]], lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The words lying inside ``[lo, hi)``."""
    return [w for w in words if lo <= w[1] and w[2] <= hi]


def _nearest_noun(words: list[tuple[str, int, int]], at: int) -> tuple[EventKind, tuple[str, int, int]] | None:
    """The word of a kind nearest position ``at`` among ``words``."""
    best = None
    for w in words:
        kind = kind_of_word(w[0])
        if kind is not None and (best is None or abs(w[1] - at) < abs(best[1][1] - at)):
            best = (kind, w)
    return best


DUE_REACH = 3  # words before "due" read for the event it says is due ("the verdict is due")
# Kinds of happenings another kind's verb acts on: a date after "completed its takeover" times the completion.
ACTED_ON_KINDS = frozenset({"acquisition", "decree", "visit", "victory"})
ACTED_ON_REACH = 3  # words before such a noun read for the verb acting on it ("completed its multi-billion acquisition")


def _other(words: list[tuple[str, int, int]], word: tuple[str, int, int]) -> bool:
    i = words.index(word)
    return any(w in OTHER_EVENT for w, _, _ in words[max(0, i - 3):i])


def _event(found: tuple[str, int, int], sentence_words: list[tuple[str, int, int]], sentence: str) -> EventAt:
    """The event a word names: its own kind, or for a generic verb the kind of its object ("struck a deal"),
    else (not for a verb such as "signed", whose object is the event) of the nearest noun of a kind
    within ``NOUN_REACH`` words ("the earthquake ... occurred")."""
    word, start, end = found
    kind = KINDS[PHRASE_WORDS[word]] if word in PHRASE_WORDS else kind_of_word(word)  # ("taking off": see _eventish)
    named = found
    i = sentence_words.index(found)
    if kind is not None and _past_verb_form(word) and i > 0 and kind_of_word(sentence_words[i - 1][0]) not in (None, kind):
        # a participle after a noun of a kind says what became of it: "a probe launched in 2021"
        kind, named = kind_of_word(sentence_words[i - 1][0]), sentence_words[i - 1]
    if kind is not None and kind.name in ACTED_ON_KINDS and not _past_verb_form(word):
        for verb in sentence_words[max(0, i - ACTED_ON_REACH):i]:  # "completed its acquisition on Wednesday"
            if _past_verb_form(verb[0]) and kind_of_word(verb[0]) not in (None, kind):
                kind, named = kind_of_word(verb[0]), verb
    if word == "due" and (near := _nearest_noun(sentence_words[max(0, i - DUE_REACH):i], start)) is not None \
            and near[0].family != "due":  # "the verdict is due on 25 September": the verdict's day, no deadline
        kind, named = near
    if kind is None:
        objects = [w for w in sentence_words[i + 1:i + 1 + OBJECT_WORDS] if kind_of_word(w[0])]
        if objects:
            kind, named = kind_of_word(objects[0][0]), objects[0]
        elif word not in OBJECT_VERBS:
            reach, lo = (i, max([i - NOUN_REACH, 0] + [k + 1 for k in range(i) if _past_verb_form(
                sentence_words[k][0]) and not kind_of_word(sentence_words[k][0])])) if word in START_VERBS else (
                i + NOUN_REACH + 1, max(0, i - NOUN_REACH))  # (a start's subject is past no verb: "X ended Y that began")
            near = _nearest_noun(sentence_words[lo:reach], start)
            if near is not None:
                kind, named = near
    return EventAt(kind, word, start, end, _other(sentence_words, named), _names_before(sentence_words, named, sentence))


# A moment of the day written before a date: "early on Tuesday", "in the early hours of March 26", "before dawn on
# Friday", "a little past midnight on", "at around 3 a.m. on Friday", "late Sunday".
_MOMENT_BEFORE = lazy_compile(
    r"(?:\b(?:early|late)(?:\s{1,3}(?:on|in))?"
    r"|\bin\s{1,3}the\s{1,3}(?:early|small|wee)\s{1,3}hours\s{1,3}of"
    r"|\b(?:before|at|after|around)\s{1,3}(?:dawn|daybreak|sunrise|dusk|sunset|midnight|noon|nightfall)(?:\s{1,3}(?:on|of))?"
    r"|\bpast\s{1,3}midnight(?:\s{1,3}on)?"
    r"|(?:\b[ap]\.\s?m\.|\b[ap]m\b|\bGMT|\bUTC|\blocal\s{1,3}time)(?:\s{1,3}(?:on|of))?"
    r"|\b(?:morning|afternoon|evening|night)\s{1,3}(?:on|of))\s{1,3}$", re.I)
MOMENT_CHARS = 40  # characters before a date read for a moment of the day
# A clock time ("3 a.m.", "09:07", "11.47 pm"): a moment itself.
_CLOCK_LIKE = lazy_compile(r"^\d{1,2}(?:[:.]\d\d)?\s{0,3}(?:[ap]\.?\s?m\.?|h)?$|^\d{1,2}[:.]\d\d", re.I)


def is_moment(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` is a clock time, or a date a moment of the day is written before: it
    times the action of its clause, however far back the clause names it."""
    return bool(_MOMENT_BEFORE.search(sentence, max(0, start - MOMENT_CHARS), start)
                or _CLOCK_LIKE.match(sentence[start:end].strip()))


EVENT_CACHE = 1 << 14  # (sentence, date span) answers of event_of kept in memory
NAME_WORDS = 3  # words right before an event's noun read for the names that tell one such event from another
_NOT_NAMES = frozenset("the a an this that its his her their our on in at last next".split())


# Capitalised words that are no names: dates, and words capitalised at a clause's start.
_NO_NAME = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec am pm a p m time
    local utc gmt ist""".split())


def clause_names(sentence: str, start: int, end: int) -> frozenset[str]:
    """Names (capitalised words, not the sentence's first, no month or weekday) in ``sentence[start:end]``; none
    in German (see ``capitalises_nouns``)."""
    if capitalises_nouns(sentence[start:end]):
        return frozenset()
    return frozenset(w for w, a, _ in _words(sentence[start:end], start)
                     if a > 0 and sentence[a].isupper() and w not in _NO_NAME and w not in _NOT_NAMES and not no_name(w))


def _names_before(words: list[tuple[str, int, int]], word: tuple[str, int, int], sentence: str) -> frozenset[str]:
    """The names written right before an event's noun, as its modifiers: "the Japan-Central Asia summit" ->
    {"japan-central", "asia"}; "the C5+1 summit" -> {"c"}; none before a verb or a lower-case word, nor a
    sentence's first word alone ("Prestó juramento", "Ha giurato": a verb capitalised by its place)."""
    if kind_of_word(word[0]) is None or _past_verb_form(word[0]):
        return frozenset()
    i = words.index(word)
    names = []
    for w, a, _ in reversed(words[max(0, i - NAME_WORDS):i]):
        if not sentence[a].isupper() or w in _NOT_NAMES or w in _NO_NAME or no_name(w):
            break
        names.append(w)
    return frozenset(names) if names != [words[0][0]] or words[0][1] > 0 else frozenset()


def _past_verb_form(word: str) -> bool:
    return word.endswith("ed")


@lru_cache(maxsize=EVENT_CACHE)
def event_of(sentence: str, start: int, end: int) -> EventAt | None:
    """The event the date or time at ``sentence[start:end]`` times (see :func:`_event_near`), with the names
    of the clause that holds both. (Kept per sentence and span: a story's dates are weighed pair by pair, so
    each is asked for again and again; the answer is immutable.)"""
    found = _event_near(sentence, start, end)
    if found is None:
        return None
    lo, hi = min(start, found.start), max(end, found.end)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, lo)]
    after = _CLAUSE_BREAK.search(sentence, hi)
    return replace(found, clause_names=clause_names(sentence, breaks[-1] if breaks else 0,
                                                    after.start() if after else len(sentence)))


def _event_near(sentence: str, start: int, end: int) -> EventAt | None:
    """The event the date or time at ``sentence[start:end]`` times, None when none is named next to it.

    The event is named within its clause: the nearest event word before it (``WINDOW_BEFORE`` words; any word of
    the clause before a moment of the day, see :func:`is_moment`), else
    right after it (``WINDOW_AFTER``); a date that opens the sentence ("On Sunday, the leaders met ...") times
    the main clause, unless that clause reports a figure's state ("On Tuesday, the death toll rose ...").
    A date right after a comma restates the time of the clause before it ("late Sunday, Aug. 31").
    """
    every = list(_sentence_words(sentence))
    # (the clause around the date is read within CLAUSE_REACH characters: a run-on "sentence" of thousands of
    # dates stays linear)
    lo = max(0, start - CLAUSE_REACH)
    parts = _CLAUSE_BREAK.split(sentence[lo:start])
    if lo and len(parts) == 1:
        parts.insert(0, "")  # (a date that far in opens no sentence)
    before_text = parts[-1]
    if not before_text.strip() and len(parts) > 1 and start > 0:
        before_text = parts[-2] + " " + before_text  # an appositive date
    before = _within(every, start - len(before_text), start)
    before = before if is_moment(sentence, start, end) else before[-WINDOW_BEFORE:]  # (a moment times its clause)
    if (last := _verb_last(before, every, end, sentence)) is not None:
        return last
    for i in range(len(before) - 1, -1, -1):
        if before[i][0] in STATUS_WORDS:
            return None  # "the death toll from the quake rose to 126 on Tuesday": the date of a figure's state
        if _eventish(before[i], sentence):
            found = _event(before[i], every, sentence)
            return None if _blocked(before, i, found, sentence, start) else found
    after_text = _CLAUSE_BREAK.split(sentence[end:end + CLAUSE_REACH])[0]
    after = _within(every, end, end + len(after_text))
    reach = WINDOW_AFTER_POSSESSIVE if sentence[end:end + 2] in ("'s", "’s") else WINDOW_AFTER
    for w in after[:reach + object_words(after, sentence)]:
        if _eventish(w, sentence):
            return _event(w, every, sentence)
    if (after and after[0][0] in VERB_LAST_AUXILIARIES) or any(w[0] in VERB_LAST_AUXILIARIES for w in before[-2:]):
        for w in reversed(after[:VERB_LAST_WINDOW]):  # the clause's last event word: its verb
            if _eventish(w, sentence):  # (the capitalised nouns before a final verb are its objects, no names)
                return replace(_event(w, every, sentence), names=frozenset())
    if len(parts) == 1 and len(after) <= FRONTED_TAIL and sentence[end + len(after_text):].startswith(","):
        rest = _within(every, end + len(after_text), len(sentence))[:FRONTED_WINDOW]
        for k, w in enumerate(rest):
            if w[0] in STATUS_WORDS or w[0] in BLOCKERS - {"announced"} or (
                    w[0] in SAYING and (w[0] != "announced" or (k + 1 < len(rest) and rest[k + 1][0] == "that"))):
                return None  # "On Tuesday, he said Japan agreed": the date of the saying
            if _eventish(w, sentence):
                return _event(w, every, sentence)
    return None


# Words right before a date that make it the day an act on an event sets for it ("called for March 23", "announced
# ... for this Saturday", "postponed to Friday", "convocado ... para el sábado"): the event's own day.
_SET_FOR = lazy_compile(r"\b(?:for|to|until|para|pour|für|per)\s{1,3}(?:(?:this|next|the|el|le|la|ce|den|am)\s{1,3})?$",
                        re.I)
# A weekday a date restates after a comma ("for this Saturday, March 11"): the words before it are the date's.
_WEEKDAY_COMMA = lazy_compile(r"(?P<w>[^\W\d_]{4,12}),\s{1,3}$")
SET_FOR_CHARS = 30  # characters before a date read for such a word


def _blocked(before: list[tuple[str, int, int]], i: int, found: EventAt, sentence: str, start: int) -> bool:
    """Whether an act on the event (``BLOCKERS``: "called", "announced", "postponed", "declared") stands in the
    date's clause before it ("called snap elections on March 23", "declared X the winner of the election on
    Sunday"), so that the date is the act's; not when the date is the day the act sets for it (``_SET_FOR``),
    nor for an act before the event's word that a passive's agent follows ("triggered by a complaint five years
    ago": the complaint's day)."""
    restated = _WEEKDAY_COMMA.search(sentence, max(0, start - SET_FOR_CHARS), start)
    if restated is not None and restated.group("w").lower() in set(WEEKDAYS) | language_words().weekday_numbers.keys():
        start = restated.start()
    if _SET_FOR.search(sentence, max(0, start - SET_FOR_CHARS), start):
        return False
    blockers = BLOCKERS - UNBLOCKING.get(found.kind.name, frozenset()) if found.kind else BLOCKERS
    if any(w in blockers for w, _, _ in before[i + 1:]):
        return True
    lead = [w for w, _, _ in before[:i]]
    return any(w in blockers and "by" not in lead[k + 1:] for k, w in enumerate(lead))


def _verb_last(before: list[tuple[str, int, int]], every: list[tuple[str, int, int]], end: int,
               sentence: str) -> EventAt | None:
    """In a German or Dutch clause whose finite auxiliary stands before the date, the event of the word that ends
    the clause, its participle or infinitive ("war ... nach dem Start am Donnerstag über einem Wohngebiet
    abgestürzt": the crash, not the take-off); None when the clause ends on no event's word."""
    if not any(w[0] in VERB_LAST_AUXILIARIES for w in before):
        return None
    after = _within(every, end, end + len(_CLAUSE_BREAK.split(sentence[end:end + CLAUSE_REACH])[0]))[:VERB_LAST_WINDOW]
    if not after or not _eventish(after[-1], sentence):
        return None
    return replace(_event(after[-1], every, sentence), names=frozenset())  # (nouns before it are its objects)


_TOOK_BEFORE = lazy_compile(r"\b(?:took|take|takes|taking)\s{1,3}$", re.I)
_BEGIN_BEFORE = lazy_compile(r"\b(?:begin|begins|began|start|starts|started|commence|commences|commenced)\s{1,3}$", re.I)
# Words naming an event only in a phrase (see :func:`_eventish`), with the kind they name there.
PHRASE_WORDS = {"off": "departure", "trading": "listing", "close": "completion", "partir": "effect", "partire": "effect"}
_TO_BEFORE = lazy_compile(r"\bto\s{1,3}$", re.I)


def _eventish(word: tuple[str, int, int], sentence: str) -> bool:
    """Whether a word names an event (of a kind, or a generic verb); "due to" is a cause, no deadline."""
    if word[0] == "due" and sentence[word[2]:word[2] + 4].lower().startswith(" to"):
        return False
    if word[0] in ("place", "off"):  # "took place", "takes place"; "taking off" (a plane's departure)
        return bool(_TOOK_BEFORE.search(sentence, max(0, word[1] - 8), word[1]))
    if word[0] == "trading":  # "will begin trading" (a listing), not "fell in trading"
        return bool(_BEGIN_BEFORE.search(sentence, max(0, word[1] - 12), word[1]))
    if word[0] == "close":  # "expected to close in 2026" (a deal's completion), not "close to the border"
        return bool(_TO_BEFORE.search(sentence, max(0, word[1] - 6), word[1]))
    if word[0] in ("partir", "partire"):  # "a partir del lunes", "à partir de lundi", "a partire da lunedì"
        return sentence[max(0, word[1] - 2):word[1]].lower() in ("a ", "à ")
    if word[0] in GENERIC_EVENT_WORDS:
        return True
    return kind_of_word(word[0]) is not None and not in_compound(word, sentence)


def different_events(a: str, a_span: tuple[int, int], b: str, b_span: tuple[int, int]) -> bool:
    """Whether the dates at ``a[a_span]`` and ``b[b_span]`` (offsets in their sentences) time two different
    events: events of two kinds ("the trial began July 14" / "the verdict on Friday"), another event of its
    kind ("another quake struck on Monday"), or events told apart by their names (the names written before
    their nouns, or of their clauses: "a deal with Japan on July 22" / "the European Union sealed the deal
    on Sunday"). False when either dates no event of a kind: the text cannot tell."""
    ea, eb = event_of(a, *a_span), event_of(b, *b_span)
    if ea is None or eb is None or ea.kind is None or eb.kind is None:
        return False
    if ea.kind.family != eb.kind.family or ea.other or eb.other:
        return True
    return any(x and y and x.isdisjoint(y) for x, y in ((ea.names, eb.names), (ea.clause_names, eb.clause_names)))
