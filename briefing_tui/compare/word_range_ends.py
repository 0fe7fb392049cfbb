"""The first end of a range written in number words before a unit or a noun (issue 11): "drei bis vier Meter", "de
tres a cuatro metros", "entre deux et trois mètres", "zwischen drei und vier Metern", "ein bis zwei Tage", "one to
two metres". The second end is read with its unit ("vier Meter"); the first, a number word of another language with
no noun after it (or a word for "one", also an article), is no count by itself (:mod:`.word_counts`), so the range
read as its top alone. Here it is read as a bare count wherever a word of "to" (or of "and", after a word of
"between") and a larger second number follow it; :func:`.figure_ranges.join_split_ranges` then joins the two ends.

After a word of "from" the pair is a change ("von drei auf vier", "subió de tres a cuatro"), not a range: read only
after a Romance "de"/"da" before a length with no verb of change before it ("olas de tres a cuatro metros"), as
:mod:`.figure_ranges` joins such a pair. Offsets are relative to the sentence.
"""

from __future__ import annotations

import re

from briefing_tui.compare.counts import Found
from briefing_tui.compare.numbers import NUMBER_WORD, NUMERAL, SCALED_ONLY_NUMBERS, parse_number
from briefing_tui.compare.scaled_from_ranges import change_word_before
from briefing_tui.lazy_pattern import lazy_compile

# Words for "one" that open a range ("ein bis zwei Meter", "d'un à deux mètres", "de uno a dos metros", "one to two
# metres"); alone they are also articles, so they are read only as a range's first end.
_ONE = r"(?:one|ein|eine|un|une|uno|una|um|uma)"
ONE = 1.0  # the value of a word for "one"
# Spanish "dos", Italian "due" (also Portuguese "of the", English "due": numbers.SCALED_ONLY_NUMBERS) open a range as
# well ("de dos a tres metros", "da due a tre metri").
_TWO = r"(?:dos|due)"
# A number word (or a word for "one") as a whole word, then a word of "to" or a dash, or a word of "and" with a plural
# article Italian, Spanish, Portuguese and French may repeat ("tra i tre e i quattro"), then the second end, in words
# or digits. (Bounded spaces, one alternation per position: linear on any text.)
_WORD_PAIR = lazy_compile(
    rf"(?<![\w-])(?P<first>{_ONE}\b|{_TWO}\b|{NUMBER_WORD}\b)"
    r"(?P<link>\s{1,3}(?:to|bis|à|a|al|tot|–|—)\s{1,3}"  # a word of "to"
    r"|\s{0,3}[–—]\s{0,3}"  # a dash (not a hyphen: "two-dozen", "twenty-one" are one number)
    r"|\s{1,3}(?:and|und|et|y|e|en)(?:\s{1,3}(?:le|i|gli|les|los|las|os|as))?\s{1,3})"  # a word of "and"
    rf"(?P<second>{NUMERAL}|{NUMBER_WORD})\b", re.I)
# A word of "and" in the link: a range only after a word of "between".
_AND = lazy_compile(r"\s(?:and|und|et|y|e|en)\s", re.I)
# A word of "between" right before the first end, its plural article allowed ("tra i", "entre los").
_BETWEEN_BEFORE = lazy_compile(
    r"(?<![\w'’])(?:between|entre|zwischen|tra|fra|tussen)(?:\s{1,3}(?:le|i|gli|les|los|las|os|as))?\s{1,3}\Z", re.I)
# A word of "from" right before the first end (a change, "von drei auf vier"); a Romance "de"/"da" apart.
_FROM_BEFORE = lazy_compile(r"(?<![\w'’])(?:from|desde|von|van|dari|dal)\s{1,3}\Z", re.I)
_ROMANCE_FROM = lazy_compile(r"(?:(?<![\w'’])(?:de|da)\s{1,3}|(?<![\w'’])d['’])\Z", re.I)
# A length's unit right after the second end ("metros", "mètres", "metri", "km"), as a Romance "de" range has.
_LENGTH_AFTER = lazy_compile(r"\s{0,3}-?(?:k?m\b|cm\b|mm\b|kilom|kilóm|quil[oóô]m|chilom|met(?:ro|ri|er|re)|mètre"
                             r"|centi|centí|milli|milí)", re.I)
BEFORE_REACH = 40  # characters before the first end read for a word of "between", "from" or a verb of change


def word_range_ends_in(text: str) -> list[Found]:
    """The first end of every range written in words ("drei" of "drei bis vier Meter") as a bare count."""
    found = []
    for m in _WORD_PAIR.finditer(text):
        first = m.group("first").lower()
        low = ONE if re.fullmatch(_ONE, first) else SCALED_ONLY_NUMBERS.get(first) or parse_number(first)
        high = parse_number(m.group("second"))
        if low is None or high is None or not low < high:
            continue
        if first in SCALED_ONLY_NUMBERS and m.group("link").strip().lower() == "to":
            continue  # ("due to three storms": English "due")
        before = text[max(0, m.start() - BEFORE_REACH):m.start()]
        if _AND.search(m.group("link")) and not _BETWEEN_BEFORE.search(before):
            continue  # ("three and four": a list, not a range)
        if _FROM_BEFORE.search(before):
            continue  # ("von drei auf vier", "from three to four": a change)
        if (romance_from := _ROMANCE_FROM.search(before)) and (change_word_before(before[:romance_from.start()])
                                            or not _LENGTH_AFTER.match(text, m.end())):
            continue  # ("subió de tres a cuatro": a change; a Romance "de" opens a range of a length only)
        found.append(Found("count", m.start("first"), m.end("first"),
                           {"low": low, "high": low, "unit": None, "head": None}))
    return found
