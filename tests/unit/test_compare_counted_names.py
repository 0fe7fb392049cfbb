"""Counts of one thing named differently (another word, another language) are one measure: "105 municípios
gaúchos", "265 municipalities", "341 Gemeinden", "the state's 497 cities" (issue 11, split claims by name)."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.counted_names import counted_name, event_counted
from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.compare.opening_subjects import opening_word
from briefing_tui.model import Sentence, Source
from tests.compare_helpers import article, holding


def read(text: str):
    source = Source(id="s", path="s.txt", raw=text, sentences=[Sentence(0, 0, len(text), text, 0)])
    return [f for f in figures_in_text(text, source, 0) if f.kind not in ("date", "year")]


def test_counts_of_municipalities_in_several_languages_are_one_measure():
    texts = ["At least 265 municipalities have suffered storm damage.", "As chuvas afetaram 105 municípios gaúchos.",
             "Betroffen sind 341 Gemeinden.", "Les inondations ont touché 417 communes.",
             "Flooding has hit 300 cities in the state."]
    assert [[f.measure for f in read(t)] for t in texts] == [["municipality"]] * 5


def test_a_romance_nouns_agreeing_adjective_is_not_what_is_counted():
    assert [(f.text, f.measure) for f in read("As chuvas afetaram 105 municípios gaúchos.")] == \
        [("105 municípios", "municipality")]
    # (an English compound keeps its second noun, and a Romance measure word after its noun still names the count)
    assert [f.measure for f in read("Officials confirmed 279 measles cases.")] == ["case"]
    assert [f.measure for f in read("Hay 300 personas afectadas.")] == ["affected"]


def test_a_count_a_share_is_taken_of_is_the_whole():
    assert [(f.text, f.measure) for f in read("The storms hit over half of the state’s 497 cities.")
            if f.kind == "count"] == [("497 cities", "total municipality")]
    assert [(f.text, f.measure) for f in read("It affected more than two-thirds of the nearly 500 cities in the state.")
            if f.kind == "count"] == [("nearly 500 cities", "total municipality")]
    assert [(f.text, f.measure) for f in read("Dos 497 municípios gaúchos, 417 relataram problemas.")][0] == \
        ("497 municípios", "total municipality")
    # (a share of a toll still counts the toll: the victims are the dead, not a whole of them)
    assert "dead" in [f.measure for f in read("Half of the 179 victims were women.")][-1]


def test_counted_names_are_key_figures_and_the_event_has_one_count_of_its_places():
    assert counted_name("Gemeinden") == counted_name("cidades") == "municipality"
    assert counted_name("otages") == counted_name("hostages") == "hostage"
    assert counted_name("villages") != counted_name("municipalities")
    assert is_key_figure(read("The landslide crashed through six villages.")[0])
    assert {"municipality", "hostage"} <= event_counted() and "flight" not in event_counted()


def test_a_common_word_opening_a_sentence_is_no_subject():
    raw = "Officials count cases daily. Cases have been identified in nine counties. Texas has 279 cases."
    sentence = "Cases have been identified in nine counties."
    assert opening_word("Cases", sentence, raw)
    # a name the article writes with its capital inside a sentence stays one ("Reform" of "Reform UK")
    raw2 = "Reform has four MPs so far. The reform of pensions helped Reform UK."
    assert not opening_word("Reform", "Reform has four MPs so far.", raw2)
    # a word never written in lower case is left as read
    assert not opening_word("Kellanova", "Kellanova employs 23,000 people.", "Kellanova employs 23,000 people.")


def test_workers_nothing_befell_are_counted_as_workers_and_their_fate_wins_when_said():
    assert [f.measure for f in read("Eight construction workers were fixing potholes on the bridge.")] == ["worker"]
    assert [f.measure for f in read("The collision sent seven workers into the water.")] == ["worker"]
    assert [f.measure for f in read("Six workers died.")] == ["dead"]
    assert [f.measure for f in read("The company employs 300 workers.")] == ["employees"]
    assert "worker" in event_counted()


def test_east_asian_amounts_take_the_money_measure_their_clause_names():
    # (a share offering's raise, a fine, a loan: as the English readers name them, so the figures join their claims)
    found = read("현대차 인도법인은 17.5%의 지분을 공개, 모두 33억달러(한화 4조5000억원) 조달에 성공했다.")
    assert [(f.text, f.measure) for f in found if f.kind == "money"] == [("33억달러", "sale"), ("4조5000억원", "sale")]
    assert [f.measure for f in read("EU는 애플에 18억 유로의 과징금을 부과했다.") if f.kind == "money"] == ["fine"]
    assert [f.measure for f in read("欧盟对苹果罚款18亿欧元。") if f.kind == "money"] == ["fine"]
    assert [f.measure for f in read("IMF는 아르헨티나에 200억달러의 대출을 승인했다.") if f.kind == "money"] == ["loan"]


def test_east_asian_shares_take_the_measure_their_clause_names():
    assert [f.measure for f in read("米国は日本車に15%の関税を課す。")] == ["tariff"]
    assert [f.measure for f in read("미국은 한국산 자동차에 25%의 관세를 부과했다.")] == ["tariff"]
    assert [f.measure for f in read("이재명 후보는 49.42%의 득표율로 당선됐다.")] == ["votes"]
    assert [f.measure for f in read("投票率は53.85%だった。")] == ["turnout"]


def test_east_asian_seat_counters_count_seats():
    assert [(f.text, f.measure) for f in read("더불어민주당은 175석을 얻었다.")] == [("175석", "seats")]
    assert [(f.text, f.measure) for f in read("自民党は191議席を獲得した。")] == [("191議席", "seats")]
    assert [(f.text, f.measure) for f in read("国民党获得52席。")] == [("52席", "seats")]


def test_a_debt_is_the_debtors_not_the_creditors():
    assert [f.subject for f in read("Argentina owes the IMF more than $40 billion.")] == ["Argentina"]
    assert [f.subject for f in read("Argentinien schuldet dem IWF mehr als 40 Milliarden Dollar.")] == ["Argentinien"]


def test_members_of_a_chamber_in_several_languages_are_one_measure():
    texts = ["Quarantatré deputati hanno firmato la lettera.", "Cuarenta y tres diputados firmaron la carta.",
             "43 MPs signed the letter.", "43 Abgeordnete unterschrieben den Brief.", "43 députés ont signé la lettre.",
             "43 deputados assinaram a carta.", "43 lawmakers signed the letter."]
    assert {f.measure for t in texts for f in read(t)} == {"legislator"}


def test_members_of_a_chamber_who_act_are_one_claim_across_languages():
    claims = compare([article("a", "2025-05-20", "Quarantatré deputati hanno firmato la lettera contro la legge."),
                      article("b", "2025-05-20", "Cuarenta y tres diputados firmaron la carta contra la ley."),
                      article("c", "2025-05-20", "43 MPs signed the letter against the law.")])
    found = [c for c in holding(claims, "Quarantatré deputati", "tres diputados", "43 MPs") if c.measure]
    assert len(found) == 1 and found[0].measure == "legislator" and found[0].verdict == "agree"


def test_degrees_of_heat_are_one_measure_in_every_language():
    # "49,5 grados", "49.5 degrees", "49,5 Grad": one temperature, one claim across languages
    sources = [article("diario", "2025-06-20", "Las temperaturas alcanzaron los 49,5 grados en la ciudad el lunes."),
               article("herald", "2025-06-20", "Temperatures reached 49.5 degrees Celsius in the city on Monday."),
               article("zeitung", "2025-06-21", "Am Montag wurden in der Stadt 47 Grad gemessen.")]
    heat = holding(compare(sources), "49,5 grados", "49.5 degrees", "47 Grad")
    assert len(heat) == 1 and heat[0].verdict == "disagree"


def test_a_claim_of_degrees_is_titled_a_temperature():
    sources = [article("diario", "2025-06-20", "Las temperaturas alcanzaron los 49,5 grados en la ciudad el lunes."),
               article("herald", "2025-06-20", "Temperatures reached 49.5 degrees Celsius in the city on Monday.")]
    heat = holding(compare(sources), "49,5 grados", "49.5 degrees")
    assert len(heat) == 1 and heat[0].topic.startswith("Temperature: 49.5")
