"""A removal from office is an event news dates ("impeached ... on 3 March", "la destitution ... le 3 mars"): its
day is the impeachment's or removal's, never that of the nearest other event named in the sentence. Sentences
made up for the tests."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.event_words import event_of
from tests.compare_helpers import article


def test_a_day_after_an_impeachment_times_the_removal():
    sentence = ("The high court upheld the impeachment of Governor Ana Ribeiro on May 12, removing her from office "
                "for calling in the army during the floods.")
    found = event_of(sentence, sentence.index("May 12"), sentence.index("May 12") + len("May 12"))
    assert found is not None and found.kind.label == "the impeachment or removal"


def test_two_outlets_dating_a_removal_agree_under_its_own_title():
    claims = compare([
        article("alpha", "2025-05-13", "The high court upheld the impeachment of Governor Ana Ribeiro on May 12, "
                                       "removing her from office for calling in the army during the floods."),
        article("beta", "2025-05-13", "Governor Ana Ribeiro was impeached on May 12 after months of protests over "
                                      "the state of emergency.")])
    dated = [c for c in claims if (c.measure or "").startswith("date of")]
    assert [c.measure for c in dated] == ["date of the impeachment or removal"]
    assert dated[0].verdict == "agree"
