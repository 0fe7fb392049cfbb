"""Physical quantities in article text: distances, speeds, weights, areas and magnitudes, each in one canonical
unit (miles as km, acres as hectares). Split from :mod:`briefing_tui.compare.counts`."""

from __future__ import annotations

import re

from briefing_tui.compare.counts import Found
from briefing_tui.compare.glued_millions import glued_million
from briefing_tui.compare.numbers import (
    NUMBER_WORD,
    NUMERAL,
    RANGE_TO,
    SPACE,
    SPACED_NUMERAL,
    ZERO_LED_SPACED_NUMERAL,
    NumberStyle,
    parse_number,
)
from briefing_tui.compare.physical_units import PHYSICAL
from briefing_tui.compare.temperature_letters import glued_temperatures, in_celsius
from briefing_tui.lazy_pattern import lazy_compile

# Nautical miles as written in six languages ("47 nautical miles", "46 milles marins", "50 Seemeilen": PHYSICAL's
# nautical entries), before the statute "miles" in the unit alternation.
NAUTICAL_UNITS = (r"nautical\s+miles?|milles\s+(?:marins|nautiques)|mille\s+marin|seemeilen?|millas\s+(?:náuticas|marinas)"
                  r"|miglia\s+(?:nautiche|marine)|milhas\s+(?:náuticas|marítimas)")
# A speed in other languages' words, before their kilometres alone ("160 kilomètres à l'heure", "120 kilómetros
# por hora", "100 quilômetros por hora", "90 chilometri orari", "80 Kilometer pro Stunde", "Stundenkilometern"):
# read as km/h (an unknown written unit of this group falls back to km/h), never as a distance.
_FOREIGN_SPEED = (r"kilomètres\s+(?:à\s+l['’]|par\s+)heure|kilómetros\s+(?:por|a\s+la)\s+hora|"
                  r"quil[ôó]metros\s+(?:por|à)\s+hora|chilometri\s+(?:orari|all['’]ora|l['’]ora)|"
                  r"kilometern?\s+pro\s+stunde|stundenkilometern?")
# A temperature: the degree sign with its scale ("1,300°C", "40 °F"), or degrees named with their scale ("35 degrees
# Celsius", "40 degrés Celsius", "38 grados centígrados", "45 gradi centigradi", "42 graus Celsius", "35 Grad Celsius").
# The scale's name alone after the number is a temperature too ("108 Fahrenheit", "45 Celsius").
_TEMPERATURE = (r"°\s?[CF]|(?:degrees?|degrés|grados|gradi|graus|grad)\s+(?:celsius|fahrenheit|centígrados|centigradi"
                r"|centigrados)|celsius|fahrenheit")


def _physical_pattern(numeral: str) -> str:
    # A physical quantity: "10km", "6.2 miles", "eight kilometers" (not the vague "a few kilometres"), "more than
    # 60 mph", "a 7.7-magnitude earthquake"; ``numeral`` the first number's digits (with thousands spaced or not).
    return (
        rf"(?<![\w$€£¥.,:+/-])(?P<n1>{numeral}|(?!a\s+(?:few|couple)\b){NUMBER_WORD}(?=[\s-]))"
        rf"(?:{RANGE_TO}(?P<n2>{numeral}))?"
        r"(?P<half>\s+and\s+a\s+half)?"  # "29 and a half feet": 29.5
        r"(?P<thousand>\s+(?:thousand|mil|mila|tausend))?"  # "10 mil quilômetros", "10 thousand miles": 10,000
        rf"{SPACE}?-?"
        rf"(?P<unit>(?:miles|kilomet(?:re|er)s)\s+(?:per|an)\s+hour|{_FOREIGN_SPEED}|{NAUTICAL_UNITS}|{_TEMPERATURE}|"
        r"km/h|kms?|kph|kmh|"
        r"kilomet(?:re|er)s?|kilómetros?|quil[ôó]metros?|miles?|mph|"
        r"kilomètres|chilometri|kilometern|metres|meters|metros|mètres|metri|metern|meter|metre|metro|mètre|m|feet|foot|ft|"
        r"tons|tonnes|kg|hectares|hectáreas|hektar|ettari|acres?|ha|mm|cm|inch(?:es)?|in(?=\.\))|(?:milli|centi)"
        r"(?:met(?:re|er)s?|mètres|metri)|(?:milí|centí)metros|millimetern|zentimetern?|"
        # (electric power: "15 gigawatts", "15 gigavatios", "15 GW", "300 megawatt"; not "GWh", energy)
        r"(?:giga|mega)(?:watts?|v[aá]tios?)|gw|mw)\b"
        # "a 7.7-magnitude quake", "between 6.8 and 7.1 magnitudes", "6.8-7.1 magnitude"
        r"|(?:\bbetween\s+(?P<n7>\d+(?:[.,]\d)?)\s+and\s+|(?<![\w.,-])(?P<n8>\d+(?:[.,]\d)?)\s*(?:–|to)\s*)?"
        r"(?<![\w.,-])(?P<n3>\d+(?:[.,]\d)?)(?:-|\s)?(?P<mag>magnitudes?)\b"
        # "magnitude 6.8", "a magnitude of 4.4", Spanish "magnitud de 6,8", Indonesian "magnitudo 6,2", and a
        # range of shocks' magnitudes ("magnitudes 4.3 to 5.0", "magnitudes de 4,3 a 5,0")
        # and the top of a set's magnitudes ("aftershocks with magnitudes up to 6.9", "magnitudes de hasta 6,1")
        r"|\b(?P<mag2>magnitud(?:e|o)?s?)(?:\s+(?:of|de))?(?P<top>\s+(?:up\s+to|as\s+high\s+as|hasta|jusqu['’]à|bis\s+zu"
        r"|fino\s+a|até))?\s+(?P<n4>\d+(?:[.,]\d)?)"
        r"(?:\s*(?:-|–|to|a|hingga|sampai|bis|à)\s*(?P<n6>\d+(?:[.,]\d)?))?\b"
        # "measuring 5.9 on the Richter scale", "measuring 6.8 in magnitude"
        r"|\bmeasuring\s+(?P<n5>\d+(?:[.,]\d)?)\s+(?:on\s+the\s+Richter|in\s+magnitude)")


# A physical quantity; thousands grouped by spaces are one number in any style when every later group starts
# with a zero ("16 000 hectares": never "000 hectares")...
_PHYSICAL = lazy_compile(_physical_pattern(rf"(?:{ZERO_LED_SPACED_NUMERAL}|{NUMERAL})"), re.I)
# ... and any such group in the continental style ("9 500 hectares", "1 300 km").
_PHYSICAL_SPACED = lazy_compile(_physical_pattern(rf"(?:{SPACED_NUMERAL}|{NUMERAL})"), re.I)


# German names a quake's magnitude its strength ("ein Erdbeben der Stärke 8,6", "Nachbeben der Stärke 6,9", "Mit einer
# Stärke von 8,8 war das Beben ..."): a magnitude only where a quake ("Beben", "Erdbeben", "Seebeben") is named within
# ``QUAKE_REACH`` characters, since a storm's "Stärke 10" is a wind force.
_STRENGTH = lazy_compile(r"\bStärke\s{1,3}(?:von\s{1,3})?(?P<n>\d(?:[.,]\d)?)(?![\d]|[.,]\d)")
_QUAKE_WORD = lazy_compile(r"beben", re.I)  # (German words for a quake end so: "Erdbeben", "Seebeben", "Nachbeben")
QUAKE_REACH = 60  # characters either side of "Stärke" read for a quake


def _strengths(text: str, style: NumberStyle) -> list[Found]:
    """German magnitudes written as a strength ("Erdbeben der Stärke 8,6"), beside a quake's name."""
    found = []
    for m in _STRENGTH.finditer(text):
        near = text[max(0, m.start() - QUAKE_REACH):m.end() + QUAKE_REACH]
        value = parse_number(m.group("n"), style)
        if value is None or value > 10 or not _QUAKE_WORD.search(near):
            continue
        found.append(Found("count", m.start(), m.end(), {"low": value, "high": value, "unit": "magnitude",
                                                          "measure": "magnitude"}))
    return found


THOUSAND = 1000.0  # the factor of a thousand written as a word between a number and its unit ("10 mil km")
# The units read with a thousand written as a word: lengths. An area so written ("9,1 mil hectares") is left a count
# of hectares, as before: read as an area, one fire's area named by one source drew every unnamed area of a story of
# several fires into that fire's claim (a false disagreement), a join that waits on subjects of areas told apart.
THOUSAND_UNITS = frozenset({"km", "m"})


def physical_in(text: str, style: NumberStyle) -> list[Found]:
    """Distances, speeds, weights and magnitudes, in a canonical unit (miles as km)."""
    found = _strengths(text, style) + glued_temperatures(text, style)  # ("50C (122F)": temperature_letters.py)
    for m in (_PHYSICAL_SPACED if style.spaces_group else _PHYSICAL).finditer(text):
        if m.group("unit"):
            written = " ".join(m.group("unit").lower().replace("° ", "°").split())
            unit, factor = PHYSICAL.get(written) or (("km/h", 1.609344) if written.startswith("mile") else ("km/h", 1.0))
            if m.group("unit") == "m" and (not text[m.start("unit") - 1].isdigit() or glued_million(text, m.end())):
                continue  # "5 m" is as often million: only "5m" glued... and then money took it
            if m.group("unit") == "M":
                continue  # (the metre's symbol is a small m: "5.58M votes" is 5.58 million)
            low = parse_number(m.group("n1"), style)
            high = parse_number(m.group("n2"), style) if m.group("n2") else low
            if low is None or high is None:
                continue
            if m.group("half"):
                low, high = low + 0.5, high + 0.5
            if m.group("thousand") and unit not in THOUSAND_UNITS:
                continue  # (an area so written stays a count of its unit, as before: see THOUSAND_UNITS)
            if m.group("thousand"):
                low, high = low * THOUSAND, high * THOUSAND
            fields = {"low": low * factor, "high": high * factor, "unit": unit}
            if factor != 1:
                fields["conversion"] = factor
            found.append(Found("count", m.start(), m.end(), in_celsius(fields)))  # ("120 Fahrenheit": 48.9 °C)
            continue
        number = m.group("n3") or m.group("n4") or m.group("n5")
        value = parse_number(number, style)
        high = parse_number(m.group("n6"), style) if m.group("n6") else value
        first = m.group("n7") or m.group("n8")
        if first:  # "between 6.8 and 7.1 magnitudes": the range
            value, high = parse_number(first, style), value
        if value is None or high is None or value > 10 or not value <= high <= 10:
            continue
        start, end = (m.start("n3"), m.end("n3")) if m.group("n3") and not first else (m.start(), m.end())
        if m.group("n3") and first:
            end = m.end("n3")
        fields = {"low": value, "high": high, "unit": "magnitude", "measure": "magnitude"}
        if m.group("top"):
            fields["qualifier"] = "up_to"  # ("magnitudes up to 6.9": the set's strongest)
        found.append(Found("count", start, end, fields))
    return found
