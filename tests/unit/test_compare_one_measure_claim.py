"""One measure, one claim (issue 11): a statement whose figure has the claim's measure joins it, across subjects read
differently, currencies converted on different dates and single figures that gather with nothing. Sentences are
excerpts of the study gold's sources (file and offset of each given)."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.measured import measured_groups
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article, holding


def test_one_currencys_amounts_are_one_value_whatever_the_rate_on_each_articles_date():
    # gold_new3 german_debt_package_2025: 05_squidsite02 @70 (dated), 06_morrow @1849 and 03_wwnews @82 (undated:
    # the latest rate); the euro's rate moved 7.5% between the two dates
    sources = [
        article("squid", "2025-03-21", "Germany's upper house of parliament on Friday passed a reform of the "
                                       "country's borrowing rules and a 500-billion-euro ($542 billion) fund to "
                                       "revamp its infrastructure and revive Europe's largest economy."),
        article("morrow", None, "A special €500 billion infrastructure fund for investments over 10 years."),
        article("wwnews", None, "Es sieht unter anderem ein Sondervermögen von 500 Milliarden Euro für "
                                "Infrastruktur- und Klimaprojekte vor."),
    ]
    table = default_rate_table()
    units = build_units(sources, (), (), table)
    groups = measured_groups(units, {s.id: s.published for s in sources}, table)
    funds = [g for g in groups if g.measure == "fund"]
    assert len(funds) == 1
    assert {m.figure.text for m in funds[0].members} >= {"500-billion-euro", "€500 billion", "500 Milliarden Euro"}


def test_a_figure_with_no_subject_read_takes_the_one_its_sentence_gives_the_figure_before_it():
    # gold_new9 uk_general_election_2024: 02_blueprint @297, 06_juiceliverpool @686 and @279 (Labour's share)
    sources = [
        article("blueprint", "2024-07-05", "The Conservatives have 58 seats and a 21.2% vote share."),
        article("juice", "2024-07-06", "In contrast, the Conservatives suffered a significant drop in vote share, "
                                       "plummeting by 20 points to 24%, resulting in the loss of 251 seats. Despite "
                                       "gaining over 200 seats, Labour's vote share only increased by less than two "
                                       "percentage points to 34%."),
        article("herald", "2024-07-05", "Labour won 412 seats with a 33.7% vote share."),
    ]
    claims = compare(sources)
    tory = holding(claims, "21.2% vote share", "plummeting by 20 points to 24%")
    assert tory and tory[0].measure == "votes"
    assert not any("Labour won 412" in s.text for s in tory[0].statements)


def test_a_figure_of_the_storys_one_fine_joins_its_claim_whatever_its_value():
    # gold_new6 le_pen_verdict_2025: 03_dailyguardian-politico @1091, 04_nelsdaily @309, 06_evol @293
    sources = [
        article("politico", "2025-03-31", "They also fined her €100,000 and sentenced to four years in prison."),
        article("nels", "2025-03-31", "In addition, she was fined €100,000 ($108,000)."),
        article("evol", "2025-03-31", "She received a near $100,000 fine along with her political ban."),
    ]
    claim = holding(compare(sources), "fined her €100,000", "fined €100,000", "near $100,000 fine")
    assert claim and claim[0].measure == "fine"


def test_a_figure_of_another_subject_or_time_stays_out_of_the_sole_claim():
    # the guard: a city's count is a part of the event's, and an earlier year's fine another fine
    sources = [
        article("politico", "2025-03-31", "They also fined her €100,000 and sentenced to four years in prison."),
        article("nels", "2025-03-31", "In addition, she was fined €100,000 ($108,000)."),
        article("evol", "2025-03-31", "In 2019 the party was fined $90,000 over its accounts."),
    ]
    claim = holding(compare(sources), "fined her €100,000", "fined €100,000")
    assert claim and not any("2019" in s.text for s in claim[0].statements)


def test_the_crew_of_the_events_craft_is_one_claim_however_each_outlet_counts_it():
    # gold_new9 baltimore_key_bridge_collapse_2024: 02_financialexpress and 03_wmar2news; no words in common but the
    # crew's, values 22 and "nearly two dozen"
    sources = [
        article("express", "2024-03-26", "The 22-member all-Indian crew of the Dali were present on board at the time "
                                         "of the crash."),
        article("wmar", "2024-03-26", "It was staffed with nearly two-dozen crew members from India, and two local "
                                      "pilots."),
    ]
    crew = holding(compare(sources), "22-member all-Indian crew", "nearly two-dozen crew members")
    assert len(crew) == 1 and crew[0].verdict == "agree"
