"""A name does not start after "pro-" or "anti-" (issue 11): "the pro-Western Unity at Home party received 5.6%" is
Unity's share, not a "Western Unity"; "the anti-European Freedom bloc" is the Freedom bloc's. Sentences made up for
the tests."""

from __future__ import annotations

import pytest

from briefing_tui.compare.subjects import subject_of


@pytest.mark.parametrize(("before", "subject"), [
    ("The pro-Western Unity at Home party received ", "Unity"),
    ("The anti-European Freedom bloc gets ", "Freedom"),
    ("The Western Unity party received ", "Western Unity"),  # (a name that is one stays whole)
])
def test_a_name_after_pro_or_anti_leaves_the_prefixed_word_out(before, subject):
    assert subject_of("", before, ".", people=False, share=True) == subject
