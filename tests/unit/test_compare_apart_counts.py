"""Counts kept apart that were weighed together (issue 11): two earlier events dated to different years, two
parties' seats one apart, a body's size; each on verbatim sentences of tests/gold_new21's taiwan_election_2024
(07 TVBS, 08 CNA via Taiwan America, 03 Voice for Justice)."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, read

TVBS = ("Comparatively, the 2012 elections saw the KMT with 64 seats and the DPP with 40. "
        "In 2020, the DPP held 61 seats, the KMT 38, and the TPP five.")
CNA = "In the 2020 legislative election, the DPP won 61 legislative seats. The KMT won 38 seats in 2020."


def _earlier_claims():
    claims = compare([article("tvbs", "2024-01-14", TVBS), article("taiwanamerica", "2024-01-13", CNA)])
    return [c for c in claims if c.measure and "earlier event" in c.measure]


def test_seats_of_two_dated_earlier_elections_are_not_weighed_against_each_other():
    for claim in _earlier_claims():
        values = {f.low for s in claim.statements for f in s.figures if f.measure and "seats" in f.measure}
        assert not {40, 61} <= values and not {64, 38} <= values, claim.topic


def test_no_disagreement_between_two_dated_earlier_elections():
    assert [c.topic for c in _earlier_claims() if c.verdict == "disagree"] == []


# 07 TVBS and 08 CNA again: two parties' seats, given by both outlets in one sentence each
RESULT_TVBS = ("TAIPEI (TVBS News) — Taiwan's legislative election results on Saturday (Jan. 13) revealed a close "
               "race: The Kuomintang (KMT) secured 52 seats, while the Democratic Progress Party (DPP) obtained 51 "
               "seats in the 113-seat parliament.")
RESULT_CNA = ("Taipei, Jan. 13 (CNA) No party won a majority in Taiwan’s Legislative Yuan for the first time since "
              "2004, after Saturday’s elections saw the Democratic Progressive Party (DPP) win 51 seats, the "
              "Kuomintang (KMT) 52 and the Taiwan People’s Party (TPP) eight.")


def test_two_parties_seats_one_apart_are_two_claims_that_each_agree():
    claims = compare([article("tvbs", "2024-01-14", RESULT_TVBS), article("cna", "2024-01-13", RESULT_CNA)])
    seats = [c for c in claims if c.measure == "seats"]
    values = sorted(sorted({f.low for s in c.statements for f in s.figures if f.measure == "seats"}) for c in seats)
    assert [c.verdict for c in seats] == ["agree", "agree"]
    assert all(len({s.source for s in c.statements}) == 2 for c in seats)
    assert values == [[51.0], [52.0]]


def test_a_count_compounded_on_a_body_is_the_bodys_size():
    # 03 Voice for Justice, 07 TVBS, 08 CNA: the legislature's size, nobody's seats
    for text in ("Voters also elected politicians to Taiwan’s 113-seat legislature in elections closely watched by "
                 "China and the United States.",
                 "The DPP, which had held a majority in the 113-seat body since 2016, suffered a net loss of 11 seats "
                 "on Saturday, dropping from 62 to 51 and losing its position of dominance.",
                 "The 113-seat parliament consists of 73 district legislators"):
        sized = [(f.measure, f.subject) for f in read(text) if f.text == "113-seat"]
        assert sized == [("total seats", None)], text
    # a compound on something that is no body keeps its own measure
    assert [f.measure for f in read("the 40-storey tower collapsed") if f.kind == "count"] == ["storeys"]
