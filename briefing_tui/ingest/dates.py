"""Recognise publication dates written the ways news pages write them."""

from __future__ import annotations

import datetime as dt
import re

from briefing_tui.lazy_pattern import lazy_compile

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Month names in the other languages articles commonly arrive in (French, German, Spanish).
FOREIGN_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "januar": 1, "februar": 2, "märz": 3, "april": 4, "juni": 6, "juli": 7, "august": 8, "september": 9,
    "oktober": 10, "dezember": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # Italian and Portuguese (the names Spanish or French already give are not repeated).
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10,
    "dicembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
}
_FMON = "(?P<fmon>" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True)) + ")"
_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_TIME = r"(?:(?:,|\s+at|\s*[-–|·])?\s*(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?)?"
# "14h30" (French), "14:30 Uhr" (German), "a las 14:30" (Spanish).
_FTIME = r"(?:,?\s*(?:(?:à|um|a las)\s*)?(?P<H>\d{1,2})\s*[h:.]\s*(?P<M>\d{2})(?:\s*Uhr)?(?P<ampm>))?"
_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
DATE_PATTERNS = [
    lazy_compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ]\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?(?P<ampm>)?)?(?!\d)"),
    # Year first, parted by slashes or stops ("2024/05/27", "2024.05.27"): always year, month, day.
    lazy_compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<ysep>[/.])(?P<m>\d{1,2})(?P=ysep)(?P<d>\d{1,2})(?![\d.])" + _TIME),
    lazy_compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + _TIME),
    lazy_compile(r"\b" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b" + _TIME, re.I),
    lazy_compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(?P<y>(?:19|20)\d{2})\b" + _TIME, re.I),
    # A month's name between slashes or dashes: "27/May/2024", "27-May-2024".
    lazy_compile(r"(?<![\d/-])(?P<d>\d{1,2})(?P<nsep>[/-])" + _MON + r"(?P=nsep)(?P<y>(?:19|20)\d{2})\b" + _TIME, re.I),
    # Time first: "3:45 PM EST, Mon March 4, 2024".
    lazy_compile(r"(?<![\d:])(?P<H>\d{1,2}):(?P<M>\d{2})(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:\s*[A-Z]{2,4}\b)?,?\s*" + _WEEKDAY
               + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b", re.I),
    lazy_compile(r"(?<!\d)(?P<d>\d{1,2})(?:er)?\.?\s+(?:de\s+)?" + _FMON + r",?\s+(?:de\s+)?(?P<y>(?:19|20)\d{2})\b" + _FTIME, re.I),
    # Day and month in either order, kept only when the order is unambiguous (one part above 12); a middle dot may
    # part them as a stop does ("29·04·2025").
    lazy_compile(r"(?<![\d/.·-])(?P<a>\d{1,2})(?P<sep>[/.·-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d/])" + _TIME),
]


# The separator of numeric dates that puts the day first wherever it is written ("07.02.2025" is 7 February in German,
# French, Italian, Dutch...; no English page dots a month-first date): slashes and dashes stay ambiguous.
DAY_FIRST_SEPARATOR = "."
_DIGIT = lazy_compile(r"\d")


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first full date (day, month, year; optional time) in ``text``.

    Returns the ISO 8601 string and the match's offsets within ``text``, or None.
    """
    best: tuple[str, int, int] | None = None
    if not _DIGIT.search(text):
        return None
    for pat in DATE_PATTERNS:
        for m in pat.finditer(text):
            iso = _to_iso(m)
            if iso and (best is None or m.start() < best[1]):
                best = (iso, m.start(), m.end())
                break
    return best


def _to_iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    try:
        year = int(g["y"])
        if g.get("a"):
            a, b = int(g["a"]), int(g["b"])
            if g.get("sep") == DAY_FIRST_SEPARATOR and b <= 12:
                day, month = a, b  # "07.02.2025": the dotted form writes the day first (de, fr, it, pt, nl, ...)
            elif (a > 12) == (b > 12) and a != b:
                return None  # 03/04/2024 could be March or April: say nothing rather than guess
            else:
                day, month = (a, b) if a > 12 else (b, a)
        else:
            month = int(g["m"]) if g.get("m") else (
                FOREIGN_MONTHS[g["fmon"].lower()] if g.get("fmon") else MONTHS[g["mon"].lower()[:3]])
            day = int(g["d"])
        date = dt.date(year, month, day)
    except (KeyError, ValueError, TypeError):
        return None
    if g.get("H") is None:
        return date.isoformat()
    hour, minute = int(g["H"]), int(g["M"])
    ampm = (g.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if not (0 <= hour < 24 and 0 <= minute < 60):
        return date.isoformat()
    return dt.datetime(year, month, day, hour, minute).isoformat(timespec="minutes")


def normalise_date(value: str) -> str | None:
    """Normalise a user-supplied date (front matter, sidecar) to ISO 8601, or None if unreadable."""
    value = value.strip()
    try:
        if "T" in value or ":" in value:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat(timespec="minutes")
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        found = find_date(value)
        return found[0] if found else None


# Month abbreviations of datelines in other languages ("Madrid, 29 ago (EFE)", "PARIS, 3 janv. (AFP)").
DATELINE_MONTHS = {
    **MONTHS, **FOREIGN_MONTHS, "ene": 1, "abr": 4, "ago": 8, "dic": 12, "janv": 1, "févr": 2, "fevr": 2, "avr": 4,
    "juil": 7, "déc": 12, "okt": 10, "dez": 12, "mrt": 3, "mei": 5,
}
_DMON = "(?P<mon>" + "|".join(sorted(DATELINE_MONTHS, key=len, reverse=True)) + r")[a-zé]*\.?"
# A day and month without a year, as datelines give them: "Dec 20", "March 2,", "29 ago", "12. Juli".
DAY_MONTH = [
    lazy_compile(r"\b" + _DMON + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d{2})", re.I),
    lazy_compile(r"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?" + _DMON + r"(?!\w)(?!\s*,?\s*(?:de\s+)?(?:19|20)\d{2})", re.I),
]
LATE_SLACK_DAYS = 31
"""A dateline day this far after the page's other date belongs to the year before ("Dec 30" on a January page)."""


def find_day_month(text: str) -> tuple[int, int, int, int] | None:
    """The first day and month without a year in ``text``: (month, day, start, end)."""
    best = None
    for pat in DAY_MONTH:
        m = pat.search(text)
        if m and (best is None or m.start() < best[2]):
            key = m.group("mon").lower().rstrip(".")
            month = DATELINE_MONTHS.get(key) or DATELINE_MONTHS.get(key[:3])
            day = int(m.group("d"))
            if month and 1 <= day <= 31:
                best = (month, day, m.start(), m.end())
    return best


def resolve_year(month: int, day: int, ref: str) -> str | None:
    """The ISO date of ``day``/``month`` in the year of ``ref`` (an ISO date, or a year), or the year before
    when that would put it well after ``ref``."""
    try:
        year = int(ref[:4])
        date = dt.date(year, month, day)
        if len(ref) >= 10 and (date - dt.date.fromisoformat(ref[:10])).days > LATE_SLACK_DAYS:
            date = dt.date(year - 1, month, day)
    except ValueError:
        return None
    return date.isoformat()
