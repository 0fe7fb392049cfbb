"""Issue 11: two sources give figures of one measure, yet their statements land in two claims because one figure's
subject is not read (or is read as taken by another figure of its sentence). Each test fails on main (d1859f7)."""

from __future__ import annotations

from types import SimpleNamespace

from briefing_tui.compare import compare
from briefing_tui.compare.group_subjects import named_subject
from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.subject_fallback import join_sole_subject
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article, holding


def _statement(source: str, value: float, text: str):
    unit = SimpleNamespace(occurrences=[SimpleNamespace(source=SimpleNamespace(id=source))], text=text, start=0,
                           source=SimpleNamespace(raw=text))
    return SimpleNamespace(unit=unit, figure=SimpleNamespace(kind="count", low=value, measure="debt", source=source))


def test_a_lone_unnamed_figure_joins_the_sole_name_its_sentence_names():
    named = [_statement("o1", 40e9, "Argentina owes the IMF more than $40 billion.")]
    subjects = ["Argentina", None, None]
    naming = [_statement("o2", 44e9, "Argentina is in talks over a loan on top of the $44 billion it already owes.")]
    joined = join_sole_subject([(list(named), "Argentina"), (naming, None)], subjects, None, {}, None)
    assert [(len(members), label) for members, label in joined] == [(2, "Argentina")]
    # a lone figure whose sentence does not name the name stays out (a figure read for the measure by mistake)
    silent = [_statement("o2", 44e9, "The loan comes on top of the $44 billion already lent.")]
    kept = join_sole_subject([(list(named), "Argentina"), (silent, None)], subjects, None, {}, None)
    assert [(len(members), label) for members, label in kept] == [(1, "Argentina"), (1, None)]
    # nor does one far off every value of the named claim (another thing's)
    far = [_statement("o2", 4e9, "Argentina also owes $4 billion to other lenders.")]
    kept = join_sole_subject([(list(named), "Argentina"), (far, None)], subjects, None, {}, None)
    assert [len(members) for members, _ in kept] == [1, 1]


def test_an_unnamed_debt_whose_sentence_names_the_debtor_is_a_statement_of_its_claim():
    claims = compare([
        article("o1", "2025-04-12", "Argentina owes the IMF more than $40 billion, the fund's records show."),
        article("o2", "2025-04-12", "The government announced that Argentina was in talks over the new loan, which "
                                    "comes on top of the $44 billion it already owes.")])
    debt = [c for c in holding(claims, "more than $40 billion", "$44 billion it already owes") if c.measure]
    assert [c.measure for c in debt] == ["debt"], [(c.measure, c.topic) for c in claims]


def test_a_lone_unnamed_move_of_its_shares_joins_the_one_name_the_sentence_before_gives():
    claims = compare([
        article("o1", "2024-03-04", "The European Commission fined Apple €1.8 billion on Monday. Apple said it would "
                                    "appeal the decision. Its shares were last down 3 percent."),
        article("o2", "2024-03-04", "Apple’s shares experienced a 3.2% decline to $173.88 following the "
                                    "announcement.")])
    moves = [c for c in holding(claims, "last down 3 percent", "3.2% decline") if c.measure]
    assert [c.measure for c in moves] == ["change"], [(c.measure, c.topic) for c in claims]


def test_an_age_in_apposition_leaves_the_name_to_the_votes_after_it():
    sources = [article("o1", "2024-09-22", "The incumbent Ranil Wickremesinghe, 75, was trailing way behind with "
                                           "235,000 votes at 16 per cent.")]
    units = build_units(sources, [], [], default_rate_table())
    share = next(MeasuredStatement(u, f) for u in units for f in u.figures if f.text == "16 per cent")
    assert any(f.measure == "age" and f.subject == "Ranil Wickremesinghe" for f in share.unit.figures)
    assert named_subject(share, {"Ranil Wickremesinghe", "Sajith Premadasa"}) == "Ranil Wickremesinghe"
