"""Periods and years written the East Asian way, the unit glued after the number: "11일 만에" (after 11 days),
"20년 내" (within 20 years), "3개월", "5시간", "3年間", "10年ぶり", "两个月", "三天"; "2025년도", "2025年度" and the
Japanese and Taiwanese era years ("令和7年度" is fiscal 2025, "民國114年" is 2025).

The same characters also write dates: "1일" alone is the 1st of the month, "2025년 3월" a month of a year. So a day
("일", "日") or a year ("년", "年") is a period only with a word of duration after it (Korean "만" after, "간" and
"동안" during, "내" and "이내" within; Japanese "ぶり" after, "以内" within; Chinese, after years, "来" for the past
and "内" within) or a qualifier ("3일 이상", "10年以上"); years also with "ago" or "later" ("3년 전", "5年後").
Units of no date ("개월", "시간", "か月", "時間", "个月", "小时", "天") are always periods. A number of four digits that can be a calendar year
before "년"/"年" is the year ("2025년", "2025年以降"), unless a word of duration follows ("2000年来": for two
thousand years); a year right before a month is part of a date, no figure. Offsets are relative to the sentence (see
:mod:`.figures`).
"""

from __future__ import annotations

from briefing_tui.compare.counts import Found
from briefing_tui.compare.east_asian_numbers import (NUMERAL_CHARS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE,
                                                     QUALIFIERS_INSIDE, SMALL_UNITS, _alternation, east_asian_value)
from briefing_tui.compare.figure_patterns import period_scale
from briefing_tui.compare.numbers import NOT_AFTER_WORD
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Qualifier


# Units of time with no calendar reading, always a period after a number, and the English unit each is
# (figure_patterns.PERIOD_UNITS): Korean, Japanese (months written with any of the small "ka"), Chinese.
ALWAYS_PERIODS = {
    "개월": "month", "시간": "hour", "주일": "week",
    "か月": "month", "カ月": "month", "ヶ月": "month", "ヵ月": "month", "ケ月": "month", "箇月": "month",
    "時間": "hour", "週間": "week", "日間": "day", "年間": "year", "分間": "minute",
    "个月": "month", "個月": "month", "小时": "hour", "小時": "hour", "个星期": "week", "個星期": "week", "天": "day",
    "分钟": "minute", "分鐘": "minute", "年间": "year"}
# Units of time that also write a date or a calendar year ("1일" the 1st, "3年" the year 3 of an era): a period only
# with a word of duration or a qualifier after them. ("주" also counts shares, "분" also parts: only with a word of
# duration.)
MARKED_PERIODS = {"년": "year", "年": "year", "일": "day", "日": "day", "주": "week", "분": "minute"}
# Units that take a qualifier after them as the mark of a period ("3일 이상": three days or more).
QUALIFIED_UNITS = frozenset({"년", "年", "일", "日"})
# Years also take "ago" and "later" ("3년 전", "5年後", "三年前"): a day before them may be a date ("21일 전까지").
YEAR_UNITS = frozenset({"년", "年"})
# Korean particles that may follow a word of duration ("11일 만에", "11일 만이다", "3년간의", "3년 전부터").
_KO_PARTICLE = r"(?:에서|에는|에도|에|의|은|는|이다|이며|이고|이|을|를|부터|까지|보다|으로|로|과|와|엔)?(?![가-힣])"
# Words of duration after a day, a week, a minute or a year: Korean (glued "간", or after a space "만", "동안",
# "내", "이내", "내내" throughout; not the myriad of "1일 만 명": ten thousand people on the 1st), Japanese ("ぶり"
# after, "以内" within). (Not "以来", since: "2日以来" is since the 2nd.)
_DURATION = (r"(?:간|\s?(?:동안|만(?!\s?(?:명|원|달러|개|건|곳|가구))|이내|내내|내))" + _KO_PARTICLE
             + r"|ぶり|振り|以内|以內")
# Words of duration after a number of years only, Chinese: "来" for the past ("十年来"), "内" within ("5年内"). After a
# day they start the next word ("5日来华" came to China on the 5th, "1日内阁会议" the cabinet's meeting on the 1st).
_YEARS_DURATION = r"[来來内內]"
# Ago and later, after a number of years: Korean (after a space or glued), Japanese and Chinese.
_AGO_OR_LATER = r"\s?(?:전|후|뒤)" + _KO_PARTICLE + r"|前|後|后"
# Qualifiers after the unit that make a day or a year a period ("3일 이상", "10年以上"): not "까지" (until: "21일까지"
# is a date) nor the words of scale ("규모").
_NOT_PERIOD_QUALIFIERS = frozenset({"까지", "규모", "規模"})
_PERIOD_QUALIFIERS = {w: q for w, q in QUALIFIERS_AFTER.items() if w not in _NOT_PERIOD_QUALIFIERS}
# A number of a period: digits (ASCII or full-width, grouped or decimal: "1.5년"), or numeral characters ("三", "十五",
# "两"), not inside a longer number nor an ordinal ("第3年", "제3일"); (each from the start of its run: linear on any text)
_NUMERALS = "".join(NUMERAL_CHARS) + "".join(SMALL_UNITS)
_NUMBER = (rf"{NOT_AFTER_WORD}(?<![\d.,第제{_NUMERALS}])"
           rf"(?P<n>\d+(?:,\d{{3}})*(?:\.\d+)?|[{_NUMERALS}]+)")
# A period: a qualifier before, the number, a qualifier inside ("10여 년", "十多年"), the unit (a space allowed before
# it), then a word of duration, ago or later, or a qualifier. The unit's mark is checked in code (it depends on the unit).
_PERIOD = lazy_compile(
    rf"(?:(?P<before>{_alternation(QUALIFIERS_BEFORE)})\s?)?{_NUMBER}"
    rf"(?P<inside>{_alternation(QUALIFIERS_INSIDE)})?\s?"
    rf"(?P<unit>{_alternation(ALWAYS_PERIODS)}|{_alternation(MARKED_PERIODS)})"
    rf"(?:(?P<duration>{_DURATION})|(?P<years>{_YEARS_DURATION})|(?P<ago>{_AGO_OR_LATER})|\s?(?P<after>{_alternation(_PERIOD_QUALIFIERS)}))?")
# A calendar year in digits before "년"/"年" (fiscal: "년도", "年度"), or a span of two ("2024~2025년"); not when a
# month follows (a date: "2025년 3월", "2025年3月").
_YEAR = lazy_compile(
    rf"{NOT_AFTER_WORD}(?<![\d.,])(?P<y>(?:1[89]|20)\d\d)(?:\s?[~～〜-]\s?(?P<y2>(?:1[89]|20)\d\d))?\s?[년年][도度]?"
    r"(?!\s?\d{1,2}\s?[월月])")
# Era names and the year before each era's first ("令和7年" is 2018 + 7 = 2025; "元年" its first year): Japanese
# Reiwa, Heisei, Shōwa, Taishō, and the Republic of China's calendar in Taiwan ("民國114年" is 2025).
ERA_BASES = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "民國": 1911, "民国": 1911}
FIRST_YEAR = "元"  # the first year of an era ("令和元年" is 2019)
_ERA_YEAR = lazy_compile(rf"(?P<era>{_alternation(ERA_BASES)})\s?(?P<n>\d{{1,3}}|{FIRST_YEAR})\s?年度?"
                         r"(?!\s?\d{1,2}\s?月)")
# Whether a text holds a period or a year written with no digit ("十年来", "三天", "令和元年"): the quick check for texts
# without digits (see figures._mentions_numbers).
NUMERAL_WITH_TIME = lazy_compile(
    rf"[{_NUMERALS}](?:{_alternation(QUALIFIERS_INSIDE)})?"
    rf"(?:{_alternation(ALWAYS_PERIODS)}|{_alternation(MARKED_PERIODS)})|(?:{_alternation(ERA_BASES)}){FIRST_YEAR}")
# The numbers of four digits that may be a calendar year ("2025年": the year, unless a word of duration follows), as
# the English reader of years takes them (date_figures._YEAR): from FIRST_CALENDAR_YEAR up to (not) END_CALENDAR_YEAR.
FIRST_CALENDAR_YEAR, END_CALENDAR_YEAR = 1800, 2100
# A numeral character that alone before a unit of time is a word, not a number ("一天" also "one day, some day",
# "统一天下" holds "一天"): a period of one is read in digits only.
_NOT_A_NUMBER_ALONE = frozenset({"一"})


def _value(written: str) -> float | None:
    """The number of a period in digits or numeral characters ("11", "1.5", "十五", "两")."""
    if written[0].isdigit():
        return float(written.replace(",", ""))
    if written in _NOT_A_NUMBER_ALONE:
        return None
    if len(written) > 1 and all(ch in NUMERAL_CHARS for ch in written):
        return float("".join(str(NUMERAL_CHARS[ch]) for ch in written))  # digit by digit ("二〇二五" is 2025)
    return east_asian_value(written)


def _qualifier(m) -> Qualifier | None:
    return QUALIFIERS_BEFORE.get(m.group("before") or "") or QUALIFIERS_INSIDE.get(m.group("inside") or "") \
        or _PERIOD_QUALIFIERS.get(m.group("after") or "")


def east_asian_times_in(text: str) -> list[Found]:
    """Periods ("11일 만에", "3개월", "10年ぶり", "三天") and calendar years ("2025년도", "令和7年度") written the East Asian
    way (see the module)."""
    found = []
    for m in _PERIOD.finditer(text):
        unit = m.group("unit")
        value = _value(m.group("n"))
        if value is None or not value:
            continue
        duration = m.group("duration") or (m.group("years") if unit in YEAR_UNITS else None)
        if unit in MARKED_PERIODS and not (duration or (m.group("ago") and unit in YEAR_UNITS)
                                           or (m.group("after") and unit in QUALIFIED_UNITS)):
            continue  # a date ("1일 국회 본회의에서"), a calendar year ("2025年"), shares ("100만주")
        if unit in YEAR_UNITS and FIRST_CALENDAR_YEAR <= value < END_CALENDAR_YEAR and not duration:
            continue  # the calendar year ("2025年以降", "2020년 전"), read below
        name, factor = period_scale(ALWAYS_PERIODS.get(unit) or MARKED_PERIODS[unit])
        fields: dict = {"low": value * factor, "high": value * factor, "unit": name, "conversion": factor}
        if name == "hour":
            fields["measure"] = "hours"
        if qualifier := _qualifier(m):
            fields["qualifier"] = qualifier
        start = m.start("before") if m.group("before") else m.start("n")
        end = m.end("after") if m.group("after") else m.end("unit")
        found.append(Found("period", start, end, fields))
    taken = [(f.start, f.end) for f in found]
    for m in _YEAR.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue  # ("2000年来": a period of two thousand years)
        low = float(m.group("y"))
        high = max(low, float(m.group("y2") or low))
        found.append(Found("year", m.start(), m.end(), {"low": low, "high": high, "unit": "year"}))
    for m in _ERA_YEAR.finditer(text):
        n = 1 if m.group("n") == FIRST_YEAR else int(m.group("n"))
        year = float(ERA_BASES[m.group("era")] + n)
        found.append(Found("year", m.start(), m.end(), {"low": year, "high": year, "unit": "year"}))
    return found
