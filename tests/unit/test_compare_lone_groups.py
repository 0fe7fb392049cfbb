"""Issue 11: a one-source figure with no subject joins the one named group of its measure it may be a reading of
(compare/lone_groups.py), instead of going to a claim by wording. Invented sentences; each test fails on the code
before."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.lone_groups import join_lone_unnamed
from tests.compare_helpers import article, filled_articles, holding, measured_statements

FINES = (
    "Regulators fined Acme €400 million on Tuesday. Globex was fined €90 million in a separate case.",
    "A penalty of €450 million was imposed, the regulator said.",
    "Acme must pay a fine of €400 million. Globex received a fine of €90 million.",
)


def test_a_lone_unnamed_amount_joins_the_named_amount_of_its_measure_it_is_near():
    # the penalty no subject is read for is the other sources' fine of Acme (near it), not Globex's (far from it)
    claims = compare(filled_articles("2025-03-08", *FINES))
    joined = holding(claims, "fined Acme", "A penalty of")
    assert [(c.measure, c.verdict, len(c.statements)) for c in joined] == [("fine", "disagree", 3)]
    assert not holding(claims, "Globex", "A penalty of")


def _statements(*bodies: str):
    published, table, st, _ = measured_statements("2025-03-08", *bodies)
    return published, table, st


TOLLS = (
    "The storm killed 40 people in Ruritania, the ministry said.",
    "Officials said 40 people died in Ruritania.",
    "The death toll in Ruritania stood at 40 on Monday.",
    "At least 34 people were killed, rescuers said. Another report put the toll at 300 people.",
)


def _joined(gathered, published, table):
    return [(name, sorted((m.figure.source, m.figure.text) for m in members))
            for members, name in join_lone_unnamed(gathered, False, published, table)]


def test_a_lone_figure_joins_a_near_value_not_a_far_one_nor_one_three_sources_settle():
    published, table, st = _statements(*TOLLS)
    two = [st("o1", "40 people"), st("o2", "40 people")]
    # two sources' 40: a lone 34 is a reading of it
    assert _joined([(list(two), "Ruritania"), ([st("o4", "At least 34 people")], None)], published, table) == [
        ("Ruritania", [("o1", "40 people"), ("o2", "40 people"), ("o4", "At least 34 people")])]
    # a lone 300 is too far from it to be one
    assert _joined([(list(two), "Ruritania"), ([st("o4", "300 people")], None)], published, table) == [
        ("Ruritania", [("o1", "40 people"), ("o2", "40 people")]), (None, [("o4", "300 people")])]
    # three sources giving 40 settle it: a lone 34 is another count
    three = [*two, st("o3", "40")]
    assert _joined([(list(three), "Ruritania"), ([st("o4", "At least 34 people")], None)], published, table) == [
        ("Ruritania", [("o1", "40 people"), ("o2", "40 people"), ("o3", "40")]),
        (None, [("o4", "At least 34 people")])]



COMPENSATION = (
    "The singer was also ordered to pay 80,000 euros (£68,500) in compensation to the victim. His lawyers had "
    "offered 20,000 euros (£17,100) in compensation instead.",
    "El cantante fue condenado a cinco años de prisión y al pago de una indemnización de 80.000 euros (algo más "
    "de 86.000 dólares) a la víctima.",
)
SLIPPED = ("O cantor foi condenado por agressão. Ele deve cumprir a pena e ainda pagar uma indenização de 80 milhões "
           "de euros à vítima, segundo a decisão do tribunal de Lisboa.")


def test_a_lone_sum_with_its_scale_word_slipped_joins_the_unnamed_group_two_sources_give():
    # two pages' 80,000 euros of compensation (given with conversions) and a third page's "80 milhões": one sum
    # with the scale word slipped, a disagreement, not a claim of its own
    claims = compare([*filled_articles("2025-03-08", *COMPENSATION), article("o3", "2025-03-08", SLIPPED)])
    joined = [c for c in holding(claims, "80 milhões") if len(c.statements) > 1]
    assert [(c.measure, c.verdict, sorted({s.source for s in c.statements})) for c in joined] == [
        ("compensation", "disagree", ["o1", "o2", "o3"])]
