"""Figures written the world's ways (issue 11): East Asian myriads and glued units, scores and tallies,
partitives, Indian and European forms. Sentences are taken from, or shaped like, real news pages."""

from __future__ import annotations

import pytest

from briefing_tui.compare.east_asian_numbers import east_asian_value
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.tolerance import compare_figures
from tests.compare_helpers import read


def figures(text: str, language: str | None = None, published: str | None = None):
    return [(f.kind, f.text, f.low, f.unit, f.qualifier) for f in read(text, published=published, language=language)
            if f.kind != "date"]


# ---- East Asian numerals -------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "value"), [
    ("33억", 3.3e9), ("4조5000억", 4.5e12), ("1만2000", 12_000), ("11억 5천만", 1.15e9), ("1조 6천억", 1.6e12),
    ("1.2万", 12_000), ("5000億", 5e11), ("两百九十一", 291), ("三十亿", 3e9), ("39万2千", 392_000), ("１２３万", 1.23e6),
])
def test_myriads_add_up(written, value):
    assert east_asian_value(written) == pytest.approx(value)


def test_a_korean_page_gives_dollars_and_won_glued_to_myriads():
    # ajunews, Hyundai Motor India's listing (22 October 2024)
    text = "현대차 인도 법인은 이번 IPO를 통해 17.5%의 지분을 공개, 모두 33억달러(한화 4조5000억원) 조달에 성공했다."
    assert figures(text, "ko") == [("percent", "17.5%", 17.5, "%", None),
                                   ("money", "33억달러", 3.3e9, "USD", None),
                                   ("money", "4조5000억원", 4.5e12, "KRW", None)]


def test_korean_amounts_with_spaces_counters_and_qualifiers():
    # news.sbs.co.kr (23 September 2022)
    pledge = "윤석열 대통령의 미국 방문을 계기로 현지 글로벌 기업들이 11억 5천만 달러, 우리 돈 1조 6천억 원 규모의 투자를 약정했다고 대통령실이 밝혔습니다."
    assert figures(pledge, "ko") == [("money", "11억 5천만 달러", 1.15e9, "USD", None),
                                     ("money", "1조 6천억 원 규모", 1.6e12, "KRW", "about")]  # (규모: of the scale of)
    staff = "7개 글로벌 회사가 300명 이상의 인력을 고용해 연구개발 등을 추진할 계획이라고 발표했습니다."
    assert ("count", "300명 이상", 300, "people", "at_least") in figures(staff, "ko")
    # v.daum.net, newsis (17 November 2023): "76조여원" is 76 trillion won and more
    total = "국내 기업의 미국 투자 총규모는 595억달러(76조여원)로 집계됐다."
    assert figures(total, "ko") == [("money", "595억달러", 5.95e10, "USD", None),
                                    ("money", "76조여원", 7.6e13, "KRW", "more_than")]


def test_japanese_and_chinese_amounts_and_counts():
    # totalnewsjp.com (5 September 2025)
    deal = "日本側は、米国への投資、融資、融資保証枠として5500億ドル(約81兆6000億円)を拠出すると説明。"
    assert figures(deal, "ja") == [("money", "5500億ドル", 5.5e11, "USD", None),
                                   ("money", "約81兆6000億円", 8.16e13, "JPY", "about")]
    # voacantonese.com (23 December 2023), traditional characters
    quake = "央視說,甘肅有117人在地震中死亡,青海有31人死亡,還有3人依然失蹤。將近1千人受傷,1萬4千多棟住房被毀。"
    assert figures(quake, "zh") == [("count", "117人", 117, "people", None), ("count", "31人", 31, "people", None),
                                    ("count", "3人", 3, "people", None), ("count", "將近1千人", 1000, "people", "nearly"),
                                    ("count", "1萬4千多棟", 14_000, "building", "more_than")]
    # cn.epochtimes.com: numeral characters with a unit
    losses = "累计造成两百九十一人死亡,直接经济损失超过三十亿元人民币。"
    assert figures(losses, "zh") == [("count", "两百九十一人", 291, "people", None),
                                     ("money", "超过三十亿元", 3e9, "CNY", "more_than")]


def test_full_width_digits_and_percent():
    assert figures("参观人数达１２３万人，同比增长１５％。", "zh") == [("count", "１２３万人", 1.23e6, "people", None),
                                                       ("percent", "１５％", 15, "%", None)]


def test_a_myriad_amount_is_not_read_inside_an_ordinal_or_before_months():
    # (no count of "1" nor of "3개": the three months are a period)
    assert figures("제1차 회의는 3개월 뒤에 열린다.", "ko") == [("period", "3개월", pytest.approx(3 / 12), "year", None)]


def test_a_korean_amount_converts_and_compares_with_an_english_one():
    table = default_rate_table()
    published = {"s": "2024-10-22"}
    won = next(f for f in read("모두 33억달러(한화 4조5000억원) 조달에 성공했다.", language="ko") if f.unit == "KRW")
    for english, agrees in (("The IPO raised $3.3 billion.", True), ("The IPO raised $5 billion.", False)):
        dollars = next(f for f in read(english) if f.kind == "money")
        check = compare_figures(won, dollars, published, table)
        assert check is not None and check.compatible is agrees, check
    yen = next(f for f in read("約3兆円の投資を約束した。", language="ja") if f.kind == "money")
    dollars = next(f for f in read("Japan will invest about $20 billion.") if f.kind == "money")
    assert compare_figures(yen, dollars, {"s": "2025-07-23"}, table).compatible


# ---- scores and tallies --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "sides"), [
    ("The Senate voted 50-48 to confirm Kavanaugh.", [(50, "votes-for"), (48, "votes-against")]),
    ("In an 8-1 decision on Friday, the Supreme Court upheld a federal law.", [(8, "votes-for"), (1, "votes-against")]),
    ("The final vote count was 52-48.", [(52, "votes-for"), (48, "votes-against")]),
    ("The evenly-split chamber voted 53-47, with three Republicans voting yes.", [(53, "votes-for"), (47, "votes-against")]),
    ("Arsenal beat them 3-1 at the Emirates.", [(3, "score-for"), (1, "score-against")]),
    ("The visitors lost 1-3 after extra time.", [(1, "score-for"), (3, "score-against")]),
])
def test_a_tally_is_two_counts_never_a_range(text, sides):
    found = [f for f in read(text) if f.kind == "count" and f.measure and f.measure.startswith(("votes-", "score-"))]
    assert [(f.low, f.measure) for f in found] == sides
    assert all(f.qualifier != "range" for f in found)


@pytest.mark.parametrize("text", ["Between 20-30 people were injured in the blast.",
                                  "Between 20 and 30 people were injured in the blast."])
def test_a_real_range_stays_a_range(text):
    [count] = [f for f in read(text) if f.kind == "count"]
    assert (count.low, count.high, count.qualifier, count.measure) == (20, 30, "range", "injured")


# ---- partitives ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "part", "group", "whole"), [
    ("Three of the six workers killed were migrants from West Bengal.", 3, "part migrants dead", 6),
    ("Two of the 10 dead were children, officials said.", 2, "part children dead", 10),
])
def test_the_whole_that_carries_the_toll_is_the_toll(text, part, group, whole):
    counts = {f.low: f.measure for f in read(text) if f.kind == "count"}
    assert counts == {part: group, whole: "dead"}


def test_two_sub_groups_of_a_toll_are_never_weighed_against_each_other_or_the_toll():
    table = default_rate_table()
    children = next(f for f in read("Two of the 10 dead were children.") if f.low == 2)
    women = next(f for f in read("Three of the 10 dead were women.") if f.low == 3)
    toll = next(f for f in read("The fire killed 12 people.") if f.kind == "count")
    assert compare_figures(children, women, {}, table) is None
    assert compare_figures(children, toll, {}, table) is None


def test_a_part_named_by_the_predicate_stays_the_toll():
    counts = {f.low: f.measure for f in read("Three of the five people aboard were killed.") if f.kind == "count"}
    assert counts[3] == "dead aboard" and counts[5] != "dead"


# ---- Indian and European forms ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The Ministry of Defence received the highest amount at ₹6.2 lakh crore.", 6.2e12),
    ("The ministry has received 1.96 lakh crores of rupees in the budget.", 1.96e12),
    ("The outlay has been increased by 11.1% to ₹11,11,111 crore.", 1.111111e13),
])
def test_indian_compound_scales(text, value):
    [money] = [f for f in read(text) if f.kind == "money"]
    assert (money.low, money.unit) == (pytest.approx(value), "INR")


@pytest.mark.parametrize(("text", "language", "value", "unit"), [
    ("Es gab 1.300 Tote und 99,6 % der Häuser wurden zerstört.", "de", 1300, "tote"),
    ("Der Konzern investiert 2,5 Mrd. Euro in das Werk.", "de", 2.5e9, "EUR"),
    ("Die Regierung stellt €1,2 Milliarden bereit.", "de", 1.2e9, "EUR"),
    ("La empresa recibió 3,5 millones de dólares en ayudas.", "es", 3.5e6, "USD"),
])
def test_european_forms(text, language, value, unit):
    first = read(text, language=language)[0]
    assert (first.low, first.unit) == (pytest.approx(value), unit)


def test_a_run_of_falling_scale_groups_is_one_count():
    # an Indian page on Sri Lanka's presidential count (September 2024)
    text = "Sajith Premadasa got 43 lakh 63 thousand 35 votes, 32.76 percent."
    votes = next(f for f in read(text) if f.kind == "count")
    assert (votes.text, votes.low, votes.unit) == ("43 lakh 63 thousand 35 votes", 4_363_035, "vote")
    flood = next(f for f in read("About 1 crore 20 lakh people were affected by the floods.") if f.kind == "count")
    assert (flood.low, flood.qualifier) == (12_000_000, "about")


def test_east_asian_lengths_and_magnitudes():
    # voacantonese.com (23 December 2023)
    text = "甘肅省和青海省之間的山區星期一夜間發生6.2級地震,這裡距北京有大約1300公里。"
    assert [(f.text, f.low, f.unit, f.measure) for f in read(text, language="zh")] == [
        ("6.2級", 6.2, "magnitude", "magnitude"), ("大約1300公里", 1300, "km", "distance")]


def test_numeral_characters_before_a_counter_without_a_unit():
    # cn.epochtimes.com (4 September 2003)
    text = "新华社报导,二十二次地震中,八次造成人员伤亡和财产损失,总计近三百人死亡,约六千七百人受伤,一百七十四万人受灾。"
    assert [(f.text, f.low, f.qualifier) for f in read(text, language="zh")] == [
        ("二十二次", 22, None), ("八次", 8, None), ("近三百人", 300, "nearly"), ("约六千七百人", 6700, "about"),
        ("一百七十四万人", 1_740_000, None)]
    # "一个人" is "a person alone", not a count of one; "十分" is "very"
    assert read("他一个人去了。三人受伤。十分重要。", language="zh")[0].text == "三人"
    assert len(read("他一个人去了。三人受伤。十分重要。", language="zh")) == 1


def test_an_east_asian_figure_measures_what_its_clause_says_and_compares_with_english():
    table = default_rate_table()
    # voacantonese.com (23 December 2023)
    quake = read("央視說,甘肅有117人在地震中死亡,青海有31人死亡,還有3人依然失蹤。", language="zh")
    assert [(f.low, f.measure) for f in quake] == [(117, "dead"), (31, "dead"), (3, "missing")]
    for english, agrees in (("In Gansu, 117 people died in the quake.", True),
                            ("In Gansu, 148 people died in the quake.", False)):
        dead = next(f for f in read(english) if f.kind == "count")
        assert dead.measure == "dead"
        assert compare_figures(quake[0], dead, {"s": "2023-12-23"}, table).compatible is agrees
    # totalnewsjp.com (5 September 2025): the yen in brackets prices the same investment
    deal = read("ラトニック商務長官と会談し、約5500億ドル(約80兆円)の投資に関する覚書に署名した。", language="ja")
    assert [(f.unit, f.measure) for f in deal] == [("USD", "investment"), ("JPY", "investment")]
    pledge = next(f for f in read("Japan will make a $550 billion investment in the US.") if f.kind == "money")
    assert pledge.measure == "investment"
    assert compare_figures(deal[1], pledge, {"s": "2025-09-05"}, table).compatible


def test_a_capital_m_or_k_glued_to_a_count_is_its_scale_not_metres():
    # Anadolu's headline on Taiwan's 2024 election (tests/gold_new21, a study set): "over 5.58M votes" of "about
    # 14M" voters; a small "m" stays the metre's symbol, and a lone digit's "3M" (a name as often) no count.
    assert figures("Lai Ching-te received over 5.58M votes, with about 14M voters eligible.") == [
        ("count", "over 5.58M votes", 5_580_000, "vote", "more_than"), ("count", "about 14M voters", 14_000_000, "voter", "about")]
    assert figures("The marathon drew 40K runners.") == [("count", "40K runners", 40_000, "runner", None)]
    assert figures("The wave was 5m high.") == [("count", "5m", 5.0, "m", None)]
    assert figures("Shares of 3M rose.") == []


def test_italian_thousands_glued_to_the_numeral_scale_the_count():
    # Italian writes "30mila abitanti" (30,000 inhabitants) with its thousands glued to the numeral.
    assert figures("Il borgo conta circa 30mila abitanti e ha accolto 2,5mila persone.", "it") == [
        ("count", "circa 30mila abitanti", 30_000, "abitanti", "about"), ("count", "2,5mila persone", 2_500, "persone", None)]


def test_french_en_plus_de_adds_an_exact_sum():
    # ("en plus de": in addition to; "plus de" alone: more than)
    found = read("Le club devra verser 500 euros au joueur, en plus de 3000 euros de frais.", language="fr")
    assert [(f.text, f.qualifier) for f in found] == [("500 euros", None), ("3000 euros", None)]
    assert [f.qualifier for f in read("Le club a versé plus de 3000 euros.", language="fr")] == ["more_than"]


@pytest.mark.parametrize(("text", "language"), [
    ("The club must pay the two players 6,000 and 3,000 euros.", None),
    ("Le club devra verser 6000 et 3000 euros aux deux joueurs.", "fr"),
    ("Der Verein soll Entschädigungen von 6000 respektive 3000 Euro zahlen.", "de"),
])
def test_a_bare_number_joined_to_an_amount_shares_its_currency(text, language):
    assert [(f.text[:4], f.low, f.unit) for f in read(text, language=language) if f.kind == "money"] == [
        ("6000" if language else "6,00", 6000, "EUR"), ("3000" if language else "3,00", 3000, "EUR")]
