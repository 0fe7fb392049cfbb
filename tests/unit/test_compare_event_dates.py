"""Issue 11: claims without a count. When an event happened (dates and clock times that time it, one claim
per kind of event however worded) and figure-less statements of what an agreement or a charge covers.
Constructed examples and verbatim excerpts of real articles (tests/gold/events, tests/gold_dev/stories);
each checked to fail on the code before these rules."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding


def when_claims(claims, what: str = "Date"):
    return [c for c in claims if c.topic.startswith(f"{what} of ")]


def kind(sentence: str, needle: str) -> str | None:
    """The kind of event the date or time ``needle`` in ``sentence`` times (None when it times none)."""
    from briefing_tui.compare.event_words import event_of

    at = sentence.index(needle)
    found = event_of(sentence, at, at + len(needle))
    return found and found.kind and found.kind.name


def test_clock_times_in_two_named_zones_are_one_instant():
    from briefing_tui.compare.clock_times import clock_times, times_match

    ist = clock_times("The initial earthquake struck at 6:35 AM (IST) at a depth of 10 kilometers.")[0]
    beijing = clock_times("the quake jolted Dingri County at 9:05 am Tuesday (Beijing Time).")[0]
    spanish = clock_times("El movimiento sísmico se produjo a las 09:05 (hora de Beijing) y el epicentro")[0]
    assert (ist.minutes, ist.utc, beijing.utc, spanish.utc) == (6 * 60 + 35, 65, 65, 65)
    assert times_match(ist, beijing) and times_match(beijing, spanish)
    local = clock_times("gempa terjadi pada pukul 23.47 waktu setempat, terletak 27 kilometer")[0]
    other = clock_times("The quake struck at 11:47 p.m. local time Aug. 31")[0]
    assert (local.minutes, local.zone, local.utc) == (23 * 60 + 47, "local", None)  # the offset is not invented
    assert times_match(local, other) is True
    assert times_match(clock_times("at 9:05 am local time")[0], ist) is None  # unknown zone: no conflict
    assert clock_times("won the match 3:2 on penalties") == []


def test_what_a_date_times():
    assert kind("Trump had set a Friday deadline for imposing 30% tariffs on EU imports.", "Friday") == "deadline"
    assert kind("A Miami jury on Friday found fault with the Autopilot system", "Friday") == "verdict"
    assert kind("The earthquake in Dingri County, Shigatse City, occurred at 9:05 a.m.", "9:05") == "quake"
    assert kind("The United States and European Union agreed Sunday to a 15% tariff cap", "Sunday") == "agreement"
    assert kind("On Tuesday, the death toll from the quake rose to 126.", "Tuesday") is None  # a figure's state
    assert kind("Snap elections were called on March 23 by the prime minister.", "March 23") is None
    assert kind("Power cuts were due to heavy rain on Monday.", "Monday") is None  # "due to" is a cause
    assert kind("Floods were due to heavy rain on Monday.", "Monday") == "flood"  # (the floods', not a deadline)


def test_dates_of_one_event_worded_differently_are_one_claim_and_a_weekday_follows_the_tense():
    # "due Saturday" in a Friday article is the next day; "struck ... Friday" in a Saturday article the day before
    sources = [
        article("a", "2025-08-01", "The new tariffs are due Saturday, the trade office said in a statement."),
        article("b", "2025-08-03", "The new tariffs took effect on August 2 at midnight, officials in Ottawa confirmed."),
        article("c", "2025-08-02", "A powerful earthquake struck the coast on Friday, killing dozens of villagers."),
        article("d", "2025-08-05", "The earthquake that hit the coast on August 1 flattened dozens of villages."),
    ]
    claims = when_claims(compare(sources))
    due = holding(claims, "due Saturday", "effect on August 2")
    quake = holding(claims, "struck the coast on Friday", "hit the coast on August 1")
    assert [c.verdict for c in due + quake] == ["agree", "agree"]
    assert due[0].topic == "Date of the deadline: Sat 2 Aug"
    assert quake[0].topic == "Date of the earthquake: Fri 1 Aug"
    assert all(s.text == s.text.strip() and s.sentence is not None for c in claims for s in c.statements)


def test_two_days_for_one_event_disagree_and_a_report_date_is_no_event_date():
    sources = [
        article("a", "2025-08-01", "A federal jury in Miami delivered its verdict on Friday against the carmaker."),
        article("b", "2025-08-29", "The case culminated in a verdict against the carmaker in July 2025 in Miami."),
        article("c", "2025-08-02", "The carmaker said on Thursday it would appeal the verdict in Miami."),
    ]
    claims = compare(sources)
    [verdict] = when_claims(claims)
    assert verdict.verdict == "disagree"
    assert verdict.topic == "Date of the verdict: Fri 1 Aug · Jul 2025"
    assert {s.source for s in verdict.statements} == {"a", "b"}  # "said on Thursday" times the report
    raw = {s.id: s.raw for s in sources}
    for s in verdict.statements:
        assert raw[s.source][s.start:s.end] == s.text
        assert all(raw[s.source][a:b] in ("Friday", "July 2025") and kind == "conflict" for a, b, kind in s.marks)


def test_two_summits_on_two_days_are_no_disagreement():
    # seeds 002 / 003: the Japan-Central Asia summit (19-20 December) and the US C5+1 summit ("last month");
    # a third article on the first summit agrees with the first
    sources = [
        article("a", "2025-12-21", "The Japan-Central Asia summit held on December 19-20 aims to strengthen "
                "Japan's diplomatic ties with Central Asian countries."),
        article("b", "2025-12-22", "Last month, US President Donald Trump hosted the leaders of all five Central "
                "Asian republics at the White House for a historic C5+1 summit, with agreements on minerals."),
        article("c", "2025-12-20", "Leaders of five Central Asian countries gathered in Tokyo for the Japan-Central "
                "Asia summit on December 19, pledging closer diplomatic ties."),
    ]
    claims = compare(sources)
    assert not [c for c in claims if c.verdict == "disagree"]
    assert [(c.verdict, sorted(c.sources)) for c in when_claims(claims)] == [("agree", ["a", "c"])]


def test_an_undated_article_keeps_its_weekday_unknown():
    sources = [
        article("a", "2025-08-01", "A federal jury in Miami delivered its verdict on Friday against the carmaker."),
        article("b", None, "A Miami jury on Friday found fault with the Autopilot system of the carmaker."),
    ]
    # one known day and one unknown: the day is unknown, its weekday is not, and it meets the known Friday
    # (cmptime: was no claim)
    [claim] = when_claims(compare(sources))
    assert (claim.verdict, sorted(claim.sources)) == ("agree", ["a", "b"])
    sources[1] = article("b", None, "A Miami jury on Thursday found fault with the Autopilot system of the carmaker.")
    assert when_claims(compare(sources)) == []  # another weekday of an unknown week: nothing meets or clashes
    sources[1] = article("b", None, "A Miami jury on Friday found fault with the Autopilot system of the carmaker.")
    sources.append(article("c", "2025-08-02", "The verdict handed down on August 1 by a Miami jury was a blow to the carmaker."))
    [claim] = when_claims(compare(sources))
    assert claim.verdict == "agree"
    assert claim.topic == "Date of the verdict: Fri 1 Aug · Friday (undated article)"
    assert len(claim.sources) == 3


def test_verbatim_event_times_and_dates():
    # tibet_quake_2025 01, 03, 05 and us_eu_trade_deal_2025 01, 02, 05 (verbatim sentences)
    tibet = [
        article("novinite", "2025-01-07", "The initial earthquake, with a magnitude of 7.1, struck at 6:35 AM (IST) "
                "at a depth of 10 kilometers, followed by seven aftershocks ranging from magnitudes 4.3 to 5.0."),
        article("menafn", "2025-01-07", "According to regional disaster relief headquarters, the quake jolted Dingri "
                "County in Xigaze in Tibet Autonomous Region in China at 9:05 am Tuesday (Beijing Time)."),
        article("zeta", "2025-01-07", "El movimiento sísmico se produjo a las 09:05 (hora de Beijing) y el epicentro "
                "se ubicó en el poblado de Tsogo, del distrito autónomo de Dingri."),
    ]
    [time] = when_claims(compare(tibet), "Time")
    assert time.verdict == "agree" and len(time.sources) == 3
    assert time.topic.startswith("Time of the earthquake: 06:35 (IST) = 01:05 UTC")
    deal = [
        article("devdiscourse", "2025-07-27", "On a sunny Sunday in Scotland, trade tensions took center stage as "
                "European Commission President Ursula von der Leyen met U.S. President Donald Trump at his Turnberry "
                "golf course."),
        article("portnews", "2025-07-28", "On July 27, 2025, at the Turnberry golf resort in Scotland, U.S. President "
                "Donald Trump and European Commission President Ursula von der Leyen announced a new trade framework "
                "between the United States and the European Union."),
        article("newslooks", "2025-07-28", "The United States and European Union agreed Sunday to a 15% tariff cap "
                "on most goods, preventing a looming trade war."),
    ]
    [date] = when_claims(compare(deal))
    assert (date.verdict, date.topic, len(date.sources)) == ("agree", "Date of the agreement: Sun 27 Jul", 3)


def test_an_item_exempt_from_tariffs_and_one_whose_tariffs_remain_disagree():
    # us_eu_trade_deal_2025 04 and 05 (verbatim), 02 (generic pharmaceuticals: another item)
    sources = [
        article("portnews", "2025-07-28", "Twelve goods categories—including aircraft and components, specified "
                "chemicals, generic pharmaceuticals, semiconductor manufacturing equipment, agricultural produce, "
                "natural resources and critical raw materials—will be exempt from tariffs under a zero-for-zero "
                "clause. However, tariffs of 50 percent on steel and aluminium imports will remain in effect."),
        article("americanfocus", "2025-07-27", "However, Trump mentioned that steel, aluminum, and pharmaceuticals "
                "will not be part of the agreement, as tariffs on these items will remain unchanged."),
        article("newslooks", "2025-07-28", "Key points:\n\n- Strategic sectors — including aircraft, chemicals, raw "
                "materials, and pharmaceuticals — exempt from tariffs"),
    ]
    claims = compare(sources)
    pharma = [c for c in claims if c.topic.startswith("Tariffs on pharmaceuticals")]
    assert [(c.verdict, c.topic, sorted(c.sources)) for c in pharma] == [
        ("disagree", "Tariffs on pharmaceuticals: still charged · exempt", ["americanfocus", "newslooks"])]
    metals = [c for c in claims if c.topic.startswith("Tariffs on steel")]
    assert [(c.verdict, c.topic) for c in metals] == [("agree", "Tariffs on steel and aluminium imports: still charged")]
    aircraft = [c for c in claims if c.topic.startswith("Tariffs on aircraft")]
    assert [c.verdict for c in aircraft] == ["agree"]
    raw = {s.id: s.raw for s in sources}
    assert all(raw[s.source][s.start:s.end] == s.text for c in pharma + metals for s in c.statements)


def test_items_of_an_agreement_in_and_out_disagree_and_a_negated_exemption_turns():
    sources = [
        article("a", "2025-07-28", "Officials said wine and spirits will be part of the agreement signed in Rome."),
        article("b", "2025-07-29", "Wine and spirits were left out of the agreement, the trade minister told reporters."),
        article("c", "2025-07-29", "Cheese will not be exempt from tariffs under the new arrangement, officials said."),
        article("d", "2025-07-30", "Cheese is exempt from tariffs, the ministry said in a statement on Wednesday."),
    ]
    claims = compare(sources)
    wine = [c for c in claims if c.topic.startswith("Wine and spirits:")]
    assert [(c.verdict, c.topic) for c in wine] == [
        ("disagree", "Wine and spirits: part of the agreement · not part of the agreement")]
    cheese = [c for c in claims if c.topic.startswith("Tariffs on cheese")]
    assert [c.verdict for c in cheese] == ["disagree"]


def test_another_deal_on_another_day_is_no_conflict_and_the_deal_dated_alike_agrees():
    # a trade story names an earlier deal with another country: its date is not the deal's
    sources = [
        article("a", "2025-07-28", "The United States and European Union agreed Sunday to a 15% tariff cap on most goods."),
        article("b", "2025-07-28", "Trump struck a trade deal with Japan on July 22, setting tariffs on Japanese goods at 15%."),
        article("c", "2025-07-28", "The European Union and the United States sealed the deal on Sunday, capping tariffs at 15%."),
    ]
    claims = compare(sources)
    assert not [c for c in claims if c.verdict == "disagree"]
    assert [(c.topic, sorted(c.sources)) for c in when_claims(claims)] == [("Date of the agreement: Sun 27 Jul", ["a", "c"])]


def test_an_event_word_in_a_compound_or_a_name_times_no_event():
    """"the crash site on Friday" times a visit to a place, "the Aircraft Accident Investigation Bureau" is a
    name: neither dates the crash, which happened the day before."""
    # (a visit is a kind of its own since the happenings of issue 11: the day is the visit's, never the crash's)
    assert kind("The prime minister visited the crash site on Friday and met survivors.", "Friday") == "visit"
    assert kind("Earlier on Friday, the Aircraft Accident Investigation Bureau confirmed it had the recorder.",
                "Friday") is None
    assert kind("Flood victims gathered at the town hall on Monday.", "Monday") is None
    assert kind("The plane crashed into a hostel on Thursday, minutes after takeoff.", "Thursday") == "crash"
    assert kind("The crash on Thursday killed 241 people on board.", "Thursday") == "crash"
    sources = [
        article("a", "2025-06-14", "The plane crashed on Thursday shortly after takeoff. The prime minister "
                                   "visited the crash site on Friday."),
        article("b", "2025-06-13", "The plane crashed on June 12 into a medical college hostel."),
    ]
    [when] = when_claims(compare(sources))
    assert when.verdict == "agree" and when.topic == "Date of the crash: Thu 12 Jun"
    assert not holding([when], "crash site on Friday")


def test_a_day_is_titled_once_however_each_source_writes_it():
    # an undated article's "Wednesday, July 2, 2025" is one day, not a weekday and a date; "2 July" of an undated
    # article read at the story's date and "July 2" of a dated one are the same day: the title shows it once
    from tests.compare_helpers import article
    claims = compare([
        article("alpha", None, "The singer was acquitted Wednesday, July 2, 2025, of the most serious federal charges "
                "brought against him."),
        article("beta", None, "A federal jury in New York on 2 July acquitted the singer of racketeering conspiracy."),
        article("gamma", "2025-07-02", "The singer dropped to his knees after he was acquitted July 2 of the most "
                "serious charges.")])
    assert [c.topic for c in claims if c.topic.startswith("Date of")] == ["Date of the verdict: Wed 2 Jul 2025"]
