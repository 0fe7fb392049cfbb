"""Numbers as news text writes them: digits with separators, number words, scale words.

How digits are grouped depends on where the text comes from: ``1.300`` on a Dutch page is one
thousand three hundred and ``99,6`` is ninety-nine point six; an Indian page writes ``1,30,000``.
:func:`number_style` decides a source's style once, from its language and the shapes of all its
numbers; :func:`parse_number` then reads each numeral in that style.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from briefing_tui.compare.language_words import language_words
from briefing_tui.lazy_pattern import lazy_compile

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
    "a hundred": 100, "a thousand": 1000, "a couple of": 2, "a few": 3, "half a": 0.5,
}
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
    "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "lakh": 1e5, "lakhs": 1e5,
    "crore": 1e7, "crores": 1e7, "cr": 1e7,  # ("Rs 500 cr": Indian English abbreviates crore)
}

# "Space or no-break space" (or a thin one): between a number and its unit, and inside groups ("1 300").
SPACE = r"[ \u00a0\u202f\u2009]"
# The "and" that joins the last item of a list, in English and the table's Romance and German ("X y Y", "X e Y",
# "X et Y", "X und Y"): a fragment for the patterns that read lists of names, places or amounts.
LIST_AND = r"(?:and|e|y|et|und)"

# A numeral, whatever the grouping: 1,234,567 / 1.234.567 / 1,30,000 / 3.7 / 99,6 / 20.
# Its value depends on the source's style (see parse_number).
NUMERAL = (
    r"\d{1,3}(?:,\d{2})+,\d{3}(?:\.\d+)?"  # Indian grouping: 1,30,000 / 12,34,567.5
    r"|\d{1,3}(?:['’]\d{3})+(?![\d'’])"  # Swiss grouping by apostrophes: 11'545 / 1’250’000
    r"|\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?"  # grouped thousands, with a decimal part in the other mark
    r"|\d+(?:[.,]\d+)?"  # plain, with a decimal mark
)
# Number words of other languages (from the editable table), in lower case or capitalised ("cinco", "Cinco"),
# never in capitals ("DOS").
LANGUAGE_NUMBERS: dict[str, float] = language_words().numbers


def word_trie(words) -> str:
    """One regex alternation for many words, shared prefixes factored out ("d(?:ois|u(?:as|a))"): each
    position tries a handful of branches, not every word (a long alternation is slow on long texts)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        ends = "" in node
        parts = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if ends else body

    return render(tree)


# English hundreds after a unit word ("two hundred", "nine-hundred"): one number, not the unit word alone ("two"
# counting "hundred"). (Not the tens after it: "three hundred and five were hurt" as often lists two counts.)
_HUNDREDS = "(?:" + word_trie("one two three four five six seven eight nine".split()) + r")[-\s]hundred\b"
_LANGUAGE_NUMBER_WORD = "(?-i:" + word_trie({v for w in LANGUAGE_NUMBERS for v in (w, w.capitalize())}) + ")|" \
    if LANGUAGE_NUMBERS else ""
# Number words that are also other words (Spanish "dos", Portuguese "of the"; Italian "due", English "due"), read as
# numbers only right before a scale word of their language ("dos millones", "due milioni", "dos mil").
SCALED_ONLY_NUMBERS = {"dos": 2.0, "due": 2.0, "medio": 0.5, "mezzo": 0.5, "meio": 0.5}  # ("medio millón": half)
# Spanish "dos" after a Spanish preposition that Portuguese would contract with "os" ("por dos cargos", "de dos años",
# "con dos testigos": Portuguese writes "pelos", "dos", "com os"), a plural word after it (French "mal de dos" is the
# back). (Not after an article: "los dos trenes" names the trains more than it counts them.)
_SPANISH_DOS = (r"(?=(?-i:dos))(?:(?<=\bde\s)|(?<=\bpor\s)|(?<=\bcon\s)|(?<=\ben\s)|(?<=\bentre\s)|(?<=\bpara\s)"
                r"|(?<=\bhasta\s))(?-i:dos)(?=\s[a-záéíóúñ]{2,30}s\b)")
_SCALED_ONLY = r"(?-i:[Dd]os|[Dd]ue)(?=[\s-]{1,3}(?:mil|mila|millones|millón|milioni|milione|miliardi|miliardo)\b)|" \
    r"(?-i:[Mm]edio|[Mm]ezzo|[Mm]eio)(?=\s{1,3}(?:millón|milione|milhão|miliardo|bilhão)\b)|" \
    + _SPANISH_DOS + "|"
# (a letter first: positions elsewhere are rejected at once; word lists as tries, "dos" looked at before what precedes
# it: a word start tries a few branches, not every word)
NUMBER_WORD = r"(?=[^\W\d_])(?:" + _HUNDREDS + r"|a\s+(?:dozen|hundred|thousand|couple\s+of|few)|half\s+a|" + _SCALED_ONLY + _LANGUAGE_NUMBER_WORD + word_trie(
    w for w in UNITS if " " not in w) + r")(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?(?:[-\s]dozen\b)?"  # ("two dozen", "two-dozen")
# Thousands grouped by spaces, as French, German or Nordic pages write them ("1 300", "12 500,5"): read in the
# continental style only (an English "on Jan. 7 126 people died" is two numbers).
SPACED_NUMERAL = r"\d{1,3}(?:" + SPACE + r"\d{3})+(?!\d|[.,]\d{3})(?:,\d+)?"
# Thousands grouped by spaces that any style reads so: every group after the first starts with a zero ("250 000",
# "1 050 000"), as no count is written "000 people" (an English "on Jan. 7 126 people" stays two numbers).
# Thousands grouped by a no-break, narrow no-break or thin space ("19\u00a0300", "1\u202f234\u202f567"): typography
# for a group mark, which no writer puts between two numbers, so one number in any style.
NO_BREAK_SPACED_NUMERAL = r"\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d]|[.,]\d)"
ZERO_LED_SPACED_NUMERAL = r"\d{1,3}(?:" + SPACE + r"0\d\d)+(?![\d]|[.,]\d)|" + NO_BREAK_SPACED_NUMERAL
# Not right after a word character, East Asian scripts aside: Chinese, Japanese and Korean glue numbers to the word
# before them ("同比增长15%", "지분 17.5%").
NOT_AFTER_WORD = r"(?<![^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])"
# A number written in digits or words, and the marks of a range between two ("5-6", "3 to 4").
NUMBER = rf"(?:{NUMERAL}|{NUMBER_WORD})"
RANGE_TO = r"\s*(?:-|–|—|to)\s*"
RANGE_SEP = r"\s*(?:-|–|—|to|and)\s*"

_WORD_SPLIT = lazy_compile(r"[-\s]+")

# Scale words of other languages after a number ("61 mil", "3,6 miliar", "7,3 millions"), from the editable
# table (compare/language_words.py); the longest first ("mil millones" before "mil").
LANGUAGE_SCALES: dict[str, float] = language_words().scales
LANGUAGE_SCALE_WORD = "|".join(r"\s+".join(map(re.escape, w.split()))
                               for w in sorted(LANGUAGE_SCALES, key=len, reverse=True)) or r"(?!x)x"
# An amount's scale word ("$250 million", "3,97 Milliarden Euro"); not another language's thousands word ("$5 mil"
# is five million in American slang, five thousand in Spanish).
_AMOUNT_LANGUAGE_SCALE_WORD = "|".join(r"\s+".join(map(re.escape, w.split()))
                                       for w in sorted(LANGUAGE_SCALES, key=len, reverse=True)
                                       if LANGUAGE_SCALES[w] > 1e3) or r"(?!x)x"
# An Indian compound scale: "1.5 lakh crore" is 1.5 × 10⁵ × 10⁷ (the scales multiply).
_INDIAN_COMPOUND_SCALE = rf"(?:lakhs?|thousand){SPACE}+crores?"
SCALE_WORD = rf"(?:{_INDIAN_COMPOUND_SCALE}|{_AMOUNT_LANGUAGE_SCALE_WORD}|thousand|million|billion|trillion|mn|mln|bn|bln|tn|trn|lakhs?|crores?|cr)\b|[kmb]\b(?![\'’])"
# A count's scale word, English or another language's.
COUNT_SCALE_WORD = rf"(?:{_INDIAN_COMPOUND_SCALE}|{LANGUAGE_SCALE_WORD}|million|billion|trillion|thousand|lakhs?|crores?)"
# The hundreds written after a thousands word: "6 mil 900" is 6,900 (Spanish, Portuguese, Indonesian "6 ribu 900"):
# right after a scale word worth a thousand (each a fixed-width look-behind).
THOUSANDS_REST = "(?:" + "|".join(f"(?<={re.escape(w)})" for w in ["thousand", *(
    w for w, v in LANGUAGE_SCALES.items() if v == 1e3)]) + r")" + rf"{SPACE}+\d{{1,3}}(?!\d)(?![.,]\d)"

DecimalMark = Literal[".", ","]
# Languages whose writers put a comma before decimals and dots (or spaces) between thousands.
COMMA_DECIMAL_LANGUAGES = frozenset(
    "de nl fr es it pt ru uk pl cs sk sl hr sr bs ro hu tr el da sv no nb nn fi et lv lt id vi bg kk uz az ka".split())

# A numeral whose shape alone shows the style: dots between groups of three ("1.300.000"), a comma
# before one or two final digits ("99,6", "3,25") or before a run other than three ("2,5000").
_DOT_GROUPS = lazy_compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,]*\d)|(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d+")
_COMMA_DECIMAL = lazy_compile(r"(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d,.]*\d)")
_COMMA_GROUPS = lazy_compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,]*\d)|(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d+")
_ANY_DIGIT = lazy_compile(r"\d")
# A time of day written with a dot, which shows no decimal mark: "pukul 23.47", "23.47 waktu setempat",
# "at 11.47 pm", "um 23.47 Uhr".
_CLOCK_TIME = lazy_compile(
    r"\b(?:pukul|jam|at|um|à|às|a\s+las)\s+\d{1,2}\.\d{2}\b"
    r"|\b\d{1,2}\.\d{2}\s*(?:a\.?m\b|p\.?m\b|uhr\b|waktu\b|WIB\b|WITA\b|local\b|hora\b|heure\b|GMT\b|UTC\b)",
    re.I)
_DOT_DECIMAL = lazy_compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d,.]*\d)")
# One group of three that ends in zero ("US$ 12,000 millones", "3,600"; "1.300", "20.000"): a writer of decimals
# would not add the zeros ("12", "3,6"), so the mark groups thousands (Peru's and Mexico's Spanish write "12,000").
_ROUND_COMMA_GROUP = lazy_compile(r"(?<![\d.,])\d{1,3},\d\d0(?![\d,.]*\d)")
_ROUND_DOT_GROUP = lazy_compile(r"(?<![\d.,])\d{1,3}\.\d\d0(?![\d,.]*\d)")


# Marks that group thousands in any style: spaces, and the apostrophes of Swiss pages ("11'545", "1’250’000").
_GROUP_SPACES = lazy_compile(r"[ \u00a0\u202f\u2009'’]")


@dataclass(frozen=True, slots=True)
class NumberStyle:
    """How one source writes numbers: its decimal mark (the other mark groups thousands), and whether a plain space
    groups thousands too ("19 300 voix"): always with a decimal comma, and on a page of a language that groups so
    though its numbers show a decimal point (a French page writing "1.5" and "2 970 milliards")."""

    decimal: DecimalMark = "."
    spaced: bool = False

    @property
    def spaces_group(self) -> bool:
        """Whether "19 300" is one number in this style (else two, as English "on Jan. 7 126 people died")."""
        return self.spaced or self.decimal == ","


ENGLISH = NumberStyle(".")
CONTINENTAL = NumberStyle(",")
POINT_AND_SPACES = NumberStyle(".", spaced=True)  # a decimal point, thousands grouped by spaces


def number_style(language: str | None, texts: Iterable[str]) -> NumberStyle:
    """The style of a source: what the shapes of its numbers show, else what its language suggests.

    Shapes that only one style can write ("1.300.000", "99,6" against "1,300,000", "99.6"), and round groups of
    three ("12,000", "20.000"), are counted over the whole text; the majority wins, the language breaks a tie.
    """
    text = _CLOCK_TIME.sub(" ", "\n".join(t for t in texts if _ANY_DIGIT.search(t)))  # ("pukul 23.47": no decimal)
    comma = len(_DOT_GROUPS.findall(text)) + len(_COMMA_DECIMAL.findall(text)) + len(_ROUND_DOT_GROUP.findall(text))
    dot = len(_COMMA_GROUPS.findall(text)) + len(_DOT_DECIMAL.findall(text)) + len(_ROUND_COMMA_GROUP.findall(text))
    lang = (language or "").lower()[:2]
    if comma != dot:
        return CONTINENTAL if comma > dot else POINT_AND_SPACES if lang in COMMA_DECIMAL_LANGUAGES else ENGLISH
    return CONTINENTAL if lang in COMMA_DECIMAL_LANGUAGES else ENGLISH


# A lone mark before a run of digits other than three ("44.21", "1,5"): no writer groups thousands so, whatever
# the source's style, the mark is a decimal one (a page mixing "11.053.308" with "44.21%").
_LONE_UNGROUPED_MARK = lazy_compile(r"(?<!\d)\d+[.,](?:\d{1,2}|\d{4,})")  # (a run of digits from its first: linear)


# A lone mark before three zeros ("141,000", "20.000"): a group mark whatever the source's style, as no writer gives a
# count or sum with three decimal zeros (a Spanish page writing "141,000 hogares" beside its "5,5 millones").
_LONE_ROUND_GROUP = lazy_compile(r"\d{1,3}[.,]000")


def _digits_value(text: str, style: NumberStyle) -> float | None:
    """A numeral's value in ``style``: the decimal mark is the style's; the other mark only groups (a lone mark
    before other than three digits is a decimal one; one before three zeros groups)."""
    if _LONE_UNGROUPED_MARK.fullmatch(text):
        style = ENGLISH if "." in text else CONTINENTAL
    elif _LONE_ROUND_GROUP.fullmatch(text):
        style = ENGLISH if "," in text else CONTINENTAL
    group = "," if style.decimal == "." else "."
    body = _GROUP_SPACES.sub("", text.replace(group, ""))
    if style.decimal == ",":
        body = body.replace(",", ".")
    if body.count(".") > 1:
        return None
    try:
        return float(body)
    except ValueError:
        return None


# One numeral's comma before one or two digits and nothing else ("99,6", "1,25"): a decimal comma, whatever its
# source's style.
_LONE_DECIMAL_COMMA = lazy_compile(r"\d+,\d{1,2}")


def shape_style(written: str) -> NumberStyle:
    """The style one numeral's own marks show, English when they cannot tell ("1.300", "1,300"): of two
    different marks the last is the decimal ("1.442,5", "1,442.5"); a mark written twice groups ("1.442.194",
    "1,442,194"); a lone comma before one or two digits is a decimal ("99,6")."""
    dot, comma = written.rfind("."), written.rfind(",")
    if dot >= 0 and comma >= 0:
        return CONTINENTAL if comma > dot else ENGLISH
    if written.count(".") > 1 or _LONE_DECIMAL_COMMA.fullmatch(written):
        return CONTINENTAL
    return ENGLISH


def parse_number(text: str, style: NumberStyle = ENGLISH) -> float | None:
    """The value of a numeral or number word (``"3.7"``, ``"1,200"``, ``"twenty-five"``), or None.

    In the English style a lone comma before exactly three digits groups ("1,300"); in the
    continental one a lone dot before three digits does ("1.300") and a comma is the decimal mark.
    """
    text = " ".join(text.lower().split())
    if not text:
        return None
    if text[0].isdigit():
        return _digits_value(text, style)
    if text in UNITS:
        return float(UNITS[text])
    if text in LANGUAGE_NUMBERS:
        return LANGUAGE_NUMBERS[text]
    if text in SCALED_ONLY_NUMBERS:  # ("dos" of "dos millones": only read before a scale word)
        return SCALED_ONLY_NUMBERS[text]
    parts = _WORD_SPLIT.split(text)
    if len(parts) == 2 and parts[1] == "hundred" and parts[0] in UNITS:  # "two hundred": 200
        return UNITS[parts[0]] * 100.0
    if len(parts) > 1 and parts[-1] == "dozen":  # "two dozen", "two-dozen": dozens, 24
        times = parse_number(" ".join(parts[:-1]), style)
        return times * UNITS["dozen"] if times is not None else None
    total = 0.0
    for part in parts:
        if part not in UNITS:
            return None
        total += UNITS[part]
    return total


def precision(text: str, style: NumberStyle = ENGLISH) -> float:
    """The unit of the last digit written: ``"1.5"`` -> 0.1, ``"3,085"`` -> 1 (number words: 1)."""
    text = text.strip()
    if not text[:1].isdigit():
        return 1.0
    mark = style.decimal
    if mark in text:
        return 10.0 ** -len(text.rsplit(mark, 1)[1])
    return 1.0


def scale_of(word: str | None) -> float:
    """The multiplier of a scale word (``"billion"`` -> 1e9); 1 when there is none."""
    if not word:
        return 1.0
    word = " ".join(word.lower().rstrip(".").split())
    parts = word.split()
    if len(parts) > 1 and all(p in SCALES for p in parts):  # "lakh crore": 10⁵ × 10⁷
        return math.prod(SCALES[p] for p in parts)
    return SCALES.get(word) or LANGUAGE_SCALES.get(word, 1.0)


def format_amount(value: float) -> str:
    """A compact human form: 19350000000 -> ``"19.4 billion"``."""
    for name, size in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3)):
        if abs(value) >= size:
            return f"{value / size:.3g} {name}"
    return f"{value:.3g}"


WRITTEN_SCALES = (("trillion", 1e12), ("billion", 1e9), ("million", 1e6))
"""The scale words a large figure is written with (below a million: its digits, grouped)."""
WRITTEN_DIGITS = 6
"""Significant digits a written figure keeps (35,912,345,678 is "35.9123 billion"): never scientific notation."""
SMALLEST_PLAIN = 1e-4
"""Below this (and above 0), Python's general format turns scientific: such a figure is written in decimals."""


DAYS_PER_YEAR = 365  # the comparison stores a period of days as days / 365 years
PERIOD_SHOWN_IN = (("day", DAYS_PER_YEAR, 60), ("month", 12, 24))
"""A period (stored in years) is shown in days below 60 days, in months below 24 months, else in years."""


def period_in_words(low: float, high: float) -> tuple[float, float, str]:
    """A period in years as days, months or years, whichever reads naturally (see ``PERIOD_SHOWN_IN``):
    0.00821918 years is 3 days."""
    for unit, per_year, below in PERIOD_SHOWN_IN:
        if high * per_year < below:
            return round(low * per_year, 1), round(high * per_year, 1), unit + ("" if high * per_year == 1 else "s")
    return low, high, "year" if high == 1 else "years"


def written_number(value: float, high: float | None = None, grouped: bool = True) -> str:
    """A figure (or the range ``value``–``high``) as people write it, never in scientific notation:
    3e10 -> ``"30 billion"``, 1.32e10 -> ``"13.2 billion"``, 1.2e9–1.5e9 -> ``"1.2–1.5 billion"``, 12345 ->
    ``"12,345"`` (``grouped``; else ``"12345"``, as the comparison's evidence writes counts)."""
    if high is not None and high != value:
        scale = _written_scale(max(abs(value), abs(high)))
        if scale is not None and _written_scale(min(abs(value), abs(high))) == scale:
            name, size = scale
            return f"{_digits(value / size, True)}–{_digits(high / size, True)} {name}"
        return f"{written_number(value, grouped=grouped)}–{written_number(high, grouped=grouped)}"
    scale = _written_scale(abs(value))
    if scale is None:
        return _digits(value, grouped)
    name, size = scale
    return f"{_digits(value / size, True)} {name}"


def _written_scale(size: float) -> tuple[str, float] | None:
    return next(((name, unit) for name, unit in WRITTEN_SCALES if size >= unit), None)


def _digits(value: float, grouped: bool) -> str:
    """``value`` below a million (or a multiple of a scale) with up to WRITTEN_DIGITS significant digits."""
    if value and abs(value) < SMALLEST_PLAIN:
        return f"{value:.{WRITTEN_DIGITS + 8}f}".rstrip("0")
    return f"{value:,.{WRITTEN_DIGITS}g}" if grouped else f"{value:.{WRITTEN_DIGITS}g}"


SHORT_DIGITS = 3  # significant digits of a value a title shows in short ("19.3 bn", "1.23")
SHORT_DIGITS_FROM = 100  # a value from which they are its whole part's, rounded ("13,401.7" -> "13,400")


def format_short(value: float) -> str:
    """A title's short form: 19.3e9 -> ``"19.3 bn"``, 3e12 -> ``"3 trillion"``, 3085 -> ``"3,085"``."""
    for name, size in (("trillion", 1e12), ("bn", 1e9), ("million", 1e6)):
        if abs(value) >= size:
            return f"{value / size:.3g} {name}"
    if value != int(value) and abs(value) >= SHORT_DIGITS_FROM:  # (three digits, never "1.34e+04": "13,400")
        return f"{round(value, SHORT_DIGITS - len(str(int(abs(value))))):,.0f}"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.3g}"
