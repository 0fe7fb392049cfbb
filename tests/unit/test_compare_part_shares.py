"""A part's share ("Cheese accounted for almost half of the exports") is that part's: a share of the whole said in
another language with no part ("el 18% de las exportaciones") is not weighed against it."""

from compare_helpers import article

from briefing_tui.compare import compare
from briefing_tui.compare.part_shares import part_subject
from briefing_tui.compare.units import build_units
from briefing_tui.compare.rates import default_rate_table


def _share(body: str, text: str):
    units = build_units([article("o1", "2024-03-08", body)], [], [], default_rate_table())
    return next((f, u) for u in units for f in u.figures if f.text == text)


def test_the_part_is_the_subject_of_its_share():
    figure, unit = _share("Cheese accounted for almost half of Dutch goods exports to Germany in 2023.", "almost half")
    assert part_subject(figure, unit) == "cheese"


def test_a_share_with_no_part_verb_has_no_part():
    figure, unit = _share("Cheese exports rose by 12% to Germany in 2023.", "12%")
    assert part_subject(figure, unit) is None


def test_a_part_share_is_not_weighed_against_a_whole_share_in_another_language():
    claims = compare([
        article("o1", "2024-03-08", "Cheese accounted for almost half of Dutch goods exports to Germany in 2023."),
        article("o2", None, "Alrededor del 18% de las exportaciones neerlandesas cruzaron la frontera el año pasado."),
    ])
    assert not [c for c in claims if len({s.source for s in c.statements}) > 1 and c.verdict == "disagree"]
