"""A party's share given as a range, as election-night projections give it (compare/figure_ranges.py): two shares
after a word of "between" and joined by "and" ("entre un 28,7 % y un 29 %"), or after a word of "with" and joined by
a lone "to" ("con un 16 % a 16,4 %"), are one interval; a move ("rose 0.2% to 4.3%", "de un 12 % a 13 %") stays two
values. Invented sentences."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, one_holding, read


def shares(text: str, language: str | None = None) -> list[tuple[float, float]]:
    return [(f.low, f.high) for f in read(text, language=language) if f.kind == "percent"]


def test_two_shares_after_between_and_joined_by_and_are_one_range_in_several_languages():
    assert shares("Los sondeos dan al Partido Verde entre un 31,5 % y un 32 % de los votos.", "es") == [(31.5, 32.0)]
    assert shares("Gli exit poll danno il Partito verde tra il 31,5% e il 32%.", "it") == [(31.5, 32.0)]
    assert shares("Exit polls put the Green Party at between 31.5% and 32% of the vote.") == [(31.5, 32.0)]


def test_two_shares_after_with_and_joined_by_to_are_one_range():
    assert shares("Según las proyecciones, el Partido Verde quedó segundo con un 14 % a 14,6 %.", "es") == [
        (14.0, 14.6)]


def test_a_move_from_one_share_to_another_stays_two_values():
    assert shares("The jobless rate rose 0.2% to 4.3% in March.") == [(0.2, 0.2), (4.3, 4.3)]
    assert shares("El paro pasó de un 12 % a 13 % en marzo.", "es") == [(12.0, 12.0), (13.0, 13.0)]


def test_a_projection_range_agrees_with_a_result_inside_it_and_disagrees_with_one_outside():
    night = article("o1", "2031-05-04", "Los votantes de Freedonia eligieron un nuevo parlamento el domingo. Con todos los "
                    "votos escrutados, el PVF obtuvo entre un 14,1 % y un 14,6 % de los votos.")
    count = article("o2", "2031-05-05", "Voters in Freedonia elected a new parliament on Sunday. With all votes "
                    "counted, the PVF won 14.4% of the vote.")
    late = article("o3", "2031-05-05", "Voters in Freedonia elected a new parliament on Sunday. With all votes "
                   "counted, the PVF won 15.2% of the vote.")
    claims = compare([night, count])
    assert one_holding(claims, "14,6 %", "14.4%").verdict == "agree"
    claims = compare([night, late])
    assert one_holding(claims, "14,6 %", "15.2%").verdict == "disagree"
