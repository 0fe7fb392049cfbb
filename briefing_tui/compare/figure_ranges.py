"""Ranges whose scale and unit the second number alone carries: "between 650 and 800 million dollars", "entre 650 et
800 millions d'euros", "entre 100 000 à 200 000 personnes", "zwischen 4.000 und 5.000 Tote", "between 5 and 6%".

Read number by number, the first is a bare count (650) and the second an amount ($800 million). When a word of
"between" opens the pair and a word of "and" or "to" links them, or a word of "to" links them with no word of
"from" before (a change: "from 31 to 46" is two values, see compare/counts.py), they are one range: the first
number takes the second's scale, unit and measure (650 × 10⁶ dollars), if it is then no larger than the second.
"""

from __future__ import annotations

import re

from briefing_tui.compare.counts import Found
from briefing_tui.compare.duration_ranges import after_duration_verb, period_range
from briefing_tui.compare.scaled_from_ranges import FROM_REACH, change_word_before, from_without_change
from briefing_tui.compare.numbers import NUMBER_WORD, NUMERAL, SPACED_NUMERAL, NumberStyle, parse_number
from briefing_tui.lazy_pattern import lazy_compile

# A plural article Italian, Spanish, Portuguese and French may put before each end of a range ("tra le 50 e le 60",
# "entre los 20 y los 30", "entre os 10 e os 15").
_RANGE_ARTICLE = r"(?:\s{1,3}(?:le|i|gli|les|los|las|os|as))?"
# A word of "between" right before the first number (English, French, Spanish, Portuguese, German, Italian, Dutch,
# Indonesian), its article allowed.
_BETWEEN_BEFORE = lazy_compile(rf"\b(?:between|entre|zwischen|tra|fra|tussen|antara){_RANGE_ARTICLE}\s{{1,3}}\Z", re.I)
# A word of "from" right before the first number: "from 31 to 46" is a change, not a range.
_FROM_BEFORE = lazy_compile(r"\b(?:from|de|desde|von|van|dari|da|dal)\s{1,3}\Z", re.I)
# What links the two numbers: a word of "and" (only after "between") ...
_AND_LINK = lazy_compile(rf"\A\s{{1,3}}(?:and|et|y|e|und|en|dan){_RANGE_ARTICLE}\s{{1,3}}\Z", re.I)
# ... or a word of "to" (or a dash).
_TO_LINK = lazy_compile(r"\A\s{0,3}(?:to|à|a|al|bis|tot|hingga|sampai|–|—|-)\s{0,3}\Z", re.I)
# A numeral, thousands grouped by spaces first ("5 000 morts" on a French page is 5,000).
_FIRST_NUMERAL = lazy_compile(rf"{SPACED_NUMERAL}|{NUMERAL}")
# A number word opening the second end ("eight to ten crore devotees", "two to three million people"): its scale is
# what follows the word.
_FIRST_WORD = lazy_compile(rf"(?:{NUMBER_WORD})\b", re.I)
# A length's range told with a word of "from" in the Romance languages ("des vagues de 3 à 4 mètres", "olas de 3 a 4
# metros", "ondas de 2 a 3 metros"): one range of the length, unless a verb of change stands before the "from" ("est
# passée de 3 à 4 mètres", "subió de 3 a 4 metros", "aumentou de 2 a 3 metros": a move between two values).
_ROMANCE_FROM = lazy_compile(r"\b(?:de|da)\s{1,3}\Z", re.I)
LENGTH_UNITS = frozenset({"m", "km", "mm"})  # the canonical units of a length (centimetres are read as millimetres)
RANGED_KINDS = frozenset({"money", "count", "percent", "period"})  # what the second number may be
BEFORE_REACH = 12  # characters before the first number read for "between" (with its article) or "from"


def _bare(f: Found) -> float | None:
    """The value of a figure that is a number alone, with no unit or counted noun (its scale word may follow:
    "650 million"), else None."""
    if f.kind != "count" or any(f.fields.get(k) for k in ("unit", "head", "qualifier", "own_measure", "role")):
        return None  # (a side of a tally, "won 59-41", or an earlier value, "from 31 to 46", is no range's end)
    return f.fields.get("low")


def _scale(f: Found, text: str, style: NumberStyle) -> float | None:
    """What the figure's first numeral is multiplied by to give its value ("800 millions d'euros": 10⁶), or None."""
    m = _FIRST_NUMERAL.search(text, f.start, f.end) or _FIRST_WORD.match(text, f.start, f.end)
    written = parse_number(m.group(0), style) if m else None
    if m and written is None:  # (spaced thousands on an English page: the digits alone)
        written = parse_number(re.sub(r"\s", "", m.group(0)), style)
    low = f.fields.get("low")
    if not written or low is None:
        return None
    return low / written


def join_split_ranges(taken: list[Found], text: str, style: NumberStyle) -> list[Found]:
    """The figures with each range split in two ("between 650 and 800 million dollars") joined into one."""
    out: list[Found] = []
    k = 0
    while k < len(taken):
        first = taken[k]
        second = taken[k + 1] if k + 1 < len(taken) else None
        joined = _joined(first, second, text, style) if second is not None else None
        if joined is None:
            out.append(_priced_by(first, second, text, style) if second is not None else first)
            k += 1
        else:
            out.append(joined)
            k += 2
    return out


# A word of "to" between two amounts that are no range, a change's included: "von 3,5 Milliarden auf 2,9 Milliarden
# Euro", "de 3.500 millones a 2.900 millones de dólares", "from 3.5 billion to 2.9 billion dollars".
_PAIR_LINK = lazy_compile(r"\A\s{0,3}(?:to|à|a|al|auf|para|naar|bis|–|—|-)\s{0,3}\Z", re.I)


def _priced_by(first: Found, second: Found, text: str, style: NumberStyle) -> Found:
    """``first`` as an amount in the currency of ``second`` when it is a number and its scale word alone ("3,5
    Milliarden") linked by a word of "to" to that amount, whose currency word, written once after both, prices
    both (pairs that are a range were joined before); else ``first`` as it is."""
    value = _bare(first)
    if value is None or second.kind != "money" or second.fields.get("low") != second.fields.get("high") \
            or not _PAIR_LINK.match(text[first.end:second.start]) or (_scale(first, text, style) or 1.0) <= 1.0:
        return first
    return Found("money", first.start, first.end, {"low": value, "high": value, "unit": second.fields.get("unit")})


# A word of "range" right before a pair of shares: "a range of 4% to 4.25%", "the target range at 4% to 4.25%", "une
# fourchette de 4 % à 4,25 %", "eine Spanne von 4 bis 4,25 Prozent", "un rango de 4% a 4,25%".
_RANGE_BEFORE = lazy_compile(r"\b(?:range|corridor|band|fourchette|Spanne|Zielspanne|Korridor|rango|horquilla|intervalo"
                             r"|banda|forchetta)\s{1,3}(?:of|at|de|von|bei|di|da)?\s{0,3}(?:the\s{1,3})?\Z", re.I)
RANGE_REACH = 24  # characters before the first share read for a word of "range"
_DASH_LINK = lazy_compile(r"\A\s{0,2}[-–—]\s{0,2}\Z")  # "4.00%-4.25%", "4 – 4.25%"


def _exact_share(f: Found) -> bool:
    """Whether a figure is one exact share with no qualifier or role of its own."""
    return f.kind == "percent" and f.fields.get("low") == f.fields.get("high") and not any(
        f.fields.get(k) for k in ("qualifier", "role", "own_measure"))


# A word of "between" before the first of two shares, a singular article allowed after it, as election-night
# projections give a party's share: "between 28.7% and 29%", "entre un 28,7 % y un 29 %", "tra il 28 e il 29%",
# "entre 28,7 % et 29 %", "zwischen 28,7 und 29 Prozent".
_BETWEEN_SHARE_BEFORE = lazy_compile(
    r"\b(?:between|entre|zwischen|tra|fra|tussen)"
    r"(?:\s{1,3}(?:un|una|el|il|l[’']|le|la|o|a|lo))?\s{0,3}\Z", re.I)
# A word of "and" between the two shares, with the second share's article ("y un", "e il", "et", "and").
_AND_SHARE_LINK = lazy_compile(
    r"\A\s{1,3}(?:and|et|y|e|und|en)(?:\s{1,3}(?:un|una|el|il|l[’']|le|la|o|a|lo))?\s{0,3}\Z", re.I)
# A word of "with" and an indefinite article before the first of two shares a lone "to" links: a range given as one
# party's result ("con un 16 % a 16,4 %", "with 16% to 16.4%", "avec 16 % à 16,4 %"), not a move ("rose 0.2% to
# 4.3%": a verb before; "de 16 % a 16,4 %": a word of "from").
_WITH_SHARE_BEFORE = lazy_compile(r"\b(?:con|with|avec|mit|com)(?:\s{1,3}(?:un|una|um|uma))?\s{1,3}\Z", re.I)


def _share_range(first: Found, second: Found, text: str) -> Found | None:
    """Two shares that are the ends of one interval ("a range of 4.00% to 4.25%", "4%-4.25%", "the 4.00%-4.25%
    range", "down from 4.25%-4.50%", "entre un 28,7 % y un 29 %", "con un 16 % a 16,4 %"): joined by a dash, by
    "to" after a word of "range" or of "with" (a lone "to" is a move: "rose 0.2% to 4.3%"), or by "and" after a
    word of "between"."""
    if not (_exact_share(first) and _exact_share(second)) or not first.fields["low"] < second.fields["low"]:
        return None
    link = text[first.end:second.start]
    ranged = _RANGE_BEFORE.search(text[max(0, first.start - RANGE_REACH):first.start]) is not None
    before = text[max(0, first.start - BEFORE_REACH):first.start]
    between = _BETWEEN_SHARE_BEFORE.search(before) is not None and _AND_SHARE_LINK.match(link) is not None
    with_to = _WITH_SHARE_BEFORE.search(before) is not None and _TO_LINK.match(link) is not None
    if not (_DASH_LINK.match(link) or (ranged and _TO_LINK.match(link)) or between or with_to):
        return None
    return Found("percent", first.start, second.end, {**second.fields, "low": first.fields["low"],
                                                      "high": second.fields["low"], "qualifier": "range"})


def _whole_ends(first: Found, second: Found, text: str) -> Found | None:
    """Two whole amounts of one currency that are the ends of one interval: a word of "between" before the first,
    a word of "and" or "to" between them ("entre US$ 135 bilhões e US$ 150 bilhões", "zwischen 20 Milliarden Dollar
    und 30 Milliarden Dollar", "entre 20.000 millones de dólares y 30.000 millones de dólares")."""
    if first.kind != "money" or second.kind != "money" or first.fields.get("unit") != second.fields.get("unit"):
        return None
    if any(f.fields.get(k) for f in (first, second) for k in ("qualifier", "role", "own_measure")) or not (
            first.fields["low"] == first.fields["high"] < second.fields["low"] == second.fields["high"]):
        return None
    link = text[first.end:second.start]
    if not _BETWEEN_BEFORE.search(text[max(0, first.start - BEFORE_REACH):first.start]) or not (
            _AND_LINK.match(link) or _TO_LINK.match(link)):
        return None
    return Found("money", first.start, second.end, {**second.fields, "low": first.fields["low"],
                                                    "high": second.fields["low"], "qualifier": "range"})


def _length_from(second: Found, before: str) -> bool:
    """Whether a Romance "de" before a pair of numbers whose second is a length opens a range of that length ("olas
    de 3 a 4 metros"), no verb of change before it."""
    romance_from = _ROMANCE_FROM.search(before)
    return (second.fields.get("unit") in LENGTH_UNITS and romance_from is not None
            and not change_word_before(before[:romance_from.start()]))


def _joined(first: Found, second: Found, text: str, style: NumberStyle) -> Found | None:
    if (shares := _share_range(first, second, text)) is not None:
        return shares
    if (amounts := _whole_ends(first, second, text)) is not None:
        return amounts
    if (periods := period_range(first, second, text, _TO_LINK)) is not None:
        return periods  # ("pode levar de 6 horas a 10 horas": duration_ranges.py)
    value = _bare(first)
    if value is None or second.kind not in RANGED_KINDS or second.fields.get("low") != second.fields.get("high"):
        return None
    link = text[first.end:second.start]
    before = text[max(0, first.start - BEFORE_REACH):first.start]
    between = _BETWEEN_BEFORE.search(before) is not None
    read = ((between and (_AND_LINK.match(link) or _TO_LINK.match(link)))
            or (_TO_LINK.match(link) and (not _FROM_BEFORE.search(before) or after_duration_verb(before)
                                          or _length_from(second, text[max(0, first.start - BEFORE_REACH * 3):first.start]))))
    # (else a word of "from" with no word of change before it, the upper end alone scaled: "de 550 a 600 milhões",
    # compare/scaled_from_ranges.py)
    scaled_from = not read and _TO_LINK.match(link) is not None and from_without_change(
        text[max(0, first.start - FROM_REACH):first.start])
    if not (read or scaled_from):
        return None
    scale = _scale(second, text, style)
    if scale is None or (scaled_from and (scale <= 1.0 or parse_number(text[first.start:first.end].strip(), style) is None)):
        return None
    first_text = text[first.start:first.end]
    has_own_scale = parse_number(first_text.strip(), style) is None  # ("650 million": its scale is its own)
    low = value if has_own_scale else value * scale
    high = second.fields["low"]
    if not low < high:
        return None
    fields = {**second.fields, "low": low, "high": high, "qualifier": "range"}
    return Found(second.kind, first.start, second.end, fields)
