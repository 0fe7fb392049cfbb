"""Figures written the East Asian way: digits or numeral characters grouped by myriads, with a counter or a
currency glued after them.

Korean, Chinese and Japanese count in groups of four digits: ``33억달러`` is 33 × 10⁸ dollars (3.3 billion),
``4조5000억원`` is 4 × 10¹² + 5000 × 10⁸ won, ``1만2000명`` is 12,000 people, ``1.2万人`` is 12,000 people and
``3兆円`` three trillion yen. Digits may be full-width (``１２３``) and small numbers may be written in numeral
characters (``三千人``, ``两百万美元``). No space separates the number from its unit, so the English readers
(which want a word boundary) see nothing here; :func:`east_asian_in` reads them as money (the currency named
by the rates table, see ``data/rates.yaml``) or counts, with the qualifier written around them (``약``,
``約``, ``超过``, ``이상``, ``以上``). Offsets are relative to the sentence (see :mod:`.figures`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.compare.alias_memo import per_aliases
from briefing_tui.compare.counts import Found
from briefing_tui.compare.east_asian_measures import east_asian_measure
from briefing_tui.compare.rates import RateTable
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Qualifier

# Digits: ASCII or full-width (Python's \d takes both), grouped by commas or with a decimal point ("1,000억", "1.2万").
_DIGITS = r"\d+(?:,\d{3})*(?:\.\d+)?"
# Numeral characters for one to nine (and zero), Chinese and Japanese: "三", "两" (two, before a unit).
NUMERAL_CHARS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                 "八": 8, "九": 9}
# Units below a myriad, multiplying the number before them: Chinese/Japanese 十百千, Korean 십백천 ("3천억" = 3000억).
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000, "십": 10, "백": 100, "천": 1000}
# Myriad units: each multiplies everything written since the last larger one ("4조5000억": 4 × 10¹² + 5000 × 10⁸).
MYRIADS = {"만": 1e4, "万": 1e4, "萬": 1e4, "억": 1e8, "億": 1e8, "亿": 1e8, "조": 1e12, "兆": 1e12}
_UNIT_CHARS = "".join(SMALL_UNITS) + "".join(MYRIADS)
_NUMERAL_CHARS = "".join(NUMERAL_CHARS)
# An amount: digits or numeral characters, then more of them and units ("4조5000억", "1만2000", "两百万"); a space
# may follow a unit before the next digits ("4조 5000억"). Not inside a longer numeral, nor an ordinal ("第1", "제1").
# (digits come first or right after a unit, so each character has one reading: linear on any text)
_AMOUNT = (rf"(?<![\d第제])(?<!\d[.,])(?P<amount>(?:{_DIGITS}|[{_NUMERAL_CHARS}十])"
           rf"(?:[{_UNIT_CHARS}](?: ?{_DIGITS})?|[{_NUMERAL_CHARS}])*)")
# Counters written after a count and the noun each counts (a counter of people gives "people"): Korean "가지" kinds
# ("4가지 부문"), places ("곳", Japanese "か所" with any small "ka", Chinese "所"), countries ("개국", "か国"),
# companies (Japanese "社"); "개", "个", "個", "次" count anything.
COUNTERS = {"명": "people", "人": "people", "名": "people", "가구": "household", "世帯": "household", "户": "household",
            "채": "house", "棟": "building", "건": "case", "件": "case", "辆": "vehicle", "곳": "site", "개": None,
            "个": None, "個": None, "次": None, "가지": "kind",
            "か所": "site", "カ所": "site", "ヶ所": "site", "ケ所": "site", "箇所": "site", "所": "site",
            "개국": "country", "か国": "country", "カ国": "country", "ヶ国": "country", "ケ国": "country", "社": "company",
            "석": "seats", "議席": "seats", "议席": "seats", "席": "seats"}  # (a chamber's seats: "175석", "191議席")
# Units of length written after a number ("1300公里", "17킬로미터"), in the canonical unit of counts.PHYSICAL.
LENGTH_UNITS = {"公里": "km", "킬로미터": "km", "キロ": "km"}
# A magnitude written after its value, before the word for an earthquake ("6.2級地震", "7.1级强震").
_MAGNITUDE = lazy_compile(r"(?P<value>\d(?:\.\d)?)[級级](?=地震|强震|強震|余震|餘震)")
MAX_MAGNITUDE = 10.0  # (a magnitude is at most this: a larger number before 級 is a grade or a level)
# Numeral characters that alone before a counter make a word, not a count ("一个" is "a", "一人" "alone").
_NO_COUNT_ALONE = frozenset({"一"})
# A counter that is the first character of a longer word: "3개월", "3个月" (months), "3원칙" (principles).
_NOT_A_UNIT_AFTER = r"(?![월月칙])"
# Qualifiers written before an amount ("약 190억달러", "約3兆円", "超过1万人", "近5000人").
QUALIFIERS_BEFORE: dict[str, Qualifier] = {
    "약": "about", "約": "about", "约": "about", "大约": "about", "大約": "about", "대략": "about", "近": "nearly",
    "将近": "nearly", "將近": "nearly", "거의": "nearly",
    "超过": "more_than", "超過": "more_than", "逾": "more_than", "最大": "up_to", "最多": "up_to", "최대": "up_to",
    "至少": "at_least", "최소": "at_least"}
# Qualifiers written between an amount and its unit ("100여명", "100余人", "100多人": a hundred and more).
QUALIFIERS_INSIDE: dict[str, Qualifier] = {"여": "more_than", "余": "more_than", "餘": "more_than", "多": "more_than"}
# Qualifiers written after the unit ("1만명 이상", "1万人以上", "1万人超", "5000人近く", "10명 미만"; "1조 원 규모",
# "80兆円規模": of the scale of, about).
QUALIFIERS_AFTER: dict[str, Qualifier] = {
    "이상": "at_least", "以上": "at_least", "を超え": "more_than", "を超える": "more_than", "を上回る": "more_than", "넘는": "more_than", "넘게": "more_than", "초과": "more_than", "超": "more_than",
    "超え": "more_than", "가량": "about", "정도": "about", "程度": "about", "ほど": "about", "前後": "about",
    "近く": "nearly", "규모": "about", "規模": "about", "미만": "less_than", "未満": "less_than", "以下": "at_most", "이하": "at_most", "까지": "up_to"}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Scripts an amount's unit is written in (Hangul, kana, CJK ideographs): the table's currency names in them.
_EAST_ASIAN_SCRIPT = lazy_compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# Whether a text holds a numeral character next to a unit or a counter ("三千", "两百", "三人"): the quick check for
# texts without digits.
NUMERAL_WITH_UNIT = lazy_compile(rf"[{_NUMERAL_CHARS}十](?:[{_UNIT_CHARS}元円]|{_alternation(COUNTERS)})")


@lru_cache(maxsize=4)
def _pattern(currencies: tuple[str, ...]) -> re.Pattern:
    """An amount, an inside qualifier, and its currency or counter (a space allowed before either), then a qualifier
    after it."""
    return re.compile(
        rf"(?:(?P<before>{_alternation(QUALIFIERS_BEFORE)}) ?)?{_AMOUNT}"
        rf"(?P<inside>{_alternation(QUALIFIERS_INSIDE)})?"
        rf"(?: ?(?:(?P<cur>{_alternation(currencies)})|(?P<length>{_alternation(LENGTH_UNITS)})"
        rf"|(?P<counter>{_alternation(COUNTERS)})){_NOT_A_UNIT_AFTER})?"
        rf"(?: ?(?P<after>{_alternation(QUALIFIERS_AFTER)}))?")


# The tokens of an amount: a run of digits (with its grouping and decimals), or one character.
_TOKEN = lazy_compile(rf"{_DIGITS}|.")


def east_asian_value(written: str) -> float | None:
    """The value of an amount written with myriads ("4조5000억" -> 4.5e12, "1.2万" -> 12000, "两百万" -> 2e6), or None."""
    total, section, number = 0.0, 0.0, None
    last_myriad = None
    for m in _TOKEN.finditer(written.replace(" ", "")):
        token = m.group(0)
        if token[0].isdigit():
            try:
                number = float(token.replace(",", ""))
            except ValueError:
                return None
        elif token in NUMERAL_CHARS:
            number = float(NUMERAL_CHARS[token])
        elif token in SMALL_UNITS:
            section += (1.0 if number is None else number) * SMALL_UNITS[token]
            number = None
        elif token in MYRIADS:
            size = MYRIADS[token]
            group = section + (number or 0.0) or 1.0
            if last_myriad is not None and size > last_myriad:
                total = (total + group) * size  # "1万亿": ten thousand hundred-millions
            else:
                total += group * size
            last_myriad, section, number = size, 0.0, None
        else:
            return None
    return total + section + (number or 0.0)


@per_aliases
def _currencies(table: RateTable) -> tuple[str, ...]:
    """The table's currency names written in an East Asian script ("원", "달러", "円", "美元", "ドル")."""
    return tuple(sorted(a for a in table.aliases if _EAST_ASIAN_SCRIPT.search(a)))


# A qualifier of those before an amount, right before a share ("최대 7%", "約3%", "超过5%"); one of those after it,
# right after ("3% 이상", "5%以上", "10%超"). A Korean one is a word of its own: not the end of another ("계약 3%",
# a contract's 3%, holds "약").
_QUALIFIER_BEFORE_SHARE = lazy_compile(rf"(?P<q>{_alternation(QUALIFIERS_BEFORE)}) ?\Z")
_QUALIFIER_AFTER_SHARE = lazy_compile(rf" ?(?P<q>{_alternation(QUALIFIERS_AFTER)})")
_HANGUL = lazy_compile(r"[\uac00-\ud7af]")
QUALIFIER_REACH = max(map(len, QUALIFIERS_BEFORE)) + 1  # characters before a share searched for its qualifier


def east_asian_share_qualifier(text: str, start: int, end: int) -> tuple[Qualifier | None, int]:
    """The qualifier written the East Asian way around the share at ``start`` .. ``end`` of ``text`` and where the
    figure then starts (before its qualifier), or (None, start)."""
    m = _QUALIFIER_BEFORE_SHARE.search(text, max(0, start - QUALIFIER_REACH), start)
    if m and not (m.start() and _HANGUL.match(m.group("q")) and _HANGUL.match(text, m.start() - 1)):
        return QUALIFIERS_BEFORE[m.group("q")], m.start()
    if after := _QUALIFIER_AFTER_SHARE.match(text, end):
        return QUALIFIERS_AFTER[after.group("q")], start
    return None, start


def east_asian_in(text: str, table: RateTable) -> list[Found]:
    """Money and counts written with myriads or glued East Asian units ("33억달러", "1만2000명", "3兆円"), lengths
    ("1300公里") and magnitudes ("6.2級地震")."""
    found = []
    for m in _pattern(_currencies(table)).finditer(text):
        amount, cur, counter = m.group("amount").rstrip(), m.group("cur"), m.group("counter") or m.group("length")
        has_unit = any(ch in _UNIT_CHARS for ch in amount)
        if not (cur or counter or has_unit) or (not amount[0].isdigit() and not (cur or counter)) \
                or amount in _NO_COUNT_ALONE:
            continue  # a plain number (read by the English readers), numeral characters with no unit ("一些", "十分")
        value = east_asian_value(amount)
        if value is None:
            continue
        qualifier = QUALIFIERS_BEFORE.get(m.group("before") or "") or QUALIFIERS_INSIDE.get(m.group("inside") or "") \
            or QUALIFIERS_AFTER.get(m.group("after") or "")
        start = m.start("before") if m.group("before") else m.start("amount")
        end = max(m.end("cur"), m.end("counter"), m.end("length"), m.end("inside"),
                  m.end("amount") - (len(m.group("amount")) - len(amount)))
        if m.group("after"):
            end = m.end("after")
        fields: dict = {"low": value, "high": value}
        if qualifier:
            fields["qualifier"] = qualifier
        if cur:
            code = table.code_for(cur)
            if code is None:
                continue
            kind, fields = "money", {**fields, "unit": code}
        elif m.group("length"):
            kind, fields = "count", {**fields, "unit": LENGTH_UNITS[m.group("length")]}
        else:
            noun = COUNTERS.get(counter) if counter else None
            kind, fields = "count", {**fields, "unit": noun, "head": noun}
        if measure := east_asian_measure(kind, fields["unit"], text, start, end):
            fields["own_measure"] = measure  # ("117人在地震中死亡": the dead)
        found.append(Found(kind, start, end, fields))
    for m in _MAGNITUDE.finditer(text):
        value = float(m.group("value"))
        if value <= MAX_MAGNITUDE:
            found.append(Found("count", m.start(), m.end(), {"low": value, "high": value, "unit": "magnitude",
                                                              "measure": "magnitude"}))
    return found
