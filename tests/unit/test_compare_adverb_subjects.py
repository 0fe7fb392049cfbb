"""Issue 11: an adverb opening a sentence is no figure's subject (invented sentence; fails on the code before).

"Together with three smaller parties, the Social Party can count on 90 seats": "Together" was read as a name.
"""

from __future__ import annotations

from briefing_tui.compare.subject_names import name_ok


def test_together_is_no_name():
    assert name_ok("Together", True) is None
    assert name_ok("Together", False) is None
    assert name_ok("Social Party", False) == "Social Party"
