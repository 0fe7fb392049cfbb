"""Two names sharing their first letters are one only where the longer goes on as a people's name or a place's
longer name does ("Japan" / "Japanese", "Thai" / "Thailand"); two companies' names that merely start alike are two
("Vertex" / "Vertigo", "Micron" / "Microsoft"). A British spelling of a name is the American one ("Labour" /
"Labor"). Names and sentences are made up."""

from __future__ import annotations

import pytest

from briefing_tui.compare.same_subject import same_name_word, same_subject


@pytest.mark.parametrize(("a", "b"), [
    ("Japan", "Japanese"), ("Thai", "Thailand"), ("China", "Chinese"), ("Ukraine", "Ukrainian"), ("Italy", "Italian"),
    ("Kenya", "Kenyan"), ("Labour Party", "Labor"), ("Harbour Board", "Harbor Board"),
])
def test_one_name(a: str, b: str) -> None:
    assert same_subject(a, b) is True


@pytest.mark.parametrize(("a", "b"), [
    ("Micron", "Microsoft"), ("Vertex", "Vertigo"), ("Alpha", "Alphabet"), ("Samsung", "Samsonite"),
])
def test_two_companies_starting_alike_are_two(a: str, b: str) -> None:
    assert same_subject(a, b) is False


def test_short_words_ending_our_are_not_respelt() -> None:
    assert not same_name_word("four", "for")
