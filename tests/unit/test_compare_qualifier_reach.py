"""Issue 11: a figure's qualifier as the text gives it, also where it is written once for several figures — a
list ("at least 21,783 houses, 805 office buildings and 48 hospitals"), a conversion ("about ¥10 trillion ($68
billion)") — or as a sign or a verb ("$200M+", "tops 25,000", "as high as 25%", "1조 원 규모"). Sentences from
the figure gold's articles (tests/gold/figures.yaml); each fails on the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def qualifiers(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.qualifier) for f in read(text) if f.kind in ("count", "money", "percent")]


def test_a_lists_qualifier_bears_on_every_item():
    found = qualifiers("An estimate mentions damage in at least 21,783 houses, 805 office buildings, 1,690 pagodas, "
                       "921 monasteries and convents, 312 religious buildings, 48 hospitals and 18 hectares of land.")
    assert [q for _, q in found] == ["at_least"] * 7


def test_a_conversion_keeps_the_qualifier_of_the_sum_it_converts():
    assert qualifiers("Tokyo will also save about ¥10 trillion ($68 billion) through reduced tariffs.") == [
        ("about ¥10 trillion", "about"), ("$68 billion", "about")]


@pytest.mark.parametrize(("text", "written", "qualifier"), [
    ("Tesla ordered to pay $200M+ in Autopilot lawsuit", "$200M", "more_than"),
    ("Trump threatened tariffs as high as 25% on Japanese goods.", "as high as 25%", "up_to"),
    ("The death toll tops 25,000 as hopes fade.", "tops 25,000", "more_than"),
    ("글로벌 기업들이 우리 돈 1조 6천억 원 규모의 투자를 약정했다.", "1조 6천억 원 규모", "about"),
])
def test_a_qualifier_written_as_a_sign_a_verb_or_a_word_after(text, written, qualifier):
    assert (written, qualifier) in qualifiers(text)


@pytest.mark.parametrize(("text", "exact"), [
    ("At least 144 people were killed and 737 injured in the quake.", "737 injured"),  # (a clause of its own)
    ("More than 300 people, 20 of them children, died.", "20"),  # (a part of the whole, no list item)
    ("The top 10 firms paid 5% more.", "10 firms paid"),
])
def test_a_qualifier_reaches_no_figure_of_another_clause(text, exact):
    assert (exact, None) in qualifiers(text)


def test_two_figures_joined_by_and_alone_are_no_list():
    # png_landslide_2024: "more than" is the people's; the MP counts 1,182 houses
    assert qualifiers("“The landslide buried more than 300 people and 1,182 houses,” Mr Akem said.") == [
        ("more than 300 people", "more_than"), ("1,182 houses", None)]
