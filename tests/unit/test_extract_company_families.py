"""Issue 11 (entities): a run "Tata Motors and Tata Steel" is two names of one family of companies even when the
article gives neither alone (the Adani indictment's "Adani Wilmar and Adani Energy Solutions" was one entity); a
name repeating one word ("Johnson and Johnson") stays one. Invented names."""

from __future__ import annotations

from briefing_tui.extract.found import Found
from briefing_tui.extract.joined_names import split_joined_names


def _org(text: str, start: int = 0) -> Found:
    return Found(start, start + len(text), text, "organization", text)


def test_two_names_of_one_family_are_two_mentions():
    found = split_joined_names([_org("Varuna Cement and Varuna Port Holdings", 20)])
    assert [(f.text, f.start) for f in found] == [("Varuna Cement", 20), ("Varuna Port Holdings", 38)]


def test_a_name_repeating_a_word_stays_one():
    for name in ("Johnson and Johnson", "Marks and Spencer Group"):
        assert [f.text for f in split_joined_names([_org(name)])] == [name]
