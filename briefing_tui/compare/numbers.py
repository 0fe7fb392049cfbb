"""Numbers as news text writes them: digits with separators, number words, scale words."""

from __future__ import annotations

import re

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
    "a hundred": 100, "a couple of": 2, "a few": 3,
}
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
    "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}

# A numeral: 1,234,567 / 3.7 / 20 / 1 234 (thin-space groups are rare in English news; not handled).
NUMERAL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUMBER_WORD = r"(?:a\s+(?:dozen|hundred|couple\s+of|few)|" + "|".join(
    sorted((w for w in UNITS if " " not in w), key=len, reverse=True)) + r")(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
SCALE_WORD = r"(?:thousand|million|billion|trillion|mn|mln|bn|bln|tn|trn)\b|[kmb]\b(?![\'’])"
RANGE_SEP = r"\s*(?:-|–|—|to|and)\s*"

_WORD_SPLIT = re.compile(r"[-\s]+")


def parse_number(text: str) -> float | None:
    """The value of a numeral or number word (``"3.7"``, ``"1,200"``, ``"twenty-five"``), or None."""
    text = " ".join(text.lower().split())
    if not text:
        return None
    if text[0].isdigit():
        try:
            return float(text.replace(",", ""))
        except ValueError:
            return None
    if text in UNITS:
        return float(UNITS[text])
    total = 0
    for part in _WORD_SPLIT.split(text):
        if part not in UNITS:
            return None
        total += UNITS[part]
    return float(total)


def scale_of(word: str | None) -> float:
    """The multiplier of a scale word (``"billion"`` -> 1e9); 1 when there is none."""
    if not word:
        return 1.0
    return SCALES.get(word.lower().rstrip("."), 1.0)


def format_amount(value: float) -> str:
    """A compact human form: 19350000000 -> ``"19.4 billion"``."""
    for name, size in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3)):
        if abs(value) >= size:
            return f"{value / size:.3g} {name}"
    return f"{value:.3g}"
