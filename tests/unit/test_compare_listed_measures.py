"""Issue 11: "figures that know what they count". A list of several subjects' values after one verb of change
("Korvex fell 8.3% on Monday, Talmora 7% and Quendel 5%") read the measure only for the first figure: the others
were joined by their words alone, or to nothing. A later share of no measure, told of a name and joined to the
earlier one by a list's joiner, takes the earlier one's measure (invented sentences; the first three tests fail on
the code before)."""

from __future__ import annotations

from tests.compare_helpers import read


def _read(text: str, language: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.measure, f.subject) for f in read(text, "2025-01-28", language) if f.kind != "date"]


def test_a_list_after_a_verb_of_change_is_each_names_change():
    assert _read("Korvex fell 8.3% on Monday, Talmora 7% and Quendel 5%.") == [
        ("8.3%", "change", "Korvex"), ("7%", "change", "Talmora"), ("5%", "change", "Quendel")]


def test_a_list_of_names_with_several_words():
    assert _read("On Monday Korvex slid 8.3%, Talmora 7.2% and Quendel Systems 5.1%.") == [
        ("8.3%", "change", "Korvex"), ("7.2%", "change", "Talmora"), ("5.1%", "change", "Quendel Systems")]


def test_a_list_of_figures_for_names_in_other_languages():
    assert _read("La baisse est de 3,2 % pour Talmora et de 5 % pour Quendel.", "fr") == [
        ("3,2 %", "change", "Talmora"), ("5 %", "change", "Quendel")]
    assert _read("Il calo è stato del 3,2% per Talmora e del 5% per Quendel.", "it") == [
        ("3,2%", "change", "Talmora"), ("5%", "change", "Quendel")]


def test_a_share_of_another_clause_keeps_its_own_reading():
    # (no list: a share in a clause of its own, far from the first, is not given its measure)
    figures = _read("Korvex fell 8.3% on Monday after its chief executive, who had led the company through two "
                    "mergers and a long dispute with regulators, said that Talmora held 7%.")
    assert figures[-1] == ("7%", None, "Talmora")
