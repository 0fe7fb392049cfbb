"""Prison terms given "respectively" ("sentenced the mayor and his brother to 12 and five years respectively"): the
bare number before the period is a period of its unit, each term is its own person's, and a list's item may be named
after a tie ("his partner Sam Ortiz")."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.same_subject import respective_names
from tests.compare_helpers import article

RESPECTIVE = ("A court on Friday sentenced former mayor Tom Reed and his partner Sam Ortiz to 12 and five years in "
              "prison respectively after finding them guilty of fraud.")


def periods(body: str) -> list[tuple[str, float | None, str | None, str | None]]:
    source = article("o1", "2025-02-14", body)
    return [(f.text, f.low, f.unit, f.subject) for s in source.sentences
            for f in figures_in_text(s.text, source, s.start) if f.kind == "period"]


def test_a_list_item_named_after_a_tie_is_the_name():
    assert respective_names("sentenced former mayor Tom Reed and his partner Sam Ortiz to ", 2) == ["Tom Reed",
                                                                                                  "Sam Ortiz"]
    assert respective_names("The SPD and the Greens won ", 2) == ["SPD", "Greens"]


def test_a_bare_number_before_a_respective_period_is_a_period_of_its_person():
    assert periods(RESPECTIVE) == [("12", 12.0, "year", "Tom Reed"), ("five years", 5.0, "year", "Sam Ortiz")]
    # (without "respectively" a bare number stays a count)
    assert periods("The two were held for 12 and five years in prison after the fraud.") == [
        ("five years", 5.0, "year", None)]
