"""Korean, Japanese and Chinese periods, years and counters glued to their number, and negative shares: "11일 만에"
is a period of 11 days but "1일" alone the 1st of the month, "2025년도" and "令和7年度" are the year 2025, "4가지" counts
kinds, "-2.8%→-3.3%" are two negative shares, "최대 7%" is a share of at most 7%. Sentences are taken from, or shaped like, real news pages."""

from __future__ import annotations

import pytest

from briefing_tui.compare.tolerance import interval
from tests.compare_helpers import read

DAY, WEEK, MONTH = 1 / 365, 7 / 365, 1 / 12  # a period counted in years


def figures(text: str, language: str | None = None):
    return [(f.kind, f.text, pytest.approx(f.low), f.unit, f.qualifier) for f in read(text, language=language)
            if f.kind != "date"]


# ---- periods -------------------------------------------------------------------------------------------

def test_korean_days_after_which_and_years_within_which_are_periods():
    # newspim (1 July 2025): a headline, then the body's sentence with a date and a period
    assert figures("정부안 발표 후 11일만…20년 내 최단기간 통과", "ko") == [
        ("period", "11일", 11 * DAY, "year", None), ("period", "20년", 20, "year", None)]
    # ("지난달 21일" is a date; "11일 만" the days since it)
    assert figures("이번 추경안 국회 통과는 지난달 21일 정부안 국회 제출 이후 11일 만이다.", "ko") == [
        ("period", "11일", 11 * DAY, "year", None)]


@pytest.mark.parametrize(("text", "written", "years", "unit", "qualifier"), [
    ("공사는 3년간 이어졌다.", "3년", 3, "year", None),
    ("협상은 5개월 동안 계속됐다.", "5개월", 5 * MONTH, "year", None),
    ("구조대는 10시간 만에 도착했다.", "10시간", 10, "hour", None),
    ("2주 동안 휴교했다.", "2주", 2 * WEEK, "year", None),
    ("화재는 30분 만에 진화됐다.", "30분", 0.5, "hour", None),
    ("10년 만에 최대 규모다.", "10년", 10, "year", None),
    ("약 3년 전 시작됐다.", "약 3년", 3, "year", "about"),
    ("3일 이상 걸린다.", "3일 이상", 3 * DAY, "year", "at_least"),
    ("10여 년간 방치됐다.", "10여 년", 10, "year", "more_than"),
])
def test_korean_periods(text, written, years, unit, qualifier):
    assert figures(text, "ko") == [("period", written, years, unit, qualifier)]


@pytest.mark.parametrize("text", [
    "1일 국회 본회의에서 추경안이 의결됐다.",  # the 1st of the month
    "정부는 오는 21일까지 의견을 받는다.",  # until the 21st
    "1일 만 명이 모였다.",  # on the 1st, ten thousand people: "만" is the myriad, not "after"
])
def test_a_korean_day_without_a_word_of_duration_is_a_date_not_a_figure(text):
    assert [f for f in figures(text, "ko") if f[0] == "period"] == []


@pytest.mark.parametrize(("text", "language", "written", "years", "unit"), [
    ("日経平均は10年ぶりの高値をつけた。", "ja", "10年", 10, "year"),
    ("交渉は3か月続いた。", "ja", "3か月", 3 * MONTH, "year"),
    ("停電は5時間に及んだ。", "ja", "5時間", 5, "hour"),
    ("5年後に完成する。", "ja", "5年", 5, "year"),
    ("十年来最大的地震。", "zh", "十年", 10, "year"),
    ("会议持续三天。", "zh", "三天", 3 * DAY, "year"),
    ("两个月后恢复。", "zh", "两个月", 2 * MONTH, "year"),
    ("两千年来的传统。", "zh", "两千年", 2000, "year"),
])
def test_japanese_and_chinese_periods(text, language, written, years, unit):
    assert figures(text, language) == [("period", written, years, unit, None)]


@pytest.mark.parametrize("text", [
    "习近平5日来华访问。",  # came to China on the 5th
    "1日内阁会议通过。",  # the cabinet's meeting on the 1st
    "2日以来持续降雨。",  # since the 2nd
])
def test_a_chinese_day_before_the_next_word_is_a_date_not_a_period(text):
    assert [f for f in figures(text, "zh") if f[0] == "period"] == []


def test_since_a_calendar_year_is_the_year_and_years_since_are_a_period():
    assert figures("2020年以来，五年内完成。", "zh") == [("year", "2020年", 2020, "year", None),
                                               ("period", "五年", 5, "year", None)]


def test_one_written_alone_before_a_unit_of_time_is_a_word():
    assert figures("总有一天会实现。", "zh") == []  # (some day)


# ---- years ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "written", "year"), [
    ("1일 국회 본회의에서 총 13조 8000억원 규모의 2025년도 추가경정예산안이 의결됐다.", "2025년도", 2025),  # edaily
    ("2025年度予算が成立した。", "2025年度", 2025),
    ("令和7年度予算が成立した。", "令和7年度", 2025),  # Reiwa 7 = 2018 + 7
    ("平成30年に起きた豪雨。", "平成30年", 2018),  # Heisei 30 = 1988 + 30
    ("令和元年の台風。", "令和元年", 2019),  # the first year of Reiwa
    ("民國114年預算。", "民國114年", 2025),  # the Republic of China's calendar
    ("2020年以降に増えた。", "2020年", 2020),
])
def test_east_asian_years_fiscal_years_and_era_years(text, written, year):
    assert ("year", written, year, "year", None) in figures(text)


def test_a_year_before_a_month_is_part_of_a_date_not_a_year():
    assert [f for f in figures("2025년 3월 1일 발표했다.", "ko") if f[0] == "year"] == []
    assert [f for f in figures("2025年3月1日に発表した。", "ja") if f[0] == "year"] == []


# ---- counters ------------------------------------------------------------------------------------------

def test_korean_and_japanese_counters_count_their_noun():
    # edaily (1 July 2025)
    kinds = "△기타(2000억원) 4가지 부문을 통틀어 총 12조 2000억원의 추경안을 편성했다."
    assert ("count", "4가지", 4, "kind", None) in figures(kinds, "ko")
    assert ("count", "20개국", 20, "country", None) in figures("20개국 정상이 모였다.", "ko")
    assert figures("全国3か所で、12カ国から5社が参加した。", "ja") == [
        ("count", "3か所", 3, "site", None), ("count", "12カ国", 12, "country", None),
        ("count", "5社", 5, "company", None)]


# ---- negative shares -----------------------------------------------------------------------------------

def test_a_minus_sign_right_before_a_share_makes_it_negative():
    # newspim (1 July 2025): the managed fiscal balance, from -2.8% to -3.3% of GDP
    assert figures("관리재정수지, GDP 대비 -2.8%→-3.3% 확대", "ko") == [
        ("percent", "-2.8%", -2.8, "%", None), ("percent", "-3.3%", -3.3, "%", None)]
    assert figures("The balance went to −3.3% of GDP.") == [("percent", "−3.3%", -3.3, "%", None)]


@pytest.mark.parametrize(("text", "read"), [
    ("Growth of 2-3% is expected.", [("percent", "2-3%", 2, "%", "range")]),  # a range's dash
    ("Growth of 2%-3% is expected.", [("percent", "2%-3%", 2, "%", "range")]),  # (two shares' dash: one range)
])
def test_a_dash_between_two_numbers_is_no_minus_sign(text, read):
    assert [f for f in figures(text) if f[0] == "percent"] == read


def test_a_negative_share_about_a_value_allows_values_on_both_sides_of_it():
    share = next(f for f in read("관리재정수지는 GDP 대비 약 -3.0%로 전망된다.", language="ko") if f.kind == "percent")
    assert (share.low, share.qualifier) == (-3.0, "about")
    low, high = interval(share)
    assert low < -3.0 < high


@pytest.mark.parametrize(("text", "read"), [
    ("국가장학금 지원 한도를 최대 7% 인상한다.", ("percent", "최대 7%", 7, "%", "up_to")),  # newspim, edaily
    ("支持率は約3%下がった。", ("percent", "約3%", 3, "%", "about")),
    ("增长超过5%。", ("percent", "超过5%", 5, "%", "more_than")),
    ("賃上げは5%以上となった。", ("percent", "5%", 5, "%", "at_least")),
    ("금리를 3% 이상 올렸다.", ("percent", "3%", 3, "%", "at_least")),
    ("임금 계약 3% 인상", ("percent", "3%", 3, "%", None)),  # ("계약", a contract, ends in "약": no "about")
])
def test_east_asian_qualifiers_around_a_share(text, read):
    assert [f for f in figures(text) if f[0] == "percent"] == [read]
