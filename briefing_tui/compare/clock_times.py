"""Clock times in article text ("9:05 a.m.", "6:35 AM (IST)", "a las 09:05 (hora de Beijing)",
"pukul 23.47 waktu setempat"), with the time zone they are given in.

A named zone with a fixed offset converts to UTC ("9:05 Beijing time" and "6:35 IST" are one instant,
01:05 UTC). "Local time" is a zone whose offset the text does not give: such a time compares only with
another local time. A time without a zone stays without one: nothing is invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_tui.lazy_pattern import lazy_compile

# Zones with a fixed offset from UTC (in minutes), by the names articles use. Ambiguous abbreviations
# (CST: China or US Central; BST: British Summer or Bangladesh; ET: EST or EDT by season) are left out.
ZONE_OFFSETS: dict[str, int] = {
    "utc": 0, "gmt": 0, "ist": 330, "india": 330, "indian": 330, "beijing": 480, "china": 480, "chinese": 480,
    "hong kong": 480, "taipei": 480, "singapore": 480, "manila": 480, "philippine": 480, "jst": 540,
    "tokyo": 540, "japan": 540, "kst": 540, "seoul": 540, "korea": 540, "aest": 600, "wib": 420, "jakarta": 420,
    "bangkok": 420, "thai": 420, "ict": 420, "hanoi": 420, "myanmar": 390, "yangon": 390, "kabul": 270,
    "afghanistan": 270, "nepal": 345, "kathmandu": 345, "npt": 345, "pakistan": 300, "pkt": 300, "dhaka": 360,
    "moscow": 180, "msk": 180, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "est": -300, "edt": -240,
    "cdt": -300, "pst": -480, "pdt": -420, "mst": -420, "mdt": -360,
}
LOCAL = "local"  # the zone of the place the event happened, offset unknown
# A time: hours and minutes ("9:05", "09:05", "23.47" only after a word that introduces a time), then a.m./p.m.
_CLOCK = lazy_compile(
    r"(?<![\d.,:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])"
    r"|(?<=pukul\s)(?P<h2>[01]?\d|2[0-3])[.:](?P<m2>[0-5]\d)(?!\d)"  # Indonesian "pukul 23.47"
    # "9.07am", "09.07 local time" (British and translated styles): a dotted time only before a.m./p.m. or a zone
    r"|(?<![\d.,:])(?P<h3>[01]?\d|2[0-3])\.(?P<m3>[0-5]\d)(?=\s{0,2}(?:[ap]\.?\s?m\b|local\s{1,3}time\b))"
    # the hour and minutes with "h" after a word of a time, French, Portuguese, Spanish or Italian ("à 23h11", "vers
    # 23 h 11", "às 14h30", "por volta das 0h44", "a las 14h30", "alle 14h30"; "après 3h30 de route", "2h15 min" are lengths, but not
    # "14h30 de l'après-midi") and a dotted time before "Uhr" ("23.11 Uhr")
    r"|(?:(?<=à\s)|(?<=vers\s)|(?<=dès\s)|(?<=avant\s)|(?<=après\s)|(?<=jusqu'à\s)|(?<=jusqu’à\s)|(?<=às\s)"
    r"|(?<=\bas\s)|(?<=\bdas\s)|(?<=\blas\s)|(?<=\balle\s)|(?<=\bdalle\s))"
    r"(?P<h5>[01]?\d|2[0-3])\s?h\s?(?P<m5>[0-5]\d)(?![\d%]|[.,:]\d|\s?min"
    r"|\s{1,3}d[e']\W(?!\s{0,2}(?:l[’']apr[eè]s-midi|la\s{1,3}(?:matin[ée]e|soir[ée]e|nuit|ma[ñn]ana|tarde|noche)"
    r"|(?:manh[ãa]|tarde|noite))\b))"
    r"|(?<![\d.,:])(?P<h6>[01]?\d|2[0-3])\.(?P<m6>[0-5]\d)(?=\s{0,2}uhr\b)"
    # a dotted time after an Italian word of time ("alle 12.32", "Alle 21.30", "verso le 17.30", "dalle 9.05", "ore
    # 14.47"); not "alle 300 famiglie" (a count: the minutes are two digits after a dot)
    r"|(?:(?<=\balle\s)|(?<=\bdalle\s)|(?<=\ble\s)|(?<=\bore\s))"
    r"(?P<h7>[01]?\d|2[0-3])\.(?P<m7>[0-5]\d)(?![\d%]|[.,]\d)"
    # a whole hour before a.m./p.m. written as such: "9 a.m.", "9am", "9 AM" (not "9 am", German "am")
    r"|(?<![\d.,:])(?P<h4>1[0-2]|0?[1-9])(?=\s?[ap]\.\s?m\.|\s?(?-i:[AP]M)\b|[ap]m\b)"
    , re.I)
_MERIDIEM = lazy_compile(r"\s{0,2}(?P<ap>[ap])\.?\s?m\b\.?", re.I)
# The zone after the time (within a few characters, brackets allowed): "(IST)", "Beijing time", "local time",
# "(hora de Beijing)", "hora local", "(no) horário local", "ora locale", "waktu setempat", "Ortszeit", "heure locale", "GMT".
_ZONE_AFTER = lazy_compile(
    r"[\s(,]{0,3}(?:on\s{1,3})?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s{0,2}[(,]?\s{0,2})?"
    r"(?:"
    r"(?P<local>local\s{1,3}time|hora\s{1,3}local|waktu\s{1,3}setempat|ortszeit|heure\s{1,3}locale"
    r"|(?:no\s{1,3})?hor[áa]rio\s{1,3}local|ora\s{1,3}locale)"
    r"|hora\s{1,3}de\s{1,3}(?P<es>[A-Z][\w ]{1,20}?)\)"
    r"|(?P<named>[A-Z][a-z]{1,20}(?:\s[A-Z][a-z]{1,20})?)\s{1,3}(?:standard\s{1,3})?time\b"
    r"|(?P<abbr>[A-Z]{2,4})\b"
    r")", re.I)
MAX_ZONE_GAP = 16  # characters between a time and its zone


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A time of day as written: minutes after midnight, the zone's label (None when the text gives none),
    and the offset of that zone from UTC in minutes (None when unknown), with offsets in the sentence."""

    minutes: int
    zone: str | None
    offset: int | None
    start: int
    end: int
    zone_end: int = 0  # where the zone's words end (the time's end without a zone)
    whole_hour: bool = False  # written as an hour alone ("9 a.m."): a rounding as often as an instant

    @property
    def utc(self) -> int | None:
        """Minutes after midnight UTC (modulo a day), None when the zone's offset is unknown."""
        return None if self.offset is None else (self.minutes - self.offset) % (24 * 60)

    def reading(self) -> str:
        """"09:05 (Beijing)" / "06:35 (IST)" / "23:47 (local time)" / "09:05"."""
        clock = f"{self.minutes // 60:02d}:{self.minutes % 60:02d}"
        if self.zone is None:
            return clock
        return f"{clock} ({'local time' if self.zone == LOCAL else self.zone})"


def _zone(text: str, end: int) -> tuple[str | None, int | None, int]:
    m = _ZONE_AFTER.match(text, end)
    if m is None or m.start() - end > MAX_ZONE_GAP:
        return None, None, end
    if m.group("local"):
        return LOCAL, None, m.end() + (1 if "(" in m.group(0) and text[m.end():m.end() + 1] == ")" else 0)
    name = (m.group("es") or m.group("named") or m.group("abbr") or "").strip()
    if m.group("abbr") and not m.group("abbr").isupper():
        return None, None, end  # "at 9:05 am Tuesday" is no zone "am"
    offset = ZONE_OFFSETS.get(name.lower())
    if offset is None:
        return None, None, end
    close = m.end() + 1 if "(" in m.group(0) and text[m.end():m.end() + 1] == ")" else m.end()
    return name if name.isupper() else name.title(), offset, close


_CLOCK_HINT = lazy_compile(r":|pukul|\d\.\d\d\s{0,2}(?:[ap]\.?\s?m\b|local|uhr)|\b(?:alle|dalle|le|ore)\s\d\d?\.\d\d|\d\s?(?:[ap]\.\s?m\.|[ap]m\b)"
                           r"|\d\s?h\s?[0-5]\d", re.I)  # what every clock time needs


def may_hold_clock(text: str) -> bool:
    """Whether ``text`` may hold a clock time (a cheap check before :func:`clock_times`)."""
    return _CLOCK_HINT.search(text) is not None


def clock_times(text: str) -> list[ClockTime]:
    """Every clock time in ``text`` with its zone (see the module docstring), in reading order."""
    out = []
    for m in _CLOCK.finditer(text):
        hours = int(next(m.group(g) for g in ("h", "h2", "h3", "h4", "h5", "h6", "h7") if m.group(g)))
        minutes = int(next((m.group(g) for g in ("m", "m2", "m3", "m5", "m6", "m7") if m.group(g)), 0))
        end = m.end()
        ap = _MERIDIEM.match(text, end)
        if ap is not None and hours <= 12:
            hours = hours % 12 + (12 if ap.group("ap").lower() == "p" else 0)
            end = ap.end()
        elif ap is None and m.group("h") and not m.group("h").startswith("0") and hours < 13 \
                and not _ZONE_AFTER.match(text, end):
            continue  # "3:2" scores, "1:30" ratios: a bare h:mm counts only with a.m./p.m. or a zone
        zone, offset, zone_end = _zone(text, end)
        out.append(ClockTime(hours * 60 + minutes, zone, offset, m.start(), end, zone_end, bool(m.group("h4"))))
    return out


# A time of day told by a word of hours, which a period of hours would be read in: "a las 12:33 horas", "05:00
# horas", "las 6.00 horas", "12.30 horas" (hours and minutes, the minutes two digits), or a whole hour after a
# word that says "at" or "from" a time: "a las 18 horas", "desde las 9 horas", "às 18 horas", "à 18 heures",
# "om 18 uur", "alle ore 18" is left out (its hour follows the word); and the French hour and minutes
# written with "h" ("à 23 h 11", "23h11", "9 h 30"), whose "23 h" was read as 23 of a measure "h" and "11"
# as a count; and the Italian dotted time after its word ("alle 12.32", "verso le 17.30"), read as a count of 12.32.
_CLOCK_BY_HOURS = lazy_compile(
    r"(?<![\d.,:])(?:[01]?\d|2[0-4])[:.h][0-5]\d\s{0,2}(?:horas?|heures?|hrs?|hours?|uur|uhr|h)\b"
    r"|(?<![\d.,:])(?:[01]?\d|2[0-3])\s?h\s?[0-5]\d(?!\d|[.,:]\d)"
    r"|(?:(?<=\balle\s)|(?<=\bdalle\s)|(?<=\ble\s)|(?<=\bore\s))(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d%]|[.,]\d)"
    r"|\b(?:a|de|desde|hasta|para|entre|y|las|às|das|pelas|até|à|vers|dès|om|tegen|um|ab|bis)"
    r"\s{1,3}(?:las\s{1,3})?(?:[01]?\d|2[0-4])\s{0,2}(?:horas|heures|uur|uhr)\b",
    re.I)


def clock_hours(text: str) -> list[tuple[int, int]]:
    """(start, end) of each time of day that a word of hours tells (see ``_CLOCK_BY_HOURS``): no period of
    hours is read there."""
    from briefing_tui.compare.duration_ranges import hours_of_duration  # (it reads counts, which read clock hours)

    return [m.span() for m in _CLOCK_BY_HOURS.finditer(text) if not hours_of_duration(text, m.start())]


TIME_TOLERANCE = 10  # minutes: reports of one instant round it ("about 9 a.m.", "9:05")


def times_match(a: ClockTime, b: ClockTime) -> bool | None:
    """True when two times are one instant, False when they are not, None when the text cannot tell
    (zones unknown and different): both convert to UTC, or both are in the same zone, or one gives no zone
    and the clocks read alike."""
    def close(x: int, y: int) -> bool:
        gap = abs(x - y) % (24 * 60)
        return min(gap, 24 * 60 - gap) <= TIME_TOLERANCE

    if a.utc is not None and b.utc is not None:
        return close(a.utc, b.utc)
    if a.zone is not None and a.zone == b.zone:
        return close(a.minutes, b.minutes)
    if close(a.minutes, b.minutes):
        return True
    return None
