"""Ranges that give the spread of a set: the lightest to the heaviest sentence handed down, the youngest to the
oldest of a group; their ends are facts, so two outlets whose ends differ disagree (issue 11). Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import compared, one_holding, read


def spans(text: str, language: str | None = None) -> list[tuple[str, float, float | None, str | None]]:
    return [(f.text, f.low, f.high, f.measure) for f in read(text, language=language) if f.qualifier == "range"]


def test_a_spread_of_terms_with_both_units_written_is_one_range():
    assert spans("The judge handed down terms ranging from two years to 11 years in jail.") == [
        ("two years to 11 years", 2, 11, None)]
    # (the suspended part between the two ends is no end: the spread runs from the first term to the last)
    assert [(t, lo, hi) for t, lo, hi, _ in spans(
        "Les peines s'échelonnent de 4 ans de prison dont 1 avec sursis à 16 ans de prison.", "fr")] == [
        ("4 ans de prison dont 1 avec sursis à 16 ans", 4, 16)]
    # ("from 31 to 46" with no verb of ranging is a change: two values)
    assert not spans("The term was raised from two years to 11 years on appeal.")


def test_the_ages_of_a_group_are_one_range_of_their_own_measure():
    assert spans("The accused, aged from 19 to 66, all denied the charges.") == [("19 to 66", 19, 66, "ages")]
    assert spans("Twelve workers, between the ages of 24 and 58, were hired.") == [("24 and 58", 24, 58, "ages")]
    assert spans("Les prévenus, âgés de 22 à 61 ans, ont tous été condamnés.", "fr") == [
        ("22 à 61 ans", 22, 61, "ages")]
    # (their ages at the time of the facts are another measure)
    assert spans("Die Männer, die zur Tatzeit zwischen 18 und 59 Jahre alt waren, schwiegen.", "de") == [
        ("18 und 59 Jahre alt", 18, 59, "ages then")]


def test_spreads_whose_ends_differ_disagree():
    claims = compared("Le tribunal a condamné les passeurs mardi. Les peines s'échelonnent de 2 ans de prison à 11 ans "
                      "de prison.", "Le tribunal a condamné les passeurs mardi. Les peines vont de 2 ans de prison à 9 "
                      "ans de prison.")
    assert one_holding(claims, "2 ans de prison à 11 ans", "2 ans de prison à 9 ans").verdict == "disagree"
    claims = compared("The smugglers, aged from 19 to 66, were sentenced on Tuesday.",
                      "The smugglers, aged 20 to 66, were sentenced on Tuesday.")
    assert one_holding(claims, "aged from 19 to 66", "aged 20 to 66").verdict == "disagree"


def test_spreads_with_the_same_ends_agree_and_one_age_is_not_a_group_span():
    claims = compared("The smugglers, aged from 19 to 66, were sentenced on Tuesday.",
                      "Les passeurs, âgés de 19 à 66 ans, ont été condamnés mardi.")
    assert one_holding(claims, "aged from 19 to 66", "19 à 66 ans").verdict == "agree"
    claims = compared("The smugglers, aged from 19 to 66, were sentenced on Tuesday. The ringleader Tomas Varga, 61, "
                      "was given the heaviest term.",
                      "The smugglers, aged 19 to 66, were sentenced on Tuesday.")
    assert not [c for c in claims if any("Varga, 61" in s.text for s in c.statements)
                and any("aged 19 to 66" in s.text for s in c.statements)]
