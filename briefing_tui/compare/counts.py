"""Counts in article text: numbers with the noun they count, physical quantities, fractions, vague words.

``counts_in`` reads every number not read as something else ("4,715 injured", "a dozen firefighters",
"half a million residents", "from 31 to 46"); ``physical_in`` distances, speeds, weights and magnitudes in
one unit each (miles as km); ``fractions_in`` "a third of" as a share; clock times ("3:47 pm") and
numbers in names are never counts. Offsets are relative to the sentence (see :mod:`.figures`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_tui.compare.clock_times import clock_hours
from briefing_tui.compare.coordinates import coordinate_spans
from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.counted_nouns import FROM_BEFORE as _FROM_BEFORE, counted_noun, counted_not_year
from briefing_tui.compare.count_phrases import count_phrase
from briefing_tui.compare.glued_millions import glued_million
from briefing_tui.compare.measures import singular
from briefing_tui.compare.part_links import NO_PART as _NO_PART, PART_OF as _PART_OF, parts_whole  # ("85 of its 89")
from briefing_tui.compare.million_tails import millions_before
from briefing_tui.compare.numbers import (
    COUNT_SCALE_WORD,
    LANGUAGE_NUMBERS,
    NUMBER,
    NUMERAL,
    RANGE_TO,
    SPACE,
    SPACED_NUMERAL,
    ZERO_LED_SPACED_NUMERAL,
    THOUSANDS_REST,
    NumberStyle,
    parse_number,
    scale_of,
)
from briefing_tui.compare.scaled_from_ranges import FROM_REACH, from_without_change
from briefing_tui.compare.tallies import ROMANCE_SECOND, tally_measures
from briefing_tui.compare.word_counts import counts_alone
from briefing_tui.compare.physical_units import DIMENSIONS, PHYSICAL_UNITS, PHYSICAL_WINS  # noqa: F401
from briefing_tui.compare.vague_units import vague_fields
from briefing_tui.lazy_pattern import lazy_compile

_NUM = NUMBER
_RANGE = RANGE_TO


@dataclass(slots=True)
class Found:
    """A figure found in a sentence before it is made a :class:`~briefing_tui.model.Figure`."""

    kind: str
    start: int  # relative to the sentence
    end: int
    fields: dict


# A mark right after a count saying "more than it": "1,000+ homes", "50,000-plus fans" (not the sum "5+3").
_MORE_MARK = r"\+(?![\d+])|-plus\b"


# A capital scale letter glued to a numeral of two digits or more: "5.58M votes", "14M voters", "40K runners" (a
# small "m" is the metre's symbol; a lone digit's "3M" is as often a name); or a scale abbreviation of no other
# meaning glued to any numeral: "2.5mn residents", "1bn people"; a small "m" when a count's noun follows (glued_million);
# Italian writes its thousands glued to the numeral ("30mila abitanti", "2,5mila persone"; "sono 15mila.").
GLUED_SCALE = (r"(?<=[\d.,]\d)(?-i:[MK])(?=[\s,;)]|$)"
               r"|(?<=\d)(?:mn|mln|bn|bln|mila|(?-i:m)(?=\s))(?=[\s,;:)]|\.(?!\d)|$)")


THOUSAND_SCALE = 1e3  # a count of thousands, which may end a number of millions ("un milione e 900mila")


# The dot of an abbreviated scale word before the counted noun ("1,2 Mio. Menschen", "3 Mrd. Nutzer").
_SCALE_DOT = r"(?<=[Mm]io|[Mm]rd|[Mm]ld|mln)\.(?=\s+\w)"


# A count: a numeral or number word (with its scale: "1.2 million", "half a million"), not inside a
# longer numeral, a word, a clock time ("3:47"; not "circa 15mila: lo") or a version ("v2"); the counted noun
# follows it. A double hyphen is a dash typed in ASCII ("288 seats--256 for the LDP"), not a numeral's joint.
def _count_pattern(number: str, numeral: str) -> re.Pattern:
    return re.compile(
        rf"(?:(?<=\w--)|(?<![\w$€£¥.,:+/-]))(?P<n1>{number})"
        rf"(?:{_RANGE}(?P<n2>{numeral}))?"
        rf"(?:[\s-]+(?P<scale>{COUNT_SCALE_WORD})\b(?:{_SCALE_DOT})?(?P<rest>{THOUSANDS_REST})?|(?P<glued>{GLUED_SCALE}))?"
        rf"(?P<plus>{_MORE_MARK})?"
        rf"(?![\w%％+]|:(?!\s)|[.,]\d|{SPACE}*(?:%|％|per\s?cent|prozent|procent|por\s?cento))",
        re.I)


_COUNT = _count_pattern(rf"(?:{ZERO_LED_SPACED_NUMERAL}|{_NUM})", NUMERAL)
# In the continental style a space may group thousands: "1 300 morts".
_COUNT_SPACED = _count_pattern(rf"(?:{SPACED_NUMERAL}|{_NUM})", rf"(?:{SPACED_NUMERAL}|{NUMERAL})")
# "-figure" or "-digit" after a number: the length of an amount ("a nine-figure verdict", "a 7-figure sum").
_DIGITS_OF_AN_AMOUNT = lazy_compile(r"[-\s](?:figure|digit)\b", re.I)
MAX_DIGITS = 15  # the longest amount read from its number of digits ("a 15-figure sum")
# A capitalised word right before a bare number, not at the sentence's start: the number is part of a name.
_NAME_BEFORE = lazy_compile(r"(?<=[a-z,;] )[A-Z][^\W\d_]{1,30} $")  # ("Bündnis 90")
# Counts said in words, with no single number: "hundreds of homes", "tens of thousands", "dozens".
# Other languages' words for many, from the editable table ("miles de" -> "thousands"), in lower case or
# capitalised.
_LANGUAGE_VAGUE: dict[str, str] = language_words().vague
_VAGUE = lazy_compile(
    r"\b(?P<vague>tens\s+of\s+(?:thousands|millions)|hundreds\s+of\s+(?:thousands|millions)|dozens|scores|hundreds"
    r"|thousands|millions"
    r"|several\s+(?:dozen|hundred|thousand)(?!s)"  # "several hundred people": no number of its own
    + "".join("|(?-i:" + r"\s+".join(map(re.escape, v.split())) + ")" for w in sorted(_LANGUAGE_VAGUE, key=len, reverse=True)
              for v in dict.fromkeys((w, w.capitalize(), w.split()[0] + w[len(w.split()[0]):].title())))
    # (and with its later words capitalised, as German writes its nouns: "ein Dutzend", "mehrere Hundert")
    + r")\b",
    re.I)
# The interval each such word allows: "thousands" is 2,000 to 9,999.
VAGUE_RANGE = {"tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
               "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
               "millions": (2_000_000, 9_999_999), "tens of millions": (20_000_000, 99_999_999),
               "hundreds of millions": (200_000_000, 999_999_999),
               # (several of a unit: as many as its plural, "several hundred" is hundreds)
               "several dozen": (24, 99), "several hundred": (200, 999), "several thousand": (2_000, 9_999),
               # (other languages' nouns of about a round number, "une centaine de": that number, "about")
               "about ten": (10, 10), "about a dozen": (12, 12), "about twenty": (20, 20), "about thirty": (30, 30),
               "about forty": (40, 40), "about fifty": (50, 50), "about a hundred": (100, 100),
               "about a thousand": (1_000, 1_000)}
# Clock times and their marks: a number right before these is a time of day, not a count.
_CLOCK_AFTER = lazy_compile(
    rf"{SPACE}?(?:a\.?m\.?|p\.?m\.?|o['’]clock|hrs\b|GMT|UTC|local time"
    r"|waktu setempat|(?:WIB|WITA|WIT)\b"  # Indonesian: local time, western/central/eastern Indonesia time
    r"|hora local|heure locale|hora de|Uhr\b|Ortszeit)",  # Spanish, Portuguese, French, German
    re.I)
# The word after a day number, to tell a month name of another language ("31 Agustus", "2 de septiembre").
_MONTH_AFTER = lazy_compile(r"\s{1,3}(?:de\s{1,3})?([^\W\d_]{3,12})")
# A word for "number" right before a number makes it a label, not a count: "candidate number 2", "No. 10", "Nr. 5",
# "nomor urut 1" (a ballot number), "berita acara nomor 218", "le numéro 3", "#1"; so does a word for a level of a
# scale or an alert ("shaking of level 2 on the seismic scale", "secousses de niveau 2", "nivel 3", "livello 4",
# "Stufe 2"): the step of a scale, not a count of the noun before it.
_LABEL_BEFORE = lazy_compile(
    r"(?:\b(?:number|nos?\.|nr\.|nomor(?:\s{1,3}urut)?|n[úu]mero|num[ée]ro|nummer"
    r"|level|niveau|nivel|livello|stufe)|n[º°]|#)\s{0,3}\Z", re.I)
# A number written against another by a slash is no count: a day and month ("ngày 17/10"), "24/7", "9/11", "1/3".
_SLASHED = lazy_compile(r"/\d")
# Words before a time of day: Indonesian "pukul 23.47", Spanish/Portuguese "a las 23:47", "às".
_CLOCK_BEFORE = lazy_compile(r"\b(?:pukul|a\s+las|a\s+la|às)\s+$", re.I)
# Pronouns that stand for a whole counted before ("killed 241 of them"): no noun of the count's own (the sentence
# says what the whole was, see figure_lists.py).
PRONOUN_WHOLES = frozenset("them those these whom which".split())  # "one of the five": a single one, no count

# One survivor written without a number: "the lone survivor", "its sole survivor", "the only survivor".
# "twice" and "thrice" after a verb are a count of times ("the verdict was postponed twice", as "three times"), not
# a multiple ("twice as many", "twice the size", "twice its value") nor a rate ("twice a day", "twice weekly").
_TIMES_WORD = lazy_compile(r"\b(?P<count>twice|thrice)\b(?!-)(?!\s{1,3}(?:as|the|that|this|its|their|his|her|our|my|your|a|an"
                           r"|more|less|over|per|every|daily|weekly|monthly|yearly|annually)\b)", re.I)
TIMES_VALUE = {"twice": 2.0, "thrice": 3.0}
_LONE_SURVIVOR = lazy_compile(r"\b(?:the|a|its|their)\s{1,3}(?P<count>(?:lone|sole|only)\s{1,3}survivor)\b", re.I)


def counts_in(text: str, style: NumberStyle) -> list[Found]:
    """Every number not read as something else, with the noun it counts (when one follows it)."""
    found = []
    clocks = clock_hours(text) + coordinate_spans(text)  # (a latitude is no count either)
    for m in (_COUNT_SPACED if style.spaces_group else _COUNT).finditer(text):
        written = m.group("n1")
        value = parse_number(written, style)
        if value is None or (written.isdigit() and 1800 <= value <= 2099 and len(written) == 4 and not m.group("scale")
                             and not counted_not_year(text, m.start("n1"), m.end("n1"))):
            continue
        if _MONTH_AFTER.match(text, m.end()) and _MONTH_AFTER.match(text, m.end()).group(1).lower() in language_words().months:
            continue  # "31 Agustus", "2 de septiembre": a day of a date in another language
        if _CLOCK_AFTER.match(text, m.end()) or (written.isdigit() and text[m.start() - 1:m.start()] == ":") \
                or _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
                or any(a <= m.start("n1") < b for a, b in clocks) \
                or _LABEL_BEFORE.search(text, max(0, m.start() - 16), m.start()) \
                or (written.isdigit() and (_SLASHED.match(text, m.end("n1")) or text[m.start() - 1:m.start()] == "/")):
            continue
        if not written[:1].isdigit() and written.lower() in ("one", "a dozen", "a hundred") and not m.group("scale") \
                and not text[m.end():m.end() + 1].isspace():
            continue
        if m.group("glued") == "m" and not glued_million(text, m.end()):
            continue  # ("a 1.2m wall": a length)
        scale = scale_of(m.group("scale") or m.group("glued"))
        high = parse_number(m.group("n2"), style) if m.group("n2") else None
        named = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if high is not None and named and written.isdigit() and text[m.end("n1"):m.start("n2")] == "-" \
                and not m.group("scale"):
            continue  # "a Boeing 737-800": a model's name
        if high is not None and not named and (sides := tally_measures(text, m.start("n1"), m.end("n2"), text[m.end("n1"):m.start("n2")],
                                                          value, high)):
            # "won 59-41", "a 6-3 ruling": two counts, one for each side, never a range (a "Boeing 787-8" is a name)
            for group, number, side in (("n1", value, sides[0]), ("n2", high, sides[1])):
                found.append(Found("count", m.start(group), m.end(group), {"low": number, "high": number, "unit": None,
                                                                           "head": None, "own_measure": side}))
            continue
        if high is None and not named and not m.group("scale") and written[:1].isdigit() \
                and (second := ROMANCE_SECOND.match(text, m.end())) \
                and (sides := tally_measures(text, m.start("n1"), second.end("n2"), text[m.end():second.start("n2")],
                                             value, parse_number(second.group("n2"), style) or 0.0)):
            # "el triunfo fue por 74 a 26": the two sides of a result, never a count of what the sentence named
            for (start, stop), number, side in (((m.start("n1"), m.end("n1")), value, sides[0]),
                                                ((second.start("n2"), second.end("n2")),
                                                 parse_number(second.group("n2"), style), sides[1])):
                found.append(Found("count", start, stop, {"low": number, "high": number, "unit": None, "head": None,
                                                          "own_measure": side}))
            continue
        if high is not None and _FROM_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not (
                scale != 1 and from_without_change(text[max(0, m.start() - FROM_REACH):m.start()])):
            # "from 31 to 46": two values of one measure, the earlier and the current one ("from 5 to 6 billion":
            # both scaled; with no word of change, one range: compare/scaled_from_ranges.py)
            head, length = (None, 0) if scale != 1 else counted_noun(text[m.end("n2"):m.end("n2") + 80])
            unit = singular(head) if head else None
            found.append(Found("count", m.start(), m.end("n1"), {"low": value * scale, "high": value * scale,
                                                                  "unit": unit, "head": head, "role": "previous"}))
            found.append(Found("count", m.start("n2"), m.end("n2") + length, {"low": high * scale, "high": high * scale,
                                                                               "unit": unit, "head": head}))
            continue
        if (digits := _DIGITS_OF_AN_AMOUNT.match(text, m.end())):
            # "a nine-figure verdict", "a six-digit sum": how long an amount is, so 100,000,000 to 999,999,999
            if value.is_integer() and 1 <= value <= MAX_DIGITS and not m.group("n2") and not m.group("scale"):
                phrase = count_phrase(text[digits.end():digits.end() + 80])
                head = phrase[2] if phrase else None
                found.append(Found("count", m.start(), digits.end(), {
                    "low": 10.0 ** (value - 1), "high": 10.0 ** value - 1, "qualifier": "range",
                    "unit": singular(head) if head else None, "head": head}))
            continue
        end = m.end()
        extra = float(m.group("rest")) if m.group("rest") else 0.0  # "6 mil 900": 6,900
        fields = {"low": value * scale + extra, "high": (high if high is not None else value) * scale + extra}
        start = m.start()
        if scale == THOUSAND_SCALE and high is None and (tail := millions_before(text, start)):
            start, millions = tail  # ("un milione e 900mila voti": 1,900,000)
            fields = {"low": fields["low"] + millions, "high": fields["high"] + millions}
        if m.group("plus"):
            fields["qualifier"] = "more_than"
        rest = text[end:end + 80]
        phrase = count_phrase(rest)
        if phrase is None and (more := _MORE_AFTER.match(rest)) and (past := count_phrase(rest[more.end():])):
            phrase = (1, more.end() + past[1], past[2])  # "sieben weitere Parlamentarier": the noun past "more"
        if phrase is None and m.group("scale") and (link := _SCALE_LINK.match(rest)) \
                and (past := count_phrase(rest[link.end():])) and past[0] == 0 \
                and (counted_noun(rest[link.end():])[0] or past[2] in language_words().people):
            phrase = (1, link.end() + past[1], past[2])  # "3,5 millions de manifestants": the noun past "de"
        head = None
        if written.lower() not in _NO_PART and (part := _PART_OF.match(rest)) and (whole := count_phrase(rest[part.end():])) and whole[0] == 0 \
                and whole[2] not in PRONOUN_WHOLES and parts_whole(part, whole[2]):
            # "four of the five justices", "four out of five judges": a part of the whole, counting its noun
            phrase, head = None, whole[2]
            fields["unit"], fields["head"] = singular(head), head
            found.append(Found("count", m.start(), end, fields))
            continue
        if phrase is not None:
            p_start, p_end, head = phrase
            if not written[:1].isdigit() and written.lower() == "one" and p_start > 1:
                continue
            end += p_end
        elif not written[:1].isdigit() and not m.group("scale") \
                and (written.lower() in ("one", "a few", "a couple of", "half a")
                     or written.lower() in LANGUAGE_NUMBERS and not counts_alone(text, m.start(), end)
                     or text[end:end + 1] == "-"):
            continue  # "one of them", "nine-figure": no count ("one lakh", "one million" are)
        elif named and not m.group("scale"):
            continue  # "the Nikkei 225 rose", "a Boeing 737": part of a name
        if style.decimal == "," and written.isdigit() and re.match(r"\.\s+[A-ZÄÖÜ]", text[m.end():m.end() + 3]):
            continue  # "21. Deutschen Bundestag": a continental ordinal
        fields["unit"] = singular(head) if head else None
        fields["head"] = head
        found.append(Found("count", start, end, fields))
    for m in _TIMES_WORD.finditer(text):
        value = TIMES_VALUE[m.group("count").lower()]
        found.append(Found("count", m.start(), m.end(), {"low": value, "high": value, "unit": "time", "head": "times"}))
    for m in _LONE_SURVIVOR.finditer(text):
        found.append(Found("count", m.start("count"), m.end("count"), {"low": 1.0, "high": 1.0, "unit": "survivor",
                                                                        "head": "survivor"}))
    for m in _VAGUE.finditer(text):
        rest = text[m.end():m.end() + 80]
        if m.group("vague").lower() in _LANGUAGE_VAGUE:  # ("miles de personas", "ribuan orang"): the noun follows
            phrase, rest_of = count_phrase(rest), None
            if phrase is None and (more := _MORE_AFTER.match(rest)) and (past := count_phrase(rest[more.end():])):
                phrase = (1, more.end() + past[1], past[2])  # "Dutzende weitere Strafverfahren": past "more"
            low, high = VAGUE_RANGE[_LANGUAGE_VAGUE[" ".join(m.group("vague").lower().split())]]
            head = phrase[2] if phrase else None
            found.append(Found("count", m.start(), m.end() + (phrase[1] if phrase else 0), {
                **vague_fields(head, float(low), float(high)), "qualifier": "range" if low < high else "about",
                "head": head}))
            continue
        rest_of = re.match(r"\s+of\s+", rest)
        phrase = count_phrase(rest[rest_of.end():]) if rest_of else None
        if rest_of and phrase is None and (more := _MORE_AFTER.match(rest, rest_of.end() - 1)) \
                and (past := count_phrase(rest[more.end():])):
            phrase = (1, more.end() - rest_of.end() + past[1], past[2])  # "dozens of other cases": past "other"
        if rest_of is None and not m.group("vague").lower().endswith("s"):  # "several hundred people"
            rest_of, phrase = re.match("", rest), count_phrase(rest)
        head = phrase[2] if phrase else None
        end = m.end() + (rest_of.end() + phrase[1] if phrase else 0)
        low, high = VAGUE_RANGE[" ".join(m.group("vague").lower().split())]
        found.append(Found("count", m.start(), end, {**vague_fields(head, float(low), float(high)),
                                                      "qualifier": "range", "head": head}))
    return found


# Between a scale word and its noun in Romance languages: "3,5 millions de manifestants", "2 milioni di persone".
_SCALE_LINK = lazy_compile(r"\s{1,3}(?:de|di|d['’]|dos|das)(?:\s{1,3}|(?<=['’]))", re.I)


# Words for "more" or "other" between a count and its noun ("sieben weitere Parlamentarier", "trois autres
# députés", "seven other defendants"), function words of the table that would end the counted phrase.
_MORE_AFTER = lazy_compile(r"\s{1,3}(?:other|weitere|weiteren|weiterer|andere|anderen|autres|altri|altre|otros|otras|outros|outras)"
                         r"(?=\s{1,3}[^\W\d_])", re.I)


