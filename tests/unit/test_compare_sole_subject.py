"""Issue 11: a figure whose subject is not read joins the claim of its measure when the story gives that measure one
name only ("the transaction came to about $14.1 billion" is the price of the one deal the story prices), unless a
source tells the two apart (the buyer's staff and the bought's). Each test fails on the code before (f50afe5)."""

from __future__ import annotations

from types import SimpleNamespace

from briefing_tui.compare import compare
from briefing_tui.compare.subject_fallback import join_sole_subject, sole_subject
from tests.compare_helpers import article, holding


def _claims(*bodies: str, published: str = "2025-06-18"):
    return compare([article(f"o{k}", published, body) for k, body in enumerate(bodies, 1)])


def test_an_unnamed_price_joins_the_claim_of_the_one_deal_the_story_prices():
    claims = _claims(
        "Borealis Steel said on Wednesday it had finalized the $14.9 billion purchase of Zenith Steel.",
        "In December 2023, Borealis Steel announced a plan to acquire Zenith Steel for $14.9 billion.",
        "Based on the merger agreement, the transaction came to about $14.1 billion.",
        "The president approved the $14 billion deal last Friday.",
        "The buyer paid approximately $14.1 billion on Wednesday.")
    found = [c for c in holding(claims, "$14.9 billion purchase", "about $14.1 billion") if c.measure]
    assert [c.measure for c in found] == ["sale"], [(c.measure, c.topic) for c in claims]
    assert {s.source for s in found[0].statements} == {"o1", "o2", "o3", "o4", "o5"}
    assert found[0].verdict == "disagree"  # (the price agreed and the one paid differ by more than the tolerance)


def test_the_sole_subject_is_one_name_however_written_and_never_a_scope():
    assert sole_subject([None, "Zenith Steel", "Zenith", None, "Zenith Steel"]) == "Zenith Steel"
    assert sole_subject([None, "Labor", "Coalition"]) is None  # (two names: nothing picks one)
    assert sole_subject([None, "retail", "retail investors"]) is None  # (a portion, not the owner of the whole)
    assert sole_subject([None, None]) is None


def _statement(source: str, value: float, measure: str = "employees", text: str = ""):
    unit = SimpleNamespace(occurrences=[SimpleNamespace(source=SimpleNamespace(id=source))], text=text, start=0,
                           source=SimpleNamespace(raw=text))
    return SimpleNamespace(unit=unit, figure=SimpleNamespace(kind="count", low=value, measure=measure, source=source))


def test_an_unnamed_group_joins_the_named_one_unless_a_source_tells_them_apart():
    named = [_statement("o1", 150_000), _statement("o2", 152_000)]
    subjects = ["Mars", "Mars", None, None]
    close = [_statement("o3", 151_000), _statement("o4", 150_000)]
    joined = join_sole_subject([(list(named), "Mars"), (close, None)], subjects, None, {}, None)
    assert [(len(members), label) for members, label in joined] == [(4, "Mars")]
    # o2 gives 152,000 to the named group and 23,000 to the other: two things (the buyer's staff and the bought's)
    apart = [_statement("o2", 23_000), _statement("o3", 23_000)]
    kept = join_sole_subject([(list(named), "Mars"), (apart, None)], subjects, None, {}, None)
    assert [(len(members), label) for members, label in kept] == [(2, "Mars"), (2, None)]
    # a lone source's unnamed figure (a figure read for the measure by mistake) and another kind stay out
    lone = [_statement("o3", 151_000)]
    other_kind = [_statement("o3", 150_000, "seasonal employees"), _statement("o4", 150_000, "seasonal employees")]
    kept = join_sole_subject([(list(named), "Mars"), (lone, None), (other_kind, None)], subjects, None, {}, None)
    assert [len(members) for members, _ in kept] == [2, 1, 2]


def test_initials_written_with_stops_are_the_same_name():
    from briefing_tui.compare.same_subject import same_subject

    assert same_subject("U.S. Steel", "US Steel") is True
    assert same_subject("U.K.", "UK") is True
    assert same_subject("U.S.", "UK") is False
    assert sole_subject([None, "U.S. Steel", "US Steel"]) == "U.S. Steel"
